import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIsoDate, parsePeriod, periodFromLabel, suggestPeriod } from './period.ts';

const span = (label: string, s = '', e = '') => {
  const r = parsePeriod(label, s, e);
  if (!r.ok) throw new Error(`${label} → ${r.code}`);
  return [r.period.kind, r.period.start, r.period.end];
};

describe('parsePeriod', () => {
  it('knows every form of the contract', () => {
    expect(span('2022')).toEqual(['year', '2022-01-01', '2022-12-31']);
    expect(span('2022-H1')).toEqual(['half', '2022-01-01', '2022-06-30']);
    expect(span('2022-H2')).toEqual(['half', '2022-07-01', '2022-12-31']);
    expect(span('2024-Q1')).toEqual(['quarter', '2024-01-01', '2024-03-31']);
    expect(span('2024-02')).toEqual(['month', '2024-02-01', '2024-02-29']);
    expect(span('2019-9M')).toEqual(['ytd9', '2019-01-01', '2019-09-30']);
    expect(span('2025-06-30')).toEqual(['day', '2025-06-30', '2025-06-30']);
  });
  it('lets explicit dates win and keeps the label', () => {
    const r = parsePeriod('2022-08', '2022-07-21', '2022-08-20');
    expect(r).toMatchObject({ ok: true, period: { label: '2022-08', kind: 'month', start: '2022-07-21', end: '2022-08-20', explicitDates: true } });
    expect(span('Tháng 8 (21/7–20/8)', '2022-07-21', '2022-08-20')).toEqual(['custom', '2022-07-21', '2022-08-20']);
  });
  it('refuses what it cannot place in time', () => {
    expect(parsePeriod('6 tháng đầu năm 2022')).toMatchObject({ ok: false, code: 'period-invalid', hint: '2022-H1' });
    expect(parsePeriod('2022-13')).toMatchObject({ ok: false, code: 'period-invalid' });
    expect(parsePeriod('2022-08', '2022-07-21', '')).toMatchObject({ ok: false, code: 'period-dates-incomplete', column: 'period_end' });
    expect(parsePeriod('x', '2022-08-20', '2022-07-21')).toMatchObject({ ok: false, code: 'period-start-after-end' });
    expect(parsePeriod('x', '21/07/2022', '2022-08-20')).toMatchObject({ ok: false, code: 'date-not-iso', hint: '2022-07-21' });
    expect(parsePeriod('')).toMatchObject({ ok: false, code: 'period-missing' });
  });
  it('suggests contract labels for Vietnamese phrasings', () => {
    expect(suggestPeriod('9 tháng đầu năm 2019')).toBe('2019-9M');
    expect(suggestPeriod('Quý III/2023')).toBe('2023-Q3');
    expect(suggestPeriod('tháng 8 năm 2020')).toBe('2020-08');
  });
  it('round-trips every valid calendar date and keeps start ≤ end for every label', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseIsoDate(iso)).toEqual({ ok: true, date: iso });
        const [y, m] = iso.split('-');
        for (const label of [y!, `${y}-H${Number(m) <= 6 ? 1 : 2}`, `${y}-Q${Math.ceil(Number(m) / 3)}`, `${y}-${m}`, `${y}-9M`, iso]) {
          const p = periodFromLabel(label);
          expect(p).not.toBeNull();
          expect(p!.start <= p!.end).toBe(true);
          const contains = p!.start <= iso && iso <= p!.end;
          expect(contains).toBe(label !== `${y}-9M` || Number(m) <= 9);
        }
        const [yy, mm, dd] = iso.split('-');
        expect(parseIsoDate(`${dd}/${mm}/${yy}`)).toEqual({ ok: false, code: 'date-not-iso', hint: iso });
      }),
      { numRuns: 1000 },
    );
    expect(parseIsoDate('2023-02-29')).toEqual({ ok: false, code: 'date-invalid' });
  });
});

describe('years before 1000', () => {
  it('are refused in every period label form, with or without dates, and in every ISO date', () => {
    for (const label of ['0999', '0999-H1', '0999-Q2', '0999-06', '0999-9M', '0999-06-30', '0001']) {
      expect(parsePeriod(label)).toMatchObject({ ok: false, code: 'year-before-1000', column: 'period', year: label.slice(0, 4) });
    }
    expect(parsePeriod('0999', '2019-01-01', '2019-12-31')).toMatchObject({ ok: false, code: 'year-before-1000', column: 'period' });
    expect(parsePeriod('tháng 1', '0999-12-21', '2019-01-20')).toMatchObject({ ok: false, code: 'year-before-1000', column: 'period_start', year: '0999' });
    expect(parsePeriod('tháng 1', '2018-12-21', '0999-01-20')).toMatchObject({ ok: false, code: 'year-before-1000', column: 'period_end' });
    expect(parseIsoDate('0999-01-01')).toEqual({ ok: false, code: 'year-before-1000', year: '0999' });
    expect(parseIsoDate('0050-02-29')).toMatchObject({ ok: false, code: 'year-before-1000' });
  });
  it('year 1000 and every later four-digit year are read, with four-digit ISO dates', () => {
    expect(span('1000')).toEqual(['year', '1000-01-01', '1000-12-31']);
    expect(span('1000-Q1')).toEqual(['quarter', '1000-01-01', '1000-03-31']);
    expect(span('9999-12')).toEqual(['month', '9999-12-01', '9999-12-31']);
    expect(parseIsoDate('1000-01-01')).toEqual({ ok: true, date: '1000-01-01' });
    expect(parseIsoDate('05/07/0999')).toEqual({ ok: false, code: 'date-not-iso', hint: '0999-07-05' });
  });
});
