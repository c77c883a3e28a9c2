/**
 * A page as its view renders it: the page data without what only the export files need (each chart's figures and
 * plotted data, written into its CSV and embed pages), each chart's one drawing, and what its citation needs of the
 * other language. The build pass makes it from the page data it already has and stores it (site/view-store.ts); the
 * Astro view reads it, so nothing on a page is computed or drawn a second time.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Source } from '../schema/source.ts';
import type { ChartData, PageData } from './page-data.ts';

/** What a view reads of a spec: everything but the plotted data (already drawn) and the figures (in the chart's CSV). */
export type SpecView = Omit<ChartSpec, 'figures' | 'data'>;

/** A chart as the chart's panels (embed, downloads, citation) read it: ChartData without its figures. */
export type ChartMeta = Omit<ChartData, 'observations' | 'spec'> & { spec: SpecView };

/** The same chart in the other language, as its citation names it. */
export interface CitedChart {
  locale: Locale;
  key: string;
  hash: string;
  title: string;
  subtitle: string;
}

export interface ChartView extends ChartMeta {
  /** The chart's one drawing in this language (charts/render.ts): the page, the embed pages and the images share it. */
  svg: string;
  other?: CitedChart;
  /** The publications its source line and citations name (sources.csv rows), so the view needs no lookup. */
  sources: Source[];
}

/** The publications of the chart by id: what its source line and citations read (charts/source-line.ts). */
export const chartSources = (chart: Pick<ChartView, 'sources'>): ReadonlyMap<string, Source> => new Map(chart.sources.map((s) => [s.id, s]));

export interface PageView<B = unknown> extends Omit<PageData<B>, 'charts'> {
  charts: ChartView[];
}

export function specView(spec: ChartSpec): SpecView {
  const { figures: _figures, data: _data, ...rest } = spec;
  return rest;
}

export const citedChart = (c: ChartData): CitedChart => ({ locale: c.locale, key: c.key, hash: c.hash, title: c.spec.title, subtitle: c.spec.subtitle });

/**
 * One language of a page as its view reads it; `other`: the page in the other language, `draw`: the chart's drawing,
 * `sources`: the site's sources.csv by id.
 */
export function pageView<B>(page: PageData<B>, other: PageData<B> | undefined, draw: (chart: ChartData) => string, sources: ReadonlyMap<string, Source>): PageView<B> {
  const others = new Map((other?.charts ?? []).map((c) => [c.key, c]));
  return {
    ...page,
    charts: page.charts.map((c) => {
      const o = others.get(c.key);
      const used = c.spec.sources.map((s) => sources.get(s.id)).filter((s): s is Source => !!s);
      return { key: c.key, locale: c.locale, hash: c.hash, pageHref: c.pageHref, spec: specView(c.spec), svg: draw(c), ...(o ? { other: citedChart(o) } : {}), sources: used };
    }),
  };
}

/** The chart with this spec id on the page: a chart a view asks for and the page data lacks is a bug. */
export function chartOf(view: PageView, id: string): ChartView {
  const chart = view.charts.find((c) => c.spec.id === id);
  if (!chart) throw new Error(`chart ${id} of ${view.href} is not in its page data (site/registry.ts)`);
  return chart;
}
