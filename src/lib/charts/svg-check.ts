/**
 * Checks of drawn charts, as a reader sees them (issue 17 item 6): no axis shows one tick label twice, and no text
 * runs outside its SVG's viewBox. Text extents come from the bundled Noto Sans metrics (export/fonts.ts), the
 * font the charts name first; `npm run check-site -- <dir>` runs these over every chart of a built site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SaxesParser } from 'saxes';
import { textWidth } from '../export/fonts.ts';

export interface ChartDefect {
  where: string;
  code: 'tick-label-repeated' | 'tick-labels-overlap' | 'text-outside-viewbox' | 'svg-unreadable';
  detail: string;
}

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const stack: El[] = [];
  let root: El | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => void (error ??= e));
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [] };
    if (stack.length) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack.length && stack.at(-1)!.children.push(t)));
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}

/** Text a reader sees in an element: its strings and tspans, not its tooltip (<title>). */
const visibleText = (el: El): string => el.children.map((c) => (typeof c === 'string' ? c : c.name === 'title' ? '' : visibleText(c))).join('');

/** A length attribute in user units: "12", "0.32em" (of the font size). Undefined when it cannot be read. */
function length(v: string | undefined, fontSize: number): number | undefined {
  if (v === undefined || v === '') return 0;
  const m = /^(-?[\d.]+)(em|px)?$/.exec(v.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'em' ? fontSize : 1);
}

/** translate(a,b) / translate(a); any other transform makes the position unknown (undefined). */
function translate(v: string | undefined): [number, number] | undefined {
  if (!v) return [0, 0];
  const m = /^\s*translate\(\s*(-?[\d.e+-]+)(?:[\s,]+(-?[\d.e+-]+))?\s*\)\s*$/.exec(v);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

interface Style {
  x: number;
  y: number;
  known: boolean;
  anchor: string;
  fontSize: number;
  bold: boolean;
  /** The boxes of an axis' tick labels, collected while visiting its group. */
  boxes?: { text: string; x0: number; x1: number; y0: number; y1: number }[];
}

// Noto Sans: ascender of accented capitals ≈ 0.95 em would be the worst case; 0.75 em covers what charts set
// (digits, lowercase with one diacritic), and descenders ≈ 0.24 em. A rounding slack of 1 unit on every side.
const ASCENT = 0.75;
const DESCENT = 0.24;
const SLACK = 1;

/** The defects of one chart SVG (`where` names it in the messages). */
export function checkChartSvg(xml: string, where: string): ChartDefect[] {
  let root: El;
  try {
    root = parse(xml);
  } catch (e) {
    return [{ where, code: 'svg-unreadable', detail: (e as Error).message }];
  }
  const out: ChartDefect[] = [];
  const vb = (root.attrs.viewBox ?? '').split(/[\s,]+/).map(Number);
  const [minX, minY, w, h] = (vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, Number(root.attrs.width), Number(root.attrs.height)]) as [number, number, number, number];
  const visit = (el: El, parent: Style) => {
    const fontSize = length(el.attrs['font-size'], parent.fontSize) || parent.fontSize;
    const t = translate(el.attrs.transform);
    const dx = length(el.attrs.x, fontSize);
    const dy = length(el.attrs.y, fontSize);
    const ddx = length(el.attrs.dx, fontSize);
    const ddy = length(el.attrs.dy, fontSize);
    const ok = parent.known && t !== undefined && dx !== undefined && dy !== undefined && ddx !== undefined && ddy !== undefined;
    const s: Style = {
      // The chart's own <svg> may sit at x/y inside a composed download: its viewBox is the frame checked.
      x: ok ? parent.x + t[0] + (el.name === 'g' || el.name === 'svg' ? 0 : dx + ddx) : 0,
      y: ok ? parent.y + t[1] + (el.name === 'g' || el.name === 'svg' ? 0 : dy + ddy) : 0,
      known: ok,
      anchor: el.attrs['text-anchor'] ?? parent.anchor,
      fontSize,
      bold: el.attrs['font-weight'] ? el.attrs['font-weight'] === 'bold' || Number(el.attrs['font-weight']) >= 600 : parent.bold,
      boxes: el.name === 'g' && el.attrs['font-variant'] === 'tabular-nums' ? [] : parent.boxes,
    };
    if (el.name === 'g' && el.attrs['font-variant'] === 'tabular-nums') {
      // An axis' tick labels: Plot and the string renderers group them so.
      const labels = el.children.filter((c): c is El => typeof c !== 'string' && c.name === 'text').map(visibleText).filter((x) => x.trim());
      const seen = new Set<string>();
      for (const label of labels) {
        if (seen.has(label)) out.push({ where, code: 'tick-label-repeated', detail: `"${label}" in [${labels.join(' | ')}]` });
        seen.add(label);
      }
    }
    if (el.name === 'text') {
      if (!s.known) return;
      // Wrapped text (Plot writes lines as <tspan>s, each 1em below the last): each line measured on its own.
      const spans = el.children.filter((c): c is El => typeof c !== 'string' && c.name === 'tspan');
      let y = s.y;
      const lines = spans.length
        ? spans.map((sp) => ({ text: visibleText(sp), y: (y += length(sp.attrs.dy, fontSize) ?? 0) + (length(sp.attrs.y, fontSize) ?? 0) }))
        : [{ text: visibleText(el), y: s.y }];
      for (const line of lines) {
        if (!line.text.trim()) continue;
        const width = textWidth(line.text, fontSize, s.bold ? 700 : 400);
        const x0 = s.anchor === 'end' ? s.x - width : s.anchor === 'middle' ? s.x - width / 2 : s.x;
        const x1 = x0 + width;
        const y0 = line.y - ASCENT * fontSize;
        const y1 = line.y + DESCENT * fontSize;
        s.boxes?.push({ text: line.text, x0, x1, y0, y1 });
        if (x0 < minX - SLACK || x1 > minX + w + SLACK || y0 < minY - SLACK || y1 > minY + h + SLACK)
          out.push({ where, code: 'text-outside-viewbox', detail: `"${line.text}" spans x ${x0.toFixed(1)}–${x1.toFixed(1)}, y ${y0.toFixed(1)}–${y1.toFixed(1)}; viewBox ${minX} ${minY} ${w} ${h}` });
      }
      return;
    }
    for (const c of el.children) if (typeof c !== 'string') visit(c, s);
    if (s.boxes && s.boxes !== parent.boxes) {
      const b = s.boxes;
      for (let i = 0; i < b.length; i++)
        for (let j = i + 1; j < b.length; j++)
          if (b[i]!.x0 < b[j]!.x1 && b[j]!.x0 < b[i]!.x1 && b[i]!.y0 < b[j]!.y1 && b[j]!.y0 < b[i]!.y1)
            out.push({ where, code: 'tick-labels-overlap', detail: `"${b[i]!.text}" and "${b[j]!.text}"` });
    }
  };
  visit(root, { x: 0, y: 0, known: true, anchor: 'start', fontSize: Number(root.attrs['font-size']) || 16, bold: false });
  return out;
}

/** The chart SVGs in a text (an HTML page or an .svg file): each <svg data-chart-kind> up to its first </svg>. */
export const chartSvgsOf = (text: string): string[] => [...text.matchAll(/<svg\b[^>]*\bdata-chart-kind="[\s\S]*?<\/svg>/g)].map((m) => m[0]);

/** Every chart of a built site checked: pages and .svg files under `dir`. */
export function checkSiteCharts(dir: string): { charts: number; defects: ChartDefect[] } {
  const defects: ChartDefect[] = [];
  let charts = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html') || e.name.endsWith('.svg')) {
        chartSvgsOf(readFileSync(p, 'utf8')).forEach((svg, i) => {
          charts++;
          defects.push(...checkChartSvg(svg, `${relative(dir, p)}#${i + 1}`));
        });
      }
    }
  };
  walk(dir);
  return { charts, defects };
}
