/**
 * The phases `npm run bench` can time over the synthetic folder. Each is one function, run in a fresh process
 * (phase-child.ts) that measures its wall time, cpu time and peak RSS; run.ts prints PASS/OVER against its targets.
 *
 * validate: the loader over the folder with the injected problems, which it must report exactly.
 * build: what `npm run build` does (validate, refuse on errors, Astro build) from `ctx.dir` as DATA_DIR into a temporary
 * output folder (never dist/), share cards off unless `ctx.png`; then, outside the timed part, the built site is measured
 * (pages, largest page gzipped) and deleted, and the string-template floor (string-floor.ts) is timed on its own.
 * charts: the floor of a build from nothing (chart-floor.ts): load, site model, every chart computed and drawn once.
 * rebuild: after build, correct one figure in one province's file and run the build again into the same folder (the
 * staff's everyday rebuild: incremental, it renders the pages of the units whose files changed and keeps the rest).
 * bigfile: the loader over a folder whose figures are all in one valid ≈ 50 MB long-shape file (one line per figure):
 * the cost of one large file, which must stay under 1 GB of memory (a hard limit: over it, the bench fails).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFolder, type LoadResult } from '../dataset/load.ts';
import { runSiteBuild } from '../report/build.ts';
import { stagingDir } from '../export/staging.ts';
import { htmlFiles, measureSite } from '../site/measure.ts';
import type { GeneratedDataset } from './generate.ts';
import { changeOneFigure, type FigureChange } from './change-figure.ts';
import { manifestPath } from '../export/build-manifest.ts';
import { groupSpaces } from './vi-format.ts';
import { chartFloorPhase } from './chart-floor.ts';
import { stringFloor, type StringFloor } from './string-floor.ts';

export const PHASE_NAMES = ['validate', 'charts', 'build', 'rebuild', 'bigfile'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface PhaseContext {
  /** The synthetic data folder. */
  dir: string;
  /** What was generated: counts, and the problems injected on purpose. */
  data: GeneratedDataset;
  /** Build phase: draw the share cards (else EXPORT_PNG=0). */
  png?: boolean;
  /** Keep the phase's output (the built site) instead of deleting it. */
  keep?: boolean;
  /** Build phase: leave the site and Astro's cache for the rebuild phase that follows. */
  forRebuild?: boolean;
  /** Rebuild phase: the build phase's output, built incrementally again after one figure changes. */
  previous?: BuildOutput;
}

/** What the build phase produced, measured after the timed part. */
export interface SiteFigures {
  /** Every HTML page written (embed pages included). */
  pages: number;
  embedPages: number;
  /** HTML pages of a commune (don-vi/<id>/ and the embeds don-vi--<id>--…): the part that grows with --scale. */
  communePages: number;
  largestPage: { file: string; gzipBytes: number };
  /** Every file of the output folder, and the export files among them by kind (what S8 cuts down). */
  files: FileCount & { kinds: Record<FileKind, FileCount> };
  png: boolean;
  /** Where the site was written when kept. */
  kept?: string;
  /** The same page and chart counts written from string templates, without Astro (string-floor.ts). */
  floor?: StringFloor;
}

export interface PhaseResult {
  /** False when the phase proves the code under test wrong: the bench then exits 1. */
  ok: boolean;
  /** Printed under the summary line. */
  details: string[];
  /** Throughput: CSV data rows and observations handled by the phase (omit when not meaningful). */
  rows?: number;
  observations?: number;
  /** What the phase produced (kept alive until the measurement ends; not sent back to the parent). */
  value?: unknown;
  /** Build phase: the site's figures. */
  site?: SiteFigures;
  /** Build phase, before a rebuild: where the site and Astro's cache are. */
  output?: BuildOutput;
}

export interface Phase {
  /** Targets of issue 3 item 9 / issue 4 item 5 (reported as PASS/OVER, a failure only where `rssLimit` says so). */
  targets: { seconds: number; rssBytes: number; pageGzipBytes?: number };
  /** The memory target is a limit: a peak above it fails the bench (issue 15 item 4, one large file). */
  rssLimit?: boolean;
  run: (ctx: PhaseContext) => PhaseResult | Promise<PhaseResult>;
  /** Runs in the phase process after the measurement (not timed): measures and cleans up what `run` produced. */
  after?: (ctx: PhaseContext, result: PhaseResult) => PhaseResult;
  /** Node flags of the phase process. */
  nodeFlags?: () => string[];
}

/**
 * The V8 flags `npm run build` runs with (package.json), so the bench builds under the same memory cap: without it
 * V8 lets garbage pile up to 3 GB on the national build, whose loaded folder alone is ≈ 0.4 GB of live heap. The
 * larger young generation (64 MB semi-spaces, ≈ 100 MB more memory) lets a page's short-lived strings and SVG trees
 * die young instead of being promoted into the full old generation, where each major GC marks the whole dataset.
 */
export function buildNodeFlags(script: 'build' | 'validate' = 'build'): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return pkg.scripts[script]!.split(/\s+/).filter((f) => f.startsWith('--max-old-space-size=') || f.startsWith('--max-semi-space-size='));
}
/** `npm run validate`'s flags: its 64 MB semi-spaces let most of the loader's short-lived rows die young (≈ 1 s less). */
export const validateNodeFlags = () => buildNodeFlags('validate');

const key = (p: { code: string; severity: string; file: string; line: number; column: string }) => `${p.severity} ${p.code} ${p.file}:${p.line} [${p.column}]`;

/** The validator's loader over the whole folder, then a check that it found exactly the injected problems. */
export function validatePhase(ctx: PhaseContext): PhaseResult {
  const r: LoadResult = loadDataFolder(ctx.dir);
  return { ...verifyLoad(r, ctx.data), rows: ctx.data.rows, observations: r.dataset.observations.length, value: r };
}

/** Exactly the injected problems (code, severity, file, line, column), and every observation of the files without errors. */
export function verifyLoad(r: LoadResult, data: GeneratedDataset): { ok: boolean; details: string[] } {
  const details: string[] = [];
  const want = new Map(data.expected.map((e) => [key(e), e]));
  const found = new Set<string>();
  const unexpected: string[] = [];
  for (const p of r.problems) {
    const k = key(p);
    const e = want.get(k);
    if (e && !found.has(k)) {
      found.add(k);
      details.push(`  found    ${k} ${p.value ? JSON.stringify(p.value) : ''} (${e.what}): ${p.message_en}`);
    } else unexpected.push(k);
  }
  const missing = [...want.keys()].filter((k) => !found.has(k));
  for (const k of missing) details.push(`  MISSING  ${k} (${want.get(k)!.what})`);
  for (const k of unexpected.slice(0, 20)) details.push(`  EXTRA    ${k}`);
  if (unexpected.length > 20) details.push(`  EXTRA    … and ${unexpected.length - 20} more`);
  const errors = data.expected.filter((e) => e.severity === 'error').length;
  const warnings = data.expected.length - errors;
  const obs = r.dataset.observations.length;
  const obsOk = obs === data.expectedObservations;
  const countsOk = r.errors === errors && r.warnings === warnings;
  details.unshift(
    `  problems: ${r.errors} errors, ${r.warnings} warnings (injected ${errors} errors, ${warnings} warnings)` +
      ` · observations kept ${obs} (expected ${data.expectedObservations} of ${data.observations}; files with errors contribute nothing)`,
  );
  if (!obsOk) details.push(`  OBSERVATIONS: the loader kept ${obs}, expected ${data.expectedObservations}`);
  return { ok: missing.length === 0 && unexpected.length === 0 && countsOk && obsOk, details };
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the bigfile phase's folder has all its figures. */
export const BIG_FILE = 'observations/big.csv';

/** The loader over the one-file folder: no error, and every figure of the file kept. */
export function bigFilePhase(ctx: PhaseContext): PhaseResult {
  const r: LoadResult = loadDataFolder(ctx.dir);
  const obs = r.dataset.observations.length;
  const ok = r.errors === 0 && obs === ctx.data.expectedObservations;
  const details = [
    `  one file of ${(statSync(join(ctx.dir, BIG_FILE)).size / 1e6).toFixed(1)} MB (long shape, ${groupSpaces(ctx.data.rows)} data lines) · ${r.errors} errors, ${r.warnings} warnings · observations kept ${groupSpaces(obs)} of ${groupSpaces(ctx.data.expectedObservations)}`,
  ];
  if (!ok) details.push('  NOT VALID: the loader reported errors or dropped figures of a valid file');
  return { ok, details, rows: ctx.data.rows, observations: obs, value: r };
}

export interface BuildOutput {
  /** Temporary folder holding site/ (Astro's outDir) and cache/ (its cacheDir). */
  tmp: string;
  site: string;
}

/** `npm run build` from ctx.dir into a temporary folder: validate, refuse on errors, Astro build. */
export function buildPhase(ctx: PhaseContext): Promise<PhaseResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'cchc-bench-site-'));
  return npmRunBuild(ctx, { tmp, site: join(tmp, 'site') });
}

/** What `npm run build` does, into `out` (incremental when `out` holds a previous build). */
async function npmRunBuild(ctx: PhaseContext, out: BuildOutput): Promise<PhaseResult> {
  process.env.DATA_DIR = ctx.dir;
  if (ctx.png) delete process.env.EXPORT_PNG;
  else process.env.EXPORT_PNG = '0';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  mkdirSync(out.site, { recursive: true });
  // outDir and cacheDir outside the repository: dist/ and node_modules/.astro are never touched. npm run build itself
  // (report/build.ts): validation, the export pass, Astro, the dataset files; atomically, so a rebuild stages what it
  // writes and commits it into the site (export/staging.ts).
  const cacheDir = join(out.tmp, 'cache');
  const errors: string[] = [];
  // The build's own line of step times (report/build.ts), the validation's included.
  const steps: string[] = [];
  const log = (l: string) => void (l.startsWith('Thời gian / time:') && steps.push(l.replace(/^.*time: /, '')));
  let loaded: LoadResult | undefined;
  const code = await runSiteBuild({ dataDir: ctx.dir, outDir: out.site, cacheDir, logLevel: 'error', log, error: (l) => errors.push(l), validated: (r) => (loaded = r) });
  if (!loaded) return { ok: false, details: ['  the build refused the folder (npm run build would too):', ...errors.join('\n').split('\n').slice(0, 15).map((l) => `  ${l}`)], value: out };
  if (code !== 0) return { ok: false, details: ['  the build failed:', ...errors.slice(0, 15).map((l) => `  ${l}`)], value: out };
  return {
    ok: true,
    details: [`  validated first: ${loaded.errors} errors, ${loaded.warnings} warnings (the injected warnings only)`, `  steps: ${steps.join('; ')}`],
    rows: ctx.data.rows,
    observations: loaded.dataset.observations.length,
    value: out,
  };
}

export interface FileCount {
  /** Names (every URL the site answers), and their bytes as a copy of the folder holds them. */
  count: number;
  bytes: number;
  /** Of those, second names of a file counted before (hard links): on disk, written and stored once. */
  linked: number;
  linkedBytes: number;
}
export const FILE_KINDS = ['embed pages', 'pinned data', 'pinned cards', 'chart CSVs', 'chart images', 'chart cards', 'share cards', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

function fileKind(rel: string): FileKind {
  if (/(^|\/)embed\/.*\.html$/.test(rel)) return 'embed pages';
  if (/(^|\/)embed\/v\/.*\/data\.csv$/.test(rel) || /^data\/charts\/v\/.*\.csv$/.test(rel)) return 'pinned data';
  if (/(^|\/)embed\/v\/.*\.png$/.test(rel)) return 'pinned cards';
  if (/^data\/charts\/.*\.csv$/.test(rel)) return 'chart CSVs';
  if (/^data\/charts\//.test(rel)) return 'chart images';
  if (/^og\/charts\//.test(rel)) return 'chart cards';
  if (/^og\/.*\.png$/.test(rel)) return 'share cards';
  return 'other';
}

/**
 * Files and bytes of the output folder, by kind. A file with a second name (a hard link, export/writer.ts) counts
 * under each name, and as linked under every name after the first met: bytes − linkedBytes is what the disk holds.
 */
export function countFiles(root: string): SiteFigures['files'] {
  const zero = (): FileCount => ({ count: 0, bytes: 0, linked: 0, linkedBytes: 0 });
  const kinds = Object.fromEntries(FILE_KINDS.map((k) => [k, zero()])) as Record<FileKind, FileCount>;
  const total = zero();
  const seen = new Set<string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const st = statSync(path);
    const again = st.nlink > 1 && seen.has(`${st.dev}:${st.ino}`);
    if (st.nlink > 1) seen.add(`${st.dev}:${st.ino}`);
    for (const c of [kinds[fileKind(relative(root, path).replace(/\\/g, '/'))], total]) {
      c.count++;
      c.bytes += st.size;
      if (again) {
        c.linked++;
        c.linkedBytes += st.size;
      }
    }
  }
  return { ...total, kinds };
}

/** Count and gzip the pages built, then delete the site (unless kept, or left for the rebuild phase). */
export function afterBuild(ctx: PhaseContext, r: PhaseResult): PhaseResult {
  const out = r.value as BuildOutput | undefined;
  if (!out) return r;
  let handedOn = false;
  try {
    if (!r.ok) return r;
    const m = measureSite(out.site);
    const communes = new Set(
      readFileSync(join(ctx.dir, 'units.csv'), 'utf8')
        .split('\n')
        .filter((l) => l.includes(',commune,'))
        .map((l) => l.slice(0, l.indexOf(','))),
    );
    const unitOf = (rel: string) => /(?:^|\/)don-vi\/([^/]+)\/|don-vi--(.+?)--/.exec(rel)?.slice(1).find(Boolean);
    const communePages = htmlFiles(out.site).filter((f) => communes.has(unitOf(relative(out.site, f)) ?? '')).length;
    const floor = stringFloor(join(out.tmp, 'floor'), m.pages);
    const site: SiteFigures = { pages: m.pages, embedPages: m.embedPages, communePages, largestPage: m.largestPage, files: countFiles(out.site), png: !!ctx.png, kept: ctx.keep ? out.site : undefined, floor };
    const ok = m.pages > 0;
    handedOn = ok && !!ctx.forRebuild;
    return { ...r, ok, site, output: handedOn ? out : undefined, details: ok ? r.details : [...r.details, '  the build wrote no HTML page'] };
  } finally {
    if (!ctx.keep && !handedOn) rmSync(out.tmp, { recursive: true, force: true });
  }
}

interface RebuildOutput extends BuildOutput {
  change: FigureChange;
  startedMs: number;
}

/**
 * The staff's rebuild: one figure corrected in one province's file (change-figure.ts), then `npm run build` again into
 * the build phase's output. Incremental: the pages whose figures did not change are kept.
 */
export async function rebuildPhase(ctx: PhaseContext): Promise<PhaseResult> {
  const prev = ctx.previous;
  if (!prev) return { ok: false, details: ['  the rebuild phase needs the build phase before it (--phase build,rebuild)'] };
  const change = changeOneFigure(ctx.dir);
  // Without the build's manifest the rebuild starts over (build-manifest.ts): say so, the time is then a full build's.
  const manifest = existsSync(manifestPath(join(prev.tmp, 'cache'), stagingDir(prev.site)));
  const startedMs = Date.now();
  const r = await npmRunBuild(ctx, prev);
  const value: RebuildOutput = { ...prev, change, startedMs };
  const lines = [`  changed ${change.file}:${change.line}: ${change.unit} ${change.column} ${change.from} → ${change.to}`];
  if (!manifest) lines.push(`  NO MANIFEST: the build left none in ${join(prev.tmp, 'cache')}, so this rebuild rendered everything`);
  return { ...r, ok: r.ok && manifest, details: [...lines, ...r.details], value };
}

/**
 * Which unit and metric pages the rebuild rendered and which it kept: the changed unit's and metric's pages must be
 * rendered, most others kept.
 */
export function afterRebuild(ctx: PhaseContext, r: PhaseResult): PhaseResult {
  const out = r.value as RebuildOutput | undefined;
  if (!out) return r;
  try {
    if (!r.ok) return r;
    const site = (f: string) => relative(out.site, f);
    const count = (files: string[]) => {
      const rendered = files.filter((f) => statSync(f).mtimeMs >= out.startedMs).map(site);
      return { rendered, kept: files.length - rendered.length, of: files.length };
    };
    const html = htmlFiles(out.site);
    const units = count(html.filter((f) => /(?:^|\/)don-vi\/[^/]+\/index\.html$/.test(site(f))));
    const metrics = count(html.filter((f) => /(?:^|\/)chi-tieu\/[^/]+\/index\.html$/.test(site(f))));
    const changed = [`don-vi/${out.change.unit}/index.html`, `en/don-vi/${out.change.unit}/index.html`];
    const metricPage = /^[a-z0-9_]+$/.test(out.change.column) ? [`chi-tieu/${out.change.column}/index.html`, `en/chi-tieu/${out.change.column}/index.html`] : [];
    const missed = [...changed.filter((f) => !units.rendered.includes(f)), ...metricPage.filter((f) => !metrics.rendered.includes(f))];
    const kept = units.kept;
    const line = (what: string, c: { rendered: string[]; kept: number; of: number }) =>
      `  ${what}: ${groupSpaces(c.rendered.length)} rendered again, ${groupSpaces(c.kept)} kept from the build (of ${groupSpaces(c.of)})`;
    const details = [...r.details, line('unit pages', units), line('metric pages', metrics)];
    if (missed.length) details.push(`  NOT RENDERED: ${missed.join(', ')} (its figure changed)`);
    if (kept === 0) details.push('  NOTHING KEPT: the rebuild rendered every unit page');
    return { ...r, ok: missed.length === 0 && kept > 0, details };
  } finally {
    if (!ctx.keep) rmSync(out.tmp, { recursive: true, force: true });
  }
}

/** Registered phases; `undefined` is a reserved name not implemented yet. */
export const PHASES: Record<PhaseName, Phase | undefined> = {
  validate: { targets: { seconds: 10, rssBytes: 2e9 }, run: validatePhase, nodeFlags: validateNodeFlags },
  // Issue 16's targets: a build from nothing ≤ 3 min and ≤ 2 GB, a rebuild after one corrected count ≤ 20 s. The
  // floor shows whether a build from nothing can meet them at all (chart-floor.ts).
  charts: { targets: { seconds: 180, rssBytes: 2e9 }, run: chartFloorPhase, nodeFlags: buildNodeFlags },
  build: { targets: { seconds: 180, rssBytes: 2e9, pageGzipBytes: 50_000 }, run: buildPhase, after: afterBuild, nodeFlags: buildNodeFlags },
  rebuild: { targets: { seconds: 20, rssBytes: 2e9 }, run: rebuildPhase, after: afterRebuild, nodeFlags: buildNodeFlags },
  bigfile: { targets: { seconds: 15, rssBytes: 1e9 }, rssLimit: true, run: bigFilePhase, nodeFlags: validateNodeFlags },
};
