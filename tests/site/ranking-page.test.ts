/**
 * The ranking pages (site/ranking-page.ts) on the project's data: one per index publication; every unit that has a
 * published rank shows that rank; the change since the previous year is the portal's subtraction of two published
 * figures; the publisher's own figure comes first when another source repeats it; ministries are ranked apart
 * from provinces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { buildPageIn, findPage } from '../../src/lib/site/registry.ts';
import { rankingItems, type RankingPageBody } from '../../src/lib/site/ranking-page.ts';
import type { PageData } from '../../src/lib/site/page-data.ts';
import { periodKey } from '../../src/lib/values/period.ts';

let model: SiteModel;
const page = (id: string, l: 'vi' | 'en' = 'vi') => {
  const ref = findPage(model, 'ranking', id);
  if (!ref) throw new Error(`no ranking page ${id}`);
  return buildPageIn(model, ref, l) as PageData<RankingPageBody>;
};
beforeAll(() => {
  model = new SiteModel(loadDataFolder('data'));
});

describe('ranking pages', () => {
  it('exist for every publication of the five indices, at /chi-so/<index>/<year>/', () => {
    const items = rankingItems(model);
    expect(new Set(items.map((i) => i.slug))).toEqual(new Set(['pci', 'papi', 'par-index', 'sipas', 'service-index']));
    expect(items.filter((i) => i.slug === 'pci').map((i) => i.seg)).toEqual(Array.from({ length: 20 }, (_, k) => String(2005 + k)));
    expect(page('pci/2019').href).toBe('/chi-so/pci/2019/');
    expect(page('pci/2019', 'en').href).toBe('/en/chi-so/pci/2019/');
    // Links to the index's other years, the current one marked.
    const years = page('pci/2019').body.siblings;
    expect(years).toHaveLength(20);
    expect(years.filter((y) => y.current).map((y) => y.href)).toEqual(['/chi-so/pci/2019/']);
  });

  it('shows every unit that has a published rank with that rank, in the table and in the chart label', () => {
    for (const item of rankingItems(model).filter((i) => i.family.rank)) {
      const p = page(`${item.slug}/${item.seg}`);
      const published = new Map((model.obsByMetric.get(item.family.rank!) ?? []).filter((o) => periodKey(o.period) === periodKey(item.period)).map((o) => [o.unit, o.value]));
      const rows = new Map(p.body.groups.flatMap((g) => g.rows).map((r) => [r.unit, r]));
      for (const [unit, rank] of published) {
        // The publisher's figure when two sources disagree; otherwise the one published.
        const row = rows.get(unit);
        expect(row?.rank, `${p.href} ${unit}`).toBeDefined();
        expect([row!.rank!.obs.value, ...row!.rank!.alternates.map((o) => o.value)]).toContain(rank);
      }
      p.body.tables.forEach((table, gi) => {
        const group = p.body.groups[gi]!;
        expect(table.rows).toHaveLength(group.rows.length);
        table.rows.forEach((cells, ri) => {
          const r = group.rows[ri]!;
          expect(cells[0]!.text, `${p.href} ${r.unit}`).toBe(r.rank ? String(r.rank.obs.value) : '—');
        });
      });
    }
  });

  it('computes the change since the previous year from the two published figures (PCI 2019 Quảng Ninh 73,40, rank 1, vs 2018 70,36, rank 1)', () => {
    const p = page('pci/2019');
    expect(p.body.item.previous?.seg).toBe('2018');
    const qn = p.body.groups.find((g) => g.level === 'province')!.rows.find((r) => r.unit === 'quang-ninh')!;
    expect(qn.score!.obs.value).toBe(73.4);
    expect(qn.score!.obs.source).toBe('vcci-2019-pci');
    expect(qn.rank!.obs.value).toBe(1);
    expect(qn.previousScore!.obs.value).toBe(70.36);
    expect(qn.scoreChange).toBe(3.04);
    expect(qn.rankChange).toBe(0);
    const table = p.body.tables[p.body.groups.findIndex((g) => g.level === 'province')]!;
    const cells = table.rows.find((c) => c[1]!.text.includes('Quảng Ninh'))!;
    expect(cells.map((c) => c.text)).toEqual(['1', 'Tỉnh Quảng Ninh', '73,40', '0', '+3,04']); // the score as printed
    expect(table.columns[4]!.label).toContain('tính toán của cổng');
    // A unit that fell: its rank change is negative and printed with a minus sign.
    const fell = p.body.groups[0]!.rows.find((r) => (r.rankChange ?? 0) < 0)!;
    expect(fell.rankChange).toBe(fell.previousRank!.obs.value - fell.rank!.obs.value);
  });

  it('puts the publisher’s own figure first and another source’s figure in a note', () => {
    const both = rankingItems(model)
      .flatMap((i) => page(`${i.slug}/${i.seg}`).body.groups.flatMap((g) => g.rows))
      .flatMap((r) => [r.score, r.rank])
      .filter((f) => f && f.alternates.length > 0 && [f.obs, ...f.alternates].some((o) => /^(vcci|cecodes)-/.test(o.source)));
    expect(both.length).toBeGreaterThan(0);
    for (const f of both) expect(f!.obs.source).toMatch(/^(vcci|cecodes)-/);
  });

  it('ranks ministries apart from provinces (PAR INDEX 2023)', () => {
    const p = page('par-index/2023');
    const levels = p.body.groups.map((g) => g.level);
    expect(levels).toContain('province');
    expect(levels).toContain('agency');
    for (const g of p.body.groups.filter((x) => x.level === 'province' || x.level === 'agency')) for (const r of g.rows) expect(model.units.get(r.unit)!.level, r.unit).toBe(g.level);
    expect(p.body.groups.find((g) => g.level === 'agency')!.rows.length).toBe(17);
  });

  it('draws one row per scored unit, its score printed, with the chart’s figures behind every value', () => {
    const p = page('pci/2019');
    const chart = p.charts.find((c) => c.spec.id === 'xep-hang--province')!;
    expect(chart.spec.categories).toHaveLength(63);
    expect(chart.spec.categories[0]!.label).toBe('1. Quảng Ninh');
    for (const d of chart.spec.data) {
      expect(d.text).toBeTruthy();
      expect(chart.observations.some((o) => o.unit === d.category && o.value === d.value)).toBe(true);
    }
  });

  it('maps the provinces of the year, blank ones hatched and counted', () => {
    const p = page('pci/2021');
    const m = p.body.map!;
    const scored = p.body.groups.find((g) => g.level === 'province')!.rows.filter((r) => r.score).length;
    expect(m.blank).toBe(63 - scored);
    expect(m.svg.match(/url\(#map-hatch\)/g)!.length).toBeGreaterThan(0);
    // After the 2025 merger the map draws the 34 provinces of the day.
    const after = rankingItems(model).find((i) => i.period.start >= '2025-07-01' && page(`${i.slug}/${i.seg}`).body.map);
    expect(after, 'a publication after 2025-07-01 with provinces').toBeDefined();
    expect(page(`${after!.slug}/${after!.seg}`).body.map!.svg.match(/<g><title>/g)).toHaveLength(34);
  });
});
