/**
 * A chart's PNG is drawn in the reader's browser (export/chart-png.ts, png-button.ts): pressing the button under a
 * chart saves `<key>.<vi|en>.png`, a whole PNG at twice its SVG's declared size, with the text set in the project's
 * fonts: it matches resvg's drawing of the same SVG with those fonts far better than the same drawing with the
 * browser's fallback font does. A font that cannot be fetched is said in the page's language, and no file is saved.
 * Without JavaScript the button stays hidden and the SVG link is there (tests/browser/embed.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { svgSize } from '../../src/lib/export/embed.ts';
import { decodePngSize, prepareSvgForRaster, svgToPng } from '../../src/lib/export/png.ts';
import { CANVAS_FAMILY, setFontFamily } from '../../src/lib/export/svg-fonts.ts';
import { EXPORT_TEXT } from '../../src/lib/i18n/text/export.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const UNIT = 'don-vi/dong-thap-thanh-pho-sa-dec/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openUnit(path: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
  await page.goto(`${base}/${path}`);
  // The tools sit in a closed <details> under each chart: open the first as a reader would.
  await page.locator('.export-downloads').first().evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  return page;
}

/**
 * Share of pixels where two PNGs of one size differ by more than a third of the range in some channel, compared
 * in the page (its canvas decodes both).
 */
function differing(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(
    async ([ua, ub]) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(ua!), pixels(ub!)]);
      if (pa.length !== pb.length) return 1;
      let n = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!)) > 85) n++;
      }
      return n / (pa.length / 4);
    },
    [url(a), url(b)],
  );
}

/** The page's own canvas drawing of an SVG at 2×, without any font of ours: what a missing font would give. */
function fallbackDraw(page: Page, svg: string): Promise<Buffer> {
  return page
    .evaluate(async (s) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth * 2;
      c.height = img.naturalHeight * 2;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(img, 0, 0, c.width, c.height);
      return c.toDataURL('image/png');
    }, svg)
    .then((u) => Buffer.from(u.slice(u.indexOf(',') + 1), 'base64'));
}

describe('the PNG button under a chart', () => {
  test('saves <key>.vi.png at twice the SVG size, its text in the project fonts, and says so', async () => {
    const page = await openUnit(UNIT);
    const button = page.locator('.export-downloads button.png-button').first();
    await button.waitFor({ state: 'visible' });
    const svgHref = (await button.getAttribute('data-png'))!;
    const key = /\/data\/charts\/([^/]+)\.vi\.svg$/.exec(svgHref)?.[1];
    expect(key, svgHref).toBeTruthy();
    // The button draws from the very SVG the download link next to it offers.
    expect(await page.locator('.export-downloads').first().locator(`a[href="${svgHref}"]`).count()).toBe(1);

    const fonts: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().endsWith('.ttf')) fonts.push(r.url());
    });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${key}.vi.png`);
    const png = readFileSync((await download.path())!);
    const svg = readFileSync(join(dir, 'data/charts', `${key}.vi.svg`), 'utf8');
    const declared = svgSize(svg);
    expect(decodePngSize(png)).toEqual({ width: declared.width * 2, height: Math.round(declared.height * 2) });
    await expect.poll(() => button.locator('xpath=..').locator('[role="status"]').textContent()).toBe(`Đã tạo ảnh PNG ${key}.vi.png.`);
    expect(fonts.some((f) => /NotoSans-Regular-vi\.[\w-]+\.ttf$/.test(f)) && fonts.some((f) => /NotoSans-Bold-vi\.[\w-]+\.ttf$/.test(f)), fonts.join(' ')).toBe(true);

    // The reference: resvg's drawing of the same SVG with the same font files, at the same size.
    const reference = svgToPng(prepareSvgForRaster(svg), { width: declared.width * 2 });
    const blank = await fallbackDraw(page, '<svg xmlns="http://www.w3.org/2000/svg" width="' + declared.width + '" height="' + declared.height + '"/>');
    const withoutFonts = await fallbackDraw(page, setFontFamily(svg, `'${CANVAS_FAMILY.text}', sans-serif`));
    const ours = await differing(page, png, reference);
    const fallback = await differing(page, withoutFonts, reference);
    const empty = await differing(page, blank, reference);
    // Not blank: the reference's ink is there; the fonts: the fallback font misses far more of it than ours does.
    expect(empty, 'the reference has ink').toBeGreaterThan(0.02);
    expect(ours, `ours ${ours}, fallback ${fallback}, blank ${empty}`).toBeLessThan(fallback / 3);
    await page.close();
  });

  test('a font that cannot be fetched: no file, and the status says so in the page language (en)', async () => {
    const page = await openUnit(`en/${UNIT}`);
    await page.route('**/*.ttf', (r) => r.fulfill({ status: 404, body: '' }));
    let downloads = 0;
    page.on('download', () => downloads++);
    const button = page.locator('.export-downloads button.png-button').first();
    await button.click();
    const status = button.locator('xpath=..').locator('[role="status"]');
    await expect.poll(() => status.textContent()).toBe(EXPORT_TEXT.pngFailed.en);
    expect(await button.isEnabled()).toBe(true);
    expect(downloads).toBe(0);
    await page.close();
  });
});
