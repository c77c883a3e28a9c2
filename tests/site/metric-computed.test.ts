/**
 * A rate's metric page lists the rates the portal computed from published counts, labelled as ours, beside the
 * published rate when there is one: the page of a rate no one published no longer says "no figures" while the unit's
 * page shows the rate computed from that unit's counts.
 */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { computedRates, computedTable } from '../../src/lib/site/metric-computed.ts';
import { keyFigures } from '../../src/lib/site/unit-page.ts';
import { denominatorOf } from '../../src/lib/site/metric-page.ts';

const SA_DEC = 'dong-thap-thanh-pho-sa-dec';

describe('computed rates on a metric page (data/)', () => {
  const model = new SiteModel(loadDataFolder('data'));
  const rates = computedRates(model, 'pct_on_time_or_early');

  const saDec = () => rates!.rows.find((r) => r.unit === SA_DEC);

  it('list Sa Đéc H1/2022 as 2.114 / 2.264 computed by the portal, with no published rate, as its unit page does', () => {
    expect(rates!.units).toBe(rates!.rows.length); // one row per unit (the transcribed pages add Lâm Đồng, Vĩnh Phúc…)
    const row = saDec();
    expect(row).toMatchObject({ unit: SA_DEC, point: { value: (2114 / 2264) * 100, numerator: 2114, denominator: 2264, source: 'sadec-2022-h1-so-ket-cchc' } });
    expect(row!.published).toBeUndefined();
    const onUnitPage = keyFigures(model, SA_DEC, 'vi').find((f) => f.metric === 'pct_on_time_or_early')?.computed;
    expect(onUnitPage?.value).toBe(row!.point.value);
  });

  it('are a table in vi-VN and en formats, saying the rate was not published', () => {
    const at = rates!.rows.indexOf(saDec()!);
    const cells = (l: 'vi' | 'en') => computedTable(model, rates!, l).rows[at]!.map((c) => [c.text, c.note ?? ''].join(' ').trim());
    expect(cells('vi')).toEqual(['Thành phố Sa Đéc', '6 tháng đầu năm 2022', '93,37% 2.114 / 2.264', 'không công bố', expect.stringContaining('Sa Đéc')]);
    expect(cells('en').slice(2, 4)).toEqual(['93.37% 2,114 / 2,264', 'not published']);
  });

  it('are absent for a count, which is never computed', () => {
    expect(computedRates(model, 'received_total')).toBeUndefined();
  });
});

describe('computed rates on a metric page (test site)', () => {
  const model = new SiteModel(loadDataFolder('tests/site-fixture'));

  it("list each unit's latest computed value, latest period first, with the published rate beside it", () => {
    const rates = computedRates(model, 'pct_on_time_or_early')!;
    expect(rates.rows.map((r) => [r.unit, r.point.period.label])).toEqual([
      ['dong-thap-sa-dec', '2025-H2'],
      [SA_DEC, '2024-H1'],
      ['dong-thap', '2023'],
    ]);
    const dongThap = rates.rows[2]!;
    // Published 97,3 %; computed from the same publication's counts 97,56 %: both shown, neither replaces the other.
    expect(dongThap.published?.value).toBe(97.3);
    expect(dongThap.point.value).toBeCloseTo(97.56, 2);
    const row = computedTable(model, rates, 'vi').rows[2]!;
    expect(row[2]!.text).toBe('97,56%');
    expect(row[3]!.text).toBe('97,3%');
  });

  it('count every unit and value, however many rows the table shows', () => {
    const all = computedRates(model, 'pct_on_time_or_early')!;
    const one = computedRates(model, 'pct_on_time_or_early', 1)!;
    expect(one.rows).toEqual(all.rows.slice(0, 1));
    expect([one.units, one.values]).toEqual([3, 8]);
  });
});

describe('the denominator of a metric page (data/metrics.csv)', () => {
  const model = new SiteModel(loadDataFolder('data'));
  const denominatorOf_ = (id: string) => denominatorOf(model, model.metric(id)!.denominator!);

  it('names the usual denominator and the ones some sources use, as metrics, not as column ids in Vietnamese text', () => {
    expect(denominatorOf_('pct_on_time_or_early')).toEqual({ main: 'resolved', alternates: ['due_in_period', 'received_total'] });
    expect(denominatorOf_('pct_on_time')).toEqual({ main: 'resolved', alternates: [] });
  });

  it('leaves free text as written', () => {
    expect(denominatorOf_('pct_plan_tasks_completed')).toBeUndefined();
  });
});
