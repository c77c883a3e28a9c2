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
