/**
 * The dataset as pages see it: loaded once per build process by the same loader as the validator.
 *
 * `npm run build` validates first and hands the result over (`shareLoadedData`), so Astro's pages do not load the
 * folder a second time: a national folder takes ≈ 10 s and ≈ 1 GB to load. Astro bundles the pages into their own
 * module instances, hence the hand-over through globalThis.
 */
import { resolve } from 'node:path';
import { loadDataFolder, type LoadResult } from '../dataset/load.ts';

const SHARED = Symbol.for('cchc.siteData');
type Shared = { dir: string; result: LoadResult; built?: Map<string, unknown> };

let cached: LoadResult | undefined;

export function siteData(): LoadResult {
  if (!cached) {
    const dir = process.env.DATA_DIR || 'data';
    const shared = (globalThis as Record<symbol, Shared | undefined>)[SHARED];
    cached = shared && shared.dir === resolve(dir) ? shared.result : loadDataFolder(dir);
    if (cached.errors > 0) throw new Error(`${dir} has ${cached.errors} errors: run npm run validate`);
  }
  return cached;
}

/** Offer a folder's load result to the pages of this process (the build script, after validating it). */
export function shareLoadedData(dir: string, result: LoadResult): void {
  (globalThis as Record<symbol, Shared | undefined>)[SHARED] = { dir: resolve(dir), result };
}

/**
 * Something built once from the shared load result (the site model): the build pass builds it, and Astro's module
 * instances reuse it rather than holding a second copy (a national model is hundreds of MB). Without a hand-over
 * (astro dev, tests), `make` runs in each module instance as before.
 */
export function builtOnce<T>(result: LoadResult, name: string, make: () => T): T {
  const shared = (globalThis as Record<symbol, Shared | undefined>)[SHARED];
  if (!shared || shared.result !== result) return make();
  shared.built ??= new Map();
  if (!shared.built.has(name)) shared.built.set(name, make());
  return shared.built.get(name) as T;
}
