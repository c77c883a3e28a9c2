/**
 * Where the build pass leaves each page's view for Astro (site/page-view.ts): one JSON file per page path in a folder
 * of the build's cache. On disk rather than in memory: a national build's views (every chart's drawing and table)
 * take gigabytes, and Astro renders them one page at a time.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageView } from './page-view.ts';

/** The file of a page path: the path percent-encoded, so that every path is one flat, distinct name. */
export const viewFile = (dir: string, href: string) => join(dir, `${encodeURIComponent(href)}.json`);

/** A view as its file holds it (the build's effects write it on their thread). */
export const viewJson = (view: PageView): string => JSON.stringify(view);

/** An empty folder for this build's views: a page the pass did not render this time must not find an old view. */
export function resetViewStore(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

const keysFile = (dir: string) => join(dir, 'keys.json');

/** Every keyed output's key (`kind|id` → key, site/page-key.ts), as the pass computed them: Astro's cacheKeys. */
export function writeKeys(dir: string, keys: ReadonlyMap<string, string>): void {
  writeFileSync(keysFile(dir), JSON.stringify(Object.fromEntries(keys)));
}

export function readKeys(dir: string): Map<string, string> | undefined {
  const keys = readJsonIfAny<Record<string, string>>(keysFile(dir));
  return keys && new Map(Object.entries(keys));
}

/** The stored view of the page at this path, or undefined when the pass left none. */
export function readView(dir: string, href: string): PageView | undefined {
  return readJsonIfAny<PageView>(viewFile(dir, href));
}

function readJsonIfAny<T>(file: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return JSON.parse(text) as T;
}
