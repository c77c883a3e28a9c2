/** The bench's output count: every file once, export files sorted by kind, sizes summed. */
import { afterAll, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  expect(c.count).toBe(11);
  expect(c.bytes).toBe(1654365);
  expect(c.kinds['embed pages']).toEqual({ count: 2, bytes: 30 });
  expect(c.kinds['pinned data']).toEqual({ count: 2, bytes: 1000300 });
  expect(c.kinds['pinned cards']).toEqual({ count: 1, bytes: 4000 });
  expect(c.kinds['chart CSVs']).toEqual({ count: 1, bytes: 50000 });
  expect(c.kinds['chart images']).toEqual({ count: 1, bytes: 600000 });
  expect(c.kinds['chart cards']).toEqual({ count: 1, bytes: 7 });
  expect(c.kinds['share cards']).toEqual({ count: 2, bytes: 19 });
  expect(c.kinds.other).toEqual({ count: 1, bytes: 9 });
});
