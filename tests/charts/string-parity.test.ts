/**
 * The string renderer (render-string.ts) is the site's only renderer. Observable Plot draws the same specs as an
 * oracle (plot-oracle.ts): every golden spec and every chart of the test site, in both themes, must have the same
 * marks both ways (svg-marks.ts: dots, bars, lines, paths, tick labels and texts at the same places). The line-end
 * labels of bump charts are the string renderer's own (defects.test.ts checks them).
 */
import { describe, expect, test } from 'vitest';
import { renderChart } from '../../src/lib/charts/render.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { renderPlot } from './plot-oracle.ts';
import { svgMarks } from './svg-marks.ts';
import { SPECS } from './specs.ts';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');

const KINDS = ['lines', 'stacked-bars', 'grouped-bars', 'ranking', 'strip'];
const THEMES = ['css', 'static'] as const;
const OWN = ['line-end-labels'];

/** The first kind of mark that differs between the two drawings, or undefined when they agree. */
function difference(spec: ChartSpec, theme: (typeof THEMES)[number]): string | undefined {
  const plot = svgMarks(renderPlot(spec, { theme }), OWN);
  const str = svgMarks(renderChart(spec, { theme }), OWN);
  for (const k of Object.keys(plot) as (keyof typeof plot)[]) {
    const [a, b] = [JSON.stringify(plot[k]), JSON.stringify(str[k])];
    if (a !== b) return `${spec.id} (${spec.kind}, ${theme}) ${k}:\n  Plot:   ${a.slice(0, 600)}\n  string: ${b.slice(0, 600)}`;
  }
  return undefined;
}

describe('the string renderer draws the marks Plot draws', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    test(`golden spec ${name}`, () => {
      for (const theme of THEMES) expect(difference(spec, theme)).toBeUndefined();
    });
  }

  test('every chart of the test site, every kind, vi and en', () => {
    const charts = exportCatalog().charts;
    expect(new Set(charts.map((c) => c.spec.kind))).toEqual(new Set(KINDS));
    expect(charts.length).toBeGreaterThan(50);
    const differences = charts.flatMap((c) => THEMES.map((t) => difference(c.spec, t)).filter(Boolean));
    expect(differences.slice(0, 3)).toEqual([]);
  });

  test('category labels with line breaks (one <tspan> a line), every kind with categories', () => {
    const wrapped = (spec: ChartSpec): ChartSpec => ({
      ...spec,
      categories: spec.categories.map((c, i) => (i === 0 ? { ...c, label: 'Chi phí gia nhập thị\ntrường' } : i === 1 ? { ...c, label: 'Hai\ndòng\nba', emptyLabel: c.emptyLabel ? 'không có\nsố liệu' : undefined } : c)),
    });
    const specs = Object.values(SPECS).filter((s) => s.categories.length > 1).map(wrapped);
    expect(specs.length).toBeGreaterThan(3);
    for (const spec of specs) for (const theme of THEMES) expect(difference(spec, theme)).toBeUndefined();
    expect(renderChart(specs[0]!)).toContain('<tspan dy="1em" x="0">trư');
  });

  test('the comparison finds a moved mark', () => {
    const spec = SPECS['ranking-percent']!;
    const moved = { ...spec, data: spec.data.map((d, i) => (i === 0 ? { ...d, value: d.value! - 1 } : d)) };
    expect(svgMarks(renderPlot(spec)).dots).not.toEqual(svgMarks(renderChart(moved)).dots);
  });
});
