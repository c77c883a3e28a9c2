/**
 * Every chart of the site, as the export features see it: the page registry's charts (site/registry.ts), each with
 * its spec in each language, the exact figures its builder listed, the page it lives on, its site-wide key (used in
 * embed and download URLs), and its content hash, found by key: for tests and the bench's floor. The build reads the
 * registry page by page (build/build-site.ts) and pages render its stored views (site/views.ts), not this lookup.
 */
import type { Locale } from '../i18n/locale.ts';
import { LOCALES } from '../i18n/locale.ts';
import { siteModel, type SiteModel } from '../site/model.ts';
import type { ChartData } from '../site/page-data.ts';
import { buildPageIn, pageRefs, type PageRef } from '../site/registry.ts';
import { renderChart } from '../charts/render.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

export { BoundedCache };

export type ExportChart = ChartData;

export interface Catalog {
  /** Every chart of the site, computed on first use: tests and small folders only (a national build never asks). */
  readonly charts: ExportChart[];
  byKey: (locale: Locale, key: string) => ExportChart | undefined;
  /** Every page that has charts, in build order: what the export writer walks. */
  pages: () => Generator<{ charts: (l: Locale) => ExportChart[] }>;
}

/**
 * The catalogue is lazy: a page's charts (specs, figures, hashes) are computed when that page or one of its charts
 * is asked for, and the last few pages are remembered. A national build has ≈ 60,000 charts per language; holding
 * them all would cost gigabytes, and computing them before the first page would double the work.
 */
export function buildCatalog(model: SiteModel): Catalog {
  const pages = [...pageRefs(model)];
  const byPrefix = new Map<string, PageRef>();
  for (const page of pages) {
    byPrefix.set(page.id ? `${page.type.section}--${page.type.keyId?.(page.item) ?? page.id}` : page.type.section, page);
  }
  const recent = new BoundedCache<ExportChart[]>(8);
  const chartsOf = (page: PageRef, locale: Locale): ExportChart[] =>
    recent.get(`${locale}:${page.type.kind}:${page.id}`, () => buildPageIn(model, page, locale).charts);
  const pageOfKey = (key: string): PageRef | undefined => {
    const parts = key.split('--');
    return byPrefix.get(`${parts[0]}--${parts[1]}`) ?? byPrefix.get(parts[0]!);
  };
  let all: ExportChart[] | undefined;
  return {
    get charts() {
      return (all ??= pages.flatMap((p) => LOCALES.flatMap((l) => chartsOf(p, l))));
    },
    byKey: (l, key) => {
      const page = pageOfKey(key);
      return page ? chartsOf(page, l).find((c) => c.key === key) : undefined;
    },
    pages: function* () {
      for (const p of pages) yield { charts: (l: Locale) => chartsOf(p, l) };
    },
  };
}

let cached: Catalog | undefined;
/** The catalogue of the current build, built once. */
export function exportCatalog(): Catalog {
  if (!cached) cached = buildCatalog(siteModel());
  return cached;
}

const renders = new BoundedCache<string>(128);
/**
 * The chart's one drawing per language, memoised: the page, the latest and the pinned embed page, the iframe height
 * estimate and the image downloads all reuse it. Keyed by the content hash too, so a second build in one process
 * (tests, rebuilds) never serves the drawing of old figures.
 */
export function renderExport(chart: ExportChart): string {
  return renders.get(`${chart.locale}|${chart.key}|${chart.hash}`, () => renderChart(chart.spec));
}

/** EXPORT_PNG=0 skips the share cards (the only PNGs the build draws): for benchmarks and quick local builds only. */
export const pngEnabled = () => process.env.EXPORT_PNG !== '0';
