/** The charts of the home page, assembled from the model (pure: model and locale in, specs out). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { rankingSpec } from '../charts/build/compare.ts';
import { headlineComparison } from './summary.ts';
import { periodFigures, withFigures } from './page-figures.ts';
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
  const spec = rankingSpec({ model, locale: l }, metric, period, { id: 'trang-chu-so-sanh', units, limit: 24 });
  return { headline: withFigures(spec, periodFigures(model, [metric], period, units)), comparison };
}

/** The home page's charts in page order. */
export const homePageSpecs = (model: SiteModel, l: Locale): ChartSpec[] => [homeCharts(model, l).headline].filter((s): s is ChartSpec => !!s);
