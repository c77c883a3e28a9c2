/**
 * Valid means it builds (issue 15.2), with the real `astro build`: a folder at the edges of what the contract allows
 * (figures of 15 digits, the smallest and negative scores, 0 % and 100 %, years 1000 and 9999, labels of hundreds of
 * characters with `"`, notes over several lines) validates without an error, builds with share cards, and the site shows
 * and publishes every figure exactly as written. It guards the accepting side of the limits the validator puts on
 * figures and years. (`& < >` in labels are issue 15.1's: see the hostile case label-with-markup.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-extreme-'));
const data = join(root, 'data');
const out = join(root, 'site');
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

const LONG = `Tỷ lệ hồ sơ "giải quyết" đúng & trước hạn (> 0, < 5; theo Quyết định 766/QĐ-TTg) ${'trên tổng số hồ sơ đã giải quyết trong kỳ của Ủy ban nhân dân '.repeat(5)}— hết`;
const NAME = `Ủy ban nhân dân xã "Ỷ La" & <Mỹ Tho> ${'thuộc huyện Châu Thành tỉnh Đồng Tháp '.repeat(4)}`.trim();

const files: Record<string, string> = {
  'units.csv': [
    'id,name,level,parent,gso_code,valid_from,valid_to,name_en',
    'vn,Việt Nam,nation,,,,,Viet Nam',
    `tinh-a,Tỉnh A,province,vn,01,1000-01-01,9999-12-31,Province A`,
    `xa-dai,"${NAME.replace(/"/g, '""')}",commune,tinh-a,00001,1000-01-01,,"Commune with a long name and ""quotes"""`,
  ].join('\n'),
  'metrics.csv': [
    'id,label_vi,label_en,kind,better,description_vi,description_en,denominator',
    `received_total,Tổng hồ sơ tiếp nhận,Total dossiers received,count,none,,,`,
    `resolved,Hồ sơ đã giải quyết,Dossiers resolved,count,none,,,`,
    `pct_on_time_or_early,"${LONG.replace(/"/g, '""')}","On-time and early rate (as published) ""quoted""",percent,higher,"Dòng 1\nDòng 2 và 3","Line 1\r\nLine 2",resolved`,
    `par_index_score,Chỉ số PAR INDEX,PAR INDEX score,score,higher,,,`,
    `par_index_rank,Xếp hạng PAR INDEX,PAR INDEX rank,rank,lower,,,`,
    `service_index_score,Chỉ số 766,Decision 766 index,points,higher,,,`,
  ].join('\n'),
  'sources.csv': [
    'id,title,url,publisher,published,accessed,note',
    `nguon-a,"${LONG.replace(/"/g, '""')}",https://example.org/bao-cao?nam=1000&loai=%22a%22,"Bộ ""Nội vụ"" – UBND",1000-01-01,9999-12-31,"Ghi chú\nnhiều dòng"`,
  ].join('\n'),
  'targets.csv': ['metric,applies_to,op,value,source,from,to,note', 'pct_on_time_or_early,tinh-a,>=,100%,nguon-a,1000-01-01,9999-12-31,"Mục tiêu 100% – ""đủ"""'].join('\n'),
  'observations/dai.csv': [
    'unit,period,period_start,period_end,metric,value,source,note,quote',
    'tinh-a,1000,,,received_total,999.999.999.999.999,nguon-a,"Ghi chú\ndòng 2",',
    'tinh-a,1000,,,resolved,999 999 999 999 998,nguon-a,,"Trích dẫn ""nguyên văn"" – đủ"',
    'tinh-a,1000,,,pct_on_time_or_early,"100,00%",nguon-a,,',
    'tinh-a,1000-Q1,,,pct_on_time_or_early,0%,nguon-a,,',
    'tinh-a,1000-01-01,,,pct_on_time_or_early,"0,01",nguon-a,,',
    'tinh-a,9999-12,,,pct_on_time_or_early,"99,99",nguon-a,,',
    `tinh-a,"Kỳ ""đặc biệt"" 1000",1000-12-21,1001-03-20,pct_on_time_or_early,50,nguon-a,,`,
    'tinh-a,1000,,,par_index_score,"-12345678901234,5",nguon-a,,',
    'tinh-a,1001,,,par_index_score,"0,00000000000001",nguon-a,,',
    'tinh-a,1000,,,par_index_rank,1,nguon-a,,',
    'tinh-a,1001,,,par_index_rank,"999.999.999.999.999",nguon-a,,',
    'tinh-a,1000,,,service_index_score,"100",nguon-a,,',
  ].join('\n'),
  'observations/rong.csv': [
    'unit,period,source,received_total,resolved,pct_on_time_or_early',
    'xa-dai,1000-H1,nguon-a,0,0,0',
    'xa-dai,1000-H2,nguon-a,123456789012345,123456789012345,100',
    'xa-dai,9999-9M,nguon-a,1,1,"100,0"',
  ].join('\n'),
};

describe('a folder at the edges of the contract', () => {
  it('validates without an error and builds with astro, showing and publishing every figure as written', () => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(data, f, '..'), { recursive: true });
      writeFileSync(join(data, f), `${text}\n`);
    }
    const load = loadDataFolder(data);
    expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(load.dataset.observations).toHaveLength(21);

    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/browser/build-site.ts', data, out, join(root, 'cache')], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-12-04' },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);

    const page = readFileSync(join(out, 'don-vi/tinh-a/index.html'), 'utf8');
    expect(page).toContain('999.999.999.999.999');
    expect(page).toContain('Kỳ "đặc biệt" 1000'); // text, not an attribute: a plain quote needs no escaping
    const csv = readFileSync(join(out, 'data/observations.csv'), 'utf8');
    for (const v of ['999999999999999', '999999999999998', '123456789012345', '-12345678901234,5', '0,00000000000001', '99,99', ',100,', ',0,']) expect(csv).toContain(v);
    expect(csv).toContain('1000-01-01');
    expect(csv).toContain('9999-12-31');
    expect(existsSync(join(out, 'don-vi/xa-dai/index.html'))).toBe(true);
    expect(existsSync(join(out, 'chi-tieu/pct_on_time_or_early/index.html'))).toBe(true);
    // The province's card carries the longest source title; the commune page shows the site card (export/og-image.ts).
    expect(existsSync(join(out, 'og/don-vi/tinh-a.vi.png'))).toBe(true);
    expect(existsSync(join(out, 'og/don-vi/xa-dai.vi.png'))).toBe(false);
    expect(readFileSync(join(out, 'don-vi/xa-dai/index.html'), 'utf8')).toMatch(/<meta property="og:image" content="[^"]*\/og\/site\.vi\.png"/);
    expect(existsSync(join(out, 'og/site.vi.png'))).toBe(true);
    const datapackage = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8')) as { resources: unknown[] };
    expect(datapackage.resources.length).toBeGreaterThan(1);
  }, 300_000);
});
