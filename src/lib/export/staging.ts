/**
 * Atomic builds: the site is built into a staging folder next to the output folder (`dist.staging/` beside `dist/`)
 * and renamed into place only when the whole build succeeded. A build that fails or is killed leaves `dist/` as the
 * last good build wrote it, byte for byte, and removes its staging folder (a killed one is removed by the next build).
 *
 * An incremental build starts from a copy of the output folder. The export files (embed pages, CSVs, SVGs, PNGs: the
 * bulk of a national site) are hard links, which cost one link each: the export writer replaces a file (unlink, then
 * write) and never rewrites one in place. Astro's files (pages, endpoints, assets, public/) are real copies (a
 * copy-on-write clone where the file system has them): Astro rewrites a page in place (open, truncate, write), which
 * through a hard link would change the page in `dist/` too.
 *
 * The state of the incremental build (export/build-manifest.ts's manifest and Astro's incremental-build.json, both
 * in Astro's cache folder) describes the staging folder, whose path never changes. A failed build puts back both
 * manifests as they were and deletes Astro's cached copies of the pages it rendered, so the next build starts from
 * what `dist/` holds: incremental again, never claiming a page the failed build rendered.
 */
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { manifestFiles, manifestPath, type BuildManifest } from './build-manifest.ts';

export const stagingDir = (outDir: string) => `${resolve(outDir)}.staging`;
/** Where the old output folder waits, between the two renames of the swap. */
export const previousDir = (outDir: string) => `${resolve(outDir)}.previous`;

/** The files of Astro's cache folder that describe the last build (node_modules/astro/dist/core/build/incremental.js). */
function stateFiles(cacheDir: string, staging: string): string[] {
  return [manifestPath(cacheDir, staging), join(cacheDir, 'incremental-build.json')];
}

/** A build killed half-way may have left a staging folder, or the old output folder mid-swap. */
function recover(outDir: string, staging: string, cacheDir: string) {
  rmSync(staging, { recursive: true, force: true });
  const previous = previousDir(outDir);
  if (!existsSync(previous)) return;
  if (existsSync(outDir)) rmSync(previous, { recursive: true, force: true });
  else {
    // Killed between the two renames: the manifests describe the new build, which is gone; start over.
    renameSync(previous, outDir);
    for (const f of stateFiles(cacheDir, staging)) rmSync(f, { force: true });
  }
}

/** Files under `dir` last written at or after `sinceMs`. */
function writtenSince(dir: string, sinceMs: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).mtimeMs >= sinceMs) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The files of the last build that only the export writer writes (it replaces them, never rewrites them in place). */
function exportFiles(manifest: Buffer): Set<string> {
  try {
    const m = JSON.parse(manifest.toString('utf8')) as BuildManifest;
    const astro = new Set([...m.routes, ...m.public]);
    return new Set([...manifestFiles(m)].filter((f) => !astro.has(f)));
  } catch {
    return new Set();
  }
}

/** `from` into `to` (new): the export writer's files hard-linked, every other file copied with its times. */
function copyTree(from: string, to: string, linkable: Set<string>) {
  const walk = (rel: string) => {
    mkdirSync(join(to, rel), { recursive: true });
    for (const e of readdirSync(join(from, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const src = join(from, r);
      const dst = join(to, r);
      if (e.isDirectory()) walk(r);
      else if (linkable.has(r)) linkSync(src, dst);
      else {
        copyFileSync(src, dst, constants.COPYFILE_FICLONE);
        const s = statSync(src);
        utimesSync(dst, s.atimeMs / 1000, s.mtimeMs / 1000);
      }
    }
  };
  walk('');
}

export interface AtomicBuildOptions {
  outDir: string;
  cacheDir: string;
  /** false (`--force`): start from an empty staging folder. */
  incremental: boolean;
}

/**
 * Run `build(stagingFolder)`; on success the staging folder becomes `outDir`, on failure it is removed, `outDir` is
 * untouched and the error rethrown.
 */
export async function buildAtomically(opts: AtomicBuildOptions, build: (stagingDir: string) => Promise<void>): Promise<void> {
  const outDir = resolve(opts.outDir);
  const staging = stagingDir(outDir);
  recover(outDir, staging, opts.cacheDir);
  const state = stateFiles(opts.cacheDir, staging);
  const saved = state.map((f) => (existsSync(f) ? readFileSync(f) : undefined));
  const startedMs = Date.now();
  try {
    // Without our manifest the build empties its folder anyway (build-manifest.ts startBuild): no copy needed.
    if (opts.incremental && saved[0] && existsSync(outDir)) copyTree(outDir, staging, exportFiles(saved[0]));
    await build(staging);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    state.forEach((f, i) => (saved[i] ? writeFileSync(f, saved[i]) : rmSync(f, { force: true })));
    for (const f of writtenSince(join(opts.cacheDir, 'dist'), startedMs)) rmSync(f, { force: true });
    throw e;
  }
  const previous = previousDir(outDir);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
