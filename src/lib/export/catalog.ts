/**
 * Every chart of the site, as the export features see it: the page registry's charts (site/registry.ts), each with
 * its spec in each language, the exact figures its builder listed, the page it lives on, its site-wide key (used in
 * embed and download URLs), and its content hash. Every chart a page renders must come from
 * the registry: EmbedPanel and Downloads render nothing for a chart not in the catalogue.
 */
import type { ChartSpec } from '../charts/spec.ts';
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
  /** The chart drawn from `spec` on the page at `pageHref` (its path); without a path, the first page that has it. */
  bySpec: (spec: ChartSpec, pageHref?: string) => ExportChart | undefined;
  byKey: (locale: Locale, key: string) => ExportChart | undefined;
  /** Every page that has charts, in build order: what the export writer walks. */
  pages: () => Generator<{ charts: (l: Locale) => ExportChart[] }>;
  /** The charts of the page at this path (as Astro.url.pathname gives it), in the page's order. */
  chartsAt: (pageHref: string) => ExportChart[];
}

/**
 * The catalogue is lazy: a page's charts (specs, figures, hashes) are computed when that page or one of its charts
 * is asked for, and the last few pages are remembered. A national build has ≈ 60,000 charts per language; holding
 * them all would cost gigabytes, and computing them before the first page would double the work.
 */
export function buildCatalog(model: SiteModel): Catalog {
  const pages = [...pageRefs(model)];
  const byPath = new Map<string, { page: PageRef; locale: Locale }>();
  const byPrefix = new Map<string, PageRef>();
  for (const page of pages) {
    for (const locale of LOCALES) byPath.set(page.type.href(locale, page.item), { page, locale });
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
    bySpec: (spec, pageHref) => {
      const candidates = pageHref ? [byPath.get(pageHref.replace(/#.*$/, ''))?.page].filter((p): p is PageRef => !!p) : pages;
      for (const page of candidates) {
        const hit = chartsOf(page, spec.locale).find((c) => c.spec.id === spec.id);
        if (hit) return hit;
      }
      return undefined;
    },
    pages: function* () {
      for (const p of pages) yield { charts: (l: Locale) => chartsOf(p, l) };
    },
    chartsAt: (pageHref) => {
      const hit = byPath.get(pageHref);
      return hit ? chartsOf(hit.page, hit.locale) : [];
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

/** EXPORT_PNG=0 skips every PNG (chart images, share cards): for benchmarks and quick local builds only. */
export const pngEnabled = () => process.env.EXPORT_PNG !== '0';
