/** Period labels come from the dictionary's period table (text/period.ts): each kind, in both languages, as readers see it. */
import { describe, expect, test } from 'vitest';
import { fmtPeriod, fmtPeriodShort } from '../../src/lib/i18n/format.ts';
import { parsePeriod, type Period } from '../../src/lib/values/period.ts';

function period(label: string, start = '', end = ''): Period {
  const r = parsePeriod(label, start, end);
  if (!r.ok) throw new Error(`${label}: ${r.code}`);
  return r.period;
}

describe('long period labels', () => {
  test.each([
    ['2022', 'năm 2022', '2022'],
    ['2022-H1', '6 tháng đầu năm 2022', 'first half of 2022'],
    ['2022-H2', '6 tháng cuối năm 2022', 'second half of 2022'],
    ['2022-Q3', 'quý III/2022', 'Q3 2022'],
    ['2022-9M', '9 tháng năm 2022', 'January–September 2022'],
    ['2022-08', 'tháng 8/2022', 'August 2022'],
    ['2022-08-05', 'ngày 05/08/2022', '5 August 2022'],
  ])('%s', (label, vi, en) => {
    expect(fmtPeriod(period(label), 'vi')).toBe(vi);
    expect(fmtPeriod(period(label), 'en')).toBe(en);
  });
  test('explicit reporting dates are stated after the label', () => {
    const p = period('2022-08', '2022-07-21', '2022-08-20');
    expect(fmtPeriod(p, 'vi')).toBe('tháng 8/2022 (21/07/2022–20/08/2022)');
    expect(fmtPeriod(p, 'en')).toBe('August 2022 (21/07/2022–20/08/2022)');
  });
});

describe('short period labels', () => {
  test.each([
    ['2022', '2022', '2022'],
    ['2022-H1', '6T đầu 2022', 'H1 2022'],
    ['2022-H2', '6T cuối 2022', 'H2 2022'],
    ['2022-Q3', 'Q3/2022', 'Q3 2022'],
    ['2022-9M', '9T 2022', '9M 2022'],
    ['2022-08', '08/2022', 'Aug 2022'],
    ['2022-08-05', '05/08/2022', '05/08/2022'],
  ])('%s', (label, vi, en) => {
    expect(fmtPeriodShort(period(label), 'vi')).toBe(vi);
    expect(fmtPeriodShort(period(label), 'en')).toBe(en);
  });
});
