/**
 * Size figures of a built site, for budgets: page count, the largest page gzipped, the JavaScript each page loads.
 * Used by the browser tests' budget checks; `npm run bench` can call it on its build of the synthetic national folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteMeasure {
  /** HTML pages (embed pages included in the count, listed separately). */
  pages: number;
  embedPages: number;
  largestPage: { file: string; gzipBytes: number };
  /** The page loading the most JavaScript (external bundles and inline scripts, gzipped). */
  largestScript: { file: string; gzipBytes: number };
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

export function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    for (const name of readdirSync(p)) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** Gzipped bytes of the JavaScript a page loads. */
export function pageScriptBytes(root: string, html: string, cache = new Map<string, number>()): number {
  let total = 0;
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const src = m[1]!;
    if (/^https?:/.test(src)) continue;
    let n = cache.get(src);
    if (n === undefined) cache.set(src, (n = gz(readFileSync(join(root, src.replace(/^\//, ''))))));
    total += n;
  }
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) if (m[1]!.trim()) total += gz(m[1]!);
  return total;
}

export function measureSite(root: string, options: { includeEmbeds?: boolean } = {}): SiteMeasure {
  const files = htmlFiles(root);
  const cache = new Map<string, number>();
  let largestPage = { file: '', gzipBytes: 0 };
  let largestScript = { file: '', gzipBytes: 0 };
  let embedPages = 0;
  for (const f of files) {
    const rel = relative(root, f);
    const isEmbed = /(^|\/)embed\//.test(rel);
    if (isEmbed) embedPages++;
    if (isEmbed && !options.includeEmbeds) continue;
    const html = readFileSync(f);
    const size = gz(html);
    if (size > largestPage.gzipBytes) largestPage = { file: rel, gzipBytes: size };
    const js = pageScriptBytes(root, html.toString('utf8'), cache);
    if (js > largestScript.gzipBytes) largestScript = { file: rel, gzipBytes: js };
  }
  return { pages: files.length, embedPages, largestPage, largestScript };
}
