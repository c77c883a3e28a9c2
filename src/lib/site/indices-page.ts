/** The indices page: per index family its releases, sources and charts (pure: model and locale in). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { componentsSpec, rankingSpec } from '../charts/build/compare.ts';
import { indexFamilies, type IndexFamily } from '../metrics/families.ts';
import { periodFigures, withFigures } from './page-figures.ts';
import type { SiteModel } from './model.ts';
import type { Observation } from '../schema/observation.ts';
import type { Period } from '../values/period.ts';

export interface IndexFamilySection {
  f: IndexFamily;
  periods: { period: Period; values: Map<string, Observation> }[];
  charts: ChartSpec[];
  sources: string[];
}

export function indicesPage(model: SiteModel, l: Locale): IndexFamilySection[] {
  const ctx = { model, locale: l };
  return indexFamilies(model.load.dataset.metrics).map((f) => {
    const byPeriod = model.byPeriod(f.score);
    const periods = [...byPeriod.values()];
    const key = periods.length ? [...byPeriod.keys()].at(-1)! : undefined;
    const charts: ChartSpec[] = [];
    if (key) {
      const r = withFigures(rankingSpec(ctx, f.score, key, { id: `chi-so--${f.prefix}--xep-hang`, publishedRank: f.rank }), periodFigures(model, [f.score, f.rank], key));
      if (r) charts.push(r);
      const c = withFigures(componentsSpec(ctx, f, key, { id: `chi-so--${f.prefix}--thanh-phan` }), periodFigures(model, f.components, key));
      if (c) charts.push(c);
    }
    const sources = new Set((model.obsByMetric.get(f.score) ?? []).map((o) => o.source));
    return { f, periods, charts, sources: [...sources] };
  });
}

/** The indices page's charts in page order. */
export const indicesPageSpecs = (model: SiteModel, l: Locale): ChartSpec[] => indicesPage(model, l).flatMap((s) => s.charts);
