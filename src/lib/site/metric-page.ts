/** What a metric page shows: definition facts, how a rate is computed, rankings per period, the distribution. */
import type { Metric } from '../schema/metric.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { RATES, SUMS } from '../metrics/rates.ts';
import { distributionSpec, rankingSpec, unitMetricSpec } from '../charts/build/compare.ts';
import type { SiteModel } from './model.ts';
import type { PageType } from './page-data.ts';
import { t } from '../i18n/strings.ts';
import { href, metricHref } from '../i18n/routes.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

export interface MetricPage {
  rankings: ChartSpec[];
  /** Older periods without a chart: key, period, number of units. */
  olderPeriods: { key: string; label: string; n: number }[];
  distribution?: ChartSpec;
  single?: ChartSpec;
  /** How the portal computes this rate from counts, as alternatives of metric ids. */
  rate?: { numerators: readonly (readonly string[])[]; denominators: readonly (readonly string[])[] };
  /** Sum identities this metric takes part in. */
  sums: { total: string; parts: readonly (readonly string[])[] }[];
  /** Rates that use this metric as numerator or denominator. */
  usedBy: string[];
}

/**
 * Memoised for the last few pages: the page, its chart catalogue and the other language's citations ask for the same
 * page one after the other, and at national scale each ranking sorts thousands of units.
 */
const memo = new WeakMap<SiteModel, BoundedCache<MetricPage>>();
export function metricPage(model: SiteModel, metric: Metric, l: Locale, maxRankings = 3): MetricPage {
  let cache = memo.get(model);
  if (!cache) memo.set(model, (cache = new BoundedCache<MetricPage>(4)));
  return cache.get(`${l}|${maxRankings}|${metric.id}`, () => makeMetricPage(model, metric, l, maxRankings));
}

function makeMetricPage(model: SiteModel, metric: Metric, l: Locale, maxRankings: number): MetricPage {
  const ctx = { model, locale: l };
  const periods = [...model.byPeriod(metric.id).entries()].filter(([, e]) => e.values.size >= 2);
  const recent = periods.slice(-maxRankings).reverse();
  const rankings = recent.map(([key]) => rankingSpec(ctx, metric.id, key, { id: `xep-hang--${metric.id}--${key}` })).filter((s): s is ChartSpec => !!s);
  const olderPeriods = periods
    .slice(0, Math.max(0, periods.length - maxRankings))
    .reverse()
    .map(([key, e]) => ({ key, label: e.period.label, n: e.values.size }));
  const units = new Set((model.obsByMetric.get(metric.id) ?? []).map((o) => o.unit));
  const single = units.size === 1 ? unitMetricSpec(ctx, [...units][0]!, metric.id) : undefined;
  const distribution = periods.length ? distributionSpec(ctx, metric.id, { id: `phan-bo--${metric.id}` }) : undefined;
  const def = RATES.find((r) => r.rate === metric.id);
  const sums = SUMS.filter((s) => s.total === metric.id || s.parts.some((p) => p.includes(metric.id)));
  const usedBy = RATES.filter((r) => r.numerators.some((n) => n.includes(metric.id)) || r.denominators.some((d) => d.includes(metric.id))).map((r) => r.rate);
  return { rankings, olderPeriods, distribution, single, rate: def ? { numerators: def.numerators, denominators: def.denominators } : undefined, sums, usedBy };
}

/** A metric page's body: MetricPage with its charts named by spec id (the page data holds the charts). */
export type MetricPageBody = Omit<MetricPage, 'rankings' | 'distribution' | 'single'> & { rankings: string[]; distribution?: string; single?: string };

/** A metric page: its charts (the rest of the page still reads the model in chi-tieu/[id].astro). */
export const metricPageType: PageType<Metric, MetricPageBody> = {
  kind: 'metric',
  section: 'chi-tieu',
  items: (model) => model.load.dataset.metrics,
  id: (metric) => metric.id,
  keyId: (metric) => metric.id.replace(/_/g, '-'),
  href: (l, metric) => metricHref(l, metric.id),
  // Every figure of the metric and, for a rate, of its counts (the page lists the portal's computations); which
  // units have a page; the shared period labels (links spell their dates out).
  dependencies: (_model, metric) => {
    const def = RATES.find((r) => r.rate === metric.id);
    const inputs = def ? [...new Set([...def.numerators.flat(), ...def.denominators.flat()])].sort() : [];
    return { units: [], metrics: [metric.id, ...inputs], sources: [], unitWarnings: [], sourceWarnings: [], hasPage: 'all', periodLabels: true };
  },
  build: (model, metric, l) => {
    const label = model.metricLabel(metric.id, l);
    const page = metricPage(model, metric, l);
    return {
      head: {
        title: label,
        description: model.metricDescription(metric.id, l) ?? t(l, 'siteTagline'),
        section: 'metrics',
        breadcrumbs: [{ label: t(l, 'home'), href: href(l) }, { label: t(l, 'metrics'), href: href(l, 'metrics') }, { label }],
      },
      specs: [page.single, ...page.rankings, page.distribution].filter((x): x is ChartSpec => !!x),
      body: { ...page, rankings: page.rankings.map((c) => c.id), distribution: page.distribution?.id, single: page.single?.id },
    };
  },
};

/**
 * The denominator column of metrics.csv, read for display: "resolved (thường dùng; một số nguồn dùng due_in_period
 * hoặc received_total)" is the metric `resolved`, with `due_in_period` and `received_total` as other sources'
 * choices, so both languages can name them with their labels. Free text that does not start with a metric id
 * (`số nhiệm vụ của kế hoạch`) is shown as written.
 */
export function denominatorOf(model: SiteModel, text: string): { main: string; alternates: string[] } | undefined {
  const ids = [...text.matchAll(/[a-z][a-z0-9_]*/g)].map((m) => m[0]).filter((id) => !!model.metric(id));
  const main = ids[0];
  if (!main || !text.trimStart().startsWith(main)) return undefined;
  return { main, alternates: [...new Set(ids.slice(1))].filter((id) => id !== main) };
}
