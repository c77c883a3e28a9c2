/**
 * Astro's pages render the views the build pass stored (site/page-view.ts, site/views.ts): a page's charts are built
 * and drawn once, by the pass, and the page shows exactly that. Shown by changing a stored view between the pass and
 * Astro (tests/site/build-tampered-view.ts): the page must show the change. The store is gone after the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { viewsDirOf } from '../../src/lib/report/build.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-views-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('page views', () => {
  it('a unit page renders the view the pass stored, chart by chart', () => {
    const out = join(root, 'site');
    const cache = join(root, 'cache');
    const page = '/don-vi/dong-thap-thanh-pho-sa-dec/';
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/site/build-tampered-view.ts', 'tests/site-fixture', out, cache, page], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPORT_PNG: '0', BUILD_DATE: '2026-11-27' },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const html = readFileSync(join(out, page, 'index.html'), 'utf8');
    for (const id of ['outcomes--dong-thap-thanh-pho-sa-dec', 'rate--dong-thap-thanh-pho-sa-dec']) {
      expect(html).toContain(`STORED VIEW ${id}`);
      expect(html).toContain(`data-stored-view="${id}"`);
    }
    // The other language's page was stored untouched, and the store does not outlive the build.
    expect(readFileSync(join(out, 'en', page, 'index.html'), 'utf8')).not.toContain('STORED VIEW');
    expect(existsSync(viewsDirOf(cache))).toBe(false);
  }, 300_000);
});
