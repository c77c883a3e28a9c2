/**
 * Atomic builds: a build writes into a staging folder next to the output folder (`dist.staging/` beside `dist/`) and
 * touches `dist/` only once the whole build succeeded. A build that fails before that leaves `dist/` as the last good
 * build wrote it, byte for byte, and removes its staging folder (a killed one is removed by the next build, which then
 * renders everything: the killed build's state may describe files `dist/` never got).
 *
 * An incremental build is an overlay: its staging folder holds only what this build writes (the pass's export files,
 * Astro's pages and assets, the dataset); the kept export files and pages stay in `dist/`, untouched. On success the
 * commit (export/commit.ts) writes a journal, renames each staged file into `dist/` and deletes what the manifest
 * prunes. The commit is not atomic: a reader of `dist/` during it sees some new files beside old ones. A build killed
 * during the commit is finished by the next build from the journal, before anything else.
 *
 * A full build (first build, `--force`, no valid manifest) builds in the empty staging folder, which then replaces
 * `dist/` by two renames (`dist` → `dist.previous`, staging → `dist`), so no stale file survives.
 *
 * The state of the incremental build (export/build-manifest.ts's manifest and Astro's incremental-build.json, both
 * in Astro's cache folder) is named after the staging folder, whose path never changes. A failed build puts back both
 * manifests as they were and deletes Astro's cached copies of the pages it rendered, so the next build starts from
 * what `dist/` holds: incremental again, never claiming a page the failed build rendered.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { listFiles, manifestPath, startBuild, type BuildManifest } from './build-manifest.ts';
import { commit, finishCommit } from './commit.ts';

export const stagingDir = (outDir: string) => `${resolve(outDir)}.staging`;
/** Where the old output folder waits, between the two renames of a full build's swap. */
export const previousDir = (outDir: string) => `${resolve(outDir)}.previous`;

/** The files of Astro's cache folder that describe the last build (node_modules/astro/dist/core/build/incremental.js). */
function stateFiles(cacheDir: string, staging: string): string[] {
  return [manifestPath(cacheDir, staging), join(cacheDir, 'incremental-build.json')];
}

/** What a killed build left: a commit to finish, a staging folder, or the old output folder mid-swap. */
function recover(outDir: string, staging: string, cacheDir: string) {
  finishCommit(cacheDir, outDir, staging);
  if (existsSync(staging)) {
    // Killed before its commit: its manifests may already describe files that never reached the output folder.
    rmSync(staging, { recursive: true, force: true });
    for (const f of stateFiles(cacheDir, staging)) rmSync(f, { force: true });
  }
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

/**
 * Astro keeps (skips) a page whose key is unchanged only when its output folder has the page; else it copies the page
 * from its cache (node_modules/astro/dist/core/build/generate.js, `existsSync(outFile)`), and the commit would move
 * thousands of unchanged pages. An empty stand-in in the staging folder for each page `dist/` has lets Astro skip it;
 * a page it renders overwrites its stand-in. Stand-ins still empty and older than `until` are not moved.
 */
interface StandIns {
  files: Set<string>;
  until: number;
}

function placeStandIns(staging: string, outDir: string, routes: readonly string[]): StandIns {
  const files = new Set<string>();
  const made = new Set<string>();
  let last = '';
  for (const r of routes) {
    if (!existsSync(join(outDir, r))) continue; // Astro copies it from its cache, or renders it
    const path = join(staging, r);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    closeSync(openSync(path, 'w'));
    files.add(r);
    last = path;
  }
  // The file system's clock, not Date.now(): it ticks coarser, and the last stand-in is the newest.
  return { files, until: last ? statSync(last).mtimeMs : 0 };
}

/** The staging folder's files the commit moves: all but the stand-ins Astro left as they were. */
function stagedFiles(staging: string, standIns: StandIns): string[] {
  return listFiles(staging).filter((f) => {
    if (!standIns.files.has(f)) return true;
    const s = statSync(join(staging, f));
    return s.size > 0 || s.mtimeMs > standIns.until;
  });
}

/** Where a build writes and what it starts from. */
export interface Stage {
  /** The staging folder: every file this build writes goes here. */
  dir: string;
  /** The output folder: the last good build, where kept files stay (and are found). */
  outDir: string;
  /** The previous build's manifest (build-manifest.ts startBuild): undefined for a full build. */
  previous: BuildManifest | undefined;
}

export interface AtomicBuildOptions {
  outDir: string;
  cacheDir: string;
  /** false (`--force`): a full build, whatever the previous build left. */
  incremental: boolean;
}

/**
 * Run `build(stage)`, which returns the output folder's files to delete (relative); on success the build is committed
 * into `outDir`, on failure the staging folder is removed, `outDir` is untouched and the error rethrown.
 */
export async function buildAtomically(opts: AtomicBuildOptions, build: (stage: Stage) => Promise<string[]>): Promise<void> {
  const outDir = resolve(opts.outDir);
  const staging = stagingDir(outDir);
  recover(outDir, staging, opts.cacheDir);
  const state = stateFiles(opts.cacheDir, staging);
  const saved = state.map((f) => (existsSync(f) ? readFileSync(f) : undefined));
  const startedMs = Date.now();
  let previous: BuildManifest | undefined;
  let standIns: StandIns = { files: new Set(), until: 0 };
  let prune: string[];
  try {
    mkdirSync(staging, { recursive: true });
    previous = startBuild(opts.cacheDir, staging, !opts.incremental);
    if (previous) standIns = placeStandIns(staging, outDir, previous.routes);
    prune = await build({ dir: staging, outDir, previous });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    state.forEach((f, i) => (saved[i] ? writeFileSync(f, saved[i]) : rmSync(f, { force: true })));
    for (const f of writtenSince(join(opts.cacheDir, 'dist'), startedMs)) rmSync(f, { force: true });
    throw e;
  }
  if (previous) {
    commit(opts.cacheDir, outDir, staging, { moves: stagedFiles(staging, standIns), prune });
    return;
  }
  const old = previousDir(outDir);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}
