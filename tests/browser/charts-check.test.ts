/**
 * Every chart of the test build, as drawn (issue 17 item 6): no axis shows one tick label twice and no text runs
 * outside its SVG's viewBox (src/lib/charts/svg-check.ts, also `npm run check-site -- dist` for a real-data build);
 * and in Chromium, at 360 and 1280 px, no chart's text reaches past its SVG's box. With SCREENS_DIR set, a
 * screenshot of one chart of each kind at both widths is saved there, for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { checkSiteCharts } from '../../src/lib/charts/svg-check.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const KINDS = ['lines', 'stacked-bars', 'grouped-bars', 'ranking', 'strip'] as const;
/** A page per kind of chart in the fixture build. */
const PAGES = ['/don-vi/dong-thap-thanh-pho-sa-dec/', '/chi-tieu/pct_on_time_or_early/', '/chi-so/', '/en/don-vi/dong-thap-thanh-pho-sa-dec/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('charts of the built site', () => {
  test('no repeated tick label, no text outside its viewBox', () => {
    const { charts, defects } = checkSiteCharts(dir);
    expect(charts).toBeGreaterThan(500);
    expect(defects.slice(0, 10)).toEqual([]);
  });

  for (const width of [360, 1280]) {
    test(`at ${width} px every chart text stays inside its SVG, and each kind is drawn`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const seen = new Set<string>();
      for (const path of PAGES) {
        const page = await ctx.newPage();
        expect((await page.goto(base + path, { waitUntil: 'load' }))?.status(), path).toBe(200);
        await page.evaluate(() => document.fonts.ready);
        const found = await page.$$eval('svg.chart-svg', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const out = [...svg.querySelectorAll('text')]
              .filter((t) => (t.textContent ?? '').trim())
              .map((t) => ({ t: t.textContent!, r: t.getBoundingClientRect() }))
              // A text's box is its line box: Noto Sans' full ascent (1.07 em) is above any glyph a chart sets, so the
              // top may reach 4 px past the frame where ink does not; sideways the box is the ink's width.
              .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 4 || r.bottom > box.bottom + 1)
              .map(({ t }) => t);
            return { kind: svg.getAttribute('data-chart-kind') ?? '', id: svg.closest('figure')?.id ?? '', out };
          }),
        );
        for (const f of found) seen.add(f.kind);
        expect(found.filter((f) => f.out.length), path).toEqual([]);
        if (process.env.SCREENS_DIR) {
          mkdirSync(process.env.SCREENS_DIR, { recursive: true });
          for (const kind of KINDS) {
            const f = found.find((x) => x.kind === kind);
            if (!f?.id) continue;
            await page.locator(`figure[id="${f.id}"]`).screenshot({ path: join(process.env.SCREENS_DIR, `${kind}-${width}-${path.startsWith('/en/') ? 'en' : 'vi'}.png`) });
          }
        }
        await page.close();
      }
      expect([...seen].sort()).toEqual([...KINDS].sort());
      await ctx.close();
    });
  }
});
