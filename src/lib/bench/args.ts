/** Flags of `npm run bench -- …`. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_NAMES, type PhaseName } from './phases.ts';

export interface BenchOptions {
  /** --scale as given: applies to every phase; undefined → each phase's default (DEFAULT_SCALE). */
  scale: number | undefined;
  /** --png: the build phase draws the share cards too (default off: EXPORT_PNG=0). */
  png: boolean;
  keep: boolean;
  phases: PhaseName[];
  refDir: string;
  seed: number;
}

/** The bigfile phase's scale: its one long-shape file is then ≈ 50 MB (≈ 730 000 figures). */
export const BIG_FILE_SCALE = 0.165;
/** Scale of each phase without --scale: the whole country (the national site build takes ≈ 15–25 minutes). */
export const DEFAULT_SCALE: Record<PhaseName, number> = { validate: 1, charts: 1, build: 1, rebuild: 1, bigfile: BIG_FILE_SCALE };
export const phaseScale = (o: BenchOptions, phase: PhaseName): number => o.scale ?? DEFAULT_SCALE[phase];

/** The repository root: three levels above src/lib/bench/. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The vendored copy (reference/units-2025) when present, else ../shared/reference/units-2025. */
export const DEFAULT_REF = [resolve(REPO_ROOT, 'reference/units-2025'), resolve(REPO_ROOT, '../shared/reference/units-2025')].find((d) => existsSync(resolve(d, 'merges.json'))) ?? resolve(REPO_ROOT, '../shared/reference/units-2025');

export const USAGE = `npm run bench -- [--scale F] [--png] [--keep] [--phase validate[,charts][,build[,rebuild]]] [--ref DIR] [--seed N]

  --scale F   fraction of the 3,321 communes (0 < F ≤ 1), for every phase run. Default: 1 for validate,
              1 for build too (≈ 130 000 HTML pages, mostly embed pages, ≈ 4 min); --scale 0.1 is a half-minute run
              that prints a linear estimate for scale 1.
  --png       build phase: draw the share cards (PNG) too, as npm run build does (default off, as EXPORT_PNG=0).
  --keep      keep the generated folders and the built site and print their paths (default: deleted at the end).
  --phase P   phases to time, comma-separated, in order (default: validate,charts,build,rebuild; bigfile on demand).
              validate: the loader over the folder with injected problems; charts: the floor of any build from
              nothing (load, site model, every chart of every page computed and drawn once, both languages; no
              Astro, no files): when it alone is over 3 min, so is every build from nothing; build: validate + Astro build of the site
              from a folder without errors (warnings only) into a temporary folder (never dist/); rebuild (after
              build): one figure corrected in one province's file, then the same build again into that folder
              (incremental: pages of units whose files did not change are kept); bigfile: the loader over one valid
              long-shape file of ≈ 50 MB (scale ${BIG_FILE_SCALE} by default; --scale sets it as for the other phases),
              in its own process: FAILS when its peak memory is over 1 GB.
  --ref DIR   reference folder with merges.json and provinces_2025_old63_to_new34.csv
              (default: reference/units-2025 in the repository, else ../shared/reference/units-2025).
  --seed N    PRNG seed (default 20250701): the same seed gives the same folder.`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions | { error: string } | { help: true } {
  const o: BenchOptions = { scale: undefined, png: false, keep: false, phases: ['validate', 'charts', 'build', 'rebuild'], refDir: DEFAULT_REF, seed: 20250701 };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let v: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = () => v ?? argv[++i];
    switch (a) {
      case '--help':
      case '-h':
        return { help: true };
      case '--keep':
        o.keep = true;
        break;
      case '--png':
        o.png = true;
        break;
      case '--scale': {
        const s = Number(value());
        if (!(s > 0 && s <= 1)) return { error: `--scale must be a number in (0, 1], got ${JSON.stringify(argv[i] ?? '')}` };
        o.scale = s;
        break;
      }
      case '--seed': {
        const s = Number(value());
        if (!Number.isInteger(s) || s < 0) return { error: '--seed must be a non-negative integer' };
        o.seed = s;
        break;
      }
      case '--ref': {
        const d = value();
        if (!d) return { error: '--ref needs a folder' };
        o.refDir = resolve(d);
        break;
      }
      case '--phase': {
        const list = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const bad = list.filter((p) => !(PHASE_NAMES as readonly string[]).includes(p));
        if (list.length === 0 || bad.length) return { error: `--phase: unknown phase ${bad.join(', ') || '(none)'}; known: ${PHASE_NAMES.join(', ')}` };
        o.phases = list as PhaseName[];
        const r = o.phases.indexOf('rebuild');
        if (r >= 0 && o.phases[r - 1] !== 'build') return { error: '--phase: rebuild rebuilds what build built: put it right after build (build,rebuild)' };
        break;
      }
      default:
        return { error: `unknown argument ${JSON.stringify(argv[i])}\n\n${USAGE}` };
    }
  }
  if (!existsSync(resolve(o.refDir, 'merges.json'))) return { error: `reference folder not found (no merges.json): ${o.refDir}` };
  return o;
}
