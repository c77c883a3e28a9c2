/**
 * The dataset as the build pass sees it: loaded once per build process by the same loader as the validator.
 *
 * `npm run build` validates first and hands the result over (`shareLoadedData`), so the pass does not load the folder a
 * second time: a national folder takes ≈ 10 s and ≈ 1 GB to load. Astro's thread of the build (build/astro-thread.ts)
 * reads page views only and never loads it; `astro dev` loads it here on first use.
 */
import { resolve } from 'node:path';
import { workerData } from 'node:worker_threads';
import { loadDataFolder, type LoadResult } from '../dataset/load.ts';

type Shared = { dir: string; result: LoadResult; built: Map<string, unknown> };
let shared: Shared | undefined;

let cached: LoadResult | undefined;

export function siteData(): LoadResult {
  if (!cached) {
    if ((workerData as { cchcAstroThread?: true } | null)?.cchcAstroThread)
      throw new Error("a page read the data on Astro's thread of the build: it must render its view (site/views.ts), which the pass built");
    const dir = process.env.DATA_DIR || 'data';
    cached = shared && shared.dir === resolve(dir) ? shared.result : loadDataFolder(dir);
    if (cached.errors > 0) throw new Error(`${dir} has ${cached.errors} errors: run npm run validate`);
  }
  return cached;
}

/** Offer a folder's load result to the pages of this process (the build script, after validating it). */
export function shareLoadedData(dir: string, result: LoadResult): void {
  shared = { dir: resolve(dir), result, built: new Map() };
  cached = undefined;
}

/**
 * Something built once from the shared load result (the site model): the build pass builds it, and the pages reuse
 * it rather than holding a second copy (a national model is hundreds of MB). Without a hand-over (astro dev, tests),
 * `make` runs in each module instance.
 */
export function builtOnce<T>(result: LoadResult, name: string, make: () => T): T {
  if (!shared || shared.result !== result) return make();
  if (!shared.built.has(name)) shared.built.set(name, make());
  return shared.built.get(name) as T;
}
