/**
 * The page registry on the site fixture: every chart of every page, in both languages, carries the figures its
 * builder read, and only those. A drawn value is one of them or is computed from them; a figure belongs to the page's
 * unit (or its lineage) or to what the chart draws (a ranked unit, a component, a period, a unit's line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { buildPage, findPage, pageRefs } from '../../src/lib/site/registry.ts';
import type { ChartData, PageData } from '../../src/lib/site/page-data.ts';
import { LOCALES } from '../../src/lib/i18n/locale.ts';
import { RATES } from '../../src/lib/metrics/rates.ts';
import { computedSeries } from '../../src/lib/metrics/series.ts';
import { periodKey } from '../../src/lib/values/period.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';

let model: SiteModel;
let pages: PageData[];
beforeAll(() => {
  model = new SiteModel(loadDataFolder('tests/site-fixture'));
  pages = [...pageRefs(model)].flatMap((ref) => {
    const both = buildPage(model, ref);
    return LOCALES.map((l) => both[l]);
  });
});

const where = (page: PageData, chart: ChartData) => `${page.locale} ${page.href} ${chart.key}`;

/** The units a unit page speaks for: itself and the units before and after its changes. */
function unitsOfPage(page: PageData): Set<string> | undefined {
  if (page.kind !== 'unit') return undefined;
  const { before, after } = model.lineage(page.id);
  return new Set([page.id, ...before.map((c) => c.from), ...after.map((c) => c.to)]);
}

/** A drawn value: a figure's value, or for a computed series (`<rate>:computed`) a rate computed from the figures. */
function explains(chart: ChartData, series: string, value: number): boolean {
  const s = chart.spec.series.find((x) => x.key === series);
  if (s?.computed) {
    const def = RATES.find((r) => r.rate === series.split(':')[0]);
    return !!def && computedSeries(chart.observations, def).some((c) => c.value === value);
  }
  return chart.observations.some((o) => o.value === value);
}

/** A figure on a site-wide or metric page: of a drawn category (unit, metric or period) or of a unit's line. */
function drawnThing(chart: ChartData, o: Observation): boolean {
  const keys = new Set(chart.spec.categories.map((c) => c.key));
  if (keys.has(o.unit) || keys.has(o.metric) || keys.has(periodKey(o.period))) return true;
  return chart.spec.series.some((s) => s.label === model.unitLabel(o.unit, chart.locale));
}

describe('page registry: the figures of every chart', () => {
  it('builds every page of the fixture in both languages, with charts (the data-quality and methodology pages without)', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['compare', 'home', 'indices', 'methodology', 'metric', 'metrics', 'quality', 'ranking', 'source', 'sources', 'unit', 'units']);
    expect(pages.filter((p) => p.locale === 'vi').length).toBe(pages.filter((p) => p.locale === 'en').length);
    expect(pages.flatMap((p) => p.charts).length).toBeGreaterThan(20);
  });

  it('every chart has the figures its builder listed (spec.figures), never none', () => {
    for (const page of pages) {
      for (const chart of page.charts) {
        expect(chart.spec.figures, where(page, chart)).toBeDefined();
        expect(chart.observations, where(page, chart)).toBe(chart.spec.figures);
        expect(chart.observations.length, where(page, chart)).toBeGreaterThan(0);
      }
    }
  });

  it('every drawn value is one of the figures or computed from them (a computed rate: its counts are among them)', () => {
    let drawn = 0;
    let computed = 0;
    for (const page of pages) {
      for (const chart of page.charts) {
        for (const d of chart.spec.data) {
          if (d.value === null) continue;
          drawn++;
          if (chart.spec.series.find((s) => s.key === d.series)?.computed) computed++;
          expect(explains(chart, d.series, d.value), `${where(page, chart)}: ${d.series} ${d.category ?? d.date} = ${d.value}`).toBe(true);
        }
      }
    }
    expect(drawn).toBeGreaterThan(100);
    expect(computed).toBeGreaterThan(0);
  });

  it("every figure is of the page's unit or its lineage, or of what the chart draws", () => {
    for (const page of pages) {
      const units = unitsOfPage(page);
      for (const chart of page.charts) {
        for (const o of chart.observations) {
          const ok = units ? units.has(o.unit) : drawnThing(chart, o);
          expect(ok, `${where(page, chart)}: ${o.unit} ${o.metric} ${o.period.label}`).toBe(true);
        }
      }
    }
  });

  it('a chart drawn by metric (outcomes, rates, counts) carries figures of those metrics and of its computed rates’ counts only', () => {
    for (const page of pages) {
      for (const chart of page.charts) {
        const drawnMetrics = chart.spec.series.map((s) => s.key.split(':')[0]!).filter((m) => model.metric(m));
        if (drawnMetrics.length !== chart.spec.series.length) continue;
        const allowed = new Set(drawnMetrics);
        for (const s of chart.spec.series.filter((x) => x.computed)) {
          const def = RATES.find((r) => r.rate === s.key.split(':')[0])!;
          for (const id of [...def.numerators.flat(), ...def.denominators.flat()]) allowed.add(id);
        }
        for (const o of chart.observations) expect(allowed.has(o.metric), `${where(page, chart)}: ${o.metric}`).toBe(true);
      }
    }
  });

  it("every figure a page's charts carry is one its dependencies (what its page key digests) cover", () => {
    for (const ref of pageRefs(model)) {
      const deps = ref.type.dependencies(model, ref.item);
      const page = buildPage(model, ref).vi;
      for (const chart of page.charts) {
        for (const o of chart.observations) {
          const covered = deps.everything || deps.units.includes(o.unit) || deps.metrics.includes(o.metric) || deps.sources.includes(o.source);
          expect(covered, `${page.href} ${chart.key}: ${o.unit} ${o.metric} ${o.source}`).toBe(true);
        }
      }
    }
  });

  it('a lineage chart carries the figures of the units across the change, of the one metric it draws', () => {
    const ref = findPage(model, 'unit', 'ho-chi-minh')!;
    const lineage = buildPage(model, ref).vi.charts.find((c) => c.key === 'don-vi--ho-chi-minh--lineage')!;
    expect(new Set(lineage.observations.map((o) => o.unit))).toEqual(new Set(['ho-chi-minh', 'ho-chi-minh-2025']));
    expect(new Set(lineage.observations.map((o) => o.metric))).toEqual(new Set(['pct_on_time_or_early']));
  });

  it('computed rates carry exactly the counts they are computed from, not every count of the period', () => {
    // Sa Đéc publishes its total of dossiers in periods without online or postal counts: no share is computed there.
    const unit = 'dong-thap-thanh-pho-sa-dec';
    const shares = buildPage(model, findPage(model, 'unit', unit)!).vi.charts.find((c) => c.key === `don-vi--${unit}--shares`)!;
    const rates = ['pct_online', 'pct_postal'];
    const inputs = rates.flatMap((r) => computedSeries(model.obsByUnit.get(unit)!, RATES.find((d) => d.rate === r)!).flatMap((p) => p.inputs));
    expect(inputs.length).toBeGreaterThan(0);
    expect(new Set(shares.observations.filter((o) => !rates.includes(o.metric)))).toEqual(new Set(inputs));
    const totals = model.obsByUnit.get(unit)!.filter((o) => o.metric === 'received_total');
    expect(totals.some((o) => !shares.observations.includes(o))).toBe(true);
  });
});
