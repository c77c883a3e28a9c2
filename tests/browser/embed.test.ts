/**
 * Responsive embeds in a real browser: a host page on another origin puts an embed (the exact code EmbedPanel
 * offers) into iframes 320 px and 1000 px wide; embed.js must make each iframe exactly as tall as its content, follow
 * a width change, and leave the fixed fallback height when the script is stripped. Also: the build's PNGs are the
 * share cards (a chart's PNG is drawn in the browser, tests/browser/png-button.test.ts), each whole at its declared
 * size, and the export URLs exist.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './browser.ts';
import { embedCode, svgSize } from '../../src/lib/export/embed.ts';
import { decodePngSize } from '../../src/lib/export/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/export/share-card.ts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const KEY = 'don-vi--dong-thap-thanh-pho-sa-dec--outcomes';
const FALLBACK = 517; // a height no chart has: proves the script changed it

let browser: Browser;
let host: Server;
let hostUrl = '';
const hostPages = new Map<string, string>();

function hostPage(src: string, widths: number[], withScript: boolean): string {
  const code = embedCode({ src, title: 'Biểu đồ nhúng', height: FALLBACK, script: `${base}/embed.js` });
  const [iframe, script] = code.split('\n');
  const frames = widths.map((w, i) => `<div id="box${i}" style="width:${w}px">${iframe!.replace('<iframe ', `<iframe id="f${i}" `)}</div><p>Đoạn văn sau khung nhúng.</p>`).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài báo</title></head><body style="margin:0"><h1>Bài báo</h1>\n${frames}\n${withScript ? script : ''}</body></html>`;
}

beforeAll(async () => {
  browser = await launch();
  // The host page lives on its own origin (another port), like a newspaper's site.
  host = createServer((req, res) => {
    const html = hostPages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  const a = host.address();
  hostUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (host ? host.close(() => ok()) : ok()));
});

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  await frame.waitForLoadState('load');
  return frame;
}

const contentHeight = (f: Frame) => f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const iframeHeight = (p: Page, id: string) => p.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);

/** Wait until the iframe is as tall as its content (±1 px) and stays so. */
async function settled(page: Page, id: string): Promise<{ iframe: number; content: number }> {
  const frame = await frameOf(page, id);
  let last = { iframe: -1, content: -2 };
  for (let i = 0; i < 60; i++) {
    const now = { iframe: await iframeHeight(page, id), content: await contentHeight(frame) };
    if (Math.abs(now.iframe - now.content) <= 1 && now.iframe === last.iframe) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  return last;
}

describe('responsive embed', () => {
  for (const [lang, prefix] of [
    ['vi', ''],
    ['en', '/en'],
  ] as const) {
    for (const version of ['latest', 'pinned'] as const) {
      test(`${lang}, ${version}: the iframe takes its content's height at 320 px and at 1000 px, and follows a width change`, async () => {
        let path = `${prefix}/embed/${KEY}/`;
        if (version === 'pinned') {
          const pinned = readdirSync(join(dir, prefix, 'embed', 'v')).find((h) => existsSync(join(dir, prefix, 'embed', 'v', h, KEY, 'index.html')));
          expect(pinned, 'a pinned version of the chart').toBeTruthy();
          path = `${prefix}/embed/v/${pinned}/${KEY}/`;
        }
        const name = `/${lang}-${version}.html`;
        hostPages.set(name, hostPage(`${base}${path}`, [320, 1000], true));
        const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
        await page.goto(hostUrl + name, { waitUntil: 'load' });

        const narrow = await settled(page, 'f0');
        const wide = await settled(page, 'f1');
        for (const [w, h] of [
          [320, narrow],
          [1000, wide],
        ] as const) {
          expect(h.iframe, `${w}px iframe follows content`).toBeGreaterThan(100);
          expect(Math.abs(h.iframe - h.content), `${w}px: iframe ${h.iframe} vs content ${h.content}`).toBeLessThanOrEqual(1);
          expect(h.iframe).not.toBe(FALLBACK);
        }
        expect(narrow.iframe).not.toBe(wide.iframe);
        // No scrollbar inside: everything is visible.
        const f0 = await frameOf(page, 'f0');
        expect(await f0.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
        expect(await f0.evaluate(() => (document.querySelector('.chart svg') as SVGElement).getBoundingClientRect().width)).toBeGreaterThan(250);
        expect(await f0.locator('h1').textContent()).toBeTruthy();
        expect(await f0.locator('.src a').count()).toBeGreaterThan(0);
        expect(await f0.locator('.back a').first().getAttribute('href')).toContain(`${prefix}/don-vi/dong-thap-thanh-pho-sa-dec/#`);

        // Resize the container: the height follows (the embed's ResizeObserver/resize fire again).
        await page.$eval('#box1', (el) => ((el as HTMLElement).style.width = '560px'));
        const after = await settled(page, 'f1');
        expect(Math.abs(after.iframe - after.content)).toBeLessThanOrEqual(1);
        expect(after.iframe).not.toBe(wide.iframe);
        await page.close();
      });
    }
  }

  test('without the script (stripped by a CMS) the iframe keeps its fixed height and still shows the chart', async () => {
    hostPages.set('/stripped.html', hostPage(`${base}/embed/${KEY}/`, [320, 1000], false));
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${hostUrl}/stripped.html`, { waitUntil: 'load' });
    for (const id of ['f0', 'f1']) {
      const frame = await frameOf(page, id);
      await page.waitForTimeout(300);
      expect(await iframeHeight(page, id)).toBe(FALLBACK);
      const svgBox = await frame.evaluate(() => {
        const svg = [...document.querySelectorAll('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
        const r = svg.getBoundingClientRect();
        return { width: r.width, height: r.height, top: r.top };
      });
      expect(svgBox.width).toBeGreaterThan(250);
      expect(svgBox.top).toBeLessThan(FALLBACK);
    }
    await page.close();
  });

  test('the fixed fallback height offered in the embed code fits the chart at an article width (640 px)', async () => {
    process.env.DATA_DIR = process.env.SITE_TEST_DATA || 'tests/site-fixture';
    const { exportCatalog, renderExport } = await import('../../src/lib/export/catalog.ts');
    const { iframeHeight } = await import('../../src/lib/export/panel.ts');
    const { siteModel } = await import('../../src/lib/site/model.ts');
    const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
    const checked: string[] = [];
    for (const chart of exportCatalog().charts.filter((c) => c.key.startsWith('don-vi--dong-thap-thanh-pho-sa-dec--'))) {
      const fixed = iframeHeight(chart, renderExport(chart), siteModel().sources);
      await page.setViewportSize({ width: 640, height: fixed });
      await page.goto(`${base}${chart.locale === 'en' ? '/en' : ''}/embed/${chart.key}/`);
      const content = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      checked.push(`${chart.locale} ${chart.key}: fixed ${fixed}, content ${content}`);
      // Nothing cut off, and not much blank space.
      expect(fixed, checked.at(-1)).toBeGreaterThanOrEqual(content);
      expect(fixed, checked.at(-1)).toBeLessThanOrEqual(content * 1.15 + 20);
    }
    expect(checked.length).toBeGreaterThan(2);
    await page.close();
  });

  test('the embed page has no axe violations (vi and en)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 600, height: 800 } });
    for (const path of [`/embed/${KEY}/`, `/en/embed/${KEY}/`]) {
      const page = await ctx.newPage();
      await page.goto(base + path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });

  test('works with JavaScript disabled inside: the chart is server-rendered', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/embed/${KEY}/`);
    expect(await page.locator('svg.chart-svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.chart svg').getAttribute('aria-label')).toBeTruthy();
    await ctx.close();
  });
});

describe('build outputs', () => {
  const files = (sub: string, ext: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith(ext)) : []);

  test('the PNGs are the share cards, each whole: one per unit page but the communes, and the site card; none per chart', async () => {
    process.env.DATA_DIR = process.env.SITE_TEST_DATA || 'tests/site-fixture';
    const { siteModel } = await import('../../src/lib/site/model.ts');
    const pages = siteModel().pageUnits;
    expect(pages.some((u) => u.level === 'commune')).toBe(true);
    expect(files('data/charts', '.png')).toEqual([]);
    const unitCards = files('og/don-vi', '.png');
    expect(unitCards.sort()).toEqual(pages.filter((u) => u.level !== 'commune').flatMap((u) => [`${u.id}.en.png`, `${u.id}.vi.png`]).sort());
    for (const f of [...unitCards.map((x) => `og/don-vi/${x}`), 'og/site.vi.png', 'og/site.en.png']) {
      expect(decodePngSize(readFileSync(join(dir, f))), f).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    }
    // Every unit page names a card that is there: its own, or the site's for a commune.
    for (const u of pages) {
      for (const [l, prefix] of [['vi', ''], ['en', 'en/']] as const) {
        const og = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(dir, prefix, 'don-vi', u.id, 'index.html'), 'utf8'))?.[1];
        expect(new URL(og!).pathname, `${l} ${u.id}`).toBe(u.level === 'commune' ? `/og/site.${l}.png` : `/og/don-vi/${u.id}.${l}.png`);
      }
    }
    expect(existsSync(join(dir, 'og/charts'))).toBe(false);
    // A pinned folder holds its page, nothing else: its data is shared by the chart's two languages.
    for (const p of ['embed/v', 'en/embed/v']) {
      for (const h of readdirSync(join(dir, p))) for (const k of readdirSync(join(dir, p, h))) expect(readdirSync(join(dir, p, h, k)).sort(), `${p}/${h}/${k}`).toEqual(['index.html']);
    }
  });

  test('the export writer wrote every chart of the catalogue: latest and pinned embed page, data and image', async () => {
    process.env.DATA_DIR = process.env.SITE_TEST_DATA || 'tests/site-fixture';
    const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
    const { exportFiles } = await import('../../src/lib/export/writer.ts');
    const charts = exportCatalog().charts;
    expect(charts.length).toBeGreaterThan(100);
    const missing = charts.flatMap((c) => {
      const f = exportFiles(c);
      return [f.latest, f.pinned, f.pinnedData, f.csv, f.svg].filter((p) => !existsSync(join(dir, p)));
    });
    expect(missing.slice(0, 5)).toEqual([]);
    // The latest page and the chart's CSV are the pinned page and data of today's figures, stored once (hard links).
    const apart = charts.flatMap((c) => {
      const f = exportFiles(c);
      const same = (a: string, b: string) => statSync(join(dir, a)).ino === statSync(join(dir, b)).ino;
      return [same(f.latest, f.pinned) ? [] : [f.latest], same(f.csv, f.pinnedData) ? [] : [f.csv]].flat();
    });
    expect(apart.slice(0, 5)).toEqual([]);
    // And nothing else: no embed page of a chart the site does not show.
    const latest = ['embed', 'en/embed'].flatMap((p) => readdirSync(join(dir, p)).filter((k) => k !== 'v').map((k) => `${p}/${k}/index.html`));
    expect(latest.sort()).toEqual(charts.map((c) => exportFiles(c).latest).sort());
  });

  test('downloads exist for every embedded chart, and the dataset files are described by datapackage.json', async () => {
    for (const key of readdirSync(join(dir, 'embed')).filter((k) => k !== 'v')) {
      for (const f of [`${key}.csv`, `${key}.vi.svg`, `${key}.en.svg`]) expect(existsSync(join(dir, 'data/charts', f)), f).toBe(true);
      expect(existsSync(join(dir, 'en/embed', key, 'index.html')), `en embed ${key}`).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'data/datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number }[] };
    for (const r of pkg.resources) expect(readFileSync(join(dir, 'data', r.path)).length).toBe(r.bytes);
    // Pinned pages are self-contained (no bundled assets that a later build could remove) and link their pinned
    // data, the same file in both languages, with the chart's figures.
    const pinnedData = new Map<string, Set<string>>();
    for (const p of ['embed/v', 'en/embed/v']) {
      for (const h of readdirSync(join(dir, p))) {
        for (const k of readdirSync(join(dir, p, h))) {
          const page = readFileSync(join(dir, p, h, k, 'index.html'), 'utf8');
          expect(page, `${p}/${h}/${k}`).not.toMatch(/\/_astro\/|<link rel="stylesheet"|<script[^>]+src=/);
          const data = [...page.matchAll(/href="([^"]+\.csv)"/g)].map((m) => new URL(m[1]!).pathname.slice(1));
          expect(data, `${p}/${h}/${k}`).toHaveLength(1);
          expect(data[0], `${p}/${h}/${k}`).toMatch(new RegExp(`^data/charts/v/[0-9a-f]{12}/${k}\\.csv$`));
          expect(readFileSync(join(dir, data[0]!), 'utf8')).toBe(readFileSync(join(dir, 'data/charts', `${k}.csv`), 'utf8'));
          pinnedData.set(k, (pinnedData.get(k) ?? new Set()).add(data[0]!));
        }
      }
    }
    for (const [k, files] of pinnedData) expect(files.size, k).toBe(1);
    // The embed page names its page's share card (og:image), the one its page names, and the card is there.
    const html = readFileSync(join(dir, 'embed', KEY, 'index.html'), 'utf8');
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const pageUrl = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
    const pageHtml = readFileSync(join(dir, new URL(pageUrl).pathname.replace(/^\//, ''), 'index.html'), 'utf8');
    expect(og).toBe(/<meta property="og:image" content="([^"]+)"/.exec(pageHtml)?.[1]);
    expect(existsSync(join(dir, new URL(og!).pathname))).toBe(true);
    const res = await fetch(`${base}/embed.js`);
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBeLessThanOrEqual(1536);
  });
});

describe('chart page tools (EmbedPanel, Downloads, Citation under each chart)', () => {
  const unitPage = '/don-vi/dong-thap-thanh-pho-sa-dec/';
  test('every chart of a unit page carries its export tools', () => {
    expect(readFileSync(join(dir, unitPage, 'index.html'), 'utf8')).toContain('data-export-key');
  });

  test('offer pinned and latest embed codes, say which one is copied, cite in vi and en, and link downloads that exist', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(base + unitPage);
    const panels = page.locator('.export-embed');
    expect(await panels.count()).toBeGreaterThan(0);
    const first = panels.first();
    // The tools may sit in a closed <details> under the chart: open it as a reader would.
    await first.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    const pinned = first.locator('textarea[data-embed-version="pinned"]');
    const hash = await pinned.getAttribute('data-embed-hash');
    expect(await pinned.inputValue()).toContain(`/embed/v/${hash}/`);
    expect(await first.locator('textarea[data-embed-version="latest"]').inputValue()).not.toContain('/embed/v/');
    await first.locator('button[data-copy$="-pinned"]').click();
    await expect.poll(() => first.locator('.copy-status').textContent()).toContain(hash!);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/embed/v/${hash}/`);
    await page.locator('.export-citation').first().evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    const cites = page.locator('.export-citation').first().locator('textarea');
    expect(await cites.count()).toBe(2);
    expect(await cites.nth(0).inputValue()).toMatch(/Truy cập ngày \d{2}\/\d{2}\/\d{4}\.$/);
    expect(await cites.nth(1).inputValue()).toMatch(/Accessed \d{1,2} \w+ \d{4}\.$/);
    for (const href of await page.locator('.export-downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await fetch(href)).status, href).toBe(200);
    }
    await ctx.close();
  });

  test('the home page headline chart (assembled outside the unit/metric pages) has an export panel whose embed and CSV exist', () => {
    for (const [page, lang] of [['index.html', ''], ['en/index.html', 'en/']] as const) {
      const html = readFileSync(join(dir, page), 'utf8');
      const figure = /<figure[^>]*id="trang-chu-so-sanh"[\s\S]*?<\/figure>/.exec(html)?.[0];
      expect(figure, page).toBeDefined();
      const key = /data-export-key="([^"]+)"/.exec(figure!)?.[1];
      expect(key, page).toBe('trang-chu--so-sanh');
      const hash = /data-embed-hash="([^"]+)"/.exec(figure!)?.[1];
      expect(figure).toContain(`/${lang}embed/v/${hash}/${key}/`);
      expect(figure).toContain(`/data/charts/${key}.csv`);
      expect(existsSync(join(dir, lang, 'embed', key!, 'index.html'))).toBe(true);
      expect(existsSync(join(dir, lang, 'embed', 'v', hash!, key!, 'index.html'))).toBe(true);
      expect(existsSync(join(dir, 'data', 'charts', `${key}.${lang ? 'en' : 'vi'}.svg`))).toBe(true);
    }
    const csv = readFileSync(join(dir, 'data', 'charts', 'trang-chu--so-sanh.csv'), 'utf8').trim().split('\n');
    expect(csv.length).toBeGreaterThan(2);
  });

  test('without JavaScript the codes are in read-only textareas, the copy and PNG buttons stay hidden, the SVG is a link', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(base + unitPage);
    expect(await page.locator('.export-embed textarea[readonly]').count()).toBeGreaterThan(1);
    expect(await page.locator('.export-block button.copy-button:visible').count()).toBe(0);
    // The PNG is drawn by JavaScript: its button stays hidden, and the chart's picture is the SVG link beside it.
    const items = page.locator('.export-downloads li:has(button.png-button)');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.evaluateAll((lis) => lis.every((li) => (li as HTMLElement).hidden))).toBe(true);
    const svgLinks = await page.locator('.export-downloads a[href$=".vi.svg"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(svgLinks.length).toBe(await page.locator('.export-downloads').count());
    for (const href of svgLinks.slice(0, 3)) expect((await fetch(href)).status, href).toBe(200);
    await ctx.close();
  });
});
