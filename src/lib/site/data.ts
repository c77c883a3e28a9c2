/** The dataset as pages see it: loaded once per build process by the same loader as the validator. */
import { loadDataFolder, type LoadResult } from '../dataset/load.ts';

let cached: LoadResult | undefined;

export function siteData(): LoadResult {
  if (!cached) {
    const dir = process.env.DATA_DIR || 'data';
    cached = loadDataFolder(dir);
    if (cached.errors > 0) throw new Error(`${dir} has ${cached.errors} errors: run npm run validate`);
  }
  return cached;
}
