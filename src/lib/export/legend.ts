/**
 * A chart's legend as HTML: one key per series (dashed line and hollow marker for our computations) and the target
 * rule. One function for the chart pages (ChartLegend.astro) and the embed pages (embed-page.ts).
 */
import { color } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';

export interface LegendOptions {
  /** aria-label of the list. */
  label?: string;
  /** Fill of the hollow marker of computed series (the chart's background). */
  hollowFill?: string;
  /** When given, a key for the target rule(s) with this text. */
  targetLabel?: string;
}

export function legendHtml(spec: Pick<ChartSpec, 'series' | 'kind' | 'rules'>, { label, hollowFill = 'var(--chart-bg, #fff)', targetLabel }: LegendOptions = {}): string {
  const items = spec.series.map((s) => {
    const c = escapeAttr(color(s.color));
    const key =
      spec.kind === 'lines'
        ? `<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="1" y1="6" x2="27" y2="6" stroke="${c}" stroke-width="2.5"${s.computed ? ' stroke-dasharray="5,4"' : ''}></line>${
            s.computed ? `<path d="M14,2 L18,6 L14,10 L10,6 Z" fill="${escapeAttr(hollowFill)}" stroke="${c}" stroke-width="2"></path>` : `<circle cx="14" cy="6" r="4" fill="${c}"></circle>`
          }</svg>`
        : `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="${c}"></rect></svg>`;
    return `<li>${key}<span>${escapeText(s.label)}</span></li>`;
  });
  if (targetLabel && (spec.rules ?? []).length > 0) {
    items.push(`<li><svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><line x1="1" y1="6" x2="27" y2="6" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6,3"></line></svg><span>${escapeText(targetLabel)}</span></li>`);
  }
  return `<ul class="legend"${label ? ` aria-label="${escapeAttr(label)}"` : ''}>${items.join('')}</ul>`;
}
