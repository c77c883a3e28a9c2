/** Site-wide selections: the headline comparison, the latest figures, the units with the most recent data. */
import type { Observation } from '../schema/observation.ts';
import type { Unit } from '../schema/unit.ts';
import type { Period } from '../values/period.ts';
import { comparePeriods } from '../metrics/periods.ts';
import { HEADLINE_RATE, indexFamilies } from '../metrics/families.ts';
import { busiestPeriod } from '../charts/build/compare.ts';
import type { SiteModel } from './model.ts';

/** The metric the home page compares: the headline rate if any unit has it, else the metric with most figures. */
export function headlineMetric(model: SiteModel): string | undefined {
  if (model.obsByMetric.has(HEADLINE_RATE)) return HEADLINE_RATE;
  let best: string | undefined;
  let n = 0;
  for (const [m, list] of model.obsByMetric) if (list.length > n) [best, n] = [m, list.length];
  return best;
}

/** Headline comparison: the metric's busiest period among provinces (or among all units if no province has it). */
export function headlineComparison(model: SiteModel, locale: 'vi' | 'en'): { metric: string; period: string; units: string[] } | undefined {
  const metric = headlineMetric(model);
  if (!metric) return undefined;
  const ctx = { model, locale };
  const provinces = model.pageUnits.filter((u) => u.level === 'province').map((u) => u.id);
  let period = busiestPeriod(ctx, metric, provinces);
  let units = provinces;
  if (!period || (model.byPeriod(metric).get(period)?.values.size ?? 0) < 2) {
    period = busiestPeriod(ctx, metric);
    units = [];
  }
  if (!period) return undefined;
  const values = model.byPeriod(metric).get(period)!.values;
  return { metric, period, units: units.length ? units.filter((u) => values.has(u)) : [...values.keys()] };
}

/** The most recent figures, one per unit and metric, newest period first. */
export function latestFigures(model: SiteModel, limit = 12): Observation[] {
  const seen = new Set<string>();
  const preferred = new Set([HEADLINE_RATE, 'received_total', ...indexFamilies(model.load.dataset.metrics).map((f) => f.score)]);
  // Only the preferred metrics can be picked: sort those, not the whole dataset (the sort is stable, so the order
  // among them is the same).
  const sorted = model.load.dataset.observations.filter((o) => preferred.has(o.metric)).sort((a, b) => comparePeriods(b.period, a.period));
  const out: Observation[] = [];
  for (const o of sorted) {
    const k = `${o.unit}|${o.metric}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(o);
    if (out.length >= limit) break;
  }
  return out;
}

/** Units ordered by the end of their latest period. */
export function recentUnits(model: SiteModel, limit = 10): { unit: Unit; period: Period; count: number }[] {
  const out: { unit: Unit; period: Period; count: number }[] = [];
  for (const [id, obs] of model.obsByUnit) {
    const u = model.units.get(id);
    if (!u) continue;
    const period = obs.map((o) => o.period).sort(comparePeriods).at(-1)!;
    out.push({ unit: u, period, count: obs.length });
  }
  return out.sort((a, b) => comparePeriods(b.period, a.period) || b.count - a.count).slice(0, limit);
}
