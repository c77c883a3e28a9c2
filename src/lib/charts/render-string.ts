/**
 * The renderer: any ChartSpec → an SVG string, written without building a document, with d3's scales. Deterministic
 * (same spec, same bytes): golden-file tests pin it. No browser, no JavaScript on the page.
 *
 * Why strings: a national build draws every chart of ≈ 7,000 pages in two languages, and building a document per
 * chart (as Observable Plot does) costs far more than the chart. Plot is kept as a test oracle
 * (tests/charts/plot-oracle.ts): the parity test requires the same marks (dots, bars, lines, tick and text labels, at
 * the same places) for every golden spec and test-site chart.
 *
 * Drawn once per language on a 360-unit viewBox with `width="100%"`: the page, the embed page and the image
 * downloads all show this one drawing, scaled.
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3';
import { color, type ColorToken, type Theme } from './palette.ts';
import { barExtent, barLabels, bottomTickCount, BUMP_FONT_SIZE, bumpLabels, bumpMargin, CHART_WIDTH, isBump, FONT_SIZE, groupedRows, markerLayout, markerSides, marginLeftFor, marginRightFor, rankingLabels, ruleLayout, seriesPoints, SVG_FONT_FAMILY, utcDate } from './layout.ts';
import type { ChartSpec, Datum } from './spec.ts';
import { axisTickFormat, paddedDomain, rankAxis } from './ticks.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';

// Text and attribute values escaped with the project's one escaper.
const text = escapeText;
const attr = escapeAttr;
/**
 * Numbers: JavaScript's own text, cut to 2 decimals when longer. Between 1e-6 and 1e9 (a drawing's coordinates and
 * values) that is the text of the value rounded to hundredths, made once: there a value with 2 decimals or fewer
 * rounds to itself (larger ones may not: 40070292586526.2 × 100 is not exact).
 */
export const num = (v: number): string => {
  const a = Math.abs(v);
  if (a >= 1e-6 && a < 1e9) return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  const s = String(v);
  const dot = s.indexOf('.');
  if (dot < 0 || s.length - dot <= 3) return s;
  return s.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));
};
/** Path coordinates: rounded to 3 decimals (as d3-shape does), then cut to 2. */
const pathNum = (v: number) => num(Math.round(v * 1000) / 1000);
/** A mark with its tooltip (`<title>`), or self-closing without one. */
const mark = (open: string, tag: string, t: string | undefined) => (t === undefined || t === null ? `${open} />` : `${open}><title>${text(String(t))}</title></${tag}>`);

export function renderChartString(spec: ChartSpec, options: { theme?: Theme } = {}): string {
  const theme = options.theme ?? 'css';
  const width = CHART_WIDTH;
  switch (spec.kind) {
    case 'lines':
      return lines(spec, theme, width);
    case 'stacked-bars':
      return stackedBars(spec, theme, width);
    case 'grouped-bars':
      return groupedBars(spec, theme, width);
    case 'ranking':
      return ranking(spec, theme, width);
    case 'strip':
      return strip(spec, theme, width);
  }
}

function open(spec: ChartSpec, theme: Theme, width: number, height: number): string {
  const ns = theme === 'static' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return (
    `<svg${ns} data-chart-kind="${spec.kind}" role="img" class="chart-svg" aria-description="${attr(spec.alt)}" aria-label="${attr(spec.ariaLabel)}"` +
    ` viewBox="0 0 ${num(width)} ${num(height)}" width="100%" text-anchor="middle" font-size="${FONT_SIZE}" font-family="${attr(SVG_FONT_FAMILY)}" fill="currentColor">`
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

/**
 * A linear value scale: domain from the data (and zero) unless given, nice, then `count` ticks. A rank axis runs
 * from 1 to the lowest rank in whole ranks (ticks.ts rankAxis); `reverse` puts rank 1 at the top of a vertical axis.
 */
function valueScale(spec: ChartSpec, values: number[], zero: boolean, range: [number, number], count = 4, given = spec.domain) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (spec.valueKind === 'rank' && !given) {
    const axis = rankAxis(hi, count);
    const [first, last] = axis.domain;
    return { scale: scaleLinear().domain(spec.reverse ? [last, first] : [first, last]).range(range), ticks: axis.ticks };
  }
  let domain: [number, number];
  if (given) domain = [...given];
  else {
    if (zero) {
      lo = Math.min(0, lo);
      hi = Math.max(0, hi);
    }
    domain = lo <= hi ? [lo, hi] : [0, 1];
  }
  // The domain is reversed, not the range: ticks then come in the reversed order too.
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

/**
 * A text at (x, y), its tooltip after it. A label with line breaks is one <tspan> a line, 1em apart, the block
 * centred on y (baseline 0.32em) or hanging from it (0.71em).
 */
function textAt(x: number, y: number, t: string, baseline: '0.32em' | '0.71em', title?: string): string {
  const tip = title ? `<title>${text(title)}</title>` : '';
  const at = `<text transform="translate(${num(x)},${num(y)})"`;
  if (!t.includes('\n')) return `${at} y="${baseline}">${text(t)}${tip}</text>`;
  const lines = t.split('\n');
  const first = baseline === '0.71em' ? 0.71 : Math.round((0.32 - (lines.length - 1) / 2) * 100) / 100;
  return `${at}>${lines.map((l, i) => `<tspan ${i === 0 ? `y="${first}em"` : 'dy="1em"'} x="0">${text(l)}</tspan>`).join('')}${tip}</text>`;
}

function textGroup(attrs: string, items: { x: number; y: number; text: string }[], baseline: '0.32em' | '0.71em'): string {
  if (items.length === 0) return '';
  return `<g${attrs}>${items.map((i) => textAt(i.x, i.y, i.text, baseline)).join('')}</g>`;
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
  const bump = isBump(spec);
  const f: Frame = { width, height: 270, top: 34, right: bump ? bumpMargin(spec) : 20, bottom: 30, left: 52 };
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const c = (token: ColorToken) => color(token, theme);
  const { x0, x1, ticks: timeTickDates, format } = markerLayout(spec, f.width - f.left - f.right);
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
  if (bump) {
    // Each line named at its end: the lines cross, so a legend alone does not tell them apart.
    const ends = spec.series.flatMap((s) => {
      const last = spec.data.findLast((d) => d.series === s.key && d.value !== null);
      return last ? [{ key: s.key, x: x(utcDate(last.date!)), y: y(last.value!) }] : [];
    });
    const placed = bumpLabels(spec, ends, width, f.top, f.height - f.bottom);
    if (placed.length) out += `<g class="line-end-labels" font-size="${BUMP_FONT_SIZE}" text-anchor="start" paint-order="stroke" stroke-linejoin="round" stroke-width="3" stroke="${bg}">${placed.map((p) => textAt(p.x, p.y, p.text, '0.32em', p.full)).join('')}</g>`;
  }
  return `${out}</svg>`;
}

/** Text rows of a band chart placed by `frameAnchor: left`: at the frame's left edge, on the row's band. */
function rowTexts(attrs: string, x: number, rows: { y: number; text: string; title?: string }[]): string {
  if (rows.length === 0) return '';
  return `<g${attrs}>${rows.map((r) => textAt(x, r.y, r.text, '0.32em', r.title)).join('')}</g>`;
}

function ranking(spec: ChartSpec, theme: Theme, width: number): string {
  const cats = spec.categories.map((k) => k.key);
  const rowH = 40;
  const f: Frame = { width, height: cats.length * rowH + 50, top: 22, right: 64, bottom: 40, left: 14 };
  const isCount = spec.valueKind === 'count';
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const seriesColor = new Map(spec.series.map((s) => [s.key, color(s.color, theme)] as const));
  const fill = (d: Datum) => (d.highlight ? color('vermillion', theme) : seriesColor.get(d.series) ?? color('blue', theme));
  const present = spec.data.filter((d) => d.value !== null);
  const nulls = spec.data.filter((d) => d.value === null && d.title !== undefined);
  const highlighted = spec.categories.map((k) => spec.data.some((d) => d.category === k.key && d.highlight));
  // One line per label, inside the frame: long unit names lose their prefix, then end in "…" (full name in <title>).
  const short = rankingLabels(spec.categories.map((k) => k.label), width - 14 - 6, highlighted);
  const values = present.map((d) => d.value!);
  const given = spec.domain ?? (isCount || values.length === 0 ? undefined : paddedDomain(values, spec.valueKind));
  const { scale: x, ticks } = valueScale(spec, values.length ? values : [0], isCount, [f.left, f.width - f.right], 4, given);
  const y = bandScale(cats, [f.top, f.height - f.bottom], 0);
  const bw = y.bandwidth();
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const row = (key: string) => y(key)!;
  let out = open(spec, theme, width, f.height);
  out += bottomValueAxis(f, (v) => x(v), ticks, fmt);
  const labelRows = (bold: boolean) => spec.categories.flatMap((k, i) => (highlighted[i] === bold ? [{ y: row(k.key), text: short[i]!.text, title: short[i]!.full }] : []));
  out += rowTexts(` transform="translate(0,${num(bw / 2 - 9)})" text-anchor="start"`, f.left, labelRows(false));
  out += rowTexts(` transform="translate(0,${num(bw / 2 - 9)})" font-weight="bold" text-anchor="start"`, f.left, labelRows(true));
  const mid = num(bw / 2 + 8);
  if (isCount) {
    if (present.length) {
      out += '<g>';
      for (const d of present) {
        const [a, b] = [x(0), x(d.value!)];
        out += mark(`<rect fill="${fill(d)}" height="${num(Math.max(0, bw - 26))}" y="${num(row(d.category!) + 21)}" width="${num(Math.abs(b - a))}" x="${num(Math.min(a, b))}"`, 'rect', d.title);
      }
      out += '</g>';
    }
  } else if (present.length) {
    out += `<g transform="translate(0,${mid})" stroke-opacity="0.15" stroke="currentColor">${present.map((d) => `<line y2="${num(row(d.category!))}" y1="${num(row(d.category!))}" x2="${num(f.width - f.right)}" x1="${num(f.left)}" />`).join('')}</g>`;
    out += `<g transform="translate(0,${mid})" stroke-width="1.5" stroke="${bg}">`;
    for (const d of present) out += mark(`<circle fill="${fill(d)}" r="5.5" cy="${num(row(d.category!))}" cx="${num(x(d.value!))}"`, 'circle', d.title);
    out += '</g>';
  }
  out += textGroup(` transform="translate(8,${mid})" font-size="12" text-anchor="start"`, present.filter((d) => d.text != null).map((d) => ({ x: x(d.value!), y: row(d.category!), text: d.text! })), '0.32em');
  out += rowTexts(` transform="translate(0,${mid})" font-style="italic" font-size="12" text-anchor="start"`, f.left, nulls.map((d) => ({ y: row(d.category!), text: d.title! })));
  return `${out}</svg>`;
}

function strip(spec: ChartSpec, theme: Theme, width: number): string {
  const cats = spec.categories.map((k) => k.key);
  const boxes = spec.boxes ?? [];
  const f: Frame = { width, height: cats.length * 48 + 56, top: 16, right: marginRightFor(spec, ...barExtent(spec)), bottom: 40, left: 12 };
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const present = spec.data.filter((d) => d.value !== null);
  const values = [...present.map((d) => d.value!), ...boxes.flatMap((b) => [b.min, b.max, b.q1, b.q3, b.median])];
  const { scale: x, ticks } = valueScale(spec, values.length ? values : [0], false, [f.left, f.width - f.right]);
  const y = bandScale(cats, [f.top, f.height - f.bottom], 0);
  const bw = y.bandwidth();
  const row = (key: string) => y(key)!;
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const mid = num(bw / 2 + 9);
  let out = open(spec, theme, width, f.height);
  out += bottomValueAxis(f, (v) => x(v), ticks, fmt);
  // Category labels sit above their row (like rankings) so long names need no left margin on a phone.
  out += rowTexts(` transform="translate(0,${num(bw / 2 - 12)})" text-anchor="start"`, f.left, spec.categories.map((k) => ({ y: row(k.key), text: k.label })));
  if (boxes.length) {
    out += `<g transform="translate(0,${mid})" stroke-opacity="0.5" stroke="currentColor">${boxes.map((b) => `<line y2="${num(row(b.category))}" y1="${num(row(b.category))}" x2="${num(x(b.max))}" x1="${num(x(b.min))}" />`).join('')}</g>`;
    out += `<g fill-opacity="0.45" fill="${color('sky', theme)}">${boxes.map((b) => `<rect height="${num(Math.max(0, bw - 30))}" y="${num(row(b.category) + 26)}" width="${num(Math.abs(x(b.q3) - x(b.q1)))}" x="${num(Math.min(x(b.q1), x(b.q3)))}" />`).join('')}</g>`;
  }
  if (present.length) {
    out += `<g transform="translate(0,${mid})" stroke-width="0.5" stroke="${bg}" fill-opacity="0.7" fill="${color('blue', theme)}">`;
    for (const d of present) out += mark(`<circle r="3.5" cy="${num(row(d.category!))}" cx="${num(x(d.value!))}"`, 'circle', d.title);
    out += '</g>';
  }
  if (boxes.length) out += `<g stroke-width="3" stroke="${color('vermillion', theme)}">${boxes.map((b) => `<line y2="${num(row(b.category) + bw - 2)}" y1="${num(row(b.category) + 24)}" x2="${num(x(b.median))}" x1="${num(x(b.median))}" />`).join('')}</g>`;
  out += rowTexts(` transform="translate(0,${mid})" font-style="italic" text-anchor="start"`, f.left, spec.categories.filter((k) => k.emptyLabel).map((k) => ({ y: row(k.key), text: k.emptyLabel! })));
  return `${out}</svg>`;
}
