/**
 * The page views Astro renders (site/page-view.ts) and their cacheKeys: read from the store the build pass filled (site/view-store.ts),
 * whose folder the build hands to Astro's bundle (report/build.ts). A page the pass did not store (astro dev, or a
 * page Astro renders again that the pass kept) is built and drawn here, the same way the pass does.
 */
import { renderChart } from '../charts/render.ts';
import { LOCALES } from '../i18n/locale.ts';
import { siteModel } from './model.ts';
import { pageView, type PageView } from './page-view.ts';
import { buildPage, pageAt, pageRefs } from './registry.ts';
import { localeItemPaths, localePaths } from './paths.ts';
import { readKeys, readView } from './view-store.ts';
import { keyOf } from './page-key.ts';
import { BoundedCache } from '../util/bounded-cache.ts';
import type { KeyedKind } from './registry.ts';

/*
 * Written out in full so that Vite replaces it with the value the build defines (see i18n/routes.ts on why any other
 * spelling inlines the whole environment). Outside Vite the access throws: no store.
 */
const STORE = ((): string => {
  try {
    return (import.meta as unknown as { env: { CCHC_VIEWS?: string } }).env.CCHC_VIEWS ?? '';
  } catch {
    return '';
  }
})();

// Astro renders a few pages at once (astro.config.mjs build.concurrency) and each page's components ask again.
const recent = new BoundedCache<PageView>(4);
/** The view of the page at this path (Astro.url.pathname). */
export function viewAt(path: string): PageView {
  return recent.get(path, () => (STORE ? readView(STORE, path) : undefined) ?? drawView(path));
}

function drawView(path: string): PageView {
  const model = siteModel();
  const hit = pageAt(model, path);
  if (!hit) throw new Error(`no page of the page registry at ${path} (site/registry.ts)`);
  const pages = buildPage(model, hit.ref);
  const other = LOCALES.find((l) => l !== hit.locale)!;
  return pageView(pages[hit.locale], pages[other], (c) => renderChart(c.spec), model.sources);
}

let keys: Map<string, string> | undefined | null;
const storedKeys = () => (keys === undefined ? (keys = (STORE ? readKeys(STORE) : undefined) ?? null) : keys);

/**
 * getStaticPaths of a page type with one page per item (units, metrics, sources): each item's id in both languages
 * with its cacheKey, in the pass's order, as the pass listed them; without the pass (astro dev) from the registry.
 */
export function routeItems(kind: KeyedKind, param = 'id') {
  const stored = storedKeys();
  const items = stored ? [...stored].filter(([k]) => k.startsWith(`${kind}|`)).map(([k, key]) => ({ id: k.slice(kind.length + 1), key })) : itemsOf(kind);
  return localeItemPaths(param, items, (i) => i.id, (i) => i.key);
}

/**
 * getStaticPaths of a site-wide page type (one page, id ''): both languages with the page's cacheKey, so that Astro
 * keeps the page exactly when the pass kept it (and left no view).
 */
export function routeOne(kind: KeyedKind) {
  const key = cacheKeyOf(kind, '');
  return localePaths().map((p) => ({ ...p, cacheKey: key }));
}

function itemsOf(kind: KeyedKind): { id: string; key: string }[] {
  const model = siteModel();
  return [...pageRefs(model)].filter((r) => r.type.kind === kind).map((r) => ({ id: r.id, key: keyOf(model, kind, r.id) }));
}
/** A page's cacheKey for getStaticPaths: the one the pass computed, else computed here (astro dev). */
export function cacheKeyOf(kind: KeyedKind, id: string): string {
  return storedKeys()?.get(`${kind}|${id}`) ?? keyOf(siteModel(), kind, id);
}
