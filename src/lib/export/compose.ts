/**
 * The standalone chart image (the SVG download and the source of the PNG): title, subtitle, legend, the page's own
 * drawing of the chart at its own 360-unit size (colours resolved to plain hex, png.ts resolveCssColours), notes and
 * the source line, in one SVG with no external references. Text is measured with the shipped Noto Sans, so nothing overflows in resvg or a browser.
 */
import { CHART_WIDTH } from '../charts/layout.ts';
import { OKABE_ITO } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { FONT_FAMILY, textWidth, wrapText } from './fonts.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';
import { parseSvgRoot, replaceSvgRoot, rootAttr, rootSize } from './svg-root.ts';

/** The chart's 360 units and a 20-unit margin on each side: the drawing is placed unscaled. */
export const IMAGE_WIDTH = CHART_WIDTH + 40;
const PAD = 20;
const INK = '#1a1a1a';
const MUTED = '#555555';

export interface ComposeInput {
  spec: ChartSpec;
  /** The page's drawing of the chart, its colours resolved (resolveCssColours). */
  chartSvg: string;
  /** "Nguồn"/"Source" label and the portal's address line ("cchc.example.vn/don-vi/…"). */
  footer: { sourceLabel: string; site: string };
}

function textEl(x: number, y: number, size: number, weight: 400 | 700, fill: string, s: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}"${weight === 700 ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeText(s)}</text>`;
}

// The page's own placement and styling: the composed image sets its own.
const REPLACED_ON_PLACE = new Set(['x', 'y', 'width', 'height', 'xmlns', 'class', 'style']);

/** Put the chart's own <svg> at (x, y) scaled to `width`; returns the markup and the height it takes. */
function placeChart(chartSvg: string, x: number, y: number, width: number): { markup: string; height: number } {
  const root = parseSvgRoot(chartSvg);
  const { width: w, height: h } = rootSize(root);
  const height = w > 0 ? Math.round((h * width) / w * 100) / 100 : h;
  const attrs: [string, string][] = [['x', String(x)], ['y', String(y)], ['width', String(width)], ['height', String(height)]];
  attrs.push(...root.attrs.filter(([n]) => !REPLACED_ON_PLACE.has(n)));
  if (!rootAttr(root, 'viewBox')) attrs.push(['viewBox', `0 0 ${w} ${h}`]);
  return { markup: replaceSvgRoot(chartSvg, root, attrs).slice(root.start), height };
}

export function composeChartSvg({ spec, chartSvg, footer }: ComposeInput): string {
  const inner = IMAGE_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(spec.title, 20, inner, 3, 700)) {
    y += 24;
    parts.push(textEl(PAD, y, 20, 700, INK, line));
  }
  for (const line of wrapText(spec.subtitle, 14, inner, 2)) {
    y += 20;
    parts.push(textEl(PAD, y, 14, 400, MUTED, line));
  }

  // Legend: swatch + label, flowing in rows.
  if (spec.series.length > 1 || spec.series.some((s) => s.computed)) {
    y += 10;
    let x = PAD;
    let rowY = y + 14;
    for (const s of spec.series) {
      const label = wrapText(s.label, 13, inner - 24, 1)[0] ?? '';
      const w = 18 + textWidth(label, 13) + 16;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        rowY += 20;
      }
      const col = OKABE_ITO[s.color];
      parts.push(
        s.computed
          ? `<rect x="${x + 0.75}" y="${rowY - 10.25}" width="10.5" height="10.5" fill="#ffffff" stroke="${col}" stroke-width="1.5" stroke-dasharray="3,2"/>`
          : `<rect x="${x}" y="${rowY - 11}" width="12" height="12" fill="${col}"/>`,
      );
      parts.push(textEl(x + 18, rowY, 13, 400, INK, label));
      x += w;
    }
    y = rowY + 4;
  }

  y += 10;
  const placed = placeChart(chartSvg, PAD, y, inner);
  parts.push(placed.markup);
  y += placed.height + 6;

  for (const note of spec.notes) {
    for (const line of wrapText(note, 12, inner, 4)) {
      y += 16;
      parts.push(textEl(PAD, y, 12, 400, MUTED, line));
    }
  }

  y += 8;
  parts.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="1" fill="#d0d7de"/>`);
  const sources = spec.sources.map((s) => s.title).join('; ');
  for (const line of wrapText(`${footer.sourceLabel}: ${sources}`, 12, inner, 3)) {
    y += 17;
    parts.push(textEl(PAD, y, 12, 400, MUTED, line));
  }
  y += 17;
  parts.push(textEl(PAD, y, 12, 700, MUTED, wrapText(footer.site, 12, inner, 1)[0] ?? ''));
  const height = Math.ceil(y + PAD - 4);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" ` +
    `font-family="${FONT_FAMILY}, sans-serif" color="${INK}" lang="${spec.locale}" role="img" aria-label="${escapeAttr(spec.ariaLabel)}">` +
    `<title>${escapeText(spec.title)}</title><desc>${escapeText(spec.alt)}</desc>` +
    `<rect width="${IMAGE_WIDTH}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
