/**
 * Spec builders on the site fixture: gaps are gaps (null, never 0), published and computed rates are told apart,
 * targets and merger lineage are drawn, alt text states the key figures in the page's number format, and the
 * comparison picker's client builders agree with the server's.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { outcomesSpec, ratesSpec, apologySpec } from '../../src/lib/charts/build/unit.ts';
import { busiestPeriod, distributionSpec, lineageSpec, rankingSpec } from '../../src/lib/charts/build/compare.ts';
import { clientRanking } from '../../src/lib/charts/build/client.ts';
import { compareMetric, compareUnit, compareUnits, compareUnitsById, periodFromToken, periodToken } from '../../src/lib/site/compare-data.ts';
import { renderChart } from '../../src/lib/charts/render.ts';
import { unitSections } from '../../src/lib/site/unit-page.ts';

let model: SiteModel;
const SA_DEC = 'dong-thap-thanh-pho-sa-dec';
beforeAll(() => {
  model = new SiteModel(loadDataFolder('tests/site-fixture'));
});
const vi = () => ({ model, locale: 'vi' as const });
const en = () => ({ model, locale: 'en' as const });

describe('which units get a page', () => {
  test('units with figures or targets, and every province; not a commune without data', () => {
    const ids = new Set(model.pageUnits.map((u) => u.id));
    expect(ids.has(SA_DEC)).toBe(true);
    expect(ids.has('lai-chau')).toBe(true); // a province without figures
    expect(ids.has('dong-thap-huyen-chau-thanh')).toBe(true); // figures and a target
    expect(ids.has('dong-thap-an-binh')).toBe(false); // a commune without figures
    for (const u of model.pageUnits) expect(model.obsByUnit.has(u.id) || model.targetsByUnit.has(u.id) || u.level === 'province' || u.level === 'nation').toBe(true);
  });
});

describe('dossiers by outcome', () => {
  test('a missing half-year is a labelled empty row, not a zero bar', () => {
    const spec = outcomesSpec(vi(), SA_DEC)!;
    const h2 = spec.categories.find((c) => c.key.startsWith('2021-H2|'))!;
    expect(h2.emptyLabel).toBe('không có số liệu');
    expect(spec.data.filter((d) => d.category === h2.key)).toEqual([]);
    const svg = renderChart(spec);
    expect(svg).toContain('không có số liệu');
    expect(svg).not.toMatch(/<rect[^>]*width="0"/);
  });
  test('a period published without the early/on-time split shows the joined figure', () => {
    const spec = outcomesSpec(vi(), SA_DEC)!;
    const h1 = spec.data.filter((d) => d.category?.startsWith('2022-H1|'));
    expect(h1.map((d) => [d.series, d.value])).toEqual([
      ['resolved_on_time_or_early', 2114],
      ['resolved_late', 150],
    ]);
    expect(spec.alt).toContain('2.550'.slice(0, 1)); // alt names the latest period's figures
    expect(spec.alt).toContain('6 tháng đầu năm 2024');
  });
});

describe('published rate and our computation', () => {
  test('two series, the computed one marked; gaps are null; the target is a rule', () => {
    const spec = ratesSpec(vi(), SA_DEC, ['pct_on_time_or_early'], { id: 'rate' })!;
    expect(spec.series.map((s) => [s.label, !!s.computed])).toEqual([
      ['Công bố', false],
      ['Tính toán của cổng', true],
    ]);
    const published2022H1 = spec.data.find((d) => d.series.endsWith(':published') && d.date === '2022-04-01')!;
    expect(published2022H1.value).toBeNull();
    expect(spec.data.every((d) => d.value !== 0)).toBe(true);
    expect(spec.rules).toEqual([{ value: 95, label: 'Mục tiêu ≥ 95%', from: '2022-01-01', to: '2025-06-30' }]);
    expect(spec.alt).toContain('công bố 98,5%, tính từ số đếm 95,04%');
    expect(spec.notes.join(' ')).toContain('Giải quyết trước hạn + Giải quyết đúng hạn');
    expect(spec.sources.map((s) => s.id)).toContain('test-chi-thi');
  });
  test('English page: English labels and number formats', () => {
    const spec = ratesSpec(en(), SA_DEC, ['pct_on_time_or_early'], { id: 'rate' })!;
    expect(spec.series.map((s) => s.label)).toEqual(['Published', 'Our computation']);
    expect(spec.alt).toContain('97.18%');
    expect(spec.table.rows.at(-1)![0]!.text).toBe('first half of 2024');
  });
  test('a figure with a warning links to its entry on the data-quality page', () => {
    const spec = ratesSpec(vi(), SA_DEC, ['pct_on_time_or_early'], { id: 'rate' })!;
    const row = spec.table.rows.find((r) => r[0]!.text === '6 tháng đầu năm 2023')!;
    expect(row[1]!.text).toBe('98,5%');
    expect(row[1]!.warnings?.[0]?.href).toBe('/chat-luong/#w-observations-dong-thap-sa-dec-thu-nghiem-csv-5-pct-on-time-or-early-rate-mismatch');
  });
  test('apology letters against late dossiers', () => {
    const spec = apologySpec(vi(), SA_DEC)!;
    expect(spec.kind).toBe('grouped-bars');
    expect(spec.series.map((s) => s.key)).toEqual(['apology_letters', 'resolved_late']);
  });
});

describe('comparisons', () => {
  test('ranking: best first, numbered, the page unit highlighted', () => {
    const period = busiestPeriod(vi(), 'pct_on_time_or_early')!;
    const spec = rankingSpec(vi(), 'pct_on_time_or_early', period, { id: 'r', highlight: 'dong-thap' })!;
    const values = spec.data.filter((d) => d.value !== null).map((d) => d.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(spec.data.find((d) => d.category === 'dong-thap')!.highlight).toBe(true);
    expect(spec.categories[0]!.label).toMatch(/^1\. /);
  });
  test('a requested unit without a figure is listed as such, not as zero', () => {
    const spec = rankingSpec(vi(), 'pct_on_time_or_early', '2024|2024-01-01|2024-12-31', { id: 'r', units: ['dong-thap', 'tien-giang'] })!;
    expect(spec.data.find((d) => d.category === 'tien-giang')!.value).toBeNull();
    expect(spec.alt).toContain('Không có số liệu: Tỉnh Tiền Giang');
  });
  test('the client builder agrees with the server builder', () => {
    const units = compareUnits(model);
    const data = compareMetric(model, 'pct_on_time_or_early');
    const pick = ['ha-noi', 'dong-thap', 'binh-duong', 'an-giang'];
    const token = periodToken(model, model.byPeriod('pct_on_time_or_early').get('2023|2023-01-01|2023-12-31')!.period);
    expect(periodFromToken(model, token)).toBe('2023|2023-01-01|2023-12-31');
    const client = clientRanking({ locale: 'vi', units, data, unitHref: (id) => `/don-vi/${id}/`, sourceHref: (id) => `/nguon/${id}/` }, pick, data.periods.findIndex((p) => p.token === token))!;
    const server = rankingSpec(vi(), 'pct_on_time_or_early', '2023|2023-01-01|2023-12-31', { id: 'r', units: pick })!;
    expect(client.categories.map((c) => c.label)).toEqual(server.categories.map((c) => c.label));
    expect(client.data.map((d) => d.value)).toEqual(server.data.map((d) => d.value));
  });
  test("the picker's unit list: one tuple per unit with figures, read back by field in both languages", () => {
    const units = compareUnits(model);
    const sd = compareUnitsById(units).get(SA_DEC)!;
    expect(sd).toEqual({ id: SA_DEC, name: { vi: model.unitLabel(SA_DEC, 'vi'), en: model.unitLabel(SA_DEC, 'en') }, level: 'district', province: 'dong-thap' });
    // The wire format stays a tuple: [id, vi, en, level, province], sorted by Vietnamese name.
    expect(units.units.find((r) => r[0] === SA_DEC)).toEqual([SA_DEC, sd.name.vi, sd.name.en, 'district', 'dong-thap']);
    expect(units.units.map((r) => compareUnit(r).name.vi)).toEqual(units.units.map((r) => r[1]).sort((a, b) => a.localeCompare(b, 'vi')));
    expect(compareUnitsById(units).size).toBe(model.obsByUnit.size);
  });
  test('distribution per period with quartiles', () => {
    const spec = distributionSpec(vi(), 'pct_on_time_or_early', { id: 'd' })!;
    const b2022 = spec.boxes!.find((b) => b.category.startsWith('2022|'))!;
    expect(b2022.n).toBe(9);
    expect(b2022.min).toBe(91.2);
    expect(b2022.max).toBe(98.2);
  });
});

describe('lineage across the 2025 merger', () => {
  test('the new province shows its predecessors as separate lines with the change marked', () => {
    const spec = lineageSpec(vi(), 'dong-thap-2025', ['pct_on_time_or_early'])!;
    expect(spec.series.map((s) => s.label)).toEqual(['Tỉnh Đồng Tháp (đến 30/06/2025)', 'Tỉnh Tiền Giang', 'Tỉnh Đồng Tháp (từ 01/07/2025)']);
    expect(spec.markers).toEqual([{ date: '2025-07-01', label: 'sáp nhập 01/07/2025' }]);
    expect(spec.notes[0]).toContain('tính toán của cổng');
  });
  test('a rename continues one line', () => {
    const spec = lineageSpec(vi(), 'hue', ['pct_on_time_or_early'])!;
    expect(spec.series[0]!.label).toBe('Tỉnh Thừa Thiên Huế → Thành phố Huế');
  });
  test('the unit page gathers its sections in reading order', () => {
    const sections = unitSections(model, model.units.get(SA_DEC)!, 'vi');
    expect(sections.map((s) => s.id)).toEqual(['ho-so', 'kenh-nop', 'qua-sap-nhap']);
  });
});
