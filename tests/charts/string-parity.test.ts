/**
 * The string renderer (render-string.ts) draws the charts of commune pages instead of Observable Plot, for speed.
 * It must write exactly what Plot writes: every golden spec and every chart of the test site, in both themes and at
 * the page and embed widths, byte for byte.
 */
import { describe, expect, test } from 'vitest';
import { renderChart } from '../../src/lib/charts/render.ts';
import { renderChartString, STRING_KINDS } from '../../src/lib/charts/render-string.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { SPECS } from './specs.ts';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { siteModel } = await import('../../src/lib/site/model.ts');

const VARIANTS = [
  { theme: 'css', width: 360 },
  { theme: 'css', width: 720 },
  { theme: 'static', width: 600 },
] as const;

/** Where the two drawings first differ, with context, or undefined when they are the same. */
function firstDifference(spec: ChartSpec, options: (typeof VARIANTS)[number]): string | undefined {
  const plot = renderChart(spec, options);
  const str = renderChartString(spec, options);
  if (plot === str) return undefined;
  let i = 0;
  while (plot[i] === str[i]) i++;
  return `${spec.id} ${options.theme} ${options.width}\n  Plot:   …${plot.slice(i - 80, i + 80)}\n  string: …${str.slice(i - 80, i + 80)}`;
}

describe('string renderer draws what Plot draws', () => {
  for (const [name, spec] of Object.entries(SPECS).filter(([, s]) => STRING_KINDS.has(s.kind))) {
    test(`golden spec ${name}`, () => {
      for (const v of VARIANTS) expect(firstDifference(spec, v)).toBeUndefined();
    });
  }

  test('every lines, stacked-bars and grouped-bars chart of the test site, vi and en', () => {
    const charts = exportCatalog().charts.filter((c) => STRING_KINDS.has(c.spec.kind));
    expect(new Set(charts.map((c) => c.spec.kind))).toEqual(STRING_KINDS);
    expect(charts.length).toBeGreaterThan(50);
    const differences = charts.flatMap((c) => VARIANTS.map((v) => firstDifference(c.spec, v)).filter(Boolean));
    expect(differences.slice(0, 3)).toEqual([]);
  });

  test('refuses the kinds it does not draw', () => {
    expect(() => renderChartString(SPECS['ranking-percent']!)).toThrow(/ranking/);
  });

  test('commune pages use it; every other page keeps Plot', () => {
    const { charts } = exportCatalog();
    const model = siteModel();
    const unitOf = (key: string) => (key.startsWith('don-vi--') ? model.units.get(key.split('--')[1]!) : undefined);
    const communeKinds = charts.filter((c) => unitOf(c.key)?.level === 'commune' && STRING_KINDS.has(c.spec.kind));
    expect(communeKinds.length).toBeGreaterThan(0);
    for (const c of charts) expect(c.engine, c.key).toBe(communeKinds.includes(c) ? 'string' : 'plot');
  });
});
