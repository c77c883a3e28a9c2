/**
 * Incremental builds (site/page-key.ts, export/build-manifest.ts): after staff change one CSV, the rebuild renders
 * the pages of the units whose figures changed, keeps the others, and leaves exactly the folder a full build of the
 * same data writes: nothing stale, nothing missing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { observationsCsv } from '../../src/lib/export/observations-csv.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-incremental-'));
const data = join(root, 'data');
const out = join(root, 'site');
const cache = join(root, 'cache');

let builds = 0;
/** Builds the site; returns what the build printed. */
function build(dataDir: string, outDir: string, cacheDir: string): string {
  // Each build is started "by another command" (the shell's `_`: npm, npx, nohup…), as staff and CI do: the page code
  // must not depend on it, or every page is rendered again (export/urls.ts).
  const started = `/usr/bin/command-${builds++}`;
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/browser/build-site.ts', dataDir, outDir, cacheDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPORT_PNG: '0', BUILD_DATE: '2026-11-27', _: started },
  });
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Every file of a folder → its bytes' text, for comparing two builds. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** The files of two folders that differ (missing on one side or different bytes). */
function differences(a: string, b: string): string[] {
  const ta = tree(a);
  const tb = tree(b);
  const out: string[] = [];
  for (const [f, v] of ta) if (tb.get(f) !== v) out.push(tb.has(f) ? `differs: ${f}` : `only in the rebuild: ${f}`);
  for (const f of tb.keys()) if (!ta.has(f)) out.push(`missing from the rebuild: ${f}`);
  return out.sort();
}

/** Build `data` from scratch into a fresh folder and list how the incremental folder differs from it. */
function differencesFromFullBuild(): string[] {
  const full = mkdtempSync(join(root, 'full-'));
  build(data, join(full, 'site'), join(full, 'cache'));
  return differences(out, join(full, 'site'));
}

const mtime = (rel: string) => statSync(join(out, rel)).mtimeMs;
const SA_DEC = 'don-vi/dong-thap-thanh-pho-sa-dec/index.html';
const CHAU_THANH = 'don-vi/dong-thap-huyen-chau-thanh/index.html';
const CHAU_THANH_FILE = join(data, 'observations/dong-thap/chau-thanh.csv');
// Metric pages and the picker's JSON read every figure of their metric: only the changed metric's are rendered again.
const PCT_ONLINE = 'chi-tieu/pct_online/index.html';
const RECEIVED = 'chi-tieu/received_total/index.html';
const PCT_ONLINE_JSON = 'so-sanh/du-lieu/pct_online.json';
const RECEIVED_JSON = 'so-sanh/du-lieu/received_total.json';

beforeAll(() => {
  cpSync('tests/site-fixture', data, { recursive: true });
  build(data, out, cache);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000); // deleting thousands of files on a loaded machine

describe('incremental build', () => {
  it('after one figure changes, renders that unit again, keeps the others, and writes what a full build writes', () => {
    const before = { saDec: mtime(SA_DEC), chauThanh: mtime(CHAU_THANH), pctOnline: mtime(PCT_ONLINE), received: mtime(RECEIVED), pctOnlineJson: mtime(PCT_ONLINE_JSON), receivedJson: mtime(RECEIVED_JSON) };
    const figure = (v: string) => `<td class="num">${v}</td>`; // the 2022 row of the figures table
    expect(readFileSync(join(out, CHAU_THANH), 'utf8').includes(figure('66%'))).toBe(true);
    const csv = readFileSync(CHAU_THANH_FILE, 'utf8');
    expect(csv).toContain('dong-thap-huyen-chau-thanh,2022,pct_online,66%');
    writeFileSync(CHAU_THANH_FILE, csv.replace('dong-thap-huyen-chau-thanh,2022,pct_online,66%', 'dong-thap-huyen-chau-thanh,2022,pct_online,67%'));

    const printed = build(data, out, cache);
    // Staff are told what their commit rebuilt: Châu Thành's and pct_online's pages (vi, en) and the summary pages.
    const told = /Đã dựng lại ([\d.]+) trang, giữ nguyên ([\d.]+) trang không đổi\./.exec(printed);
    expect(told, printed).not.toBeNull();
    const count = (x: string) => Number(x.replace(/\./g, ''));
    const rendered = count(told![1]!);
    const kept = count(told![2]!);
    expect(rendered).toBeGreaterThanOrEqual(4);
    expect(kept).toBeGreaterThan(rendered);
    const page = readFileSync(join(out, CHAU_THANH), 'utf8');
    expect(page.includes(figure('67%')), 'the new figure is on the page').toBe(true);
    expect(page.includes(figure('66%')), 'the old figure is not').toBe(false);
    expect(mtime(CHAU_THANH)).toBeGreaterThan(before.chauThanh);
    expect(mtime(SA_DEC), 'Sa Đéc\'s figures did not change: its page is kept').toBe(before.saDec);
    expect(readFileSync(join(out, PCT_ONLINE), 'utf8')).toContain('>67%<');
    expect(mtime(PCT_ONLINE)).toBeGreaterThan(before.pctOnline);
    expect(mtime(PCT_ONLINE_JSON)).toBeGreaterThan(before.pctOnlineJson);
    expect(mtime(RECEIVED), 'no received figure changed: that metric page is kept').toBe(before.received);
    expect(mtime(RECEIVED_JSON)).toBe(before.receivedJson);
    // The whole dataset, assembled from the units' CSVs (kept or new), is the CSV of every figure of the data.
    const ds = loadDataFolder(data).dataset;
    expect(readFileSync(join(out, 'data/observations.csv'), 'utf8')).toBe(observationsCsv(ds, ds.observations));
    expect(readFileSync(join(out, 'data/don-vi/dong-thap-huyen-chau-thanh.csv'), 'utf8')).toBe(observationsCsv(ds, ds.observations.filter((o) => o.unit === 'dong-thap-huyen-chau-thanh')));
    expect(differencesFromFullBuild()).toEqual([]);
  }, 180_000);

  it('deletes the pages and exports of a unit whose figures are gone, and writes again an export deleted by hand', () => {
    const rateEmbed = 'embed/don-vi--dong-thap-thanh-pho-sa-dec--rate/index.html';
    expect(existsSync(join(out, rateEmbed))).toBe(true);
    rmSync(join(out, rateEmbed));
    const chauThanhExports = readdirSync(join(out, 'data/charts')).filter((f) => f.startsWith('don-vi--dong-thap-huyen-chau-thanh--'));
    expect(chauThanhExports.length).toBeGreaterThan(0);
    renameSync(CHAU_THANH_FILE, join(root, 'chau-thanh.csv'));

    build(data, out, cache);
    expect(existsSync(join(out, rateEmbed)), 'the kept page\'s export is written again').toBe(true);
    expect(readdirSync(join(out, 'data/charts')).filter((f) => chauThanhExports.includes(f))).toEqual([]);
    expect(differencesFromFullBuild()).toEqual([]);
  }, 180_000);

  it('starts over when the last build did not finish (no manifest): a stray file in the folder is removed', () => {
    for (const f of readdirSync(cache)) if (f.startsWith('cchc-build-')) rmSync(join(cache, f));
    writeFileSync(join(out, 'stray.html'), '<p>left by a build that stopped half-way</p>');
    const saDec = mtime(SA_DEC);

    expect(build(data, out, cache)).toMatch(/Đã dựng toàn bộ [\d.]+ trang/);
    expect(existsSync(join(out, 'stray.html'))).toBe(false);
    expect(mtime(SA_DEC), 'every page rendered again').toBeGreaterThan(saDec);
    expect(differencesFromFullBuild()).toEqual([]);
  }, 180_000);
});
