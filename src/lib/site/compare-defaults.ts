/** The comparison page's server-rendered default comparisons (shown without JavaScript or before a choice). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { rankingSpec, seriesSpec } from '../charts/build/compare.ts';
import { bumpDefaultUnits, bumpMetrics, bumpSpec } from '../charts/build/bump.ts';
import { headlineComparison } from './summary.ts';
import { siteWidePage } from './site-wide-page.ts';
import type { SiteModel } from './model.ts';
import { comparePicker, type ComparePicker } from './compare-picker.ts';

export interface CompareDefaults {
  headline?: { metric: string; period: string; units: string[] };
  metric?: string;
  /** The units checked by default. */
  units: string[];
  /** Several units in one period. */
  ranking?: ChartSpec;
  /** One unit (the one with the most periods of the metric) across periods. */
  series?: ChartSpec;
  /** Ranks over the years: the index rank with the most years, its best and worst provinces of the latest year. */
  bump?: { metric: string; metrics: string[]; units: string[]; spec?: ChartSpec };
}

// Both languages' comparison pages ask: one scan of the metric's figures per model.
const longestMemo = new WeakMap<SiteModel, Map<string, string | undefined>>();

/** The unit with the most periods of the metric (the first by id on a tie). */
function longestSeries(model: SiteModel, metric: string): string | undefined {
  let byMetric = longestMemo.get(model);
  if (!byMetric) longestMemo.set(model, (byMetric = new Map()));
  if (!byMetric.has(metric)) {
    const count = new Map<string, Set<string>>();
    for (const o of model.obsByMetric.get(metric) ?? []) count.set(o.unit, (count.get(o.unit) ?? new Set()).add(o.period.label));
    byMetric.set(metric, [...count.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0]);
  }
  return byMetric.get(metric);
}

export function compareDefaults(model: SiteModel, l: Locale): CompareDefaults {
  const ctx = { model, locale: l };
  const headline = headlineComparison(model, l);
  const metric = headline?.metric;
  const units = (headline?.units ?? []).slice(0, 12);
  const ranking = headline ? rankingSpec(ctx, headline.metric, headline.period, { id: 'so-sanh-ky', units }) : undefined;
  const longest = metric ? longestSeries(model, metric) : undefined;
  const series =
    metric && longest ? seriesSpec(ctx, [{ unit: longest, units: [longest], label: model.unitLabel(longest, l) }], metric, { id: 'so-sanh-qua-ky' }) : undefined;
  const bumpMetric = bumpMetrics(model)[0];
  const bumpUnits = bumpMetric ? bumpDefaultUnits(model, bumpMetric) : [];
  const bump = bumpMetric ? { metric: bumpMetric, metrics: bumpMetrics(model), units: bumpUnits, spec: bumpSpec(ctx, bumpMetric, bumpUnits) } : undefined;
  return { headline, metric, units, ranking, series, bump };
}

/**
 * The comparison page's body: CompareDefaults with its charts named by spec id (the page data holds the charts), and
 * its forms' choices.
 */
export type ComparePageBody = Omit<CompareDefaults, 'ranking' | 'series' | 'bump'> & {
  ranking?: string;
  series?: string;
  bump?: Omit<NonNullable<CompareDefaults['bump']>, 'spec'> & { spec?: string };
  picker: ComparePicker;
};

/** The comparison page: everything it shows (so-sanh/index.astro renders its view). */
export const comparePageType = siteWidePage('compare', 'so-sanh', 'compare', (model, l): { specs: ChartSpec[]; body: ComparePageBody } => {
  const d = compareDefaults(model, l);
  return {
    specs: [d.ranking, d.series, d.bump?.spec].filter((s): s is ChartSpec => !!s),
    body: { ...d, ranking: d.ranking?.id, series: d.series?.id, bump: d.bump && { ...d.bump, spec: d.bump.spec?.id }, picker: comparePicker(model, l, d) },
  };
});
