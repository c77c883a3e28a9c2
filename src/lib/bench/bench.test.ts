// The benchmark's proof that the checks ran, at a small scale: the loader reports exactly the injected problems and keeps
// every observation of the files without errors. (Not a timed test: `npm run bench` measures speed and memory.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../dataset/load.ts';
import { DEFAULT_REF } from './args.ts';
import { generateDataset } from './generate.ts';
import { BIG_FILE, bigFilePhase, PHASES, verifyLoad } from './phases.ts';
import { chartFloorPhase } from './chart-floor.ts';
import { overMemoryLimit } from './run.ts';

describe('bench dataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = generateDataset({ dir, refDir: DEFAULT_REF, scale: 0.01, seed: 20250701 });

  it('has every unit of the registry and 20 metrics', () => {
    expect(data.units).toBe(1 + 63 + 34 + data.communes);
    expect(data.communesInReference).toBe(3321);
    expect(data.metrics).toBe(20);
    expect(data.expected.map((e) => e.severity).sort()).toEqual(['error', 'error', 'error', 'warning', 'warning', 'warning', 'warning', 'warning']);
  });

  it('is deterministic for a seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'cchc-bench-test-'));
    try {
      const d2 = generateDataset({ dir: again, refDir: DEFAULT_REF, scale: 0.01, seed: 20250701 });
      expect({ ...d2, dir: '' }).toEqual({ ...data, dir: '' });
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('loads with exactly the injected problems', () => {
    const r = loadDataFolder(dir);
    const v = verifyLoad(r, data);
    expect(v.details.filter((d) => /MISSING|EXTRA|OBSERVATIONS/.test(d))).toEqual([]);
    expect(v.ok).toBe(true);
    // A loader that skipped a check, or dropped observations, fails the bench.
    expect(verifyLoad({ ...r, problems: r.problems.filter((p) => p.code !== 'rate-mismatch'), warnings: r.warnings - 1 }, data).ok).toBe(false);
    expect(verifyLoad({ ...r, dataset: { ...r.dataset, observations: r.dataset.observations.slice(1) } }, data).ok).toBe(false);
  });
});

describe('bench charts phase (the floor of a build from nothing)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-floor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = generateDataset({ dir, refDir: DEFAULT_REF, scale: 0.003, seed: 7, errors: false });

  it('computes and draws the charts of every unit page in both languages', () => {
    const r = chartFloorPhase({ dir, data });
    expect(r.ok).toBe(true);
    const [line] = r.details;
    const [charts = 0, pages = 0] = /: ([\d ]+) charts on ([\d ]+) pages/.exec(line!)!.slice(1).map((s) => Number(s.replace(/\s/g, "")));
    // Every unit of the folder has a page in vi and in en, each with several charts.
    expect(pages).toBeGreaterThanOrEqual(2 * (data.units - 1));
    expect(charts).toBeGreaterThan(3 * pages);
    expect(r.observations).toBe(data.observations);
  });
});

describe('bench bigfile phase (one large long-shape file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-big-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const data = generateDataset({ dir, refDir: DEFAULT_REF, scale: 0.005, seed: 7, errors: false, singleFile: BIG_FILE, long: true });

  it('puts every figure on its own line of one file, which loads without errors', () => {
    expect(data.observationFiles).toBe(1);
    expect(data.rows).toBe(data.observations);
    const r = bigFilePhase({ dir, data });
    expect(r.details.join('\n')).not.toMatch(/NOT VALID/);
    expect(r.ok).toBe(true);
    expect(r.observations).toBe(data.observations);
  });

  it('fails the bench when its peak memory is over 1 GB', () => {
    const phase = PHASES.bigfile!;
    expect(overMemoryLimit(phase, { peakSampled: 0.9e9, peakHwm: 0.95e9 })).toBeUndefined();
    expect(overMemoryLimit(phase, { peakSampled: 0.9e9, peakHwm: 1.2e9 })).toMatch(/OVER THE MEMORY LIMIT/);
    expect(overMemoryLimit(phase, { peakSampled: 0.9e9, peakHwm: undefined }, { bytes: 1.1e9, processes: 1 })).toMatch(/OVER/);
    // The other phases report OVER but do not fail on memory.
    expect(overMemoryLimit(PHASES.validate!, { peakSampled: 3e9, peakHwm: 3e9 })).toBeUndefined();
  });
});
