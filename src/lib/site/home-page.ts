/** The charts of the home page, assembled from the model (pure: model and locale in, specs out). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { rankingSpec } from '../charts/build/compare.ts';
import { headlineComparison } from './summary.ts';
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

/** The home page's body: its headline chart named by spec id (the page data holds the chart). */
export type HomePageBody = Omit<HomeCharts, 'headline'> & { headline?: string };

/** The home page: its charts (the rest of the page still reads the model in index.astro). */
export const homePageType = siteWidePage('home', 'trang-chu', 'home', (model, l): { specs: ChartSpec[]; body: HomePageBody } => {
  const charts = homeCharts(model, l);
  return { specs: [charts.headline].filter((s): s is ChartSpec => !!s), body: { ...charts, headline: charts.headline?.id } };
});
