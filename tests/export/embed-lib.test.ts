/** Embed code, resize protocol constants, versioned-URL hashing, citations and the datapackage. */
import { plainObservation } from '../../src/lib/dataset/row-observation.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { canonicalJson, contentHash, sha256Hex } from '../../src/lib/export/hash.ts';
import { chartHash, EMBED_FORMAT_VERSION, figureContent, clampHeight, embedCode, EMBED_PAGE_SCRIPT, MSG_HEIGHT, MSG_PING, svgSize } from '../../src/lib/export/embed.ts';
import { buildDate, citationText } from '../../src/lib/export/citation.ts';
import { embedHref, chartCsvHref, chartSvgHref, unitOgHref } from '../../src/lib/export/urls.ts';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { dataPackage, resourceFile } from '../../src/lib/export/datapackage.ts';
import { observationsCsv, observationColumns } from '../../src/lib/export/observations-csv.ts';
import { REFERENCE_TABLES, referenceCsv } from '../../src/lib/export/reference-csv.ts';

describe('public/embed.js', () => {
  const js = readFileSync('public/embed.js', 'utf8');
  it('is tiny (≤ 1.5 KB) and speaks the same protocol as the embed page', () => {
    expect(Buffer.byteLength(js)).toBeLessThanOrEqual(1536);
    expect(js).toContain(MSG_HEIGHT);
    expect(js).toContain(MSG_PING);
    expect(js).toContain('data-cchc-embed');
    expect(EMBED_PAGE_SCRIPT).toContain(MSG_HEIGHT);
    expect(EMBED_PAGE_SCRIPT).toContain('ResizeObserver');
    expect(gzipSync(js).length).toBeLessThan(800);
  });
  it('parses as a script', () => {
    expect(() => new Function(js)).not.toThrow();
    expect(() => new Function(EMBED_PAGE_SCRIPT)).not.toThrow();
  });
});

describe('embed code', () => {
  it('is an iframe with a fixed fallback height plus the async resize script, attributes escaped', () => {
    const code = embedCode({ src: 'https://x.vn/embed/v/abc/k/', title: 'Tỷ lệ "đúng hạn" <2024>', height: 480, script: 'https://x.vn/embed.js' });
    expect(code).toMatch(/^<iframe src="https:\/\/x\.vn\/embed\/v\/abc\/k\/" title="Tỷ lệ &quot;đúng hạn&quot; &lt;2024&gt;" width="100%" height="480" /);
    expect(code).toContain('data-cchc-embed');
    expect(code).toContain('<script async src="https://x.vn/embed.js"></script>');
  });
  it('fallback height is sensible for any chart shape', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (px) => {
        const f = clampHeight(px);
        return f >= 240 && f <= 1600 && f % 10 === 0 && (px < 240 || px > 1600 || (f >= px && f - px < 10));
      }),
    );
    expect(clampHeight(Number.NaN)).toBe(240);
    expect(svgSize('<svg width="400" height="260" viewBox="0 0 400 260">')).toEqual({ width: 400, height: 260 });
    expect(svgSize('<svg viewBox="0 0 640 300">')).toEqual({ width: 640, height: 300 });
  });
  it('URLs: latest and pinned, vi and en', () => {
    expect(embedHref('vi', 'don-vi--x--rate')).toBe('/embed/don-vi--x--rate/');
    expect(embedHref('en', 'don-vi--x--rate', 'abc123def456')).toBe('/en/embed/v/abc123def456/don-vi--x--rate/');
    expect(chartCsvHref('k')).toBe('/data/charts/k.csv');
    expect(chartSvgHref('en', 'k')).toBe('/data/charts/k.en.svg');
    expect(unitOgHref('vi', 'ha-noi')).toBe('/og/don-vi/ha-noi.vi.png');
  });
});

describe('content hash for versioned URLs', () => {
  it('ignores key order and undefined members, and sees any change of value', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        return contentHash(o) === contentHash(reversed);
      }),
    );
    expect(contentHash({ v: 1 })).not.toBe(contentHash({ v: 2 }));
    expect(contentHash({ v: 1 })).toMatch(/^[0-9a-f]{12}$/);
  });
  it('of a chart: same figures in another order or another file give the same hash; a changed figure does not', () => {
    const ds = loadDataFolder('tests/site-fixture').dataset;
    const obs = ds.observations.slice(0, 6);
    const spec = { title: 'x' };
    const h = chartHash({ id: 'k', observations: obs, spec });
    expect(chartHash({ id: 'k', observations: [...obs].reverse(), spec })).toBe(h);
    expect(chartHash({ id: 'k', observations: obs.map((o) => ({ ...plainObservation(o), file: 'moved.csv', line: 99 })), spec })).toBe(h);
    expect(chartHash({ id: 'k', observations: obs.map((o, i) => (i === 0 ? { ...plainObservation(o), value: o.value + 1 } : o)), spec })).not.toBe(h);
    expect(chartHash({ id: 'k', observations: obs, spec: { title: 'y' } })).not.toBe(h);
  });
  it('of a chart: the digest of {v, id, figures, spec} as JSON, so pinned addresses stay those of earlier builds', () => {
    const ds = loadDataFolder('tests/site-fixture').dataset;
    const obs = ds.observations.slice(0, 5);
    const spec = { title: 'Tỷ lệ "đúng hạn"', data: [{ value: 1.5 }] };
    const figures = obs.map((o) => JSON.stringify(figureContent(o))).sort();
    const expected = sha256Hex(JSON.stringify({ v: EMBED_FORMAT_VERSION, id: 'don-vi--x--k', figures, spec })).slice(0, 12);
    expect(chartHash({ id: 'don-vi--x--k', observations: obs, spec })).toBe(expected);
    // The other language of the same chart (same figures, its own spec) reuses the figures' part, and only that.
    const en = { ...spec, title: 'On-time rate' };
    expect(chartHash({ id: 'don-vi--x--k', observations: obs, spec: en })).toBe(sha256Hex(JSON.stringify({ v: EMBED_FORMAT_VERSION, id: 'don-vi--x--k', figures, spec: en })).slice(0, 12));
    expect(chartHash({ id: 'don-vi--x--k', observations: obs.slice(1), spec })).not.toBe(expected);
  });
});

describe('citation', () => {
  const sources = [{ title: 'Báo cáo sơ kết CCHC 6 tháng đầu năm 2022', publisher: 'UBND thành phố Sa Đéc', published: '2022-07-05' }];
  it('names publisher, year, title, source publication, URL and access date, in vi and en', () => {
    const vi = citationText({ locale: 'vi', title: 'Tỷ lệ đúng hạn', url: 'https://x.vn/embed/v/abc/k/', sources, accessed: '2025-03-09' });
    expect(vi).toBe(
      'Cổng số liệu cải cách hành chính (2025). Tỷ lệ đúng hạn [biểu đồ]. Số liệu từ: Báo cáo sơ kết CCHC 6 tháng đầu năm 2022 (UBND thành phố Sa Đéc, 05/07/2022). https://x.vn/embed/v/abc/k/. Truy cập ngày 09/03/2025.',
    );
    const en = citationText({ locale: 'en', title: 'On-time rate', url: 'https://x.vn/en/embed/v/abc/k/', sources, accessed: '2025-03-09' });
    expect(en).toBe(
      'Vietnam Administrative-Reform Statistics Portal (2025). On-time rate [chart]. Data from: Báo cáo sơ kết CCHC 6 tháng đầu năm 2022 (UBND thành phố Sa Đéc, 05/07/2022). https://x.vn/en/embed/v/abc/k/. Accessed 9 March 2025.',
    );
  });
  it('access date is the build date (BUILD_DATE, SOURCE_DATE_EPOCH, else today in Asia/Ho_Chi_Minh)', () => {
    const saved = { b: process.env.BUILD_DATE, s: process.env.SOURCE_DATE_EPOCH };
    try {
      process.env.BUILD_DATE = '2024-12-31';
      expect(buildDate()).toBe('2024-12-31');
      delete process.env.BUILD_DATE;
      process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2024, 0, 1, 20, 0) / 1000); // 03:00 on 2 January in Hà Nội
      expect(buildDate()).toBe('2024-01-02');
      delete process.env.SOURCE_DATE_EPOCH;
      expect(buildDate(new Date(Date.UTC(2025, 5, 30, 18, 30)))).toBe('2025-07-01');
    } finally {
      if (saved.b === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = saved.b;
      if (saved.s === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved.s;
    }
  });
});

describe('datapackage.json', () => {
  it('has one tabular resource per CSV with a schema matching the CSV header, sizes and hashes', () => {
    const ds = loadDataFolder('tests/site-fixture').dataset;
    const texts: Record<string, { path: string; text: string }> = { observations: { path: 'observations.csv', text: observationsCsv(ds, ds.observations) } };
    for (const t of REFERENCE_TABLES) texts[t.name] = { path: t.file, text: referenceCsv(ds, t) };
    const files = Object.fromEntries(Object.entries(texts).map(([k, f]) => [k, resourceFile(f.path, f.text)]));
    const pkg = dataPackage(ds, { homepage: 'https://x.vn/', created: '2025-01-01', files }) as { resources: { name: string; path: string; bytes: number; hash: string; schema: { fields: { name: string; type: string }[] } }[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(['observations', ...REFERENCE_TABLES.map((t) => t.name)]);
    for (const r of pkg.resources) {
      const text = texts[r.name]!.text;
      const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
      expect(r.schema.fields.map((f) => f.name)).toEqual(header);
      expect(r.bytes).toBe(Buffer.byteLength(text));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      for (const f of r.schema.fields) expect(['string', 'number', 'integer', 'date']).toContain(f.type);
    }
    const value = observationColumns(ds).find((c) => c.name === 'value')!;
    expect(value.extra).toMatchObject({ decimalChar: ',' });
  });
});

describe('archive of pinned embeds', () => {
  it('copies new pinned pages and pinned data once and never overwrites an archived one', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readFileSync: read, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join } = await import('node:path');
    const { archiveVersionedEmbeds, archivedPins } = await import('../../src/lib/export/archive.ts');
    const root = mkdtempSync(join(tmpdir(), 'cchc-archive-'));
    try {
      const dist = join(root, 'dist');
      const pub = join(root, 'public');
      const put = (rel: string, text: string) => {
        mkdirSync(dirname(join(dist, rel)), { recursive: true });
        writeFileSync(join(dist, rel), text);
      };
      put('embed/v/aaa/k1/index.html', 'v1');
      put('en/embed/v/bbb/k1/index.html', 'v1 en');
      put('data/charts/v/fff/k1.csv', 'unit\r\n');
      expect(archiveVersionedEmbeds(dist, pub).sort()).toEqual(['data/charts/v/fff/k1.csv', 'embed/v/aaa/k1', 'en/embed/v/bbb/k1']);
      expect([...archivedPins(pub)].sort()).toEqual(['data/charts/v/fff/k1.csv', 'embed/v/aaa/k1/', 'en/embed/v/bbb/k1/']);
      put('embed/v/aaa/k1/index.html', 'changed?');
      put('data/charts/v/fff/k1.csv', 'changed?');
      put('embed/v/ccc/k1/index.html', 'v2');
      expect(archiveVersionedEmbeds(dist, pub)).toEqual(['embed/v/ccc/k1']);
      expect(read(join(pub, 'embed/v/aaa/k1/index.html'), 'utf8')).toBe('v1');
      expect(read(join(pub, 'data/charts/v/fff/k1.csv'), 'utf8')).toBe('unit\r\n');
      // A folder archived before format 5 keeps its own data.csv and is still one pinned page.
      mkdirSync(join(pub, 'embed/v/old/k0'), { recursive: true });
      writeFileSync(join(pub, 'embed/v/old/k0/index.html'), 'v0');
      writeFileSync(join(pub, 'embed/v/old/k0/data.csv'), 'unit\r\n');
      expect([...archivedPins(pub)]).toContain('embed/v/old/k0/');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
