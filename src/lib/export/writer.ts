/**
 * The bodies of every file a chart publishes besides its page (the pinned embed page, vi and en, and the latest one
 * as a second name of it; the pinned data, and the chart's CSV as a second name of it; its SVG image; its PNG is
 * drawn in the reader's browser, png-button.ts), a unit's CSV, and
 * the whole dataset. Pure pieces: the build pass (build/build-site.ts) decides what to write and hands the bodies to
 * its effects; no view writes anything. `finishSite` runs after Astro: dataset files, what to prune, manifest.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles, MANIFEST_VERSION, prunedFiles, routeFiles, writeManifest, type BuildManifest } from './build-manifest.ts';
import type { ExportChart } from './catalog.ts';
import { embedPageHtml } from './embed-page.ts';
import type { BuildEffects, FileRecord } from '../build/effects.ts';
import { archiveDir, archivedPins } from './archive.ts';
import { chartCsv, chartImageSvg } from './responses.ts';
import { absolute, baseUrl, pinnedDataFile, siteUrl, unitCsvFile } from './urls.ts';
import { figuresHash } from './embed.ts';
import { siteData } from '../site/data.ts';
import { siteModel } from '../site/model.ts';
import { observationColumns, observationsCsv } from './observations-csv.ts';
import { BOM, csvHeader } from './csv.ts';
import type { Observation } from '../schema/observation.ts';
import { REFERENCE_TABLES, referenceCsv } from './reference-csv.ts';
import { dataPackage, resourceFile, type ResourceFile } from './datapackage.ts';
import { buildDate } from './citation.ts';
import { fmtNumber } from '../i18n/format.ts';

const lang = (l: string) => (l === 'en' ? 'en/' : '');

/** Relative file paths (under the output folder) of one chart's exports. */
export function exportFiles(chart: ExportChart) {
  const l = chart.locale;
  const pinned = `${lang(l)}embed/v/${chart.hash}/${chart.key}/`;
  return {
    latest: `${lang(l)}embed/${chart.key}/index.html`,
    pinned: `${pinned}index.html`,
    /** Shared by the chart's two languages, as `csv` is. */
    pinnedData: pinnedDataFile(chart.key, figuresHash(chart.key, chart.observations)),
    csv: `data/charts/${chart.key}.csv`,
    svg: `data/charts/${chart.key}.${l}.svg`,
    /** The pinned folder relative to the archive (public/). */
    pinnedDir: pinned,
  };
}

/** Where a chart's export files come from: the site's origin and the pinned folders archived in public/. */
export interface ChartExportContext {
  site: string;
  archived: ReadonlySet<string>;
}

export type ExportBody = string | Uint8Array;

/** What one chart publishes: files to write, second names of files written before (name, file), files reused. */
export interface ChartExports {
  files: [string, ExportBody][];
  links: [string, string][];
  reused: string[];
}

/**
 * The files one chart publishes, in writing order: its pinned embed page, the latest embed page, the pinned data,
 * the chart's CSV and its SVG image. The latest page is the pinned page of today's figures, and the chart's CSV its
 * pinned data: each written once, the latest a second name of the pinned (a hard link), so their bytes are written
 * and stored once. A pinned file archived in public/ is not written (Astro copies it), so its latest twin is written
 * in full. The pinned data and the CSV are the same file in both languages: written once (their paths then join
 * `shared`), and listed in `reused` for the other language's page, which links to them too.
 * `svgNarrow`: the page's drawing. No PNG: the reader's browser draws it from the SVG (png-button.ts). No share card
 * per chart: an embed page shows its page's card (embed-page.ts), as a shared page link does.
 */
export function chartExports(chart: ExportChart, svgNarrow: string, cx: ChartExportContext, shared: Set<string>): ChartExports {
  const out: ChartExports = { files: [], links: [], reused: [] };
  const f = exportFiles(chart);
  const page = embedPageHtml({ chart, site: cx.site, svg: svgNarrow, sourceTable: siteModel().sources });
  if (cx.archived.has(f.pinnedDir)) out.files.push([f.latest, page]);
  else {
    out.files.push([f.pinned, page]);
    out.links.push([f.latest, f.pinned]);
  }
  if (!shared.has(f.csv)) {
    shared.add(f.csv);
    const pinnedNow = !cx.archived.has(f.pinnedData) && !shared.has(f.pinnedData);
    if (pinnedNow) {
      shared.add(f.pinnedData);
      out.files.push([f.pinnedData, chartCsv(chart)]);
      out.links.push([f.csv, f.pinnedData]);
    } else out.files.push([f.csv, chartCsv(chart)]);
  } else out.reused.push(...[f.pinnedData, f.csv].filter((rel) => shared.has(rel)));
  out.files.push([f.svg, chartImageSvg(chart)]);
  return out;
}

/**
 * A unit's figures as CSV (the unit page's download): the unit's rows of observations.csv, in the same order, so
 * `writeDataset` assembles the whole dataset from these files, and an incremental build rewrites only the units whose
 * figures changed.
 */
export function unitCsv(obs: readonly Observation[]): [string, string] | undefined {
  return obs.length > 0 ? [unitCsvFile(obs[0]!.unit), observationsCsv(siteData().dataset, obs)] : undefined;
}

/** The dataset's files (relative), and observations.csv once the writer has assembled it. */
export interface DatasetFiles {
  files: string[];
  observations: Promise<ResourceFile>;
}

/**
 * The whole dataset's big file, data/observations.csv: the units' CSVs (`unitCsv`, written by the build pass) one
 * after the other, in unit order, without their header lines, assembled by the effects' writer thread once they are
 * written (while the pass and Astro go on), streamed and never held as one string (at national scale it is larger than the
 * longest string JavaScript allows). A unit's CSV is this build's or one kept from the previous build (the effects
 * look in both, export/staging.ts); a unit with figures whose CSV is in neither gets it written now.
 */
export function startDataset(effects: BuildEffects): DatasetFiles {
  const ds = siteData().dataset;
  // The pages' index of figures by unit (dataset order), not a second grouping of millions of figures.
  const byUnit = siteModel().obsByUnit;
  const recorded = new Set<string>();
  for (const files of effects.record.pages.values()) for (const f of files) recorded.add(f);
  const parts: string[] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const rel = unitCsvFile(unit);
    if (!recorded.has(rel)) effects.write(rel, observationsCsv(ds, byUnit.get(unit)!));
    parts.push(rel);
  }
  const observations = effects
    .assemble('data/observations.csv', `${BOM}${csvHeader(observationColumns(ds))}\r\n`, parts)
    .then(({ bytes, sha256 }) => ({ path: 'observations.csv', bytes, sha256 }));
  // The unit CSVs are part of the dataset, whichever page wrote them.
  return { files: [...parts, 'data/observations.csv'], observations };
}

/** The rest of the dataset, small: a CSV per reference table, and data/datapackage.json describing them all. */
export function finishDataset(outDir: string, shared: Set<string>, observations: ResourceFile, site = siteUrl()): void {
  const ds = siteData().dataset;
  const write = (rel: string, body: string) => {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  };
  const files: Record<string, ResourceFile> = { observations };
  for (const t of REFERENCE_TABLES) {
    const text = referenceCsv(ds, t);
    write(`data/${t.file}`, text);
    shared.add(`data/${t.file}`);
    files[t.name] = resourceFile(t.file, text);
  }
  const pkg = dataPackage(ds, { homepage: absolute(baseUrl(), site), created: buildDate(), files });
  write('data/datapackage.json', `${JSON.stringify(pkg, null, 2)}\n`);
  shared.add('data/datapackage.json');
}

/**
 * What is already archived in public/, never rewritten: pinned embed folders (`embed/v/<hash>/<key>/`,
 * `en/embed/v/…`) and pinned data files (`data/charts/v/<fhash>/<key>.csv`).
 */
export function listArchived(dir = archiveDir()): Set<string> {
  return new Set(archivedPins(dir));
}

/** What the build knows once Astro is done (report/build.ts). */
export interface BuildEnd {
  /** Astro's cache folder, where the build manifest lives. */
  cacheDir: string;
  /** Astro's public folder, copied into the output folder. */
  publicDir: string;
  /** The previous build's manifest (`startBuild`), when valid for this output folder. */
  previous: BuildManifest | undefined;
  /** Where the previous build's kept files are (the output folder, outside the staging folder), with `previous`. */
  keptDir?: string;
  /** Output files of Astro's routes (`astro:build:done` assets). */
  assets: Map<string, URL[]>;
  /** When Astro started (ms since the epoch): older files in `_astro/` are stale, older pages were kept. */
  startedMs: number;
  /** The build pass's files, per page and shared (build/effects.ts), after its effects closed. */
  record: FileRecord;
  /** Each page's key (build/build-site.ts). */
  keys: Map<string, string>;
  /** Digest of the code that wrote the export files (build/code-digest.ts). */
  code: string;
  /** Pages whose export files were kept, and charts whose exports were written. */
  kept: number;
  charts: number;
  /** The dataset's files (`startDataset`), observations.csv assembled. */
  dataset: { files: string[]; observations: ResourceFile };
}

export interface BuildSummary {
  /** Charts whose exports were written. */
  written: number;
  /** Pages with charts kept from the previous build, with their exports. */
  kept: number;
  /** Files of the previous build deleted. */
  deleted: number;
  /** HTML pages of the site, and how many this build rendered (the rest were kept as they were). */
  htmlPages: number;
  rendered: number;
  /** Whether a previous build could be kept from (else every page was rendered). */
  incremental: boolean;
}

/** The line `npm run build` ends with, so staff see what their commit rebuilt (vi / en). */
export function describeBuild(s: BuildSummary): string {
  const [vi, en] = [(x: number) => fmtNumber(x, 'vi'), (x: number) => fmtNumber(x, 'en')];
  if (!s.incremental)
    return `Đã dựng toàn bộ ${vi(s.htmlPages)} trang (lần dựng đầu, --force, hoặc lần trước dừng giữa chừng). / Built all ${en(s.htmlPages)} pages (first build, --force, or the last build stopped half-way).`;
  const kept = s.htmlPages - s.rendered;
  if (kept === 0)
    return `Đã dựng lại cả ${vi(s.rendered)} trang (mã nguồn, package-lock.json hoặc một bảng tham chiếu đã đổi). / Rendered all ${en(s.rendered)} pages again (code, package-lock.json or a reference table changed).`;
  return `Đã dựng lại ${vi(s.rendered)} trang, giữ nguyên ${vi(kept)} trang không đổi. / Rendered ${en(s.rendered)} pages again, kept ${en(kept)} unchanged.`;
}

/** What `finishSite` did, and the files of the previous build the commit deletes (relative to the output folder). */
export interface FinishedSite extends BuildSummary {
  prune: string[];
}

/**
 * After Astro: write the rest of the dataset (observations.csv is assembled, `startDataset`), list what the previous build wrote and
 * this one did not (the commit deletes it, export/staging.ts), and record the manifest for the next build. A page
 * Astro kept is an empty stand-in from before Astro started (staging.ts); the others Astro rendered now.
 */
export function finishSite(outDir: string, end: BuildEnd): FinishedSite {
  const shared = new Set([...end.record.shared, ...end.dataset.files]);
  finishDataset(outDir, shared, end.dataset.observations);
  const routes = routeFiles(outDir, end.assets);
  const html = routes.filter((f) => f.endsWith('.html'));
  const rendered = html.filter((f) => statSync(join(outDir, f)).mtimeMs >= end.startedMs).length;
  const next: BuildManifest = {
    version: MANIFEST_VERSION,
    outDir: resolve(outDir),
    code: end.code,
    // Every page's key, those without export files too: the next pass keeps such a page by its key alone.
    keys: Object.fromEntries(end.keys),
    pages: Object.fromEntries([...end.record.pages].map(([page, files]) => [page, [...files].sort()])),
    shared: [...shared].sort(),
    routes,
    public: listFiles(end.publicDir),
  };
  const prune = end.previous && end.keptDir ? prunedFiles(end.keptDir, end.previous, next, outDir) : [];
  const deleted = prune.filter((f) => existsSync(join(end.keptDir!, f))).length;
  writeManifest(end.cacheDir, next);
  return { written: end.charts, kept: end.kept, deleted, htmlPages: html.length, rendered, incremental: !!end.previous, prune };
}
