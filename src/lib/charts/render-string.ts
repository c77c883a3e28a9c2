/**
 * A string renderer for the three kinds of chart a unit page has (lines, stacked and grouped bars): the same SVG
 * Observable Plot draws for the same spec (render.ts), element for element, with the same d3 scales, written as a
 * string without building a document.
 *
 * Why: a national build draws ≈ 120,000 charts for the 3,321 commune pages (every chart in vi and en, at page and
 * embed widths). Plot takes ≈ 3 ms a chart; this takes ≈ 0.1 ms. Plot stays the renderer for every other page;
 * tests/charts/string-parity.test.ts draws every golden spec and every chart of the test site both ways and
 * requires the same elements, attributes and text, with coordinates equal to 0.02 units.
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3';
import { color, type ColorToken, type Theme } from './palette.ts';
import { barExtent, barLabels, bottomTickCount, CHART_WIDTH, FONT_SIZE, groupedRows, markerLayout, markerSides, marginLeftFor, marginRightFor, ruleLayout, seriesPoints, SVG_FONT_FAMILY } from './layout.ts';
import type { ChartSpec, Datum } from './spec.ts';
import { axisTickFormat } from './ticks.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';

// Text and attribute values escaped as Plot's document writes them (svg-dom.ts): with the project's one escaper.
const text = escapeText;
const attr = escapeAttr;
/** Numbers as render.ts leaves them: JavaScript's own text, cut to 2 decimals when longer. */
const num = (v: number): string => {
  const s = String(v);
  const dot = s.indexOf('.');
  if (dot < 0 || s.length - dot <= 3) return s;
  if (s.includes('e')) return s.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));
  return String(Math.round(v * 100) / 100);
};
/** Path coordinates: d3-shape rounds them to 3 decimals before render.ts cuts them to 2. */
const pathNum = (v: number) => num(Math.round(v * 1000) / 1000);
/** A mark with its tooltip (`<title>`), or self-closing without one, as Plot's document writes it. */
const mark = (open: string, tag: string, t: string | undefined) => (t === undefined || t === null ? `${open} />` : `${open}><title>${text(String(t))}</title></${tag}>`);

export function renderChartString(spec: ChartSpec, options: { theme?: Theme; width?: number } = {}): string {
  const theme = options.theme ?? 'css';
  const width = options.width ?? CHART_WIDTH;
  switch (spec.kind) {
    case 'lines':
      return lines(spec, theme, width);
    case 'stacked-bars':
      return stackedBars(spec, theme, width);
    case 'grouped-bars':
      return groupedBars(spec, theme, width);
    default:
      throw new Error(`render-string: no string renderer for ${spec.kind} charts (render.ts draws them)`);
  }
}

/** Kinds this renderer draws. */
export const STRING_KINDS: ReadonlySet<string> = new Set(['lines', 'stacked-bars', 'grouped-bars']);

function open(spec: ChartSpec, theme: Theme, width: number, height: number): string {
  const ns = theme === 'static' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return (
    `<svg${ns} data-chart-kind="${spec.kind}" role="img" class="chart-svg" aria-description="${attr(spec.alt)}" aria-label="${attr(spec.ariaLabel)}"` +
    ` viewBox="0 0 ${num(width)} ${num(height)}" height="${num(height)}" width="${num(width)}" text-anchor="middle" font-size="${FONT_SIZE}" font-family="${attr(SVG_FONT_FAMILY)}" fill="currentColor">`
  );
}

interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A linear value scale as Plot builds it: domain from the data (and zero), nice, then 4 ticks. */
function valueScale(spec: ChartSpec, values: number[], zero: boolean, range: [number, number], count = 4) {
  let domain: [number, number];
  if (spec.domain) domain = [...spec.domain];
  else {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (zero) {
      lo = Math.min(0, lo);
      hi = Math.max(0, hi);
    }
    domain = lo <= hi ? [lo, hi] : [0, 1];
  }
  // Plot reverses the domain, not the range: ticks then come in the reversed order too.
  const scale = scaleLinear().domain(spec.reverse ? [domain[1], domain[0]] : domain).range(range);
  scale.nice();
  return { scale, ticks: scale.ticks(count) };
}

/** The value axis along x at the bottom (bars): grid, tick marks, labels. */
function bottomValueAxis(f: Frame, x: (v: number) => number, ticks: number[], fmt: (v: number, i: number, ticks: readonly number[]) => string): string {
  const y = f.height - f.bottom;
  return (
    `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">${ticks.map((t) => `<line y2="${num(y)}" y1="${num(f.top)}" x2="${num(x(t))}" x1="${num(x(t))}" />`).join('')}</g>` +
    `<g stroke="currentColor" fill="none" aria-hidden="true">${ticks.map((t) => `<path d="M0,0L0,6" transform="translate(${num(x(t))},${num(y)})" />`).join('')}</g>` +
    `<g transform="translate(0,9)" font-variant="tabular-nums">${ticks.map((t, i) => `<text transform="translate(${num(x(t))},${num(y)})" y="0.71em">${text(fmt(t, i, ticks))}</text>`).join('')}</g>`
  );
}

/** A band scale as Plot builds it (rounded, padding on both sides). */
function bandScale(domain: string[], range: [number, number], padding: number) {
  return scaleBand<string>().domain(domain).range(range).paddingInner(padding).paddingOuter(padding).align(0.5).round(true);
}

function textGroup(attrs: string, items: { x: number; y: number; text: string }[], baseline: '0.32em' | '0.71em'): string {
  if (items.length === 0) return '';
  return `<g${attrs}>${items.map((i) => `<text transform="translate(${num(i.x)},${num(i.y)})" y="${baseline}">${text(i.text)}</text>`).join('')}</g>`;
}

function stackedBars(spec: ChartSpec, theme: Theme, width: number): string {
  const cats = spec.categories.map((k) => k.key);
  const labels = barLabels(spec);
  const f: Frame = { width, height: cats.length * 30 + 60, top: 20, right: marginRightFor(spec, ...barExtent(spec)), bottom: 30, left: marginLeftFor([...labels.values()]) };
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const seriesColor = new Map(spec.series.map((s) => [s.key, color(s.color, theme)] as const));
  const present = spec.data.filter((d) => d.value !== null);
  // Stack in series order within each category; bars keep the data order.
  const order = new Map(spec.series.map((s, i) => [s.key, i] as const));
  const spans = new Map<Datum, [number, number]>();
  for (const cat of cats) {
    let pos = 0;
    let neg = 0;
    const rows = present.filter((d) => d.category === cat).sort((a, b) => (order.get(a.series) ?? 0) - (order.get(b.series) ?? 0));
    for (const d of rows) {
      const v = d.value!;
      if (v >= 0) spans.set(d, [pos, (pos += v)]);
      else spans.set(d, [neg, (neg += v)]);
    }
  }
  const ends = [...spans.values()].flat();
  const { scale: x, ticks } = valueScale(spec, ends.length ? ends : [0], true, [f.left, f.width - f.right], bottomTickCount(spec, ...barExtent(spec), f.width - f.left - f.right));
  const y = bandScale(cats, [f.top, f.height - f.bottom], 0.25);
  const bw = y.bandwidth();
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  let out = open(spec, theme, width, f.height);
  out += `<g transform="translate(0,${num(bw / 2)})" stroke="currentColor" fill="none" aria-hidden="true">${cats.map((c) => `<path d="M0,0L-6,0" transform="translate(${num(f.left)},${num(y(c)!)})" />`).join('')}</g>`;
  out += textGroup(` transform="translate(-9,${num(bw / 2)})" text-anchor="end"`, cats.map((c) => ({ x: f.left, y: y(c)!, text: labels.get(c) ?? c })), '0.32em');
  out += bottomValueAxis(f, (v) => x(v), ticks, fmt);
  if (present.length) {
    out += `<g stroke="${bg}">`;
    for (const d of present) {
      const [a, b] = spans.get(d)!;
      const x1 = Math.min(x(a), x(b));
      out += mark(`<rect fill="${seriesColor.get(d.series)}" height="${num(bw)}" y="${num(y(d.category!)!)}" width="${num(Math.max(0, Math.abs(x(b) - x(a))))}" x="${num(x1)}"`, 'rect', d.title);
    }
    out += '</g>';
  }
  const empty = spec.categories.filter((k) => k.emptyLabel);
  out += textGroup(` transform="translate(6,${num(bw / 2)})" font-style="italic" text-anchor="start"`, empty.map((k) => ({ x: f.left, y: y(k.key)!, text: k.emptyLabel! })), '0.32em');
  out += `<g stroke="currentColor"><line y2="${num(f.height - f.bottom)}" y1="${num(f.top)}" x2="${num(x(0))}" x1="${num(x(0))}" /></g>`;
  return `${out}</svg>`;
}

function groupedBars(spec: ChartSpec, theme: Theme, width: number): string {
  const { keys, barH, domain, labelRows } = groupedRows(spec);
  const f: Frame = { width, height: domain.length * barH + 50, top: 10, right: marginRightFor(spec, ...barExtent(spec)), bottom: 30, left: marginLeftFor([...barLabels(spec).values()]) };
  const seriesColor = new Map(spec.series.map((s) => [s.key, color(s.color, theme)] as const));
  const present = spec.data.filter((d) => d.value !== null);
  const nulls = spec.data.filter((d) => d.value === null);
  const { scale: x, ticks } = valueScale(spec, present.length ? present.map((d) => d.value!) : [0], true, [f.left, f.width - f.right], bottomTickCount(spec, ...barExtent(spec), f.width - f.left - f.right));
  const y = bandScale(domain, [f.top, f.height - f.bottom], 0);
  const bw = y.bandwidth();
  const yOf = (d: Datum) => y(`${d.category}\u0000${d.series}`)!;
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  let out = open(spec, theme, width, f.height);
  out += bottomValueAxis(f, (v) => x(v), ticks, fmt);
  if (present.length) {
    out += '<g>';
    for (const d of present) {
      const a = x(0);
      const b = x(d.value!);
      out += mark(`<rect fill="${seriesColor.get(d.series)}" height="${num(Math.max(0, bw - 2))}" y="${num(yOf(d) + 1)}" width="${num(Math.max(0, Math.abs(b - a)))}" x="${num(Math.min(a, b))}"`, 'rect', d.title);
    }
    out += '</g>';
  }
  const half = bw / 2;
  out += textGroup(` transform="translate(4,${num(half)})" font-style="italic" font-size="11" text-anchor="start"`, nulls.filter((d) => d.title !== undefined).map((d) => ({ x: f.left, y: yOf(d), text: d.title! })), '0.32em');
  out += textGroup(` transform="translate(-9,${num(((keys.length - 1) * barH) / 2 + half)})" text-anchor="end"`, labelRows.filter((r) => !r.empty).map((r) => ({ x: f.left, y: y(r.key)!, text: r.label })), '0.32em');
  out += textGroup(` transform="translate(-9,${num(half)})" text-anchor="end"`, labelRows.filter((r) => r.empty).map((r) => ({ x: f.left, y: y(r.key)!, text: r.label })), '0.32em');
  out += textGroup(` transform="translate(6,${num(half)})" font-style="italic" text-anchor="start"`, spec.categories.filter((k) => k.emptyLabel).map((k) => ({ x: f.left, y: y(`${k.key}\u0000`)!, text: k.emptyLabel! })), '0.32em');
  out += `<g stroke="currentColor"><line y2="${num(f.height - f.bottom)}" y1="${num(f.top)}" x2="${num(x(0))}" x1="${num(x(0))}" /></g>`;
  return `${out}</svg>`;
}

/** Plot's label of a vertical value axis: an arrow the way values grow on screen, none on a flat domain or when the label has one. */
function axisLabel(label: string, domain: number[]): string {
  if (/[↑↓→←]/.test(label)) return label;
  const order = Math.sign(domain[1]! - domain[0]!);
  return order > 0 ? `↑ ${label}` : order < 0 ? `↓ ${label}` : label;
}

/** Diamond of Plot's `symbol: 'diamond'` at r = 4 (d3.symbolDiamond). */
const DIAMOND = 'M0,-6.6L3.81,0L0,6.6L-3.81,0Z';

function lines(spec: ChartSpec, theme: Theme, width: number): string {
  const f: Frame = { width, height: 270, top: 34, right: 20, bottom: 30, left: 52 };
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const c = (token: ColorToken) => color(token, theme);
  const { x0, x1, ticks: timeTickDates, format } = markerLayout(spec);
  const x = scaleUtc().domain([x0, x1]).range([f.left, f.width - f.right]);
  const rules = ruleLayout(spec, x0, x1);
  const values = spec.data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const { scale: y, ticks } = valueScale(spec, [...values, ...rules.map((r) => r.value)], spec.valueKind === 'count', [f.height - f.bottom, f.top]);
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const bottom = f.height - f.bottom;
  let out = open(spec, theme, width, f.height);
  // Value axis on the left: grid, ticks, labels, and its label at the top.
  out += `<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">${ticks.map((t) => `<line y2="${num(y(t))}" y1="${num(y(t))}" x2="${num(f.width - f.right)}" x1="${num(f.left)}" />`).join('')}</g>`;
  out += `<g stroke="currentColor" fill="none" aria-hidden="true">${ticks.map((t) => `<path d="M0,0L-6,0" transform="translate(${num(f.left)},${num(y(t))})" />`).join('')}</g>`;
  out += `<g transform="translate(-9,0)" font-variant="tabular-nums" text-anchor="end">${ticks.map((t, i) => `<text transform="translate(${num(f.left)},${num(y(t))})" y="0.32em">${text(fmt(t, i, ticks))}</text>`).join('')}</g>`;
  if (spec.valueLabel) out += `<g transform="translate(${num(3 - f.left)},${num(3 - f.top)})" text-anchor="start"><text transform="translate(${num(f.left)},${num(f.top)})" y="0.71em">${text(axisLabel(spec.valueLabel, y.domain()))}</text></g>`;
  // Time axis.
  const tx = timeTickDates.map((d) => x(d));
  out += `<g stroke="currentColor" fill="none" aria-hidden="true">${tx.map((v) => `<path d="M0,0L0,6" transform="translate(${num(v)},${num(bottom)})" />`).join('')}</g>`;
  out += `<g transform="translate(0,9)" font-variant="tabular-nums">${timeTickDates.map((d, i) => `<text transform="translate(${num(tx[i]!)},${num(bottom)})" y="0.71em">${text(format(d, spec.locale))}</text>`).join('')}</g>`;
  // Change markers, target rules.
  const { markers, left, right } = markerSides(spec, x0, x1);
  if (markers.length) out += `<g stroke-dasharray="2,3" stroke-opacity="0.7" stroke="currentColor">${markers.map((m) => `<line y2="${num(bottom)}" y1="${num(f.top)}" x2="${num(x(m.x))}" x1="${num(x(m.x))}" />`).join('')}</g>`;
  out += textGroup(' transform="translate(4,-16)" font-size="11" text-anchor="start"', right.map((m) => ({ x: x(m.x), y: f.top, text: m.label })), '0.71em');
  out += textGroup(' transform="translate(-4,-16)" font-size="11" text-anchor="end"', left.map((m) => ({ x: x(m.x), y: f.top, text: m.label })), '0.71em');
  if (rules.length) out += `<g stroke-dasharray="6,3" stroke-width="1.5" stroke="currentColor">${rules.map((r) => `<line y2="${num(y(r.value))}" y1="${num(y(r.value))}" x2="${num(x(r.x2))}" x1="${num(x(r.x1))}" />`).join('')}</g>`;
  out += textGroup(` transform="translate(0,-7)" font-size="11" text-anchor="end" paint-order="stroke" stroke-linejoin="round" stroke-width="3" stroke="${bg}"`, rules.map((r) => ({ x: x(r.x2), y: y(r.value), text: r.label })), '0.32em');
  // Series: a path per segment (gaps where a value is missing), dots where render.ts puts them.
  for (const s of spec.series) {
    const stroke = c(s.color);
    const { rows, dotted } = seriesPoints(spec, s.key);
    const paths: string[] = [];
    const segments = new Map<string, typeof rows>();
    for (const d of rows) {
      const k = d.segment ?? d.series;
      const list = segments.get(k);
      if (list) list.push(d);
      else segments.set(k, [d]);
    }
    for (const seg of segments.values()) {
      let d = '';
      let run = 0;
      for (const p of seg) {
        if (p.value === null) {
          if (run === 1) d += 'Z';
          run = 0;
          continue;
        }
        d += `${run ? 'L' : 'M'}${pathNum(x(p.x))},${pathNum(y(p.value))}`;
        run++;
      }
      if (run === 1) d += 'Z';
      if (d) paths.push(`<path d="${d}" />`);
    }
    if (rows.length) out += `<g${s.computed ? ' stroke-dasharray="5,4"' : ''} stroke-linecap="round" stroke-linejoin="round" stroke-width="2.25" stroke="${stroke}" fill="none">${paths.join('')}</g>`;
    if (dotted.length) {
      out += `<g stroke-width="2" stroke="${stroke}" fill="${s.computed ? bg : stroke}">`;
      for (const p of dotted) {
        const [px, py] = [num(x(p.x)), num(y(p.value!))];
        out += s.computed ? mark(`<path d="${DIAMOND}" transform="translate(${px},${py})"`, 'path', p.title) : mark(`<circle r="4" cy="${py}" cx="${px}"`, 'circle', p.title);
      }
      out += '</g>';
    }
  }
  return `${out}</svg>`;
}
