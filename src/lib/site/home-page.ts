/** The charts of the home page, assembled from the model (pure: model and locale in, specs out). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import { href } from '../i18n/routes.ts';
import { rankingSpec } from '../charts/build/compare.ts';
import { headlineComparison } from './summary.ts';
import { EVERYTHING, SITE_WIDE, type PageType } from './page-data.ts';
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

/** The home page: its charts (the rest of the page still reads the model in index.astro). */
export const homePageType: PageType<null, HomeCharts> = {
  kind: 'home',
  section: 'trang-chu',
  items: () => SITE_WIDE,
  id: () => '',
  href: (l) => href(l),
  dependencies: () => EVERYTHING,
  build: (model, _item, l) => {
    const charts = homeCharts(model, l);
    return {
      head: { title: t(l, 'siteName'), description: t(l, 'siteTagline'), section: 'home', breadcrumbs: [] },
      specs: [charts.headline].filter((s): s is ChartSpec => !!s),
      body: charts,
    };
  },
};
