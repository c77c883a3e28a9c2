/** The charts of the home page, assembled from the model (pure: model and locale in, specs out). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { rankingSpec } from '../charts/build/compare.ts';
import { headlineComparison, latestFigures, recentUnits } from './summary.ts';
import type { TableTwin } from '../charts/spec.ts';
import type { Period } from '../values/period.ts';
import type { UnitLink } from './page-data.ts';
import { figureCell } from '../charts/build/common.ts';
import { fmtPeriod } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import { metricHref, sourceHref, unitHref } from '../i18n/routes.ts';
import { siteWidePage } from './site-wide-page.ts';
import type { SiteModel } from './model.ts';

export interface HomeCharts {
  /** The headline comparison: the headline metric's busiest period, ranked. */
  headline?: ChartSpec;
  comparison?: { metric: string; period: string; units: string[] };
}

export function homeCharts(model: SiteModel, l: Locale): HomeCharts {
  const comparison = headlineComparison(model, l);
  if (!comparison) return {};
  const { metric, period, units } = comparison;
  return { headline: rankingSpec({ model, locale: l }, metric, period, { id: 'trang-chu-so-sanh', units, limit: 24 }), comparison };
}

/**
 * Everything the home page shows, its headline chart named by spec id (the page data holds the chart), so the view
 * renders it without the model: the site's counts, the latest figures and the units with the most recent ones.
 */
export interface HomePageBody extends Omit<HomeCharts, 'headline'> {
  headline?: string;
  counts: { figures: number; units: number; metrics: number; sources: number; warnings: number };
  latest: TableTwin;
  recent: { unit: UnitLink; period: Period; count: number }[];
}

function latestTable(model: SiteModel, l: Locale): TableTwin {
  return {
    caption: t(l, 'latestFigures'),
    columns: [{ label: t(l, 'unit') }, { label: t(l, 'metric') }, { label: t(l, 'period') }, { label: t(l, 'value'), numeric: true }, { label: t(l, 'source') }],
    rows: latestFigures(model, 10).map((o) => {
      const { quote: _q, ...value } = figureCell({ model, locale: l }, o);
      return [
        { text: model.unitLabel(o.unit, l), href: model.hasPage(o.unit) ? unitHref(l, o.unit) : undefined },
        { text: model.metricLabel(o.metric, l), href: metricHref(l, o.metric) },
        { text: fmtPeriod(o.period, l) },
        value,
        { text: model.sourceTitle(o.source), href: sourceHref(l, o.source) },
      ];
    }),
  };
}

/** The home page: everything it shows (index.astro renders its view). */
export const homePageType = siteWidePage('home', 'trang-chu', 'home', (model, l): { specs: ChartSpec[]; body: HomePageBody } => {
  const charts = homeCharts(model, l);
  const ds = model.load.dataset;
  return {
    specs: [charts.headline].filter((s): s is ChartSpec => !!s),
    body: {
      ...charts,
      headline: charts.headline?.id,
      counts: { figures: ds.observations.length, units: model.obsByUnit.size, metrics: model.metricsWithData().length, sources: ds.sources.length, warnings: model.warnings.length },
      latest: latestTable(model, l),
      recent: recentUnits(model, 10).map((r) => ({ unit: { id: r.unit.id, label: model.unitLabel(r.unit, l), href: unitHref(l, r.unit.id) }, period: r.period, count: r.count })),
    },
  };
});
