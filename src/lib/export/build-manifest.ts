/**
 * What a build left in its output folder, so the next build can keep what did not change and delete what is gone.
 *
 * Astro's incremental build keeps a unit page whose key (site/page-key.ts) and code are unchanged; the output folder
 * is no longer emptied (astro.config.mjs). This manifest, in Astro's cache folder, lists per page the export files
 * the build pass wrote for its charts (embed pages, CSV, SVG) and the page's key, the digest of the code that
 * wrote them, and every file Astro wrote. The next build
 * - keeps the export files of each page whose key and code digest are unchanged (build/build-site.ts), writing them
 *   again if one is missing from the folder,
 * - deletes every file the previous build wrote that this build did not write or keep, so a removed unit, chart or
 *   pinned version leaves nothing behind: the folder holds what a full build would write.
 * Without a valid manifest (first build, another output folder, a build that stopped half-way, or `full`) the build
 * starts from an empty folder and every page is rendered. The manifest is named after the folder the build writes
 * into (export/staging.ts's staging folder) and describes the output folder once the build is committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const MANIFEST_VERSION = 2;

export interface BuildManifest {
  version: number;
  outDir: string;
  /** Digest of the code that wrote the export files (build/code-digest.ts). */
  code: string;
  /** Page path (as Astro.url.pathname) → the page's key when its export files were written (site/page-key.ts). */
  keys: Record<string, string>;
  /** Page path (as Astro.url.pathname) → export files written for its charts, relative to outDir. */
  pages: Record<string, string[]>;
  /** Files written once per build (the whole dataset), relative to outDir. */
  shared: string[];
  /** Files Astro wrote (pages and endpoints), relative to outDir. */
  routes: string[];
  /** Files Astro copied from public/ (the archived pinned embeds among them). */
  public: string[];
}

export function manifestPath(cacheDir: string, outDir: string): string {
  const id = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `cchc-build-${id}.json`);
}

/** Astro's own incremental manifest (node_modules/astro/dist/core/build/incremental.js). */
const astroManifest = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

/**
 * At the start of a build: the previous build's manifest if it is valid for this output folder, else undefined
 * after emptying the folder and Astro's incremental manifest (a full build). The manifest file is removed either way
 * and written again only when the build completes: a build that fails leaves none, so the next one starts over.
 */
export function startBuild(cacheDir: string, outDir: string, full = false): BuildManifest | undefined {
  const file = manifestPath(cacheDir, outDir);
  let previous: BuildManifest | undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
    if (!full && m.version === MANIFEST_VERSION && m.outDir === resolve(outDir)) previous = m;
  } catch {
    previous = undefined;
  }
  rmSync(file, { force: true });
  if (!previous) {
    rmSync(astroManifest(cacheDir), { force: true });
    emptyDir(outDir);
  }
  return previous;
}

function emptyDir(dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

export function writeManifest(cacheDir: string, m: BuildManifest): void {
  const file = manifestPath(cacheDir, m.outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(m));
  renameSync(`${file}.tmp`, file);
}

/** Every file of a manifest. */
export function manifestFiles(m: BuildManifest): Set<string> {
  const out = new Set<string>([...m.shared, ...m.routes, ...m.public]);
  for (const files of Object.values(m.pages)) for (const f of files) out.add(f);
  return out;
}

/**
 * What the commit deletes from the output folder (export/commit.ts): what the previous build wrote and this one did
 * not, and Astro's assets (`_astro/`) that this build did not write (Astro writes all of its assets again into the
 * staging folder). Relative paths.
 */
export function prunedFiles(outDir: string, previous: BuildManifest, next: BuildManifest, stagingDir: string): string[] {
  const keep = manifestFiles(next);
  const out = [...manifestFiles(previous)].filter((f) => !keep.has(f));
  const assets = join(outDir, '_astro');
  if (existsSync(assets)) {
    for (const e of readdirSync(assets, { withFileTypes: true })) if (e.isFile() && !existsSync(join(stagingDir, '_astro', e.name))) out.push(`_astro/${e.name}`);
  }
  return out.sort();
}

/** Every file under a folder, relative to it, with / separators (none when it does not exist). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Output file URLs of Astro's routes → paths relative to outDir. */
export function routeFiles(outDir: string, assets: Map<string, URL[]>): string[] {
  const out: string[] = [];
  for (const urls of assets.values()) for (const u of urls) out.push(relative(outDir, decodeURIComponent(u.pathname)).split(sep).join('/'));
  return out.sort();
}
