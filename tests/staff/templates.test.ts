/**
 * data/templates/: each blank template, copied into a valid data folder with one filled row, is accepted by the
 * validator (no error, no warning about its header), and the folder itself is skipped by the validator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/lib/report/validate.ts';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { tempDir, writeDataFolder } from './helpers.ts';

const TEMPLATES = new URL('../../data/templates/', import.meta.url);
const header = (name: string) => readFileSync(new URL(name, TEMPLATES), 'utf8').replace(/^\uFEFF/, '').trimEnd();

/** A CSV row from a header and the cells we fill (every other cell blank). */
const row = (head: string, cells: Record<string, string>) => {
  const cols = head.split(',');
  for (const k of Object.keys(cells)) if (!cols.includes(k)) throw new Error(`template lacks column ${k}`);
  return cols.map((c) => {
    const v = cells[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(',');
};

let cleanup = () => {};
afterEach(() => cleanup());

describe('data/templates', () => {
  it('holds the four templates, each a single header row', () => {
    expect(readdirSync(TEMPLATES).sort()).toEqual(['bao-cao-mot-cua.csv', 'chi-so.csv', 'chi-tieu.csv', 'nguon.csv']);
    for (const f of readdirSync(TEMPLATES)) {
      const text = readFileSync(new URL(f, TEMPLATES), 'utf8');
      expect(text.trimEnd().split('\n'), f).toHaveLength(1);
    }
  });

  it('bao-cao-mot-cua.csv is the wide one-stop report: every metric column is a count or rate of metrics.csv', () => {
    const cols = header('bao-cao-mot-cua.csv').split(',');
    expect(cols.slice(0, 7)).toEqual(['unit', 'period', 'period_start', 'period_end', 'source', 'quote', 'note']);
    const metrics = loadDataFolder('data').dataset.metrics;
    const byId = new Map(metrics.map((m) => [m.id, m]));
    for (const c of cols.slice(7)) {
      expect(byId.has(c), c).toBe(true);
      expect(['count', 'percent'], c).toContain(byId.get(c)!.kind);
    }
    for (const id of ['received_total', 'resolved_on_time_or_early', 'resolved_late', 'online_level3_4', 'pct_on_time_or_early']) {
      expect(cols).toContain(id);
    }
  });

  it('every template, copied into a data folder with one filled row, validates with no errors and no warnings', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const wide = header('bao-cao-mot-cua.csv');
    const long = header('chi-so.csv');
    const targets = header('chi-tieu.csv');
    const sources = header('nguon.csv');
    writeDataFolder(t.dir, {
      'sources.csv':
        [
          sources,
          row(sources, { id: 'sadec-2022-h1', title: 'UBND thành phố Sa Đéc sơ kết CCHC 6 tháng đầu năm', publisher: 'UBND thành phố Sa Đéc', published: '2022-07-05', note: 'Hội nghị ngày 05/7/2022' }),
          row(sources, { id: 'ref-units', title: 'Danh mục đơn vị hành chính', url: 'https://example.org/dvhc' }),
        ].join('\n') + '\n',
      'targets.csv': [targets, row(targets, { metric: 'pct_on_time_or_early', applies_to: 'dong-thap-thanh-pho-sa-dec', op: '>=', value: '95%', from: '2022-07-05', source: 'sadec-2022-h1', note: 'ví dụ' })].join('\n') + '\n',
      'observations/mot-cua.csv':
        [
          wide,
          row(wide, {
            unit: 'Thành phố Sa Đéc',
            period: '2022-H1',
            source: 'sadec-2022-h1',
            quote: 'đã tiếp nhận tổng số 2264 hồ sơ thủ tục hành chính. Trong đó, giải quyết đúng hạn và trước hạn là 2114 hồ sơ.',
            note: 'tổng số gồm cả kỳ trước chuyển sang',
            received_total: '2264',
            resolved_on_time_or_early: '2114',
            resolved_late: '150',
            online_level3_4: '1.512',
          }),
        ].join('\n') + '\n',
      'observations/chi-so.csv': [long, row(long, { unit: 'dong-thap', period: '2022', metric: 'par_index_score', value: '85,12', source: 'sadec-2022-h1', quote: 'Chỉ số CCHC đạt 85,12%' })].join('\n') + '\n',
    });
    const r = runValidate(t.dir, 'json');
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(out.observations).toBe(5);
  });

  it('the real data folder skips data/templates (blank templates are not data)', () => {
    const r = loadDataFolder('data');
    expect(r.files.some((f) => f.startsWith('templates/'))).toBe(false);
    expect(r.problems.some((p) => p.file.startsWith('templates/'))).toBe(false);
  });
});
