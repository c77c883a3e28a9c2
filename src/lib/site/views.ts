/**
 * The page views Astro renders (site/page-view.ts) and their cacheKeys: read from the store the build pass filled (site/view-store.ts),
 * whose folder the build hands to Astro's bundle (report/build.ts). Without a store (astro dev) a page is built and
 * drawn here, the same way the pass does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderChart } from '../charts/render.ts';
import { siteModel } from './model.ts';
import type { PageView } from './page-view.ts';
import { drawnView, pageRefs } from './registry.ts';
import { KEYS_READY, PASS_DONE, VIEW_READY, WAITED_MS, type ThreadData } from '../build/astro-signals.ts';
import { localeItemPaths, localePaths } from './paths.ts';
import { readAstroInput, readView, type AstroInput } from './view-store.ts';
import { shareCards, type ShareCards } from '../export/share-cards.ts';
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
  return recent.get(path, () => (STORE ? storedView(path) : drawnView(siteModel(), path, (c) => renderChart(c.spec))));
}

// On Astro's thread of the build (build/astro-thread.ts), beside the pass that is still storing views.
const THREAD = ((): ThreadData | undefined => {
  const w = workerData as Partial<ThreadData> | null;
  return w?.cchcAstroThread ? (w as ThreadData) : undefined;
})();

/**
 * The stored view: on the build's thread, waited for while the pass runs (woken every 2 ms, or when the pass is
 * done), then asked of the main thread if the pass left none (a page it kept).
 */
function storedView(path: string): PageView {
  const flags = THREAD ? new Int32Array(THREAD.signals) : undefined;
  const t0 = performance.now();
  try {
    return awaitStored(path, flags);
  } finally {
    if (flags) Atomics.add(flags, WAITED_MS, Math.round(performance.now() - t0));
  }
}

function awaitStored(path: string, flags: Int32Array | undefined): PageView {
  for (;;) {
    const view = readView(STORE, path);
    if (view) return view;
    if (!flags) break;
    if (Atomics.load(flags, PASS_DONE) === 1) {
      Atomics.store(flags, VIEW_READY, 0);
      parentPort!.postMessage({ need: path });
      Atomics.wait(flags, VIEW_READY, 0);
      return readView(STORE, path) ?? missing(path);
    }
    Atomics.wait(flags, PASS_DONE, 0, 2);
  }
  return missing(path);
}

const missing = (path: string): never => {
  throw new Error(`no view of ${path}: the build pass stored none (site/view-store.ts)`);
};

// What the pass left besides the views: null without a store (astro dev). On the build's thread, which starts while
// the folder is still being validated, read once the pass has stored every key (a timed wait: a thread stopped
// meanwhile ends at the next check).
let input: AstroInput | null | undefined;
const stored = () => (input === undefined ? (input = (STORE ? readInput() : undefined) ?? null) : input);
function readInput(): AstroInput | undefined {
  if (THREAD) {
    const flags = new Int32Array(THREAD.signals);
    while (Atomics.load(flags, KEYS_READY) === 0) Atomics.wait(flags, KEYS_READY, 0, 100);
  }
  return readAstroInput(STORE);
}
let keys: Map<string, string> | undefined | null;
const storedKeys = () => (keys === undefined ? (keys = stored() ? new Map(Object.entries(stored()!.keys)) : null) : keys);

/** Every page of a kind (and keyed output) with its key, in the pass's order: as the pass listed them, else (astro dev) from the registry. */
export function routeKeys(kind: KeyedKind): { id: string; key: string }[] {
  const stored = storedKeys();
  return stored ? [...stored].filter(([k]) => k.startsWith(`${kind}|`)).map(([k, key]) => ({ id: k.slice(kind.length + 1), key })) : itemsOf(kind);
}

/** getStaticPaths of a page type with one page per item (units, metrics, sources): each item's id in both languages with its cacheKey. */
export function routeItems(kind: KeyedKind, param = 'id') {
  return localeItemPaths(param, routeKeys(kind), (i) => i.id, (i) => i.key);
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
/** The build's share cards (og endpoints): as the pass stored them; without the pass (astro dev) made here. */
export function buildCards(): ShareCards | undefined {
  const s = stored();
  return s ? s.cards : shareCards();
}

/** The data contract's version of the build's folder (the layout's footer). */
export function buildContract(): AstroInput['contract'] {
  return stored()?.contract ?? siteModel().load.contract;
}

/** A page's cacheKey for getStaticPaths: the one the pass computed, else computed here (astro dev). */
function cacheKeyOf(kind: KeyedKind, id: string): string {
  return storedKeys()?.get(`${kind}|${id}`) ?? keyOf(siteModel(), kind, id);
}
