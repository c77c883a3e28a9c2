/**
 * The portal in a real browser (Chromium via playwright-core) against the site built from tests/site-fixture:
 * charts render as accessible SVG, axe finds no violations, everything is there with JavaScript off, nothing
 * scrolls sideways at 360 px, and the comparison picker keeps its state in the URL.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './browser.ts';

const base = inject('siteUrl');
const PAGES = {
  home: '/',
  unit: '/don-vi/dong-thap-thanh-pho-sa-dec/',
  metric: '/chi-tieu/pct_on_time_or_early/',
  compare: '/so-sanh/',
  unitEn: '/en/don-vi/dong-thap-thanh-pho-sa-dec/',
  indices: '/chi-so/',
  ranking: '/chi-so/par-index/2023/',
  rankingEn: '/en/chi-so/pci/2024/',
} as const;
/** Pages without charts, still checked for accessibility and width. */
const OTHER_PAGES = {
  quality: '/en/chat-luong/',
  methodology: '/phuong-phap/',
  sources: '/nguon/test-bao-cao-dong-thap/',
  units: '/don-vi/',
  emptyProvince: '/don-vi/lai-chau/',
  notFound: '/404.html',
} as const;
const ALL_PAGES = { ...PAGES, ...OTHER_PAGES };

let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;
let narrow: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  js = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  narrow = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser?.close();
});

async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  const res = await page.goto(base + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return page;
}

/** Charts on the page: SVGs with role img and a non-empty accessible name, each with a table twin. */
async function charts(page: Page) {
  return page.$$eval('figure.chart', (figs) =>
    figs.map((f) => ({
      id: f.id,
      svgRole: f.querySelector('svg.chart-svg')?.getAttribute('role') ?? null,
      label: f.querySelector('svg.chart-svg')?.getAttribute('aria-label') ?? '',
      marks: f.querySelectorAll('svg.chart-svg rect, svg.chart-svg circle, svg.chart-svg path').length,
      tableRows: f.querySelectorAll('details table tbody tr').length,
      source: f.querySelector('.chart-source a')?.getAttribute('href') ?? null,
    })),
  );
}

describe('pages show their charts', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} (${path})`, async () => {
      const page = await open(js, path);
      const list = await charts(page);
      expect(list.length, 'charts on the page').toBeGreaterThan(0);
      for (const c of list) {
        expect(c.svgRole, c.id).toBe('img');
        expect(c.label.length, c.id).toBeGreaterThan(5);
        expect(c.marks, c.id).toBeGreaterThan(0);
        expect(c.tableRows, c.id).toBeGreaterThan(0);
        expect(c.source, c.id).toMatch(/\/nguon\/[a-z0-9-]+\/$/);
      }
      await page.close();
    });
  }

  test('the unit page has outcome, published-vs-computed, apology and lineage charts', async () => {
    const page = await open(js, PAGES.unit);
    const ids = (await charts(page)).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['outcomes--dong-thap-thanh-pho-sa-dec', 'rate--dong-thap-thanh-pho-sa-dec', 'apology--dong-thap-thanh-pho-sa-dec', 'lineage--dong-thap-thanh-pho-sa-dec']));
    const legend = await page.locator('#rate--dong-thap-thanh-pho-sa-dec .legend').innerText();
    expect(legend).toContain('Công bố');
    expect(legend).toContain('Tính toán của cổng');
    expect(legend).toContain('Mục tiêu');
    // The successor across the 2025 change is linked and marked.
    await expect(page.locator('a[href="/don-vi/dong-thap-sa-dec/"]').first().isVisible()).resolves.toBe(true);
    // A figure with a warning links to the data-quality page.
    const flag = page.locator('#rate--dong-thap-thanh-pho-sa-dec a.flag').first();
    expect(await flag.getAttribute('href')).toMatch(/^\/chat-luong\/#w-/);
    await page.close();
  });

  test('a province without figures says so plainly', async () => {
    const page = await open(js, OTHER_PAGES.emptyProvince);
    await expect(page.locator('main').innerText()).resolves.toContain('chưa có số liệu');
    await page.close();
  });

  test('the language switch leads to the same page in English', async () => {
    const page = await open(js, PAGES.unit);
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(PAGES.unitEn);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // English number formats on the English page.
    expect(await page.locator('#rate--dong-thap-thanh-pho-sa-dec .chart-summary').textContent()).toContain('97.18%');
    await page.close();
  });
});

describe('accessibility (axe)', () => {
  for (const [name, path] of Object.entries(ALL_PAGES)) {
    test(`${name} has no axe violations`, async () => {
      const page = await open(js, path);
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(summary).toEqual([]);
      await page.close();
    });
  }
  test('dark mode has no axe violations', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(base + PAGES.unit);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await ctx.close();
  });
});

describe('without JavaScript', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name}: charts and their tables are in the page`, async () => {
      const page = await open(noJs, path);
      const list = await charts(page);
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((c) => c.marks > 0 && c.tableRows > 0)).toBe(true);
      await page.close();
    });
  }
  test('a ranking page lists every ranked unit with its published rank, and its map, as plain HTML', async () => {
    const page = await open(noJs, PAGES.ranking);
    const rows = await page.$$eval('#bang-province table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => /^\d+/.test(r[0]!)).length).toBeGreaterThan(0);
    const map = page.locator('#ban-do svg.tile-map');
    expect(await map.getAttribute('role')).toBe('img');
    // Every province of the day is a square or a region (the fixture's 11 of 2024), ranked or not; blanks say so.
    expect(await page.locator('#ban-do svg.tile-map g > title').count()).toBe(11);
    expect(await page.locator('#ban-do').innerText()).toContain('không có số liệu');
    await page.close();
  });
  test('the list of metrics shows each metric\'s id on its own line, under its name, not run into it', async () => {
    const page = await open(noJs, '/en/chi-tieu/');
    const note = page.locator('th[scope="row"] .cell-note').first();
    expect(await note.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el).fontWeight])).toEqual(['block', '400']);
    const [name, id] = await Promise.all([page.locator('th[scope="row"] a').first().boundingBox(), note.boundingBox()]);
    expect(id!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
    await page.close();
  });
  test('the comparison page explains the fallback and keeps its default comparisons', async () => {
    const page = await open(noJs, `${PAGES.compare}?metric=pct_on_time_or_early&units=ha-noi,dong-thap&period=2023`);
    await expect(page.locator('noscript').count()).resolves.toBeGreaterThan(0);
    expect((await charts(page)).map((c) => c.id)).toEqual(['so-sanh-ky', 'so-sanh-qua-ky', 'so-sanh-xep-hang']);
    await page.close();
  });
});

describe('at 360 px', () => {
  for (const [name, path] of Object.entries(ALL_PAGES)) {
    test(`${name} does not scroll sideways`, async () => {
      const page = await open(narrow, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      // Open every table twin too: wide tables scroll inside their own box, never the page.
      await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.close();
    });
  }
});

describe('comparison picker (JavaScript on)', () => {
  test('reads its state from the URL and draws the chosen units', async () => {
    const page = await open(js, `${PAGES.compare}?metric=pct_on_time_or_early&units=ha-noi,dong-thap&period=2023`);
    await page.waitForFunction(() => document.getElementById('compare-status')?.textContent?.includes('2 đơn vị'));
    const rows = await page.$$eval('#so-sanh-ky details tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Tỉnh Đồng Tháp');
    expect(rows[0]).toContain('97,3%');
    expect(rows[1]).toContain('Thành phố Hà Nội');
    expect(await page.locator('#pick-period').inputValue()).toBe('2023');
    expect(await page.locator('input[name="units"][value="ha-noi"]').isChecked()).toBe(true);
    await page.close();
  });

  test('submitting the form puts the choice in the URL', async () => {
    const page = await open(js, PAGES.compare);
    await page.selectOption('#pick-metric', 'par_index_score');
    await page.waitForFunction(() => location.search.includes('metric=par_index_score'));
    await page.uncheck('input[name="units"]:checked >> nth=0').catch(() => undefined);
    await page.check('input[name="units"][value="an-giang"]');
    await page.selectOption('#pick-period', '2024');
    await page.click('#compare-form button[type="submit"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('period') === '2024');
    const q = new URLSearchParams(new URL(page.url()).search);
    expect(q.get('metric')).toBe('par_index_score');
    expect(q.get('units')!.split(',')).toContain('an-giang');
    const svg = await page.locator('#so-sanh-ky svg.chart-svg').getAttribute('aria-label');
    expect(svg).toContain('2024');
    await page.close();
  });
});

describe('ranks over the years (bump chart)', () => {
  test('without JavaScript the default choice is drawn with its table', async () => {
    const page = await open(noJs, PAGES.compare);
    const heads = await page.$$eval('#so-sanh-xep-hang details thead th', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(heads.length).toBe(1 + 8); // period and the 4 best and 4 worst provinces of 2024
    expect(await page.locator('#so-sanh-xep-hang svg.chart-svg').count()).toBe(1);
    await page.close();
  });
  test('the URL choice redraws the chart, and the form writes its choice into the URL', async () => {
    const page = await open(js, `${PAGES.compare}?rank=par_index_rank&rank_units=ha-noi,an-giang`);
    await page.waitForFunction(() => document.getElementById('bump-status')?.textContent?.includes('2 tỉnh'));
    const heads = await page.$$eval('#so-sanh-xep-hang details thead th', (ths) => ths.map((th) => (th.textContent ?? '').trim()));
    expect(heads[1]).toBe('Thành phố Hà Nội');
    expect(heads[2]).toMatch(/^Tỉnh An Giang/);
    expect(heads).toHaveLength(3);
    expect(await page.locator('#so-sanh-xep-hang .chart-body svg.chart-svg path[fill="none"]').count()).toBe(2);
    expect(await page.locator('#so-sanh-xep-hang .chart-body svg.chart-svg').textContent()).toContain('↓ hạng');
    expect(await page.locator('#bump-form input[value="ha-noi"]').isChecked()).toBe(true);
    expect(await page.locator('#bump-form input[value="dong-thap"]').isChecked()).toBe(false);
    await page.check('#bump-form input[value="dong-thap"]');
    await page.click('#bump-form button[type="submit"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('rank_units')?.split(',').length === 3);
    await page.waitForFunction(() => document.getElementById('bump-status')?.textContent?.includes('3 tỉnh'));
    expect(new URLSearchParams(new URL(page.url()).search).get('rank')).toBe('par_index_rank');
    await page.close();
  });
});

describe('comparison picker: finding units by name', () => {
  test('the filter matches names without Vietnamese marks', async () => {
    const page = await open(js, PAGES.compare);
    await page.fill('#pick-filter', 'sa dec');
    const visible = await page.$$eval('.unit-choices label', (ls) => ls.filter((l) => !(l as HTMLElement).hidden).map((l) => l.textContent!.trim()));
    expect(visible).toContain('Thành phố Sa Đéc');
    expect(visible.some((t) => t.includes('Hà Nội'))).toBe(false);
    await page.close();
  });
});

describe('search box', () => {
  test('finds a unit typed without Vietnamese marks, and links to its page', async () => {
    const page = await open(js, OTHER_PAGES.units);
    await page.fill('#site-search-q', 'sa dec');
    await page.locator('.site-search-results a').first().waitFor();
    // The city before 2025 and the ward of the same name after it.
    const found = await page.$$eval('.site-search-results a', (as) => as.map((a) => a.getAttribute('href')));
    expect(found).toEqual(expect.arrayContaining(['/don-vi/dong-thap-thanh-pho-sa-dec/', '/don-vi/dong-thap-sa-dec/']));
    expect(await page.locator('.site-search-status').textContent()).toMatch(/^\d+ kết quả$/);
    const result = await new AxeBuilder({ page }).include('.site-search').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.fill('#site-search-q', 'zzzz');
    await page.waitForFunction(() => document.querySelector('.site-search-status')?.textContent?.includes('Không tìm thấy'));
    expect(await page.locator('.site-search-results li').count()).toBe(0);
    await page.close();
  });

  test('answers in English on /en/, with English names and links', async () => {
    const page = await open(js, '/en/');
    await page.fill('#site-search-q', 'Thành phố Sa Đéc');
    const first = page.locator('.site-search-results a').first();
    await expect(first.getAttribute('href')).resolves.toBe('/en/don-vi/dong-thap-thanh-pho-sa-dec/');
    expect(await first.textContent()).toBe('Sa Dec City');
    await page.close();
  });

  test('is not shown without JavaScript, where the lists lead to every unit', async () => {
    const page = await open(noJs, OTHER_PAGES.units);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    expect(await page.locator('main a[href="/don-vi/dong-thap/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
