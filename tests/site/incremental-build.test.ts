/**
 * Incremental builds (site/page-key.ts, export/build-manifest.ts): after staff change one CSV, the rebuild renders
 * the pages of the units whose figures changed, keeps the others, and leaves exactly the folder a full build of the
 * same data writes: nothing stale, nothing missing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/** The build of build(), with the unit page of `unitId` throwing while it renders (tests/site/build-failing-page.ts). */
function failingBuild(unitId: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/site/build-failing-page.ts', data, out, cache, unitId], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPORT_PNG: '0', BUILD_DATE: '2026-11-27', _: `/usr/bin/command-${builds++}`, ...env },
  });
  return { status: r.status, printed: `${r.stdout}\n${r.stderr}` };
}

/** Every file of a folder (and every folder, as '/') → the SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        files.set(`${relative(dir, p)}/`, '');
        walk(p);
      } else files.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return files;
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
/** A file's identity on disk: a file left untouched keeps its inode and its time. */
const identity = (rel: string) => {
  const s = statSync(join(out, rel));
  return `ino ${s.ino}, mtime ${s.mtimeMs}`;
};
const SA_DEC_EMBED = 'embed/don-vi--dong-thap-thanh-pho-sa-dec--rate/index.html';
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
// Five builds of the site to delete: on a busy machine that takes more than the default 10 s.
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

describe('incremental build', () => {
  it('after one figure changes, renders that unit again, keeps the others, and writes what a full build writes', () => {
    const before = { chauThanh: mtime(CHAU_THANH), pctOnline: mtime(PCT_ONLINE), pctOnlineJson: mtime(PCT_ONLINE_JSON) };
    const kept = [SA_DEC, SA_DEC_EMBED, RECEIVED, RECEIVED_JSON, 'data/don-vi/dong-thap-thanh-pho-sa-dec.csv'];
    const keptBefore = kept.map(identity);
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
    expect(rendered).toBeGreaterThanOrEqual(4);
    expect(count(told![2]!)).toBeGreaterThan(rendered);
    const page = readFileSync(join(out, CHAU_THANH), 'utf8');
    expect(page.includes(figure('67%')), 'the new figure is on the page').toBe(true);
    expect(page.includes(figure('66%')), 'the old figure is not').toBe(false);
    expect(mtime(CHAU_THANH)).toBeGreaterThan(before.chauThanh);
    // Kept files are never copied nor moved: the rebuild leaves them where they are (export/staging.ts).
    expect(kept.map(identity), 'Sa Đéc\'s and received_total\'s pages and files are untouched').toEqual(keptBefore);
    expect(readdirSync(root).filter((f) => f.includes('.staging') || f.includes('.previous'))).toEqual([]);
    expect(readdirSync(cache).filter((f) => f.startsWith('cchc-commit-')), 'no commit journal left').toEqual([]);
    expect(readFileSync(join(out, PCT_ONLINE), 'utf8')).toContain('>67%<');
    expect(mtime(PCT_ONLINE)).toBeGreaterThan(before.pctOnline);
    expect(mtime(PCT_ONLINE_JSON)).toBeGreaterThan(before.pctOnlineJson);
    // The whole dataset, assembled from the units' CSVs (kept or new), is the CSV of every figure of the data.
    const ds = loadDataFolder(data).dataset;
    expect(readFileSync(join(out, 'data/observations.csv'), 'utf8')).toBe(observationsCsv(ds, ds.observations));
    expect(readFileSync(join(out, 'data/don-vi/dong-thap-huyen-chau-thanh.csv'), 'utf8')).toBe(observationsCsv(ds, ds.observations.filter((o) => o.unit === 'dong-thap-huyen-chau-thanh')));
    expect(differencesFromFullBuild()).toEqual([]);
  }, 180_000);

  it('deletes the pages and exports of a unit whose figures are gone, and writes again an export deleted by hand', () => {
    const rateEmbed = SA_DEC_EMBED;
    expect(existsSync(join(out, rateEmbed))).toBe(true);
    rmSync(join(out, rateEmbed));
    const chauThanhExports = readdirSync(join(out, 'data/charts')).filter((f) => f.startsWith('don-vi--dong-thap-huyen-chau-thanh--'));
    expect(chauThanhExports.length).toBeGreaterThan(0);
    renameSync(CHAU_THANH_FILE, join(root, 'chau-thanh.csv'));

    build(data, out, cache);
    expect(existsSync(join(out, rateEmbed)), 'the kept page\'s export is written again').toBe(true);
    expect(readdirSync(join(out, 'data/charts')).filter((f) => chauThanhExports.includes(f))).toEqual([]);
    expect(existsSync(join(out, 'data/don-vi/dong-thap-huyen-chau-thanh.csv')), 'the unit\'s figures CSV is pruned').toBe(false);
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

  it('a build that fails half-way leaves the folder byte for byte as it was, no staging folder, and the next build is incremental', () => {
    // Châu Thành's figures come back (the second test took them away) with a corrected one: the failing build has
    // pages to write (Châu Thành's, pct_online's) besides Sa Đéc's, which throws.
    if (existsSync(join(root, 'chau-thanh.csv'))) renameSync(join(root, 'chau-thanh.csv'), CHAU_THANH_FILE);
    const csv = readFileSync(CHAU_THANH_FILE, 'utf8');
    const row = /dong-thap-huyen-chau-thanh,2022,pct_online,6[67]%/;
    expect(csv).toMatch(row);
    writeFileSync(CHAU_THANH_FILE, csv.replace(row, 'dong-thap-huyen-chau-thanh,2022,pct_online,68%'));
    const before = hashes(out);
    // The incremental state: our manifest and Astro's incremental-build.json (the top-level files of the cache folder).
    const state = () => new Map(readdirSync(cache).filter((f) => statSync(join(cache, f)).isFile()).map((f) => [f, readFileSync(join(cache, f), 'utf8')]));
    const stateBefore = state();
    expect([...stateBefore.keys()].some((f) => f.startsWith('cchc-build-'))).toBe(true);
    expect(stateBefore.has('incremental-build.json')).toBe(true);

    const failed = failingBuild('dong-thap-thanh-pho-sa-dec');
    expect(failed.status, failed.printed).toBe(1);
    expect(hashes(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('.staging') || f.includes('.previous'))).toEqual([]);
    expect(state(), 'the incremental state still describes the folder, byte for byte').toEqual(stateBefore);

    // Staff are told which data row stands behind the page, in the validator's format, without a stack trace.
    expect(failed.printed).toContain('observations/dong-thap/sa-dec-2022-h1.csv:2  LỖI/ERROR  build-failed  (dòng/line 2, cột/column unit)  giá trị/value: "Thành phố Sa Đéc"');
    expect(failed.printed).toContain('Could not build page /don-vi/dong-thap-thanh-pho-sa-dec/: Cannot read properties of undefined (reading "value").');
    expect(failed.printed).not.toMatch(/\n\s+at /);
    expect(failingBuild('dong-thap-thanh-pho-sa-dec', { ASTRO_LOG: 'debug' }).printed, 'ASTRO_LOG=debug shows the stack').toMatch(/\n\s+at viewAt /);
    expect(hashes(out)).toEqual(before);

    const printed = build(data, out, cache);
    expect(printed, 'the next build keeps what did not change').toMatch(/Đã dựng lại [\d.]+ trang, giữ nguyên [\d.]+ trang không đổi\./);
    expect(readFileSync(join(out, CHAU_THANH), 'utf8')).toContain('<td class="num">68%</td>');
    expect(differencesFromFullBuild()).toEqual([]);
  }, 240_000);

  it('a folder with a data error is refused: the validator\'s report, exit 1, the folder and the incremental state as they were', () => {
    const broken = join(root, 'broken');
    cpSync(data, broken, { recursive: true });
    const file = join(broken, 'observations/dong-thap/chau-thanh.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\ndong-thap-huyen-khong-co,2022,pct_online,50%,test-bao-cao-dong-thap,\n`);
    const before = hashes(out);
    const state = () => new Map(readdirSync(cache).filter((f) => statSync(join(cache, f)).isFile()).map((f) => [f, readFileSync(join(cache, f), 'utf8')]));
    const stateBefore = state();
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/browser/build-site.ts', broken, out, cache], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPORT_PNG: '0', BUILD_DATE: '2026-11-27', _: `/usr/bin/command-${builds++}` },
    });
    const printed = `${r.stdout}\n${r.stderr}`;
    expect(r.status, printed).toBe(1);
    expect(printed).toContain('unit-unknown');
    expect(printed).toContain(`Not building: the data in "${broken}" has errors. Fix them and run again.`);
    expect(printed).not.toContain('The build failed');
    // Astro's thread had started beside the validation: stopped, and nothing of it left.
    expect(hashes(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.includes('.staging') || f.includes('.previous'))).toEqual([]);
    expect(state()).toEqual(stateBefore);
  }, 120_000);
});
