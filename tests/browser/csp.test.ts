/**
 * A strict Content-Security-Policy on every page and every embed page (README, "Content-Security-Policy"): each page
 * kind, in both languages, carries a policy without 'unsafe-inline' or 'unsafe-eval', and Chromium reports no
 * violation of it while the page loads and while its scripts run (the search box, the comparison picker, the copy
 * and PNG buttons). That embeds still resize under their policy is tests/browser/embed.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.ts';

const base = inject('siteUrl');
const EMBED = 'embed/don-vi--dong-thap-thanh-pho-sa-dec--outcomes/';
/** Every kind of page, as a path without the language prefix. */
const KINDS = {
  home: '',
  units: 'don-vi/',
  unit: 'don-vi/dong-thap-thanh-pho-sa-dec/',
  metrics: 'chi-tieu/',
  metric: 'chi-tieu/pct_on_time_or_early/',
  comparison: 'so-sanh/?metric=pct_on_time_or_early&units=ha-noi,dong-thap&period=2023',
  indices: 'chi-so/',
  sources: 'nguon/',
  source: 'nguon/test-bao-cao-dong-thap/',
  quality: 'chat-luong/',
  methodology: 'phuong-phap/',
  embed: EMBED,
} as const;

let browser: Browser;
let ctx: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Collect every violation from the first moment of each document (frames included).
  await ctx.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sample}`));
  });
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  status: number | undefined;
  /** The policy of the page's <meta http-equiv>. */
  policy: string | null;
  /** Violations seen so far and console errors. */
  problems: (ignore?: RegExp) => Promise<string[]>;
}

async function visit(path: string): Promise<Visit> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const res = await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const problems = async (ignore?: RegExp) => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `violation: ${v}`),
    ...errors.filter((e) => !ignore?.test(e)),
  ];
  return { page, status: res?.status(), policy, problems };
}

function expectStrict(policy: string | null, path: string) {
  expect(policy, `${path} has a policy`).toBeTruthy();
  expect(policy).toMatch(/default-src '(self|none)'/);
  expect(policy).toMatch(/script-src /);
  expect(policy).toMatch(/style-src /);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
}

describe('Content-Security-Policy', () => {
  for (const [lang, prefix] of [
    ['vi', ''],
    ['en', 'en/'],
  ] as const) {
    for (const [kind, path] of Object.entries(KINDS)) {
      test(`${kind} page (${lang}) has a strict policy and no violation`, async () => {
        const v = await visit(prefix + path);
        expect(v.status).toBe(200);
        expectStrict(v.policy, prefix + path);
        if (kind === 'embed') expect(v.policy).toContain("default-src 'none'");
        await v.page.waitForTimeout(200); // late stylesheets, the resize script's first message
        expect(await v.problems()).toEqual([]);
        await v.page.close();
      });
    }
  }

  test('the 404 page, served for a missing path, has the policy and no violation', async () => {
    const v = await visit('khong-co-trang-nay/');
    expect(v.status).toBe(404);
    expectStrict(v.policy, '404');
    // Chromium logs the document's own 404 status as a console error; nothing else may be reported.
    expect(await v.problems(/^console: Failed to load resource: the server responded with a status of 404/)).toEqual([]);
    await v.page.close();
  });

  test('a pinned embed page has the same policy', async () => {
    const latest = await visit(EMBED);
    const hash = await latest.page.locator('main.embed').getAttribute('data-embed-hash');
    const pinned = await visit(`embed/v/${hash}/${EMBED.slice('embed/'.length)}`);
    expect(pinned.status).toBe(200);
    expect(pinned.policy).toBe(latest.policy);
    expect(await pinned.problems()).toEqual([]);
    await Promise.all([latest.page.close(), pinned.page.close()]);
  });

  test('the search box works under the policy (its module script runs and fetches the index)', async () => {
    for (const prefix of ['', 'en/']) {
      const v = await visit(prefix);
      await v.page.fill('#site-search-q', 'sa dec');
      await v.page.locator('.site-search-results a').first().waitFor();
      expect(await v.problems()).toEqual([]);
      await v.page.close();
    }
  });

  test('the comparison picker works under the policy (reads the URL, fetches its JSON, draws)', async () => {
    const v = await visit(KINDS.comparison);
    await v.page.waitForFunction(() => document.getElementById('compare-status')?.textContent?.includes('2 đơn vị'));
    await v.page.selectOption('#pick-metric', 'par_index_score');
    await v.page.waitForFunction(() => location.search.includes('metric=par_index_score'));
    expect(await v.problems()).toEqual([]);
    await v.page.close();
  });

  test('the copy buttons under a chart work under the policy', async () => {
    const v = await visit(KINDS.unit);
    // The module script shows the buttons (hidden without JavaScript), and a click tells the reader what happened.
    await v.page.waitForFunction(() => document.querySelector('.copy-button:not([hidden])'));
    await v.page.evaluate(() => (document.querySelector('.copy-button:not([hidden])') as HTMLButtonElement).click());
    await v.page.waitForFunction(() => [...document.querySelectorAll('.copy-status')].some((s) => s.textContent !== ''));
    expect(await v.problems()).toEqual([]);
    await v.page.close();
  });

  test('the PNG button under a chart works under the policy (fetches the SVG and fonts, draws from a data: URL, saves)', async () => {
    const v = await visit(KINDS.unit);
    const button = v.page.locator('.export-downloads button.png-button').first();
    await button.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    const [download] = await Promise.all([v.page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.vi\.png$/);
    expect(await v.problems()).toEqual([]);
    await v.page.close();
  });

  test('a violation would be seen: inline code the policy does not list is blocked and reported', async () => {
    const v = await visit(KINDS.unit);
    await v.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    await v.page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    expect(await v.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await v.problems()).join('\n')).toMatch(/violation: script-src/);
    await v.page.close();
  });
});
