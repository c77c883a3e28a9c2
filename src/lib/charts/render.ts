/**
 * The renderer every page, embed page and download uses: any ChartSpec → an SVG string (render-string.ts), drawn
 * once per language on a 360-unit viewBox that scales with `width="100%"`. Deterministic (same spec, same bytes):
 * golden-file tests pin it.
 */
import { renderChartString } from './render-string.ts';
import { CHART_WIDTH, FONT_SIZE } from './layout.ts';
import type { Theme } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export { CHART_WIDTH, FONT_SIZE };

export interface RenderOptions {
  /** 'css': colours as CSS variables with hex fallbacks (pages, dark mode); 'static': plain hex (tests of the raster). */
  theme?: Theme;
}

export function renderChart(spec: ChartSpec, options: RenderOptions = {}): string {
  return renderChartString(spec, options);
}
