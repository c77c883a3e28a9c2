/**
 * Every chart of the site, as the export features see it: its spec in each language, the observations behind it,
 * the page it lives on, its site-wide id (used in embed and download URLs) and its content hash.
 *
 * Charts come from the page assemblers (unit pages: `unitSections`, metric pages: `metricPage`, home: `homePageSpecs`,
 * indices: `indicesPageSpecs`, comparison defaults: `comparePageSpecs`). Every chart a page renders must come from
 * one of them: EmbedPanel and Downloads render nothing for a chart not in the catalogue.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { LOCALES } from '../i18n/locale.ts';
import { href as sectionHref, metricHref, unitHref } from '../i18n/routes.ts';
import type { Observation } from '../schema/observation.ts';
import { RATES } from '../metrics/rates.ts';
import { periodKey, type Period } from '../values/period.ts';
import { siteModel, type SiteModel } from '../site/model.ts';
import { unitSections } from '../site/unit-page.ts';
import { metricPage } from '../site/metric-page.ts';
import { homePageSpecs } from '../site/home-page.ts';
import { indicesPageSpecs } from '../site/indices-page.ts';
import { comparePageSpecs } from '../site/compare-defaults.ts';
import { chartHash } from './embed.ts';
import { renderChart } from '../charts/render.ts';
import { renderChartString, STRING_KINDS } from '../charts/render-string.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

export { BoundedCache };

export interface ExportChart {
  /** Site-wide id, flat ASCII: `<section>--<page>--<chart>` ("don-vi--ha-noi--rate"); used in every export URL. */
  key: string;
  locale: Locale;
  spec: ChartSpec;
  /** The published figures behind the chart (drawn, listed as alternates, or used in a computed rate). */
  observations: Observation[];
  /** Path of the page that shows the chart, with the chart's anchor. */
  pageHref: string;
  /** Content hash of this language's chart: data + spec (see embed.ts). */
  hash: string;
  /**
   * Who draws it: Observable Plot, or for the charts of commune pages (thousands of them) the string renderer that
   * writes the same SVG (charts/render-string.ts; tests/charts/string-parity.test.ts). Not part of the hash.
   */
  engine: 'plot' | 'string';
}

/** A spec may list its figures itself (the exact set); otherwise they are derived from its ids (see below). */
/**
 * The observations behind a spec. Exact when the spec builder lists them in `spec.figures`. Otherwise derived from
 * what the spec names: units (in its id, categories and series), metrics (series keys `metric` or `metric:…`, ids,
 * and the counts of a computed rate) and periods (category keys that are period keys).
 */
export function observationsBehind(model: SiteModel, spec: ChartSpec): Observation[] {
  const own = spec.figures;
  if (own) return [...own];
  const words = new Set<string>([...spec.id.split('--'), ...spec.categories.map((c) => c.key), ...spec.series.map((s) => s.key), ...spec.series.map((s) => s.key.split(':')[0]!)]);
  const units = [...words].filter((w) => model.units.has(w));
  // A chart with change markers (lineage) also shows the units before and after the change.
  if (spec.markers?.length) {
    for (const u of [...units]) {
      const { before, after } = model.lineage(u);
      for (const c of [...before, ...after]) for (const id of [c.from, c.to]) if (!units.includes(id)) units.push(id);
    }
  }
  // chartId() turns `par_index_score` into `par-index-score`: try both spellings.
  const metrics = new Set([...words].flatMap((w) => [w, w.replace(/-/g, '_')]).filter((w) => model.metrics.has(w)));
  for (const s of spec.series) {
    const [m, kind] = s.key.split(':');
    const def = RATES.find((r) => r.rate === m);
    if (def && kind === 'computed') for (const id of [...def.numerators.flat(), ...def.denominators.flat()]) metrics.add(id);
  }
  const periods = new Set(spec.categories.map((c) => c.key).filter((k) => k.split('|').length === 3));
  const pool = units.length ? units.flatMap((u) => model.obsByUnit.get(u) ?? []) : [...metrics].flatMap((m) => model.obsByMetric.get(m) ?? []);
  if (metrics.size === 0) {
    // No metric named (lineage charts): the metric whose published values match the most drawn values.
    const drawn = spec.data.flatMap((d) => (d.value === null ? [] : [d.value]));
    const hits = new Map<string, number>();
    for (const o of pool) if (drawn.some((v) => Math.abs(o.value - v) < 1e-9)) hits.set(o.metric, (hits.get(o.metric) ?? 0) + 1);
    const best = Math.max(0, ...hits.values());
    for (const [m, n] of hits) if (n === best && best > 0) metrics.add(m);
  }
  // Per period object, not per figure: a metric's pool is a few hundred thousand figures over a few dozen periods.
  const keyOf = new Map<Period, string>();
  const key = (p: Period) => {
    let k = keyOf.get(p);
    if (k === undefined) keyOf.set(p, (k = periodKey(p)));
    return k;
  };
  let out = pool.filter((o) => (metrics.size === 0 || metrics.has(o.metric)) && (periods.size === 0 || periods.has(key(o.period))));
  // A period named in the id (rankings: `xep-hang--<metric>--<period key as chartId writes it>`).
  const idText = `--${spec.id}--`;
  const named = new Map<Period, boolean>();
  const isNamed = (p: Period) => {
    let hit = named.get(p);
    if (hit === undefined) named.set(p, (hit = idText.includes(`--${key(p).replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}--`)));
    return hit;
  };
  const inId = out.filter((o) => isNamed(o.period));
  if (inId.length) out = inId;
  return out;
}

/** Drop the page's own id from a chart id: `outcomes--sa-dec` on sa-dec's page is `outcomes`. */
function shortId(specId: string, pageId: string): string {
  const parts = specId.split('--').filter((p) => p !== pageId && p.replace(/_/g, '-') !== pageId);
  return parts.length ? parts.join('--') : specId;
}

interface PageCharts {
  section: string;
  pageId: string;
  href: (l: Locale) => string;
  specs: (l: Locale) => ChartSpec[];
  /** The chart's key when not `<section>--<page>--<chart>` (site-wide pages: `<section>--<chart>`). */
  key?: (specId: string) => string;
  /** Pages of which there are thousands (communes): drawn by the string renderer where it can. */
  bulk?: boolean;
}

/** Site-wide pages: the chart part of the key is the spec id without the page's own prefix (`so-sanh-ky` → `ky`). */
const siteKey = (section: string) => (specId: string) => `${section}--${specId.replace(new RegExp(`^${section}(--|-)`), '')}`;

function* pageCharts(model: SiteModel): Generator<PageCharts> {
  yield { section: 'trang-chu', pageId: '', href: (l) => sectionHref(l), specs: (l) => homePageSpecs(model, l), key: siteKey('trang-chu') };
  yield { section: 'chi-so', pageId: '', href: (l) => sectionHref(l, 'indices'), specs: (l) => indicesPageSpecs(model, l), key: siteKey('chi-so') };
  yield { section: 'so-sanh', pageId: '', href: (l) => sectionHref(l, 'compare'), specs: (l) => comparePageSpecs(model, l), key: siteKey('so-sanh') };
  for (const unit of model.pageUnits) {
    yield {
      section: 'don-vi',
      pageId: unit.id,
      href: (l) => unitHref(l, unit.id),
      specs: (l) => unitSections(model, unit, l).flatMap((s) => s.charts),
      bulk: unit.level === 'commune',
    };
  }
  for (const metric of model.load.dataset.metrics) {
    yield {
      section: 'chi-tieu',
      pageId: metric.id.replace(/_/g, '-'),
      href: (l) => metricHref(l, metric.id),
      specs: (l) => {
        const p = metricPage(model, metric, l);
        return [p.single, ...p.rankings, p.distribution].filter((x): x is ChartSpec => !!x);
      },
    };
  }
}

export interface Catalog {
  /** Every chart of the site, computed on first use: tests and small folders only (a national build never asks). */
  readonly charts: ExportChart[];
  /** The chart drawn from `spec` on the page at `pageHref` (its path); without a path, the first page that has it. */
  bySpec: (spec: ChartSpec, pageHref?: string) => ExportChart | undefined;
  byKey: (locale: Locale, key: string) => ExportChart | undefined;
  /** Every page that has charts, in build order: what the export writer walks. */
  pages: () => Generator<{ charts: (l: Locale) => ExportChart[] }>;
  /** The charts of the page at this path (as Astro.url.pathname gives it), in the page's order. */
  chartsAt: (pageHref: string) => ExportChart[];
}

/**
 * The catalogue is lazy: a page's charts (specs, figures, hashes) are computed when that page or one of its charts
 * is asked for, and the last few pages are remembered. A national build has ≈ 60,000 charts per language; holding
 * them all would cost gigabytes, and computing them before the first page would double the work.
 */
export function buildCatalog(model: SiteModel): Catalog {
  const pages = [...pageCharts(model)];
  const byPath = new Map<string, PageCharts>();
  const localeOfPath = new Map<string, Locale>();
  const byPrefix = new Map<string, PageCharts>();
  for (const p of pages) {
    for (const l of LOCALES) {
      byPath.set(p.href(l), p);
      localeOfPath.set(p.href(l), l);
    }
    byPrefix.set(p.key ? p.section : `${p.section}--${p.pageId}`, p);
  }
  const recent = new BoundedCache<ExportChart[]>(8);
  const chartsOf = (page: PageCharts, locale: Locale): ExportChart[] =>
    recent.get(`${locale}:${page.section}:${page.pageId}`, () => {
      const out: ExportChart[] = [];
      const keys = new Set<string>();
      const href = page.href(locale);
      for (const spec of page.specs(locale)) {
        const base = (page.key ? page.key(spec.id) : `${page.section}--${page.pageId}--${shortId(spec.id, page.pageId)}`).toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
        let key = base;
        for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
        keys.add(key);
        const observations = observationsBehind(model, spec);
        // Hashed: what the pinned page shows (the spec without its table twin, which the embed page does not
        // have) and its data (the figures, as observations).
        const { figures: _figures, table: _table, ...bare } = spec;
        const engine = page.bulk && STRING_KINDS.has(spec.kind) ? 'string' : 'plot';
        out.push({ key, locale, spec, observations, pageHref: `${href}#${spec.id}`, hash: chartHash({ id: key, observations, spec: bare }), engine });
      }
      return out;
    });
  const pageOfKey = (key: string): PageCharts | undefined => {
    const parts = key.split('--');
    return byPrefix.get(`${parts[0]}--${parts[1]}`) ?? byPrefix.get(parts[0]!);
  };
  let all: ExportChart[] | undefined;
  return {
    get charts() {
      return (all ??= pages.flatMap((p) => LOCALES.flatMap((l) => chartsOf(p, l))));
    },
    byKey: (l, key) => {
      const page = pageOfKey(key);
      return page ? chartsOf(page, l).find((c) => c.key === key) : undefined;
    },
    bySpec: (spec, pageHref) => {
      const candidates = pageHref ? [byPath.get(pageHref.replace(/#.*$/, ''))].filter((p): p is PageCharts => !!p) : pages;
      for (const page of candidates) {
        const hit = chartsOf(page, spec.locale).find((c) => c.spec.id === spec.id);
        if (hit) return hit;
      }
      return undefined;
    },
    pages: function* () {
      for (const p of pages) yield { charts: (l: Locale) => chartsOf(p, l) };
    },
    chartsAt: (pageHref) => {
      const page = byPath.get(pageHref);
      return page ? chartsOf(page, localeOfPath.get(pageHref)!) : [];
    },
  };
}

let cached: Catalog | undefined;
/** The catalogue of the current build, built once. */
export function exportCatalog(): Catalog {
  if (!cached) cached = buildCatalog(siteModel());
  return cached;
}

const renders = new BoundedCache<string>(128);
/**
 * The chart drawn by the shared renderer, memoised per chart, language, width and theme: the latest and the pinned
 * embed page, the fixed-height estimate and the image downloads all reuse one drawing.
 */
export function renderExport(chart: ExportChart, options: { width?: number; theme?: 'css' | 'static' } = {}): string {
  const k = `${chart.locale}|${chart.key}|${options.width ?? ''}|${options.theme ?? 'css'}`;
  return renders.get(k, () => (chart.engine === 'string' ? renderChartString(chart.spec, options) : renderChart(chart.spec, options)));
}

/** EXPORT_PNG=0 skips every PNG (chart images, share cards): for benchmarks and quick local builds only. */
export const pngEnabled = () => process.env.EXPORT_PNG !== '0';
