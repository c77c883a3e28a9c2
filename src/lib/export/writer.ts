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
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportChart } from './catalog.ts';
import { pngEnabled, renderExport } from './catalog.ts';
import { embedPageHtml } from './embed-page.ts';
import { FileSink } from './file-sink.ts';
import { archiveDir } from './archive.ts';
import { cachedPng, prepareSvgForRaster } from './png.ts';
import { IMAGE_WIDTH } from './compose.ts';
import { chartCard, chartCsv, chartImageSvg, PNG_SCALE } from './responses.ts';
import { shareCardSvg } from './share-card.ts';
import { absolute, baseUrl, siteUrl } from './urls.ts';
import { siteData } from '../site/data.ts';
import { observationsCsvChunks } from './observations-csv.ts';
import { REFERENCE_TABLES, referenceCsv } from './reference-csv.ts';
import { dataPackage, resourceFile, type ResourceFile } from './datapackage.ts';
import { buildDate } from './citation.ts';

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
  private readonly sink = new FileSink();
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown;
  /** Charts written (each language counts once). */
  written = 0;

  constructor(outDir: string, archive = archiveDir()) {
    this.outDir = outDir;
    this.site = siteUrl();
    this.archived = listArchived(archive);
  }

  private file(rel: string, body: string | Uint8Array) {
    this.sink.write(join(this.outDir, rel), body);
  }

  /** Write the exports of a chart once (a chart shown twice is written the first time). `svgNarrow`: the page's drawing. */
  async write(chart: ExportChart, svgNarrow: string): Promise<void> {
    const id = `${chart.locale}:${chart.key}`;
    if (this.done.has(id)) return;
    this.done.add(id);
    this.written++;
    const f = exportFiles(chart);
    const svgWide = renderExport(chart, { width: EMBED_WIDE_WIDTH });
    this.file(f.latest, embedPageHtml({ chart, versioned: false, site: this.site, svgNarrow, svgWide }));
    const pin = !this.archived.has(f.pinnedDir);
    const csv = pin || !this.csvDone.has(chart.key) ? chartCsv(chart) : '';
    if (pin) {
      this.file(f.pinned, embedPageHtml({ chart, versioned: true, site: this.site, svgNarrow, svgWide }));
      this.file(f.pinnedData, csv);
    }
    if (!this.csvDone.has(chart.key)) {
      this.csvDone.add(chart.key);
      this.file(f.csv, csv);
    }
    const image = chartImageSvg(chart);
    this.file(f.svg, image);
    if (!pngEnabled()) return;
    const job = (async () => {
      const [png, card] = await Promise.all([cachedPng(prepareSvgForRaster(image), { width: IMAGE_WIDTH * PNG_SCALE }), cachedPng(shareCardSvg(chartCard(chart)))]);
      this.file(f.png, png);
      this.file(f.card, card);
      if (pin) this.file(f.pinnedCard, card);
    })().catch((e) => {
      this.failure ??= e;
    });
    this.pending.add(job);
    void job.finally(() => this.pending.delete(job));
    // Bounded look-ahead: a few images render on the thread pool while the next pages are built.
    if (this.pending.size >= 4) await Promise.race(this.pending);
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
   * The whole dataset: data/observations.csv (written in pieces: at national scale it is larger than the longest
   * string JavaScript allows), a CSV per reference table, and data/datapackage.json describing them.
   */
  writeDataset(): void {
    const ds = siteData().dataset;
    const files: Record<string, ResourceFile> = {};
    const path = join(this.outDir, 'data', 'observations.csv');
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for (const chunk of observationsCsvChunks(ds, ds.observations)) {
        const buf = Buffer.from(chunk, 'utf8');
        writeSync(fd, buf);
        hash.update(buf);
        bytes += buf.length;
      }
    } finally {
      closeSync(fd);
    }
    files.observations = { path: 'observations.csv', bytes, sha256: hash.digest('hex') };
    for (const t of REFERENCE_TABLES) {
      const text = referenceCsv(ds, t);
      this.file(`data/${t.file}`, text);
      files[t.name] = resourceFile(t.file, text);
    }
    const pkg = dataPackage(ds, { homepage: absolute(baseUrl(), this.site), created: buildDate(), files });
    this.file('data/datapackage.json', `${JSON.stringify(pkg, null, 2)}\n`);
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

/**
 * At `astro:build:done`: wait for the writer's last images and write the dataset files. Uses the pages' writer
 * (their module instance holds the loaded data); `outDir` makes one if no page drew a chart.
 */
export async function finishExports(outDir: string): Promise<number> {
  const w = ((globalThis as Registry)[WRITER_KEY] as ExportWriter | undefined) ?? new ExportWriter(outDir);
  await w.flush();
  w.writeDataset();
  await w.close();
  return w.written;
}
