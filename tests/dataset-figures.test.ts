/**
 * A loaded figure reads as a whole Observation (fields, JSON, copies), while the figures of one row share what the
 * row says once (dataset/row-observation.ts): a national folder's 4 million figures take half the memory.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataFolder } from '../src/lib/dataset/load.ts';
import { plainObservation, type RowObservation } from '../src/lib/dataset/row-observation.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of ['units.csv', 'unit-aliases.csv', 'unit-changes.csv', 'metrics.csv', 'sources.csv']) copyFileSync(join('data', f), join(dir, f));
mkdirSync(join(dir, 'observations'));
const quote = 'Trong 6 tháng đầu năm, bộ phận một cửa đã tiếp nhận tổng số 2264 hồ sơ; trễ hạn 150 hồ sơ.';
writeFileSync(
  join(dir, 'observations', 'sa-dec.csv'),
  `unit,period,source,quote,note,received_total,resolved_late\ndong-thap-thanh-pho-sa-dec,2022-H1,sadec-2022-h1-so-ket-cchc,"${quote}",Ghi chú của hàng,2264,150\n`,
);

describe('a loaded figure', () => {
  const r = loadDataFolder(dir);
  const [received, late] = r.dataset.observations.filter((o) => o.file === 'observations/sa-dec.csv');

  it('carries its row, its cell and where it was read', () => {
    expect(r.errors).toBe(0);
    expect(received).toMatchObject({ unit: 'dong-thap-thanh-pho-sa-dec', metric: 'received_total', value: 2264, raw: '2264', quote, note: 'Ghi chú của hàng', line: 2, column: 'received_total' });
    expect(late).toMatchObject({ unit: 'dong-thap-thanh-pho-sa-dec', metric: 'resolved_late', value: 150, raw: '150', quote, line: 2, column: 'resolved_late' });
    expect(received!.period).toMatchObject({ label: '2022-H1', start: '2022-01-01', end: '2022-06-30' });
  });

  it('is written as the whole Observation by JSON, with every field in the loader’s order', () => {
    const json = JSON.parse(JSON.stringify(late)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['unit', 'unitAsWritten', 'period', 'metric', 'value', 'raw', 'source', 'quote', 'note', 'file', 'line', 'column']);
    expect(json).toEqual({ ...json, unit: 'dong-thap-thanh-pho-sa-dec', source: 'sadec-2022-h1-so-ket-cchc', file: 'observations/sa-dec.csv', line: 2, value: 150 });
  });

  it('shares its row’s facts with the row’s other figures, and is copied whole by plainObservation', () => {
    expect((received as RowObservation).row).toBe((late as RowObservation).row);
    const changed = { ...plainObservation(late!), value: 151 };
    expect(changed).toEqual({ ...JSON.parse(JSON.stringify(late)), period: late!.period, value: 151 });
    expect(late!.value).toBe(150);
    // A spread alone would lose the row's fields: the reason plainObservation exists.
    expect({ ...late! }.unit).toBeUndefined();
  });
});
