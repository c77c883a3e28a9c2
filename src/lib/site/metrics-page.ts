/** The list of metrics (chi-tieu/index.astro renders its view): each group of metrics as a table. */
import type { ChartSpec, TableCell, TableTwin } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { t, type UIKey } from '../i18n/strings.ts';
import { fmtNumber } from '../i18n/format.ts';
import { metricHref } from '../i18n/routes.ts';
import { indexFamilies } from '../metrics/families.ts';
import type { Metric } from '../schema/metric.ts';
import type { SiteModel } from './model.ts';
import { siteWidePage } from './site-wide-page.ts';

/** The groups that have metrics, each with its anchor id, heading and table (the heading is its caption too). */
export interface MetricsPageBody {
  groups: { id: string; title: string; table: TableTwin }[];
}

export function metricsPage(model: SiteModel, l: Locale): MetricsPageBody {
  const metrics = model.load.dataset.metrics;
  const indexIds = new Set(indexFamilies(metrics).flatMap((f) => [f.score, f.rank, ...f.components].filter(Boolean) as string[]));
  const groups: { id: string; title: string; list: Metric[] }[] = [
    { id: 'ho-so', title: t(l, 'metricGroupDossiers'), list: metrics.filter((m) => m.kind === 'count' && !indexIds.has(m.id)) },
    { id: 'ty-le', title: t(l, 'metricGroupRates'), list: metrics.filter((m) => m.kind === 'percent' && !indexIds.has(m.id)) },
    { id: 'chi-so', title: t(l, 'indices'), list: metrics.filter((m) => indexIds.has(m.id)) },
    { id: 'khac', title: t(l, 'otherGroup'), list: metrics.filter((m) => !indexIds.has(m.id) && m.kind !== 'count' && m.kind !== 'percent') },
  ];
  const row = (m: Metric): TableCell[] => {
    const obs = model.obsByMetric.get(m.id) ?? [];
    return [
      { text: model.metricLabel(m.id, l), href: metricHref(l, m.id), note: m.id },
      { text: t(l, `better_${m.better}` as UIKey) },
      { text: fmtNumber(obs.length, l), numeric: true },
      { text: fmtNumber(model.unitsWithMetric(m.id), l), numeric: true },
    ];
  };
  const columns = [{ label: t(l, 'metric') }, { label: t(l, 'betterDirection') }, { label: t(l, 'figuresLabel'), numeric: true }, { label: t(l, 'units'), numeric: true }];
  return {
    groups: groups.filter((g) => g.list.length).map((g) => ({ id: g.id, title: g.title, table: { caption: g.title, columns, rows: g.list.map(row) } })),
  };
}

/** The list of metrics: what it shows, built by the pass. */
export const metricsPageType = siteWidePage('metrics', 'danh-sach-chi-tieu', 'metrics', (model, l): { specs: ChartSpec[]; body: MetricsPageBody } => ({ specs: [], body: metricsPage(model, l) }));
