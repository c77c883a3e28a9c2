/** The bench's output count: every file once, export files sorted by kind, sizes summed. */
import { afterAll, expect, it } from 'vitest';
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { countFiles } from '../../src/lib/bench/phases.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('counts files and bytes of the output folder by kind', () => {
  const files: Record<string, number> = {
    'embed/k/index.html': 10,
    'en/embed/v/abc/k/index.html': 20,
    'en/embed/v/abc/k/data.csv': 300,
    'data/charts/v/f00/k.csv': 1000000,
    'embed/v/abc/k/card.png': 4000,
    'data/charts/k.csv': 50000,
    'data/charts/k.vi.svg': 600000,
    'og/charts/k.vi.png': 7,
    'og/site.vi.png': 8,
    'og/don-vi/x.en.png': 11,
    'index.html': 9,
  };
  for (const [rel, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), 'x'.repeat(size));
  }
  const c = countFiles(dir);
  const n = (count: number, bytes: number, linked = 0, linkedBytes = 0) => ({ count, bytes, linked, linkedBytes });
  expect(c.count).toBe(11);
  expect(c.bytes).toBe(1654365);
  expect(c.linked).toBe(0);
  expect(c.kinds['embed pages']).toEqual(n(2, 30));
  expect(c.kinds['pinned data']).toEqual(n(2, 1000300));
  expect(c.kinds['pinned cards']).toEqual(n(1, 4000));
  expect(c.kinds['chart CSVs']).toEqual(n(1, 50000));
  expect(c.kinds['chart images']).toEqual(n(1, 600000));
  expect(c.kinds['chart cards']).toEqual(n(1, 7));
  expect(c.kinds['share cards']).toEqual(n(2, 19));
  expect(c.kinds.other).toEqual(n(1, 9));
});

it('counts a second name of a file (a hard link) under its name, and its bytes as stored once', () => {
  const links = join(dir, 'links');
  mkdirSync(join(links, 'data/charts/v/f00'), { recursive: true });
  mkdirSync(join(links, 'embed/v/abc/k'), { recursive: true });
  mkdirSync(join(links, 'embed/k'), { recursive: true });
  writeFileSync(join(links, 'data/charts/v/f00/k.csv'), 'x'.repeat(100));
  linkSync(join(links, 'data/charts/v/f00/k.csv'), join(links, 'data/charts/k.csv'));
  writeFileSync(join(links, 'embed/v/abc/k/index.html'), 'y'.repeat(40));
  linkSync(join(links, 'embed/v/abc/k/index.html'), join(links, 'embed/k/index.html'));
  const c = countFiles(links);
  expect([c.count, c.bytes, c.linked, c.linkedBytes]).toEqual([4, 280, 2, 140]);
  // Whichever name the walk meets first is the stored one; the pair counts once either way.
  const csv = [c.kinds['pinned data'], c.kinds['chart CSVs']];
  expect(csv.map((k) => k.count)).toEqual([1, 1]);
  expect(csv.reduce((s, k) => s + k.linked, 0)).toBe(1);
  expect(c.kinds['embed pages']).toEqual({ count: 2, bytes: 80, linked: 1, linkedBytes: 40 });
});
