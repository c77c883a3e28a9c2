/**
 * One drawing per chart and language (issue 16 item 3): the SVG download contains the page's drawing, its marks byte
 * for byte (colours resolved to plain hex), placed unscaled in a 400-unit image; the PNG, drawn from it in the
 * reader's browser, is that image at 2× (tests/browser/png-button.test.ts). A drawing is remembered by chart key and
 * content hash, so new figures under the same key are drawn anew.
 */
import { describe, expect, test } from 'vitest';
import { parseSvgRoot } from '../../src/lib/export/svg-root.ts';
import { resolveCssColours } from '../../src/lib/export/png.ts';
import { IMAGE_WIDTH } from '../../src/lib/export/compose.ts';
import { svgSize } from '../../src/lib/export/embed.ts';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog, renderExport } = await import('../../src/lib/export/catalog.ts');
const { chartImageSvg } = await import('../../src/lib/export/responses.ts');

/** The drawing without its root start tag: what the image must carry unchanged. */
const marks = (svg: string) => svg.slice(parseSvgRoot(svg).end);

describe('the image downloads reuse the page drawing', () => {
  const charts = exportCatalog().charts;
  const sample = ['lines', 'stacked-bars', 'grouped-bars', 'ranking', 'strip'].flatMap((kind) => charts.filter((c) => c.spec.kind === kind).slice(0, 2));

  test('every kind, vi and en: the image SVG contains the page drawing\'s marks byte for byte', () => {
    expect(new Set(sample.map((c) => c.spec.kind)).size).toBe(5);
    for (const chart of sample) {
      const page = renderExport(chart);
      const image = chartImageSvg(chart);
      expect(image, chart.key).toContain(resolveCssColours(marks(page)));
      expect(image).not.toMatch(/var\(--/);
      expect(svgSize(image).width).toBe(IMAGE_WIDTH);
    }
  });

  test('the check fails for a drawing that is not the page\'s', () => {
    const [a, b] = sample.filter((c) => c.spec.kind === 'lines');
    expect(chartImageSvg(a!)).not.toContain(resolveCssColours(marks(renderExport(b!))));
  });

  test('a drawing is remembered per content hash: new figures under the same key are drawn anew', () => {
    const chart = sample.find((c) => c.spec.kind === 'ranking')!;
    const before = renderExport(chart);
    const changed = { ...chart, hash: `${chart.hash}x`, spec: { ...chart.spec, data: chart.spec.data.map((d) => (d.value === null ? d : { ...d, value: d.value + 1 })) } };
    expect(renderExport(changed)).not.toBe(before);
    expect(chartImageSvg(changed)).toContain(resolveCssColours(marks(renderExport(changed))));
    expect(renderExport(chart)).toBe(before);
  });
});
