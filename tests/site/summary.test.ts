/** What the home page and rankings name units and list as the latest figures, from the committed data. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { headlineComparison, headlineMetric, latestFigures } from '../../src/lib/site/summary.ts';
import { comparePeriods } from '../../src/lib/metrics/periods.ts';
import { HEADLINE_RATE, indexFamilies } from '../../src/lib/metrics/families.ts';

const model = new SiteModel(loadDataFolder('data'));

describe('unit labels', () => {
  it('tell apart the two provinces named Tỉnh Đồng Tháp by their dates, in each language, whichever is asked first', () => {
    expect(model.unitLabel('dong-thap-2025', 'en')).toBe('Dong Thap Province (from 01/07/2025)');
    expect(model.unitLabel('dong-thap-2025', 'vi')).toBe('Tỉnh Đồng Tháp (từ 01/07/2025)');
    expect(model.unitLabel('dong-thap', 'vi')).toBe('Tỉnh Đồng Tháp (đến 30/06/2025)');
    expect(model.unitLabel('dong-thap', 'en')).toBe('Dong Thap Province (until 30/06/2025)');
    expect(model.unitLabel('dong-thap-2025', 'en')).toBe('Dong Thap Province (from 01/07/2025)');
  });
});

describe('latest figures on the home page', () => {
  const preferred = new Set([HEADLINE_RATE, 'received_total', ...indexFamilies(model.load.dataset.metrics).map((f) => f.score)]);
  const latest = latestFigures(model, 10);

  it('list headline figures only, newest period first, one per unit and metric', () => {
    expect(latest.length).toBeGreaterThan(0);
    for (const o of latest) expect(preferred.has(o.metric)).toBe(true);
    for (let i = 1; i < latest.length; i++) expect(comparePeriods(latest[i - 1]!.period, latest[i]!.period)).toBeGreaterThanOrEqual(0);
    expect(new Set(latest.map((o) => `${o.unit}|${o.metric}`)).size).toBe(latest.length);
  });

  it('are the figures a sort of the whole dataset would pick', () => {
    const all = [...model.load.dataset.observations].sort((a, b) => comparePeriods(b.period, a.period) || Number(preferred.has(b.metric)) - Number(preferred.has(a.metric)));
    const seen = new Set<string>();
    const expected = all.filter((o) => preferred.has(o.metric) && !seen.has(`${o.unit}|${o.metric}`) && seen.add(`${o.unit}|${o.metric}`)).slice(0, 10);
    expect(latest).toEqual(expected);
  });
});

describe('the list of metrics', () => {
  it('counts, per metric, the units with figures of it', () => {
    for (const m of model.load.dataset.metrics) {
      const obs = model.obsByMetric.get(m.id) ?? [];
      expect(model.unitsWithMetric(m.id), m.id).toBe(new Set(obs.map((o) => o.unit)).size);
    }
    expect(model.unitsWithMetric('pci_score')).toBeGreaterThanOrEqual(63);
  });
});

describe('the home page headline comparison with the real data', () => {
  it('compares an index over all 63 provinces, since fewer than ten provinces publish the on-time rate in one period', () => {
    const h = headlineComparison(model, 'vi')!;
    expect(h.metric).toBe('pci_score');
    expect(h.period.split('|')[0]).toBe('2020'); // the latest year with all 63 provinces (pcivietnam.vn's 2020 ranking)
    expect(h.units.length).toBe(63);
    expect(h.units).toContain('quang-ninh');
  });

  it('keeps the on-time rate where no index compares ten provinces (the test site)', () => {
    const withRate = new SiteModel(loadDataFolder('tests/site-fixture'));
    expect(headlineMetric(withRate)).toBe(HEADLINE_RATE);
  });
});
