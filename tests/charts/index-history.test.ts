/**
 * A province's indices over the years, on a fixture cut from the real data (PCI 2006–2009 and 2018–2019 of eleven
 * provinces as imported from VCCI's files, a newspaper's PCI 2019 for Quảng Ninh, the 2008 and 2025 changes):
 * rank runs downward, lines continue across a change only where unit-changes.csv allows, changes are marked, the
 * publisher's figure is drawn over a page's, and the sub-index profile stands against a median labelled as ours.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { indexHistorySpec, indexProfileSpec, strandsOf } from '../../src/lib/charts/build/index-history.ts';
import { bumpDefaultUnits, bumpMetrics, bumpSpec, BUMP_ID } from '../../src/lib/charts/build/bump.ts';
import { indexFamilies } from '../../src/lib/metrics/families.ts';
import { renderChart } from '../../src/lib/charts/render.ts';
import { unitSections } from '../../src/lib/site/unit-page.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';

let model: SiteModel;
beforeAll(() => {
  const load = loadDataFolder('tests/fixtures/index-history');
  expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
  model = new SiteModel(load);
});
const vi = () => ({ model, locale: 'vi' as const });
const pci = () => indexFamilies(model.load.dataset.metrics).find((f) => f.prefix === 'pci')!;

/** The drawn line pieces: consecutive non-null points of one segment. */
function pieces(spec: ChartSpec): { series: string; dates: string[] }[] {
  const out: { series: string; dates: string[] }[] = [];
  const bySeg = new Map<string, typeof spec.data>();
  for (const d of spec.data) bySeg.set(`${d.series}\u0000${d.segment ?? ''}`, [...(bySeg.get(`${d.series}\u0000${d.segment ?? ''}`) ?? []), d]);
  for (const list of bySeg.values()) {
    let cur: string[] = [];
    for (const d of list) {
      if (d.value === null) {
        if (cur.length > 1) out.push({ series: d.series, dates: cur });
        cur = [];
      } else cur.push(d.date!);
    }
    if (cur.length > 1) out.push({ series: list[0]!.series, dates: cur });
  }
  return out;
}

describe('score and rank over the years', () => {
  test('the rank axis is reversed (1 at the top), the score axis is not', () => {
    const rank = indexHistorySpec(vi(), 'quang-ninh', 'pci_rank')!;
    const score = indexHistorySpec(vi(), 'quang-ninh', 'pci_score')!;
    expect(rank.reverse).toBe(true);
    expect(score.reverse).toBe(false);
    expect(rank.notes.join(' ')).toContain('Hạng 1 ở trên cùng');
    expect(rank.data.filter((d) => d.value !== null).map((d) => [d.date!.slice(0, 4), d.value])).toEqual([
      ['2006', 25],
      ['2007', 22],
      ['2008', 27],
      ['2009', 26],
      ['2018', 1],
      ['2019', 1],
      ['2024', 2],
    ]);
    // Plot draws a reversed y: rank 1 (2019) sits higher on the page than rank 25 (2006).
    const svg = renderChart(rank);
    const ys = [...svg.matchAll(/<circle[^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys.length).toBe(7);
    expect(ys.at(-1)!).toBeLessThan(ys[0]!);
  });

  test('the publisher’s figure is drawn; a page’s figure for the same year is listed in the table', () => {
    const spec = indexHistorySpec(vi(), 'quang-ninh', 'pci_score')!;
    const drawn = spec.figures!.filter((o) => o.period.label === '2019');
    expect(drawn.map((o) => o.source)).toEqual(['vcci-2019-pci', 'congnghieptieudung-2020-pci-2019']);
    const row = spec.table.rows.find((r) => r[0]!.text.includes('2019'))!;
    expect(row[1]!.text).toBe('73,40'); // as printed in the publisher's table
    expect(row[1]!.note).toContain(model.sourceTitle('congnghieptieudung-2020-pci-2019'));
  });

  test('Hà Nội continues its own line across 2008; Hà Tây is its own line, never joined; the merger is marked', () => {
    const spec = indexHistorySpec(vi(), 'ha-noi', 'pci_score')!;
    expect(spec.series.map((s) => s.label)).toEqual(['Thành phố Hà Nội', 'Tỉnh Hà Tây']);
    expect(spec.markers).toEqual([{ date: '2008-08-01', label: 'sáp nhập 01/08/2008' }]);
    expect(spec.notes[0]).toContain('01/08/2008');
    expect(spec.notes[0]).toContain('nối liền');
    const lines = pieces(spec);
    const haNoi = lines.filter((p) => p.series === 's0');
    const haTay = lines.filter((p) => p.series === 's1');
    expect(haNoi.some((p) => p.dates.some((d) => d < '2008-08-01') && p.dates.some((d) => d > '2008-08-01'))).toBe(true);
    expect(haTay.flatMap((p) => p.dates).every((d) => d < '2009-01-01')).toBe(true);
    // No segment holds points of both lines.
    const segsOf = (k: string) => new Set(spec.data.filter((d) => d.series === k).map((d) => d.segment));
    expect([...segsOf('s0')].filter((x) => segsOf('s1').has(x))).toEqual([]);
    expect(renderChart(spec)).toContain('sáp nhập 01/08/2008');
  });

  test('a merger into a new unit (2025) is not continued: each predecessor is a separate line, the change marked', () => {
    const spec = indexHistorySpec(vi(), 'bac-ninh-2025', 'pci_rank')!;
    expect(spec.series.map((s) => s.label)).toEqual(['Tỉnh Bắc Giang', 'Tỉnh Bắc Ninh (đến 30/06/2025)']);
    expect(new Set(spec.data.map((d) => d.segment!.split('|')[0])).size).toBe(2);
    expect(spec.markers).toEqual([{ date: '2025-07-01', label: 'sáp nhập 01/07/2025' }]);
    expect(spec.notes.join(' ')).toContain('không nối qua mốc này');
    const old = indexHistorySpec(vi(), 'bac-ninh', 'pci_rank')!;
    expect(old.series.map((s) => s.label)).toEqual(['Tỉnh Bắc Ninh (đến 30/06/2025)']);
    // Its own page marks where its line ends, and says why it does not go on.
    expect(old.markers).toEqual([{ date: '2025-07-01', label: 'sáp nhập 01/07/2025' }]);
    expect(old.notes.join(' ')).toContain('không nối qua mốc này');
    expect(indexHistorySpec(vi(), 'quang-ninh', 'pci_rank')!.markers).toBeUndefined();
    // A series of Hà Nội's from 2017 on (law and order): the 2008 merger is not marked, nor the axis stretched back to it.
    const late = indexHistorySpec(vi(), 'ha-noi', 'pci_law_and_order')!;
    expect(late.series.map((s) => s.label)).toEqual(['Thành phố Hà Nội']);
    expect(late.markers).toBeUndefined();
  });

  test('a rename continues one line', () => {
    const { strands } = strandsOf(vi(), 'hue');
    expect(strands.map((s) => s.units)).toEqual([['thua-thien-hue', 'hue']]);
    const spec = indexHistorySpec(vi(), 'hue', 'pci_score')!;
    expect(spec.series.map((s) => s.label)).toEqual(['Tỉnh Thừa Thiên Huế → Thành phố Huế']);
    expect(spec.markers).toBeUndefined(); // Huế (2025-01-01) has no PCI figure yet: nothing to mark
  });
});

describe('sub-index profile against the national median', () => {
  test('the latest year’s sub-indices beside the median the portal computed, labelled as ours', () => {
    const spec = indexProfileSpec(vi(), 'quang-ninh', pci())!;
    // Quảng Ninh's 2022 sub-indices come from a page that reprints a few provinces (investinquangninh.vn): no
    // national median can be taken from them, so the profile is of 2019, the latest whole table.
    expect(model.obsByUnit.get('quang-ninh')!.some((o) => o.metric === 'pci_entry_costs' && o.period.label === '2022')).toBe(true);
    expect(spec.subtitle).toContain('2019');
    expect(spec.series.map((s) => [s.label, !!s.computed])).toEqual([
      ['Tỉnh Quảng Ninh', false],
      ['Trung vị toàn quốc (cổng tính)', true],
    ]);
    const entry = spec.categories.find((c) => c.key === 'pci_entry_costs')!;
    expect(entry.label).toBe('Chi phí gia nhập thị\ntrường'); // the index's name is in the title; long labels wrap
    const svg = renderChart(spec);
    expect(svg).toContain('Chi phí gia nhập thị</tspan>');
    expect(spec.domain).toEqual([0, 10]);
    // The median of the fixture's provinces' published 2019 figures.
    const values = [...model.byPeriod('pci_entry_costs').values()].find((e) => e.period.label === '2019')!.values;
    const sorted = [...values.values()].map((o) => o.value).sort((a, b) => a - b);
    const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    expect(spec.data.find((d) => d.category === 'pci_entry_costs' && d.series === 'median')!.value).toBeCloseTo(mid, 9);
    expect(spec.notes[0]).toContain(`${sorted.length} tỉnh`);
    expect(spec.table.rows[0]![2]!.note).toBe(`tính từ ${sorted.length} tỉnh`);
    // Only the 0–10 sub-indices of that year: no method changed before 2019 is mixed in.
    expect(spec.categories.map((c) => c.key)).not.toContain('pci_soe_bias');
  });
});

describe('the unit page', () => {
  test('its index section has score, rank and the profile; the lineage chart does not repeat the index', () => {
    const sections = unitSections(model, model.units.get('ha-noi')!, 'vi');
    const ids = sections.find((s) => s.id === 'chi-so')!.charts.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual(['ha-noi--pci-score', 'ha-noi--pci-rank', 'ha-noi--pci--profile']);
    expect(sections.find((s) => s.id === 'qua-sap-nhap')).toBeUndefined();
  });
});

describe('ranks of several provinces over the years (bump chart)', () => {
  test('the default choice is the four best and four worst of the latest year with a whole table', () => {
    expect(bumpMetrics(model)).toEqual(['pci_rank']);
    const units = bumpDefaultUnits(model, 'pci_rank');
    // 2024: a news page's top of the table (Quảng Ninh and Hà Nội of the fixture's provinces), not a whole table.
    const years = [...model.byPeriod('pci_rank').values()];
    expect(years.at(-1)!.period.label).toBe('2024');
    expect(years.at(-1)!.values.size).toBe(2);
    const latest = years.find((e) => e.period.label === '2019')!;
    // Even one best and one worst are not taken from 2024's two provinces.
    const one = bumpDefaultUnits(model, 'pci_rank', 1);
    expect(one.map((u) => latest.values.get(u)?.value)).toEqual([1, Math.max(...[...latest.values.values()].map((o) => o.value))]);
    const ranks = units.map((u) => latest.values.get(u)!.value);
    expect(ranks.slice(0, 4)).toEqual([...ranks.slice(0, 4)].sort((a, b) => a - b));
    expect(Math.max(...ranks.slice(0, 4))).toBeLessThan(Math.min(...ranks.slice(4)));
    expect(units.length).toBe(8);
  });
  test('one line per province, rank axis reversed, every figure drawn from the rank', () => {
    const spec = bumpSpec(vi(), 'pci_rank', ['quang-ninh', 'ha-noi', 'ha-tay'])!;
    expect(spec.id).toBe(BUMP_ID);
    expect(spec.reverse).toBe(true);
    expect(spec.title).toBe('Xếp hạng PCI qua các năm');
    expect(spec.series.map((s) => s.label)).toEqual(['Tỉnh Quảng Ninh', 'Thành phố Hà Nội', 'Tỉnh Hà Tây']);
    expect(spec.figures!.every((o) => o.metric === 'pci_rank')).toBe(true);
    expect(spec.data.filter((d) => d.series === 's2' && d.value !== null).map((d) => d.date!.slice(0, 4))).toEqual(['2006', '2007', '2008']);
  });
});
