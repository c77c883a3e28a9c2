/** What a metric page shows: definition facts, how a rate is computed, rankings per period, the distribution. */
import type { Metric } from '../schema/metric.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { RATES, SUMS } from '../metrics/rates.ts';
import { distributionSpec, rankingSpec, unitMetricSpec } from '../charts/build/compare.ts';
import type { SiteModel } from './model.ts';
import type { PageType, UnitLink } from './page-data.ts';
import { t, tf } from '../i18n/strings.ts';
import { href, metricHref } from '../i18n/routes.ts';
import { targetTerms, type TargetTerms } from './target-terms.ts';
import { unitLink } from './unit-page.ts';
import type { TableTwin } from '../charts/spec.ts';
import { computedRates, computedTable } from './metric-computed.ts';
import { figuresTable } from './figures-table.ts';
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

/** A metric the page names: its id (its page's address) and its label. */
export interface MetricLink {
  id: string;
  label: string;
}

/** A target for the metric, with the unit its line names (linked when it has a page). */
export interface MetricTargetView extends TargetTerms {
  unit: UnitLink;
}

/**
 * Everything a metric page shows, its charts named by spec id (the page data holds the charts), so the view renders
 * it without the model: the definition, how a rate is computed and what the portal computed, the related sums, the
 * rankings' older periods, the targets and (up to FIGURES_TABLE_LIMIT figures) the figures table.
 */
export interface MetricPageBody extends Omit<MetricPage, 'rankings' | 'distribution' | 'single' | 'rate' | 'sums' | 'usedBy'> {
  metric: Pick<Metric, 'id' | 'kind' | 'better' | 'denominator'>;
  label: string;
  description?: string;
  /** The denominator column read as metric ids (`denominatorOf`), when it names one. */
  denominator?: { main: MetricLink; alternates: MetricLink[] };
  /** How many figures, of how many units and sources. */
  counts: { figures: number; units: number; sources: number };
  rankings: string[];
  distribution?: string;
  single?: string;
  rate?: { numerators: MetricLink[][]; denominators: MetricLink[][] };
  /** What the portal computed for a rate from counts: how many units and values, and the latest per unit as a table. */
  computed?: { units: number; values: number; rows: number; table: TableTwin };
  sums: { total: MetricLink; parts: MetricLink[][] }[];
  usedBy: MetricLink[];
  targets: MetricTargetView[];
  figures?: TableTwin;
}

/** The metric page lists its figures in a table up to this many (a national metric has hundreds of thousands). */
export const FIGURES_TABLE_LIMIT = 400;

function metricBody(model: SiteModel, metric: Metric, l: Locale, page: MetricPage): MetricPageBody {
  const link = (id: string): MetricLink => ({ id, label: model.metricLabel(id, l) });
  const links = (alts: readonly (readonly string[])[]) => alts.map((alt) => alt.map(link));
  const label = model.metricLabel(metric.id, l);
  const obs = model.obsByMetric.get(metric.id) ?? [];
  const denominator = metric.denominator ? denominatorOf(model, metric.denominator) : undefined;
  // Only a rate has computations (computedRates computes every rate at once: a page of another metric does not ask).
  const rates = page.rate ? computedRates(model, metric.id) : undefined;
  const description = model.metricDescription(metric.id, l);
  return {
    metric: { id: metric.id, kind: metric.kind, better: metric.better, denominator: metric.denominator },
    label,
    ...(description ? { description } : {}),
    ...(denominator ? { denominator: { main: link(denominator.main), alternates: denominator.alternates.map(link) } } : {}),
    counts: { figures: obs.length, units: new Set(obs.map((o) => o.unit)).size, sources: new Set(obs.map((o) => o.source)).size },
    rankings: page.rankings.map((c) => c.id),
    olderPeriods: page.olderPeriods,
    ...(page.distribution ? { distribution: page.distribution.id } : {}),
    ...(page.single ? { single: page.single.id } : {}),
    ...(page.rate ? { rate: { numerators: links(page.rate.numerators), denominators: links(page.rate.denominators) } } : {}),
    ...(rates ? { computed: { units: rates.units, values: rates.values, rows: rates.rows.length, table: computedTable(model, rates, l) } } : {}),
    sums: page.sums.map((s) => ({ total: link(s.total), parts: links(s.parts) })),
    usedBy: page.usedBy.map(link),
    targets: (model.targetsByMetric.get(metric.id) ?? []).map((tg) => ({
      unit: unitLink(model, tg.unit, l),
      ...targetTerms(model, tg),
    })),
    ...(obs.length > 0 && obs.length <= FIGURES_TABLE_LIMIT ? { figures: figuresTable(model, obs, l, tf(l, 'allFiguresCaption', { label }), { unit: true, source: true }) } : {}),
  };
}

/** A metric page: everything it shows (chi-tieu/[id].astro renders its view). */
export const metricPageType: PageType<Metric, MetricPageBody> = {
  kind: 'metric',
  section: 'chi-tieu',
  items: (model) => model.load.dataset.metrics,
  id: (metric) => metric.id,
  keyId: (metric) => metric.id.replace(/_/g, '-'),
  href: (l, metric) => metricHref(l, metric.id),
  // Every figure of the metric and, for a rate, of its counts (the page lists the portal's computations: made for all
  // rates at once, each rate's from its own counts, site/metric-computed.ts); which units have a page; the shared
  // period labels (links spell their dates out).
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
      body: metricBody(model, metric, l, page),
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
