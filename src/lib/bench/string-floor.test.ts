import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATA_DIR = 'tests/site-fixture';
const { stringFloor } = await import('./string-floor.ts');
const { exportCatalog } = await import('../export/catalog.ts');

describe('string-template floor', () => {
  test('writes every chart of the site in page shells, two embed pages each, padded to the page count asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'string-floor-'));
    try {
      const charts = exportCatalog().charts.length;
      const f = stringFloor(dir, charts * 4);
      expect(f.charts).toBe(charts);
      expect(f.pages).toBe(charts * 4);
      const files = readdirSync(dir, { recursive: true }).filter((x) => String(x).endsWith('.html'));
      expect(files.length).toBe(f.pages);
      const first = readFileSync(join(dir, '0', '0.html'), 'utf8');
      expect(first).toMatch(/^<!doctype html>.*<svg [^>]*viewBox="0 0 360 /s);
      expect(f.seconds).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
