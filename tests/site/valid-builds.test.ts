/**
 * Valid means it builds (issue 15.2). Any folder that follows the data contract (tests/site/valid-folder.ts makes
 * random ones: every unit level, every metric kind, long and wide files, figures of up to 15 digits, years 1000–9999,
 * Vietnamese text with `& < > "`) validates with no error, and then everything the build computes from it is
 * computed without an exception, in-process, the way the pages and the export writer call it:
 * - every page's data (home, indices, comparison and its JSON files, unit, metric and source pages, the search
 *   index, page keys) in both languages, with the figures formatted as pages format them;
 * - every chart drawn (Plot or the string renderer), its table twin, legend, embed codes, links and citations, and
 *   every chart's exports written by the build pass (embed pages, chart CSV and SVG) into a temporary folder;
 * - each unit's CSV and the whole dataset (observations.csv, reference CSVs, datapackage.json).
 * Then the dataset the site publishes must read back as valid data with the same figures. (Whether `& < > "` are
 * escaped in every SVG is issue 15.1's test, not this one.)
 * (Share cards are left to the real build in extreme-build.test.ts: drawing them is the slow part.)
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderArb, writeFolder, type Folder } from './valid-folder.ts';
import { parseViNumber } from '../../src/lib/values/number.ts';
import { formatContractNumber } from '../../src/lib/export/csv.ts';

const RUNS = Number(process.env.VALID_BUILD_RUNS ?? 30);
const WILD_RUNS = Math.ceil(RUNS / 2);

/** Every file under a folder, relative. */
function walk(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(dir, join(rel, e.name)) : [join(rel, e.name)]));
}

/** Loads the folder and runs the build's pipeline on it with fresh modules (no cache of a previous folder). */
async function validateAndBuild(dataDir: string, outDir: string) {
  vi.resetModules();
  process.env.DATA_DIR = dataDir;
  process.env.EXPORT_PNG = '0';
  const { loadDataFolder } = await import('../../src/lib/dataset/load.ts');
  const load = loadDataFolder(dataDir);
  const errors = load.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { errors, charts: 0, load };

  const { shareLoadedData } = await import('../../src/lib/site/data.ts');
  shareLoadedData(dataDir, load);
  const { siteModel } = await import('../../src/lib/site/model.ts');
  const { LOCALES } = await import('../../src/lib/i18n/locale.ts');
  const { href, metricHref, sourceHref, unitHref } = await import('../../src/lib/i18n/routes.ts');
  const { fmtDate, fmtPeriod, fmtValue } = await import('../../src/lib/i18n/format.ts');
  const { keyOf } = await import('../../src/lib/site/page-key.ts');
  const { unitSections, keyFigures } = await import('../../src/lib/site/unit-page.ts');
  const { metricPage, denominatorOf } = await import('../../src/lib/site/metric-page.ts');
  const { computedRates, computedTable } = await import('../../src/lib/site/metric-computed.ts');
  const { homeCharts } = await import('../../src/lib/site/home-page.ts');
  const { indicesPage } = await import('../../src/lib/site/indices-page.ts');
  const { compareDefaults } = await import('../../src/lib/site/compare-defaults.ts');
  const { compareMetric, compareUnits, periodToken } = await import('../../src/lib/site/compare-data.ts');
  const { latestFigures, recentUnits } = await import('../../src/lib/site/summary.ts');
  const { searchIndex } = await import('../../src/lib/search/index-data.ts');
  const { QuoteRegistry, tableHtml } = await import('../../src/lib/charts/table-html.ts');
  const { legendHtml } = await import('../../src/lib/export/legend.ts');
  const { exportCatalog, renderExport } = await import('../../src/lib/export/catalog.ts');
  const { citations, downloadLinks, embedCodes } = await import('../../src/lib/export/panel.ts');
  const { citedChart } = await import('../../src/lib/site/page-view.ts');
  const { finishDataset } = await import('../../src/lib/export/writer.ts');
  const { buildSite } = await import('../../src/lib/build/build-site.ts');
  const { diskEffects } = await import('../../src/lib/build/effects.ts');
  type Spec = import('../../src/lib/charts/spec.ts').ChartSpec;

  const model = siteModel();
  const site = 'https://example.org/';
  let charts = 0;
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

  // The page data of the page at a path (the registry's, as the build pass builds it), the last page remembered.
  const { buildPageIn, pageAt } = await import('../../src/lib/site/registry.ts');
  let last: { page: string; charts: ReturnType<typeof buildPageIn>['charts'] } | undefined;
  const chartsAt = (page: string) => {
    if (last?.page !== page) {
      const hit = pageAt(model, page);
      last = { page, charts: hit ? buildPageIn(model, hit.ref, hit.locale).charts : [] };
    }
    return last.charts;
  };
  /** What the pass and Chart.astro do with a chart: find it in its page's data, draw it, build its table, legend and panels. */
  const chart = async (spec: Spec, page: string, quotes: InstanceType<typeof QuoteRegistry>) => {
    const c = chartsAt(page).find((x) => x.spec.id === spec.id);
    if (!c) throw new Error(`${spec.id} of ${page} is not in the page registry`);
    embedCodes(c, renderExport(c), model.sources, site);
    downloadLinks(c);
    const other = exportCatalog().byKey(c.locale === 'vi' ? 'en' : 'vi', c.key);
    citations(c, model.sources, site, other && citedChart(other));
    legendHtml(spec, {});
    tableHtml(spec.table, spec.locale, { quotes: { registry: quotes, table: spec.id } });
    charts++;
  };

  json(searchIndex(model));
  json(compareUnits(model));
  keyOf(model, 'compare-units', '');
  for (const m of model.metricsWithData()) json(compareMetric(model, m.id));
  for (const l of LOCALES) {
    const home = homeCharts(model, l);
    if (home.headline) await chart(home.headline, href(l), new QuoteRegistry());
    latestFigures(model).forEach((o) => fmtValue(o.value, model.metric(o.metric)?.kind ?? 'score', l));
    recentUnits(model).forEach((r) => fmtPeriod(r.period, l));
    for (const s of indicesPage(model, l)) for (const c of s.charts) await chart(c, href(l, 'indices'), new QuoteRegistry());
    const d = compareDefaults(model, l);
    for (const c of [d.ranking, d.series].filter((x): x is Spec => !!x)) await chart(c, href(l, 'compare'), new QuoteRegistry());
    for (const p of model.periods) periodToken(model, p);
    for (const unit of model.pageUnits) {
      keyOf(model, 'unit', unit.id);
      const page = unitHref(l, unit.id);
      const sections = unitSections(model, unit, l);
      const quotes = new QuoteRegistry();
      for (const s of sections) for (const c of s.charts) quotes.claimTable(c.id, c.table);
      keyFigures(model, unit.id, l);
      model.lineage(unit.id);
      model.warningsForUnit(unit.id);
      model.unitLabel(unit, l);
      if (unit.valid_from) fmtDate(unit.valid_from, l);
      if (unit.valid_to) fmtDate(unit.valid_to, l);
      const obs = model.obsByUnit.get(unit.id) ?? [];
      for (const o of obs) fmtValue(o.value, model.metric(o.metric)?.kind ?? 'score', l), fmtPeriod(o.period, l);
      for (const t of model.targetsByUnit.get(unit.id) ?? []) fmtValue(t.value, model.metric(t.metric)?.kind ?? 'score', l);
      for (const s of sections) for (const c of s.charts) await chart(c, page, quotes);
    }
    for (const metric of model.load.dataset.metrics) {
      keyOf(model, 'metric', metric.id);
      const page = metricHref(l, metric.id);
      const p = metricPage(model, metric, l);
      for (const c of [p.single, ...p.rankings, p.distribution].filter((x): x is Spec => !!x)) await chart(c, page, new QuoteRegistry());
      const rates = computedRates(model, metric.id);
      if (rates) computedTable(model, rates, l);
      if (metric.denominator) denominatorOf(model, metric.denominator);
      model.metricLabel(metric.id, l);
    }
    for (const source of model.load.dataset.sources) {
      keyOf(model, 'source', source.id);
      sourceHref(l, source.id);
      model.warningsForSource(source.id);
      for (const o of model.obsBySource.get(source.id) ?? []) fmtValue(o.value, model.metric(o.metric)?.kind ?? 'score', l);
      for (const dt of [source.published, source.accessed]) if (dt) fmtDate(dt, l);
    }
  }
  // The build pass: every chart's exports and the units' CSVs, then the dataset assembled from them.
  const effects = diskEffects(outDir);
  const { dataset } = await buildSite(load, { dataDir, code: 'valid-builds' }, effects);
  await effects.close();
  finishDataset(outDir, new Set(effects.record.shared), await dataset.observations);
  return { errors, charts, load };
}

/** The exported dataset laid out as a data folder: observations.csv and the reference tables the build wrote. */
function exportedFolder(outDir: string, dir: string): void {
  mkdirSync(join(dir, 'observations'), { recursive: true });
  for (const f of readdirSync(join(outDir, 'data'))) {
    if (!f.endsWith('.csv')) continue;
    cpSync(join(outDir, 'data', f), f === 'observations.csv' ? join(dir, 'observations', f) : join(dir, f));
  }
}

const listing = (folder: Folder) => Object.entries(folder).map(([f, t]) => `── ${f}\n${t}`).join('\n');

/** A figure as written, in the form the site publishes it (no grouping, no sign of percent, no zeros in front). */
function asPublished(raw: string): string {
  let s = raw.replace(/[.\s\u00a0%]/g, '');
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  s = s.replace(/^0+(?=\d)/, '');
  if (s.includes(',')) s = s.replace(/0+$/, '').replace(/,$/, '');
  return (neg && s !== '0' ? '-' : '') + s;
}

/**
 * Writes the folder, validates it and, when it has no error, builds it and checks what was written: the files, the
 * published figures exactly as written, and the dataset read back as valid data with the same figures.
 * Returns whether it was built.
 */
async function check(root: string, folder: Folder, n: number, mustBeValid: boolean): Promise<number | undefined> {
  const run = join(root, String(n));
  const data = join(run, 'data');
  const out = join(run, 'site');
  writeFolder(data, folder);
  try {
    const r = await validateAndBuild(data, out);
    const errors = r.errors.map((p) => `${p.file}:${p.line} ${p.column} ${p.code} ${JSON.stringify(p.value)}`);
    if (!mustBeValid && errors.length) return undefined;
    expect(errors, listing(folder)).toEqual([]);
    for (const o of r.load.dataset.observations) {
      expect(parseViNumber(o.raw).kind, o.raw).toBe('ok');
      expect(formatContractNumber(o.value), `${o.file}:${o.line}`).toBe(asPublished(o.raw));
    }
    const files = walk(out);
    expect(files).toContain(join('data', 'observations.csv'));
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8'))).toHaveProperty('resources');
    // The dataset the site publishes is valid data again, with the same figures.
    const again = join(run, 'again');
    exportedFolder(out, again);
    const { loadDataFolder } = await import('../../src/lib/dataset/load.ts');
    const back = loadDataFolder(again);
    expect(back.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.column} ${p.code} ${JSON.stringify(p.value)}`)).toEqual([]);
    const values = (os: readonly { value: number }[]) => os.map((o) => o.value).sort((a, b) => a - b);
    expect(values(back.dataset.observations)).toEqual(values(r.load.dataset.observations));
    return r.charts;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

const seed = process.env.VALID_BUILD_SEED ? Number(process.env.VALID_BUILD_SEED) : undefined;

describe('valid means it builds', () => {
  it(`${RUNS} random valid folders: no error, and every page, chart and export is built`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'valid-builds-'));
    let n = 0;
    let drawn = 0;
    try {
      await fc.assert(
        fc.asyncProperty(folderArb(), async (folder) => {
          drawn += (await check(root, folder, n++, true)) ?? 0;
        }),
        { numRuns: RUNS, seed, endOnFailure: true },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(drawn).toBeGreaterThan(RUNS);
  }, 180_000);

  it(`${WILD_RUNS} folders with control characters, years before 1000 and figures of 16 to 400 digits: what the validator lets through builds`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'valid-builds-wild-'));
    let n = 0;
    let built = 0;
    try {
      await fc.assert(
        fc.asyncProperty(folderArb(true), async (folder) => {
          if ((await check(root, folder, n++, false)) !== undefined) built++;
        }),
        { numRuns: WILD_RUNS, seed, endOnFailure: true },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(built).toBeGreaterThan(0);
  }, 180_000);
});
