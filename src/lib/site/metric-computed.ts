/**
 * A rate's metric page lists what the portal computed from published counts, labelled as ours: without it, the page
 * of a rate that no one published (Sa Đéc publishes counts, not its on-time rate) said "no figures" while the unit's
 * page showed the rate computed from them. The same computation as the unit page's (metrics/series.ts), so the two
 * pages always agree.
 */
import type { Observation } from '../schema/observation.ts';
import type { Locale } from '../i18n/locale.ts';
import type { TableCell, TableTwin } from '../charts/spec.ts';
import { RATES } from '../metrics/rates.ts';
import { computedSeries, type ComputedPoint } from '../metrics/series.ts';
import { comparePeriods } from '../metrics/periods.ts';
import { fmtPeriod, fmtValue } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import { sourceHref, unitHref } from '../i18n/routes.ts';
import { figureCell, numCell } from '../charts/build/common.ts';
import type { SiteModel } from './model.ts';

export interface ComputedRow {
  unit: string;
  /** The unit's latest computed value. */
  point: ComputedPoint;
  /** The rate as published for the same unit and period, if any (shown beside it, never replaced). */
  published?: Observation;
}

export interface ComputedRates {
  /** Units with at least one computed value. */
  units: number;
  /** Computed values over every unit and period. */
  values: number;
  /** Each unit's latest computed value: latest period first, then the better value first; at most `limit` rows. */
  rows: ComputedRow[];
}

/** Every unit's latest computed value of every rate, and the counts: one pass over the units for all rates. */
type AllRates = Map<string, { rows: ComputedRow[]; values: number }>;
const memo = new WeakMap<SiteModel, AllRates>();

/** What the portal computed for the rate `metricId` from counts, or undefined when it is not a rate or nothing was. */
export function computedRates(model: SiteModel, metricId: string, limit = 20): ComputedRates | undefined {
  let all = memo.get(model);
  if (!all) memo.set(model, (all = computeAll(model)));
  const rate = all.get(metricId);
  if (!rate || rate.rows.length === 0) return undefined;
  return { units: rate.rows.length, values: rate.values, rows: rate.rows.slice(0, limit) };
}

/**
 * A unit's rates are computed one after the other from the same list of figures, so computedSeries reads the unit's
 * publications once for all of them (metrics/series.ts keeps the last few): ≈ 5 s at national scale instead of ≈ 5 s
 * per rate page.
 */
function computeAll(model: SiteModel): AllRates {
  const all: AllRates = new Map(RATES.map((r) => [r.rate, { rows: [], values: 0 }]));
  // Only units that published a numerator of some rate can have a computed value.
  const candidates = new Set<string>();
  for (const id of new Set(RATES.flatMap((r) => r.numerators.flat()))) for (const o of model.obsByMetric.get(id) ?? []) candidates.add(o.unit);
  // Each rate's published figures by period, held for this loop only (the model keeps the last few metrics').
  const published = new Map(RATES.map((r) => [r.rate, model.byPeriod(r.rate)]));
  for (const unit of candidates) {
    const obs = model.obsByUnit.get(unit) ?? [];
    for (const def of RATES) {
      const series = computedSeries(obs, def);
      if (series.length === 0) continue;
      const rate = all.get(def.rate)!;
      rate.values += series.length;
      const point = series[series.length - 1]!;
      rate.rows.push({ unit, point, published: published.get(def.rate)!.get(point.key)?.values.get(unit) });
    }
  }
  for (const [metricId, rate] of all) {
    const sign = model.metric(metricId)?.better === 'lower' ? 1 : -1;
    rate.rows.sort((a, b) => comparePeriods(b.point.period, a.point.period) || sign * (a.point.value - b.point.value) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  }
  return all;
}

/** The rows as a table: unit, period, our computation (with its counts), the published rate, the counts' source. */
export function computedTable(model: SiteModel, rates: ComputedRates, l: Locale): TableTwin {
  const ctx = { model, locale: l };
  const rows: TableCell[][] = rates.rows.map(({ unit, point, published }) => {
    let pub: TableCell = numCell(t(l, 'notPublished'));
    if (published) {
      const { quote: _quote, ...cell } = figureCell(ctx, published);
      pub = cell;
    }
    return [
      { text: model.unitLabel(unit, l), href: model.hasPage(unit) ? unitHref(l, unit) : undefined },
      { text: fmtPeriod(point.period, l) },
      { text: fmtValue(point.value, 'percent', l), numeric: true, note: `${fmtValue(point.numerator, 'count', l)} / ${fmtValue(point.denominator, 'count', l)}` },
      pub,
      { text: model.sourceTitle(point.source), href: sourceHref(l, point.source) },
    ];
  });
  return {
    caption: t(l, 'computedTableCaption'),
    columns: [
      { label: t(l, 'unit') },
      { label: t(l, 'period') },
      { label: t(l, 'computed'), numeric: true },
      { label: t(l, 'published'), numeric: true },
      { label: t(l, 'countsSourceColumn') },
    ],
    rows,
  };
}
