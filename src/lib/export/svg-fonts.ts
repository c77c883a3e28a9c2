/**
 * An SVG's text pointed at the project's own fonts (src/assets/fonts/), for both rasterisers: resvg at build time
 * (png.ts) and the reader's browser, which draws a chart's PNG from its SVG download (png-button.ts). Pure string
 * work, no Node: the browser bundle imports it.
 */
import { parseSvgRoot } from './svg-root.ts';

/** Every `font-family` of the SVG, attribute or CSS, becomes `family` (a CSS font-family list). */
export function setFontFamily(svg: string, family: string): string {
  const attr = family.replace(/"/g, "'");
  return svg
    .replace(/font-family="[^"]*"/g, `font-family="${attr}"`)
    .replace(/font-family='[^']*'/g, `font-family="${attr}"`)
    .replace(/font-family\s*:\s*[^;}"]+/g, `font-family: ${attr}`);
}

/**
 * The families a browser draws the chart with: names no system font has, so the drawing never silently uses an
 * installed Noto Sans (or, without our fonts, shows the fallback the tests look for).
 */
export const CANVAS_FAMILY = { text: 'CCHC Noto Sans', symbols: 'CCHC DejaVu Symbols' } as const;

/**
 * What only the symbols font covers (arrows, operators, shapes: its subset, src/assets/fonts/subset.mjs). The
 * project's escaper writes these characters as they are, never as numeric references (text/escape.ts).
 */
const SYMBOL_CHARS = /[\u2190-\u23ff\u25a0-\u27bf]/;

/** Whether the SVG needs the symbols font (else the button does not fetch it). */
export const needsSymbols = (svg: string): boolean => SYMBOL_CHARS.test(svg);

/** The fonts as `data:` URLs (the button fetches them from the site). */
export interface CanvasFonts {
  regular: string;
  bold: string;
  symbols?: string;
}

/**
 * The SVG made self-contained for a canvas: its text set in CANVAS_FAMILY, whose `@font-face` rules carry the
 * fonts inline, since an SVG drawn as an image loads nothing from outside itself.
 */
export function svgWithFonts(svg: string, fonts: CanvasFonts): string {
  const face = (family: string, url: string, weight: string) =>
    `@font-face{font-family:'${family}';src:url("${url}") format('truetype');font-weight:${weight};font-style:normal}`;
  const css = [
    face(CANVAS_FAMILY.text, fonts.regular, '400'),
    face(CANVAS_FAMILY.text, fonts.bold, '700'),
    fonts.symbols ? face(CANVAS_FAMILY.symbols, fonts.symbols, '100 900') : '',
  ].join('');
  const s = setFontFamily(svg, `'${CANVAS_FAMILY.text}', '${CANVAS_FAMILY.symbols}', sans-serif`);
  const root = parseSvgRoot(s);
  if (root.selfClosing) return s;
  return `${s.slice(0, root.end)}<defs><style>${css}</style></defs>${s.slice(root.end)}`;
}
