/** The indices page: per index family its releases, sources and charts (pure: model and locale in). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { componentsSpec, rankingSpec } from '../charts/build/compare.ts';
import { indexFamilies, type IndexFamily } from '../metrics/families.ts';
import { siteWidePage } from './site-wide-page.ts';
import type { SiteModel } from './model.ts';
import type { Observation } from '../schema/observation.ts';
import type { Period } from '../values/period.ts';
import { fmtPeriodShort } from '../i18n/format.ts';
import { rankingHref, rankingItems } from './ranking-page.ts';

export interface IndexFamilySection {
  f: IndexFamily;
  periods: { period: Period; values: Map<string, Observation> }[];
  charts: ChartSpec[];
  sources: string[];
  /** One ranking page per publication (ranking-page.ts). */
  rankings: { label: string; href: string }[];
}

export function indicesPage(model: SiteModel, l: Locale): IndexFamilySection[] {
  const ctx = { model, locale: l };
  return indexFamilies(model.load.dataset.metrics).map((f) => {
    const byPeriod = model.byPeriod(f.score);
    const periods = [...byPeriod.values()];
    const key = periods.length ? [...byPeriod.keys()].at(-1)! : undefined;
    const charts: ChartSpec[] = [];
    if (key) {
      const r = rankingSpec(ctx, f.score, key, { id: `chi-so--${f.prefix}--xep-hang`, publishedRank: f.rank });
      if (r) charts.push(r);
      const c = componentsSpec(ctx, f, key, { id: `chi-so--${f.prefix}--thanh-phan` });
      if (c) charts.push(c);
    }
    const sources = new Set((model.obsByMetric.get(f.score) ?? []).map((o) => o.source));
    const rankings = rankingItems(model)
      .filter((i) => i.family.prefix === f.prefix)
      .map((i) => ({ label: fmtPeriodShort(i.period, l), href: rankingHref(l, i.slug, i.seg) }));
    return { f, periods, charts, sources: [...sources], rankings };
  });
}

/** A family on the indices page as its view reads it: charts by spec id, each release with its number of units. */
/**
 * One index on the indices page as its view renders it, without the model: its name and description, its metrics
 * and sources named, its releases counted, its charts by spec id (the page data holds the charts).
 */
export interface IndexFamilyView extends Omit<IndexFamilySection, 'charts' | 'periods' | 'sources'> {
  label: string;
  description?: string;
  metrics: { id: string; label: string }[];
  charts: string[];
  periods: { period: Period; units: number }[];
  sources: { id: string; title: string; published?: string }[];
}

/** The indices page: everything it shows (chi-so/index.astro renders its view). */
export const indicesPageType = siteWidePage('indices', 'chi-so', 'indices', (model, l): { specs: ChartSpec[]; body: IndexFamilyView[] } => {
  const families = indicesPage(model, l);
  return {
    specs: families.flatMap((s) => s.charts),
    body: families.map((s) => {
      const description = model.metricDescription(s.f.score, l);
      return {
        ...s,
        label: model.metricLabel(s.f.score, l),
        ...(description ? { description } : {}),
        metrics: [s.f.score, s.f.rank, ...s.f.components].filter((m): m is string => !!m).map((id) => ({ id, label: model.metricLabel(id, l) })),
        charts: s.charts.map((c) => c.id),
        periods: s.periods.map((e) => ({ period: e.period, units: e.values.size })),
        sources: s.sources.map((id) => {
          const published = model.sources.get(id)?.published;
          return { id, title: model.sourceTitle(id), ...(published ? { published } : {}) };
        }),
      };
    }),
  };
});
