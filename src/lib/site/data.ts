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
type Shared = { dir: string; result: LoadResult };

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
