/**
 * Writes every file a chart publishes besides its page: the latest and the pinned embed page (vi and en), the
 * pinned page's data.csv and card.png, the chart's CSV, its SVG and PNG image and its share card.
 *
 * Called by Chart.astro when the chart's page is rendered, so each chart is computed and drawn once per build. The
 * output folder comes from the `cchc-exports` integration (astro.config.mjs) at `astro:build:start`; in `astro dev`
 * there is none and nothing is written. PNGs render on the thread pool while pages go on; at `astro:build:done`
 * `finishExports` waits for the last ones and writes the whole dataset (data/*.csv, data/datapackage.json).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles, MANIFEST_VERSION, pruneOutput, routeFiles, writeManifest, type BuildManifest } from './build-manifest.ts';
import type { ExportChart } from './catalog.ts';
import { exportCatalog, pngEnabled, renderExport } from './catalog.ts';
import { embedPageHtml } from './embed-page.ts';
import { FileSink } from './file-sink.ts';
import { archiveDir } from './archive.ts';
import { cachedPng, prepareSvgForRaster } from './png.ts';
import { IMAGE_WIDTH } from './compose.ts';
import { chartCard, chartCsv, chartImageSvg, PNG_SCALE } from './responses.ts';
import { shareCardSvg } from './share-card.ts';
import { absolute, baseUrl, siteUrl, unitCsvFile } from './urls.ts';
import { siteData } from '../site/data.ts';
import { siteModel } from '../site/model.ts';
import { observationColumns, observationsCsv } from './observations-csv.ts';
import { BOM, csvHeader } from './csv.ts';
import type { Observation } from '../schema/observation.ts';
import { REFERENCE_TABLES, referenceCsv } from './reference-csv.ts';
import { dataPackage, resourceFile, type ResourceFile } from './datapackage.ts';
import { buildDate } from './citation.ts';
import { fmtNumber } from '../i18n/format.ts';

/** Wide drawing of the embed page (≥ 700 px). */
export const EMBED_WIDE_WIDTH = 720;

const lang = (l: string) => (l === 'en' ? 'en/' : '');

/** Relative file paths (under the output folder) of one chart's exports. */
export function exportFiles(chart: ExportChart) {
  const l = chart.locale;
  const pinned = `${lang(l)}embed/v/${chart.hash}/${chart.key}/`;
  return {
    latest: `${lang(l)}embed/${chart.key}/index.html`,
    pinned: `${pinned}index.html`,
    pinnedData: `${pinned}data.csv`,
    pinnedCard: `${pinned}card.png`,
    csv: `data/charts/${chart.key}.csv`,
    svg: `data/charts/${chart.key}.${l}.svg`,
    png: `data/charts/${chart.key}.${l}.png`,
    card: `og/charts/${chart.key}.${l}.png`,
    /** The pinned folder relative to the archive (public/). */
    pinnedDir: pinned,
  };
}

export class ExportWriter {
  readonly outDir: string;
  private readonly site: string;
  private readonly archived: Set<string>;
  private readonly done = new Set<string>();
  private readonly csvDone = new Set<string>();
  private readonly unitCsvDone = new Set<string>();
  private readonly sink = new FileSink();
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;
  /** Charts written (each language counts once). */
  written = 0;
  /** Export files written for each page's charts (page path → files relative to outDir): the build manifest's. */
  readonly pageFiles = new Map<string, Set<string>>();
  /** Files written once per build (the dataset). */
  readonly sharedFiles = new Set<string>();
  /** Pages Astro rendered in this build (the others it kept from the previous build). */
  readonly rendered = new Set<string>();

  constructor(outDir: string, archive = archiveDir()) {
    this.outDir = outDir;
    this.site = siteUrl();
    this.archived = listArchived(archive);
  }

  private file(rel: string, body: string | Uint8Array, page?: string) {
    this.sink.write(join(this.outDir, rel), body);
    if (page === undefined) this.sharedFiles.add(rel);
    else {
      let set = this.pageFiles.get(page);
      if (!set) this.pageFiles.set(page, (set = new Set()));
      set.add(rel);
    }
  }

  /** A page is being rendered (Base.astro): its export files are those written now, not the previous build's. */
  pageRendered(page: string): void {
    this.rendered.add(page);
  }

  /**
   * Write the exports of a chart once (a chart shown twice is written the first time). `svgNarrow`: the page's
   * drawing; `page`: the path of the page showing it (the build manifest lists the files under it).
   */
  async write(chart: ExportChart, svgNarrow: string, page = chart.pageHref.replace(/#.*$/, '')): Promise<void> {
    const id = `${chart.locale}:${chart.key}`;
    if (this.done.has(id)) return;
    this.done.add(id);
    this.written++;
    const f = exportFiles(chart);
    const file = (rel: string, body: string | Uint8Array) => this.file(rel, body, page);
    file(f.latest, embedPageHtml({ chart, versioned: false, site: this.site, svg: svgNarrow }));
    const pin = !this.archived.has(f.pinnedDir);
    const csv = pin || !this.csvDone.has(chart.key) ? chartCsv(chart) : '';
    if (pin) {
      file(f.pinned, embedPageHtml({ chart, versioned: true, site: this.site, svg: svgNarrow }));
      file(f.pinnedData, csv);
    }
    if (!this.csvDone.has(chart.key)) {
      this.csvDone.add(chart.key);
      file(f.csv, csv);
    }
    const image = chartImageSvg(chart);
    file(f.svg, image);
    if (!pngEnabled()) return;
    const job = (async () => {
      const [png, card] = await Promise.all([cachedPng(prepareSvgForRaster(image), { width: IMAGE_WIDTH * PNG_SCALE }), cachedPng(shareCardSvg(chartCard(chart)))]);
      file(f.png, png);
      file(f.card, card);
      if (pin) file(f.pinnedCard, card);
    })().catch((e) => {
      this.failure ??= e;
    });
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
    // Bounded look-ahead: a few images render on the thread pool while the next pages are built.
    if (this.pending.size >= 4) await Promise.race(this.pending);
  }

  /**
   * A unit's figures as CSV (the unit page's download), once per build: the unit's rows of observations.csv, in the
   * same order, so `writeDataset` assembles the whole dataset from these files, and an incremental build rewrites
   * only the units whose figures changed.
   */
  writeUnitCsv(unitId: string, obs: readonly Observation[], page: string): void {
    if (this.unitCsvDone.has(unitId)) return;
    this.unitCsvDone.add(unitId);
    this.file(unitCsvFile(unitId), observationsCsv(siteData().dataset, obs), page);
  }

  /** Write again the exports of a page Astro kept whose files are missing from the folder. */
  async rewritePage(page: string): Promise<void> {
    for (const chart of exportCatalog().chartsAt(page)) {
      this.done.delete(`${chart.locale}:${chart.key}`);
      this.csvDone.delete(chart.key);
      await this.write(chart, renderExport(chart), page);
    }
  }

  /** Wait for the images still rendering; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }

  /** Wait until every file is written. */
  close(): Promise<void> {
    return this.sink.close();
  }

  /**
   * The whole dataset, once every other file is on disk (after `close`): data/observations.csv, a CSV per reference
   * table, and data/datapackage.json describing them. observations.csv is the units' CSVs (`writeUnitCsv`) one after
   * the other, in unit order, without their header lines: it is streamed, never held as one string (at national
   * scale it is larger than the longest string JavaScript allows). A unit whose CSV is missing gets it written now.
   */
  writeDataset(): void {
    const ds = siteData().dataset;
    // The pages' index of figures by unit (dataset order), not a second grouping of millions of figures.
    const byUnit = siteModel().obsByUnit;
    const write = (rel: string, body: string) => {
      const path = join(this.outDir, rel);
      mkdirSync(dirname(path), { recursive: true });
      rmSync(path, { force: true }); // a new file: the old one may be a hard link into the live site (staging.ts)
      writeFileSync(path, body);
    };
    const files: Record<string, ResourceFile> = {};
    const path = join(this.outDir, 'data', 'observations.csv');
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { force: true });
    const fd = openSync(path, 'w');
    const hash = createHash('sha256');
    let bytes = 0;
    const append = (buf: Buffer) => {
      writeSync(fd, buf);
      hash.update(buf);
      bytes += buf.length;
    };
    try {
      append(Buffer.from(`${BOM}${csvHeader(observationColumns(ds))}\r\n`, 'utf8'));
      for (const unit of [...byUnit.keys()].sort()) {
        const rel = unitCsvFile(unit);
        this.sharedFiles.add(rel); // part of the dataset, whichever page wrote it
        let text: Buffer;
        try {
          text = readFileSync(join(this.outDir, rel));
        } catch {
          const csv = observationsCsv(ds, byUnit.get(unit)!);
          write(rel, csv);
          text = Buffer.from(csv, 'utf8');
        }
        append(text.subarray(text.indexOf(0x0a) + 1)); // without its BOM and header line
      }
    } finally {
      closeSync(fd);
    }
    this.sharedFiles.add('data/observations.csv');
    files.observations = { path: 'observations.csv', bytes, sha256: hash.digest('hex') };
    for (const t of REFERENCE_TABLES) {
      const text = referenceCsv(ds, t);
      write(`data/${t.file}`, text);
      this.sharedFiles.add(`data/${t.file}`);
      files[t.name] = resourceFile(t.file, text);
    }
    const pkg = dataPackage(ds, { homepage: absolute(baseUrl(), this.site), created: buildDate(), files });
    write('data/datapackage.json', `${JSON.stringify(pkg, null, 2)}\n`);
    this.sharedFiles.add('data/datapackage.json');
  }
}

/** Pinned embed folders already archived in public/ (`embed/v/<hash>/<key>/`, `en/embed/v/…`): never rewritten. */
function listArchived(dir: string): Set<string> {
  const out = new Set<string>();
  for (const prefix of ['embed/v', 'en/embed/v']) {
    const root = join(dir, prefix);
    if (!existsSync(root)) continue;
    for (const hash of readdirSync(root)) {
      for (const key of readdirSync(join(root, hash))) if (existsSync(join(root, hash, key, 'index.html'))) out.add(`${prefix}/${hash}/${key}/`);
    }
  }
  return out;
}

const GLOBAL_KEY = Symbol.for('cchc.exportWriter.outDir');
const WRITER_KEY = Symbol.for('cchc.exportWriter');
type Registry = Record<symbol, unknown>;

/** Set by the integration at `astro:build:start` (a different module instance than the pages': hence globalThis). */
export function setExportOutDir(outDir: string | undefined): void {
  (globalThis as Registry)[GLOBAL_KEY] = outDir;
  (globalThis as Registry)[WRITER_KEY] = undefined;
}

/** The writer of the running build, or none (astro dev, tests that render components). */
export function exportWriter(): ExportWriter | undefined {
  const g = globalThis as Registry;
  const outDir = g[GLOBAL_KEY] as string | undefined;
  if (!outDir) return undefined;
  let w = g[WRITER_KEY] as ExportWriter | undefined;
  if (!w || w.outDir !== outDir) g[WRITER_KEY] = w = new ExportWriter(outDir);
  return w;
}

/** What the integration knows of the build (astro.config.mjs). */
export interface BuildEnd {
  /** Astro's cache folder, where the build manifest lives. */
  cacheDir: string;
  /** Astro's public folder, copied into the output folder. */
  publicDir: string;
  /** The previous build's manifest (`startBuild`), when valid for this output folder. */
  previous: BuildManifest | undefined;
  /** Paths of the pages this build has (rendered or kept), as `astro:build:done` gives them. */
  pages: readonly string[];
  /** Output files of Astro's routes (`astro:build:done` assets). */
  assets: Map<string, URL[]>;
  /** When the build started (ms since the epoch): older files in `_astro/` are stale. */
  startedMs: number;
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

const isHtmlPage = (path: string) => !/\.[a-z0-9]+$/i.test(path.replace(/\/+$/, ''));

/** `/en/don-vi/x/`, `en/don-vi/x/` and `/base/en/don-vi/x` name the same page. */
const pageId = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * At `astro:build:done`: wait for the writer's last images, write the dataset files, keep the export files of the
 * pages Astro kept (writing them again where missing), delete what the previous build wrote and this one did not,
 * and record the manifest for the next build. Uses the pages' writer (their module instance holds the loaded
 * data); makes one if no page drew a chart. Returns the number of charts written and of files deleted, and how many
 * HTML pages the build has and rendered (the others were kept).
 */
export async function finishExports(outDir: string, end?: BuildEnd): Promise<BuildSummary> {
  const w = ((globalThis as Registry)[WRITER_KEY] as ExportWriter | undefined) ?? new ExportWriter(outDir);
  let kept = 0;
  if (end?.previous) {
    const built = new Set(end.pages.map(pageId));
    const rendered = new Set([...w.rendered].map(pageId));
    for (const [page, files] of Object.entries(end.previous.pages)) {
      const id = pageId(page);
      if (rendered.has(id) || !built.has(id)) continue;
      kept++;
      if (files.every((f) => existsSync(join(outDir, f)))) {
        let set = w.pageFiles.get(page);
        if (!set) w.pageFiles.set(page, (set = new Set()));
        for (const f of files) set.add(f);
      } else await w.rewritePage(page);
    }
  }
  await w.flush();
  await w.close();
  w.writeDataset();
  let deleted = 0;
  if (end) {
    const next: BuildManifest = {
      version: MANIFEST_VERSION,
      outDir: resolve(outDir),
      pages: Object.fromEntries([...w.pageFiles].map(([page, files]) => [page, [...files].sort()])),
      shared: [...w.sharedFiles].sort(),
      routes: routeFiles(outDir, end.assets),
      public: listFiles(end.publicDir),
    };
    if (end.previous) deleted = pruneOutput(outDir, end.previous, next, end.startedMs);
    writeManifest(end.cacheDir, next);
  }
  const htmlPages = end ? end.pages.filter(isHtmlPage).length : w.rendered.size;
  return { written: w.written, kept, deleted, htmlPages, rendered: Math.min(w.rendered.size, htmlPages), incremental: !!end?.previous };
}
