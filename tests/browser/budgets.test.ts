/** Page weight budgets on the test build: ≤ 50 KB gzip per portal page, ≤ 30 KB gzip of JavaScript per page. */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureSite } from '../../src/lib/site/measure.ts';

const dir = inject('siteDir');

describe('budgets', () => {
  const m = measureSite(dir);

  test('every portal page is at most 50 KB gzip', () => {
    expect(m.pages - m.embedPages).toBeGreaterThan(20);
    expect(m.largestPage.gzipBytes, m.largestPage.file).toBeGreaterThan(1000);
    expect(m.largestPage.gzipBytes / 1024, m.largestPage.file).toBeLessThanOrEqual(50);
  });

  test('the JavaScript of any page is at most 30 KB gzip, and the comparison page does ship its picker', () => {
    expect(m.largestScript.gzipBytes / 1024, m.largestScript.file).toBeLessThanOrEqual(30);
    expect(readFileSync(join(dir, 'so-sanh/index.html'), 'utf8')).toMatch(/<script\b/);
    expect(m.largestScript.gzipBytes).toBeGreaterThan(0);
  });
});
