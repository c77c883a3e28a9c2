/**
 * The build's effects (src/lib/build/effects.ts): a promised body (a PNG still rendering) is written when it settles,
 * and the pass's look-ahead holds: `drain(n)` lets the pass go on only once fewer than n are unsettled, so a build
 * never holds more than LOOK_AHEAD finished pixmaps waiting for the main thread.
 */
import { describe, expect, test } from 'vitest';
import { MemoryEffects } from '../../src/lib/build/effects.ts';
import { LOOK_AHEAD } from '../../src/lib/build/build-site.ts';

function deferred() {
  let resolve!: (b: Uint8Array) => void;
  const promise = new Promise<Uint8Array>((r) => (resolve = r));
  return { promise, resolve };
}

describe('promised bodies and the look-ahead', () => {
  test('drain(3) waits while three or more PNGs are unsettled, and each is written when it settles', async () => {
    const fx = new MemoryEffects();
    const jobs = Array.from({ length: 5 }, () => deferred());
    jobs.forEach((j, i) => fx.write(`img/${i}.png`, j.promise, '/p/'));
    let drained = false;
    const drain = fx.drain(3).then(() => (drained = true));
    for (const i of [0, 1]) {
      jobs[i]!.resolve(new Uint8Array([i]));
      await new Promise((r) => setTimeout(r, 0));
      expect(drained).toBe(false);
    }
    jobs[2]!.resolve(new Uint8Array([2]));
    await drain;
    expect(drained).toBe(true);
    expect([...fx.files.keys()].sort()).toEqual(['img/0.png', 'img/1.png', 'img/2.png']);
    for (const j of jobs.slice(3)) j.resolve(new Uint8Array([9]));
    await fx.close();
    expect(fx.files.size).toBe(5);
    expect([...fx.record.pages.get('/p/')!].length).toBe(5);
  });

  test('the pass keeps a few renders per pool thread in flight, not thousands', () => {
    expect(LOOK_AHEAD).toBeGreaterThanOrEqual(4);
    expect(LOOK_AHEAD).toBeLessThanOrEqual(64);
  });
});

describe('a shared file assembled on the writer thread (the whole dataset from the unit CSVs)', () => {
  test('after the files written before it, from this build or the kept folder, each part without its header line', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createHash } = await import('node:crypto');
    const { DiskEffects } = await import('../../src/lib/build/effects.ts');
    const root = mkdtempSync(join(tmpdir(), 'cchc-assemble-'));
    try {
      const [out, kept] = [join(root, 'staging'), join(root, 'dist')];
      mkdirSync(join(kept, 'data/don-vi'), { recursive: true });
      writeFileSync(join(kept, 'data/don-vi/b.csv'), 'unit,value\r\nb,2\r\n');
      const fx = new DiskEffects(out, () => {}, kept);
      // Queued on the writer thread just before: written before the file is assembled.
      fx.write('data/don-vi/a.csv', 'unit,value\r\na,1\r\n', '/a/');
      const done = fx.assemble('data/observations.csv', 'unit,value\r\n', ['data/don-vi/a.csv', 'data/don-vi/b.csv']);
      const made = await done;
      await fx.close();
      const text = readFileSync(join(out, 'data/observations.csv'));
      expect(text.toString('utf8')).toBe('unit,value\r\na,1\r\nb,2\r\n');
      expect(made).toEqual({ bytes: text.length, sha256: createHash('sha256').update(text).digest('hex') });
      expect(fx.record.shared.has('data/observations.csv')).toBe(true);

      const missing = new DiskEffects(join(root, 'other'), () => {}, kept);
      await expect(missing.assemble('data/observations.csv', 'h\r\n', ['data/don-vi/nowhere.csv'])).rejects.toThrow('nowhere.csv');
      await missing.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
