/**
 * The page registry: every page of the site that Astro renders from its page data, as a page type and an item, in
 * build order; a page built as PageData in both languages (citations cite the other language's pinned chart).
 */
import { LOCALES, type Locale } from '../i18n/locale.ts';
import type { SiteModel } from './model.ts';
import type { ChartData, Dependencies, PageData, PageKind, PageType } from './page-data.ts';
import { pageView, type PageView } from './page-view.ts';
import { chartData, chartKeys } from './chart-data.ts';
import { homePageType } from './home-page.ts';
import { indicesPageType } from './indices-page.ts';
import { comparePageType } from './compare-defaults.ts';
import { unitPageType } from './unit-page.ts';
import { metricPageType } from './metric-page.ts';
import { rankingPageType } from './ranking-page.ts';
import { unitsPageType } from './units-page.ts';
import { metricsPageType } from './metrics-page.ts';
import { sourcePageType } from './source-page.ts';
import { sourcesPageType } from './sources-page.ts';
import { qualityPageType } from './quality-page.ts';
import { methodologyPageType } from './methodology-page.ts';

/**
 * The page types, in build order: the order in which Astro renders their routes (its own, by route), so that Astro's
 * thread, which renders each page as soon as the pass has stored its view (build/astro-thread.ts), follows the pass
 * instead of waiting for a page the pass builds last. The build reports how long Astro waited.
 */
export const PAGE_TYPES: readonly PageType<unknown, unknown>[] = [
  qualityPageType,
  rankingPageType,
  indicesPageType,
  metricPageType,
  metricsPageType,
  unitPageType,
  unitsPageType,
  sourcePageType,
  sourcesPageType,
  methodologyPageType,
  comparePageType,
  homePageType,
] as PageType<unknown, unknown>[];

export interface PageRef {
  type: PageType<unknown, unknown>;
  item: unknown;
  id: string;
}

/** Every page, in build order. */
export function* pageRefs(model: SiteModel): Generator<PageRef> {
  for (const type of PAGE_TYPES) {
    for (const item of type.items(model)) yield { type, item, id: type.id(item) };
  }
}

/** One language of a page: its head, body and charts, each chart with its key, figures and hash. */
export function buildPageIn(model: SiteModel, ref: PageRef, l: Locale): PageData {
  const { type, item } = ref;
  const href = type.href(l, item);
  const { head, specs, body } = type.build(model, item, l);
  const keys = chartKeys(type.section, type.keyId?.(item) ?? ref.id, specs.map((s) => s.id));
  return { kind: type.kind, id: ref.id, locale: l, href, head, charts: specs.map((s, i) => chartData(keys[i]!, s, href)), body };
}

/** Both languages of a page. */
export function buildPage(model: SiteModel, ref: PageRef): Record<Locale, PageData> {
  return Object.fromEntries(LOCALES.map((l) => [l, buildPageIn(model, ref, l)])) as Record<Locale, PageData>;
}

const index = new WeakMap<SiteModel, Map<string, PageRef>>();
/** The page of this kind and id ('' for a site-wide page). */
export function findPage(model: SiteModel, kind: PageKind, id: string): PageRef | undefined {
  let refs = index.get(model);
  if (!refs) index.set(model, (refs = new Map([...pageRefs(model)].map((r) => [`${r.type.kind}|${r.id}`, r]))));
  return refs.get(`${kind}|${id}`);
}

const byHref = new WeakMap<SiteModel, Map<string, { ref: PageRef; locale: Locale }>>();
/** The page at this path (as Astro.url.pathname gives it), and its language. */
export function pageAt(model: SiteModel, path: string): { ref: PageRef; locale: Locale } | undefined {
  let paths = byHref.get(model);
  if (!paths) {
    byHref.set(model, (paths = new Map()));
    for (const ref of pageRefs(model)) for (const locale of LOCALES) paths.set(ref.type.href(locale, ref.item), { ref, locale });
  }
  return paths.get(path);
}

/** The view of the page at this path (a page the pass did not store: astro dev, or a page the pass kept). */
export function drawnView(model: SiteModel, path: string, draw: (chart: ChartData) => string): PageView {
  const hit = pageAt(model, path);
  if (!hit) throw new Error(`no page of the page registry at ${path} (site/registry.ts)`);
  const pages = buildPage(model, hit.ref);
  const other = LOCALES.find((l) => l !== hit.locale)!;
  return pageView(pages[hit.locale], pages[other], draw, model.sources);
}

/**
 * Keyed outputs outside the registry, with what they read: the comparison picker's unit list, a file the pass writes
 * with a key of its own (build/page-files.ts; its per-metric files read what a metric page reads).
 */
const OTHER_OUTPUTS = {
  'compare-units': (): Dependencies => ({ units: [], metrics: [], sources: [], unitWarnings: [], sourceWarnings: [], hasPage: [], periodLabels: false, withFigures: true }),
};

export type KeyedKind = PageKind | keyof typeof OTHER_OUTPUTS;

/** What a page reads, as its page type declares it: the one source of its key (site/page-key.ts). */
export function dependenciesOf(model: SiteModel, kind: KeyedKind, id: string): Dependencies {
  if (kind === 'compare-units') return OTHER_OUTPUTS[kind]();
  const ref = findPage(model, kind, id);
  if (ref) return ref.type.dependencies(model, ref.item);
  throw new Error(`no ${kind} page ${JSON.stringify(id)}`);
}
