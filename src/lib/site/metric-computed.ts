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
import { BoundedCache } from '../util/bounded-cache.ts';
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

const memo = new WeakMap<SiteModel, BoundedCache<ComputedRates | undefined>>();

/** What the portal computed for the rate `metricId` from counts, or undefined when it is not a rate or nothing was. */
export function computedRates(model: SiteModel, metricId: string, limit = 20): ComputedRates | undefined {
  let cache = memo.get(model);
  if (!cache) memo.set(model, (cache = new BoundedCache(2)));
  // Language-independent: the page's two languages, rendered one after the other, share it.
  return cache.get(`${limit}|${metricId}`, () => compute(model, metricId, limit));
}

function compute(model: SiteModel, metricId: string, limit: number): ComputedRates | undefined {
  const def = RATES.find((r) => r.rate === metricId);
  if (!def) return undefined;
  // Only units that published a numerator can have a computed value.
  const candidates = new Set<string>();
  for (const id of new Set(def.numerators.flat())) for (const o of model.obsByMetric.get(id) ?? []) candidates.add(o.unit);
  const published = model.byPeriod(metricId);
  const all: ComputedRow[] = [];
  let values = 0;
  for (const unit of candidates) {
    const series = computedSeries(model.obsByUnit.get(unit) ?? [], def);
    if (series.length === 0) continue;
    values += series.length;
    const point = series[series.length - 1]!;
    all.push({ unit, point, published: published.get(point.key)?.values.get(unit) });
  }
  if (all.length === 0) return undefined;
  const sign = model.metric(metricId)?.better === 'lower' ? 1 : -1;
  all.sort((a, b) => comparePeriods(b.point.period, a.point.period) || sign * (a.point.value - b.point.value) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { units: all.length, values, rows: all.slice(0, limit) };
}

/** The rows as a table: unit, period, our computation (with its counts), the published rate, the counts' source. */
export function computedTable(model: SiteModel, rates: ComputedRates, l: Locale): TableTwin {
  const ctx = { model, locale: l };
  const pick = (vi: string, en: string) => (l === 'vi' ? vi : en);
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
    caption: pick('Tính toán của cổng từ số đếm, kỳ gần nhất của mỗi đơn vị', "Our computation from counts, each unit's latest period"),
    columns: [
      { label: t(l, 'unit') },
      { label: t(l, 'period') },
      { label: t(l, 'computed'), numeric: true },
      { label: t(l, 'published'), numeric: true },
      { label: pick('Nguồn của số đếm', 'Source of the counts') },
    ],
    rows,
  };
}
