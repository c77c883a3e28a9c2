// A unit's series, as its charts read them: one point per period (the publisher's file wins, the rest are listed
// beside it), and rates computed from one publication's counts. The series of a list are made once and shared.
import { describe, expect, it } from 'vitest';
import { computedSeries, seriesOf } from '../src/lib/metrics/series.ts';
import { RATES } from '../src/lib/metrics/rates.ts';
import { parsePeriod } from '../src/lib/values/period.ts';
import type { Observation } from '../src/lib/schema/observation.ts';

const period = (label: string) => {
  const p = parsePeriod(label);
  if (!p.ok) throw new Error(label);
  return p.period;
};
let line = 1;
const fig = (unit: string, label: string, metric: string, value: number, file = 'observations/x.csv'): Observation =>
  ({ unit, unitAsWritten: unit, period: period(label), metric, value, raw: String(value), source: 'bc', file, line: line++, column: metric }) as Observation;

describe('seriesOf', () => {
  it('gives one point per period in time order, the publisher\'s file drawn and the other figure beside it', () => {
    const reprint = fig('a', '2022', 'pci_score', 60);
    const publisher = fig('a', '2022', 'pci_score', 61.5, 'observations/indices/pci.csv');
    const obs = [fig('a', '2023', 'pci_score', 62), reprint, fig('a', '2023', 'pci_rank', 10), publisher];
    const s = seriesOf(obs, 'pci_score');
    expect(s.map((p) => [p.period.label, p.value])).toEqual([
      ['2022', 61.5],
      ['2023', 62],
    ]);
    expect(s[0]!.obs).toBe(publisher);
    expect(s[0]!.alternates).toEqual([reprint]);
    expect(seriesOf(obs, 'pci_rank').map((p) => p.value)).toEqual([10]);
    expect(seriesOf(obs, 'papi_score')).toEqual([]);
  });

  it('tells lists apart by identity, however many are asked for in between', () => {
    const lists = Array.from({ length: 12 }, (_, i) => [fig(`u${i}`, '2024', 'received_total', i), fig(`u${i}`, '2025', 'received_total', 100 + i)]);
    const first = seriesOf(lists[0]!, 'received_total');
    for (const [i, list] of lists.entries()) expect(seriesOf(list, 'received_total').map((p) => p.value)).toEqual([i, 100 + i]);
    // Asked again, the same list gives the same points (made once); a copy of it, its own.
    const again = seriesOf(lists[0]!, 'received_total');
    expect(again).toEqual(first);
    expect(seriesOf(lists[11]!, 'received_total')).toBe(seriesOf(lists[11]!, 'received_total'));
    const copy = [...lists[11]!];
    expect(seriesOf(copy, 'received_total')).not.toBe(seriesOf(lists[11]!, 'received_total'));
    expect(seriesOf(copy, 'received_total')).toEqual(seriesOf(lists[11]!, 'received_total'));
  });
});

describe('computedSeries', () => {
  it('computes the on-time rate from one publication\'s counts (Sa Đéc H1/2022: 2114 / 2264)', () => {
    const def = RATES.find((r) => r.rate === 'pct_on_time_or_early')!;
    const obs = [fig('sa-dec', '2022-H1', 'received_total', 2264), fig('sa-dec', '2022-H1', 'resolved_on_time_or_early', 2114), fig('sa-dec', '2022-H1', 'resolved_late', 150)];
    const s = computedSeries(obs, def);
    expect(s).toHaveLength(1);
    expect(s[0]!.period.label).toBe('2022-H1');
    expect(s[0]!.value).toBeCloseTo((100 * 2114) / 2264, 10);
    expect(s[0]!.numerator).toBe(2114);
    expect(computedSeries(obs, def)).toBe(s);
  });
});

describe('periodKey', () => {
  it('tells periods apart by label and dates, and leaves no trace in copies, JSON or comparisons', async () => {
    const { periodKey } = await import('../src/lib/values/period.ts');
    const month = period('2024-08');
    const shifted = parsePeriod('2024-08', '2024-07-21', '2024-08-20');
    if (!shifted.ok) throw new Error('period');
    expect(periodKey(month)).toBe('2024-08|2024-08-01|2024-08-31');
    expect(periodKey(shifted.period)).toBe('2024-08|2024-07-21|2024-08-20');
    expect(periodKey(month)).toBe(periodKey(period('2024-08')));
    expect(Object.keys(month)).toEqual(['label', 'kind', 'start', 'end', 'explicitDates']);
    expect(JSON.stringify(month)).toBe(JSON.stringify(period('2024-08')));
    expect({ ...month }).toEqual(month);
    expect(periodKey(Object.freeze({ ...shifted.period }))).toBe('2024-08|2024-07-21|2024-08-20');
  });
});
