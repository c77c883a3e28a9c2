/** The export catalogue: every chart has a key, a page, a hash, and the figures behind it (and only those). */
import { beforeAll, describe, expect, it } from 'vitest';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { periodKey } = await import('../../src/lib/values/period.ts');

let catalog: ReturnType<typeof exportCatalog>;
beforeAll(() => {
  catalog = exportCatalog();
});

describe('export catalogue', () => {
  it('lists every chart in vi and en under the same flat key, unique per language', () => {
    const vi = catalog.charts.filter((c) => c.locale === 'vi');
    const en = catalog.charts.filter((c) => c.locale === 'en');
    expect(vi.length).toBeGreaterThan(10);
    expect(en.map((c) => c.key).sort()).toEqual(vi.map((c) => c.key).sort());
    expect(new Set(vi.map((c) => c.key)).size).toBe(vi.length);
    for (const c of catalog.charts) {
      expect(c.key).toMatch(/^[a-z0-9_-]+$/);
      expect(c.hash).toMatch(/^[0-9a-f]{12}$/);
      // The home page's charts live on `/` and `/en/`.
      expect(c.pageHref).toMatch(c.locale === 'en' ? /^\/en\/.*#.+/ : /^\/(?!en\/).*#.+/);
      expect(c.observations.length, c.key).toBeGreaterThan(0);
    }
  });

  it('lists the charts of the home, indices and comparison pages with their exact figures', () => {
    for (const l of ['vi', 'en'] as const) {
      const keys = catalog.charts.filter((c) => c.locale === l).map((c) => c.key);
      expect(keys).toContain('trang-chu--so-sanh');
      expect(keys).toContain('so-sanh--ky');
      expect(keys).toContain('so-sanh--qua-ky');
      expect(keys.filter((k) => /^chi-so--.+--(xep-hang|thanh-phan)$/.test(k)).length).toBeGreaterThan(0);
    }
    const home = catalog.byKey('vi', 'trang-chu--so-sanh')!;
    expect(home.pageHref).toBe('/#trang-chu-so-sanh');
    expect(home.spec.figures?.length).toBe(home.observations.length);
    const drawn = new Set(home.spec.data.flatMap((d) => (d.value === null ? [] : [`${d.category}|${d.value}`])));
    const period = periodKey(home.observations[0]!.period);
    for (const o of home.observations) {
      expect(o.metric).toBe(home.observations[0]!.metric);
      expect(periodKey(o.period)).toBe(period);
    }
    for (const d of drawn) expect(home.observations.some((o) => `${o.unit}|${o.value}` === d), d).toBe(true);
  });

  it('the outcomes chart of a unit carries exactly that unit’s outcome figures', () => {
    const c = catalog.byKey('vi', 'don-vi--dong-thap-thanh-pho-sa-dec--outcomes')!;
    expect(c).toBeTruthy();
    const drawnMetrics = new Set(c.spec.series.map((s) => s.key));
    for (const o of c.observations) {
      expect(o.unit).toBe('dong-thap-thanh-pho-sa-dec');
      expect(drawnMetrics.has(o.metric)).toBe(true);
    }
  });

  it('a ranking carries only the figures of its period; a lineage those of the units across the change', () => {
    const ranking = catalog.charts.find((c) => c.locale === 'vi' && c.key.includes('--xep-hang--2024'))!;
    expect(new Set(ranking.observations.map((o) => periodKey(o.period))).size).toBe(1);
    expect(new Set(ranking.observations.map((o) => o.metric)).size).toBe(1);
    const lineage = catalog.byKey('vi', 'don-vi--ho-chi-minh--lineage')!;
    expect(new Set(lineage.observations.map((o) => o.metric))).toEqual(new Set(['pct_on_time_or_early']));
    expect(new Set(lineage.observations.map((o) => o.unit))).toEqual(new Set(['ho-chi-minh', 'ho-chi-minh-2025']));
  });

  it('carries the figures the chart’s builder listed, the same list as the spec’s', () => {
    for (const c of catalog.charts) expect(c.observations, c.key).toBe(c.spec.figures);
  });
});
