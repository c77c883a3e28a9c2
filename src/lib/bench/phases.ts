/**
 * The phases `npm run bench` can time over the synthetic folder. Each is one function, run in a fresh process
 * (phase-child.ts) that measures its wall time, cpu time and peak RSS; run.ts prints PASS/OVER against its targets.
 *
 * Adding the site build is one entry in PHASES: a function that builds from `ctx.dir` (as DATA_DIR) into a temporary
 * output folder and returns `ok: false` when the build refuses the folder or produces nothing. (Like `npm run build`, it
 * validates the folder itself: phases share no memory.)
 */
import { loadDataFolder, type LoadResult } from '../dataset/load.ts';
import type { GeneratedDataset } from './generate.ts';

export const PHASE_NAMES = ['validate', 'build'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface PhaseContext {
  /** The synthetic data folder. */
  dir: string;
  /** What was generated: counts, and the problems injected on purpose. */
  data: GeneratedDataset;
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
}

export interface Phase {
  /** Targets of issue 3, item 9 (reported as PASS/OVER, never a failure). */
  targets: { seconds: number; rssBytes: number };
  run: (ctx: PhaseContext) => PhaseResult | Promise<PhaseResult>;
}

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

/** Registered phases; `undefined` is a reserved name not implemented yet. */
export const PHASES: Record<PhaseName, Phase | undefined> = {
  validate: { targets: { seconds: 10, rssBytes: 2e9 }, run: validatePhase },
  // build: { targets: { seconds: …, rssBytes: … }, run: buildPhase },  ← the site build, to come
  build: undefined,
};
