/** Site-wide selections: the headline comparison, the latest figures, the units with the most recent data. */
import type { Observation } from '../schema/observation.ts';
import type { Unit } from '../schema/unit.ts';
import type { Period } from '../values/period.ts';
import { comparePeriods } from '../metrics/periods.ts';
import { HEADLINE_RATE, indexFamilies } from '../metrics/families.ts';
import { busiestPeriod } from '../charts/build/compare.ts';
import type { SiteModel } from './model.ts';

/** Fewer provinces than this in the headline rate's busiest period, and the home page compares an index instead. */
export const HEADLINE_MIN_UNITS = 10;

// Asked by the home and comparison pages in both languages: each is a scan of a metric's figures, made once per model.
const headlineMetricMemo = new WeakMap<SiteModel, string | undefined>();
const headlineMemo = new WeakMap<SiteModel, { metric: string; period: string; units: string[] } | undefined>();

/**
 * The metric the home page compares: the headline rate when enough provinces publish it in one period; else the index
 * score that compares the most provinces in one period (the latest such period on a tie); else the metric with most
 * figures. With the real data the rate is published by a few units and PCI by all 63 provinces.
 */
export function headlineMetric(model: SiteModel): string | undefined {
  if (!headlineMetricMemo.has(model)) headlineMetricMemo.set(model, findHeadlineMetric(model));
  return headlineMetricMemo.get(model);
}

function findHeadlineMetric(model: SiteModel): string | undefined {
  const provinces = model.pageUnits.filter((u) => u.level === 'province').map((u) => u.id);
  const reach = (metric: string) => {
    let best = { n: 0, end: '' };
    for (const e of model.byPeriod(metric).values()) {
      const n = provinces.filter((u) => e.values.has(u)).length;
      if (n > best.n || (n === best.n && e.period.end > best.end)) best = { n, end: e.period.end };
    }
    return best;
  };
  if (model.obsByMetric.has(HEADLINE_RATE) && reach(HEADLINE_RATE).n >= HEADLINE_MIN_UNITS) return HEADLINE_RATE;
  let index: { metric: string; n: number; end: string } | undefined;
  for (const f of indexFamilies(model.load.dataset.metrics)) {
    if (!model.obsByMetric.has(f.score)) continue;
    const r = reach(f.score);
    if (r.n >= HEADLINE_MIN_UNITS && (!index || r.n > index.n || (r.n === index.n && r.end > index.end))) index = { metric: f.score, ...r };
  }
  if (index) return index.metric;
  if (model.obsByMetric.has(HEADLINE_RATE)) return HEADLINE_RATE;
  let best: string | undefined;
  let n = 0;
  for (const [m, list] of model.obsByMetric) if (list.length > n) [best, n] = [m, list.length];
  return best;
}

/**
 * The latest period that covers nearly as many of `units` as the busiest one (nine in ten): the latest full ranking
 * (PCI 2020's 63 provinces), not an older year with one unit more (PCI 2008 with Hà Tây) or a later one with a few.
 */
function latestFullPeriod(model: SiteModel, metric: string, units: readonly string[]): string | undefined {
  const counts = [...model.byPeriod(metric)].map(([key, e]) => ({ key, end: e.period.end, n: units.filter((u) => e.values.has(u)).length }));
  const most = Math.max(0, ...counts.map((c) => c.n));
  if (most === 0) return undefined;
  return counts.filter((c) => c.n * 10 >= most * 9).sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : b.n - a.n))[0]!.key;
}

/** Headline comparison: the metric's latest full period among provinces (or among all units if no province has it). */
export function headlineComparison(model: SiteModel, locale: 'vi' | 'en'): { metric: string; period: string; units: string[] } | undefined {
  // The same in both languages (the locale only names the build context).
  if (!headlineMemo.has(model)) headlineMemo.set(model, findHeadlineComparison(model, locale));
  const found = headlineMemo.get(model);
  // A copy: the pages' data must not share (and could change) one list.
  return found && { ...found, units: [...found.units] };
}

function findHeadlineComparison(model: SiteModel, locale: 'vi' | 'en'): { metric: string; period: string; units: string[] } | undefined {
  const metric = headlineMetric(model);
  if (!metric) return undefined;
  const ctx = { model, locale };
  const provinces = model.pageUnits.filter((u) => u.level === 'province').map((u) => u.id);
  let period = latestFullPeriod(model, metric, provinces);
  let units = provinces;
  if (!period || (model.byPeriod(metric).get(period)?.values.size ?? 0) < 2) {
    period = busiestPeriod(ctx, metric);
    units = [];
  }
  if (!period) return undefined;
  const values = model.byPeriod(metric).get(period)!.values;
  return { metric, period, units: units.length ? units.filter((u) => values.has(u)) : [...values.keys()] };
}

// The home page asks in both languages: the scan of every figure is made once per model.
const latestMemo = new WeakMap<SiteModel, Map<number, Observation[]>>();

/** The most recent figures, one per unit and metric, newest period first. */
export function latestFigures(model: SiteModel, limit = 12): Observation[] {
  let byLimit = latestMemo.get(model);
  if (!byLimit) latestMemo.set(model, (byLimit = new Map()));
  let out = byLimit.get(limit);
  if (!out) byLimit.set(limit, (out = findLatestFigures(model, limit)));
  return out;
}

function findLatestFigures(model: SiteModel, limit: number): Observation[] {
  const seen = new Set<string>();
  const preferred = new Set([HEADLINE_RATE, 'received_total', ...indexFamilies(model.load.dataset.metrics).map((f) => f.score)]);
  // Only the preferred metrics can be picked, latest period first, in dataset order among equal periods (as a stable
  // sort would put them): grouped by what comparePeriods compares, then the groups sorted, not the figures.
  const groups = new Map<string, { period: Period; figures: Observation[] }>();
  let lastPeriod: Period | undefined;
  let group: Observation[] = [];
  for (const o of model.load.dataset.observations) {
    if (!preferred.has(o.metric)) continue;
    if (o.period !== lastPeriod) {
      lastPeriod = o.period;
      const k = `${o.period.end}|${o.period.start}|${o.period.label}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { period: o.period, figures: [] }));
      group = g.figures;
    }
    group.push(o);
  }
  const out: Observation[] = [];
  for (const g of [...groups.values()].sort((a, b) => comparePeriods(b.period, a.period))) {
    for (const o of g.figures) {
      const k = `${o.unit}|${o.metric}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(o);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Units ordered by the end of their latest period. */
export function recentUnits(model: SiteModel, limit = 10): { unit: Unit; period: Period; count: number }[] {
  const out: { unit: Unit; period: Period; count: number }[] = [];
  for (const [id, obs] of model.obsByUnit) {
    const u = model.units.get(id);
    if (!u) continue;
    // The latest period (the last of equals, as a stable sort puts it), in one pass.
    let period = obs[0]!.period;
    // A row's figures share one period object: only another object can be later.
    for (const o of obs) if (o.period !== period && comparePeriods(o.period, period) >= 0) period = o.period;
    out.push({ unit: u, period, count: obs.length });
  }
  return out.sort((a, b) => comparePeriods(b.period, a.period) || b.count - a.count).slice(0, limit);
}
