/**
 * The test oracle: any ChartSpec drawn with Observable Plot on a minimal SVG document (./svg-dom.ts), as the site drew
 * charts before the string renderer (src/lib/charts/render-string.ts) drew them all. string-parity.test.ts requires
 * the same marks from both; Plot is a well-tested library, so a slip of the string renderer shows as a difference.
 */
import * as Plot from '@observablehq/plot';
import { SvgDocument, type SvgElement } from './svg-dom.ts';
import { axisTickFormat, paddedDomain, rankAxis } from '../../src/lib/charts/ticks.ts';
import { barExtent, barLabels, bottomTickCount, bumpMargin, CHART_WIDTH, isBump, FONT_SIZE, groupedRows, marginLeftFor, marginRightFor, markerLayout, markerSides, rankingLabels, ruleLayout, seriesPoints, SVG_FONT_FAMILY as FONT_FAMILY } from '../../src/lib/charts/layout.ts';
import { color, type ColorToken, type Theme } from '../../src/lib/charts/palette.ts';
import type { ChartSpec, Datum } from '../../src/lib/charts/spec.ts';


export interface RenderOptions {
  /** 'css': colours as CSS variables with hex fallbacks (pages, dark mode); 'static': plain hex (SVG/PNG files). */
  theme?: Theme;
  width?: number;
}


export function renderPlot(spec: ChartSpec, options: RenderOptions = {}): string {
  const theme = options.theme ?? 'css';
  const width = options.width ?? CHART_WIDTH;
  const document = new SvgDocument();
  const seriesColor = new Map(spec.series.map((s) => [s.key, color(s.color, theme)] as const));
  const c = (token: ColorToken) => color(token, theme);
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const labels = barLabels(spec);
  const present = spec.data.filter((d) => d.value !== null);
  const bg = theme === 'css' ? 'var(--chart-bg, #ffffff)' : '#ffffff';
  const valueAxis = { label: spec.valueLabel, tickFormat: fmt, grid: true, ticks: 4, nice: true, reverse: spec.reverse, domain: spec.domain } as const;
  // Horizontal bar charts: the unit of measure is in the subtitle, so the value axis carries no label.
  const barAxis = { ...valueAxis, label: null } as const;
  const emptyCategories = spec.categories.filter((k) => k.emptyLabel);
  let plot: Plot.PlotOptions;

  switch (spec.kind) {
    case 'stacked-bars': {
      const cats = spec.categories.map((k) => k.key);
      const [marginLeft, marginRight] = [marginLeftFor([...labels.values()]), marginRightFor(spec, ...barExtent(spec))];
      plot = {
        height: cats.length * 30 + 60,
        marginLeft,
        marginRight,
        x: { ...barAxis, ticks: bottomTickCount(spec, ...barExtent(spec), width - marginLeft - marginRight) },
        y: { domain: cats, tickFormat: (k: string) => labels.get(k) ?? k, label: null, padding: 0.25 },
        marks: [
          Plot.barX(
            present,
            Plot.stackX({
              y: 'category',
              x: 'value',
              z: 'series',
              order: spec.series.map((s) => s.key),
              fill: (d: Datum) => seriesColor.get(d.series),
              stroke: bg,
              strokeWidth: 1,
              title: 'title',
            }),
          ),
          Plot.text(emptyCategories, { y: 'key', text: 'emptyLabel', frameAnchor: 'left', textAnchor: 'start', dx: 6, fontStyle: 'italic' }),
          Plot.ruleX([0]),
        ],
      };
      break;
    }
    case 'grouped-bars': {
      // One band per (category, series) plus a spacer between categories; no facets (they cost ~5× the time).
      const { keys, barH, domain, labelRows } = groupedRows(spec);
      const nulls = spec.data.filter((d) => d.value === null);
      const yOf = (d: Datum) => `${d.category}\u0000${d.series}`;
      const marginLeft = marginLeftFor([...labels.values()]);
      const marginRight = marginRightFor(spec, ...barExtent(spec));
      plot = {
        height: domain.length * barH + 50,
        marginLeft,
        marginRight,
        marginTop: 10,
        x: { ...barAxis, ticks: bottomTickCount(spec, ...barExtent(spec), width - marginLeft - marginRight) },
        y: { type: 'band', domain, axis: null, padding: 0 },
        marks: [
          Plot.barX(present, { y: yOf, x: 'value', fill: (d: Datum) => seriesColor.get(d.series), insetTop: 1, insetBottom: 1, title: 'title' }),
          Plot.text(nulls, { y: yOf, text: 'title', frameAnchor: 'left', textAnchor: 'start', dx: 4, fontSize: 11, fontStyle: 'italic' }),
          Plot.text(labelRows.filter((r) => !r.empty), { y: 'key', text: 'label', dy: ((keys.length - 1) * barH) / 2, frameAnchor: 'left', textAnchor: 'end', dx: -9 }),
          Plot.text(labelRows.filter((r) => r.empty), { y: 'key', text: 'label', frameAnchor: 'left', textAnchor: 'end', dx: -9 }),
          Plot.text(spec.categories.filter((k) => k.emptyLabel), { y: (k: { key: string }) => `${k.key}\u0000`, text: 'emptyLabel', frameAnchor: 'left', textAnchor: 'start', dx: 6, fontStyle: 'italic' }),
          Plot.ruleX([0]),
        ],
      };
      break;
    }
    case 'ranking': {
      const cats = spec.categories.map((k) => k.key);
      const rowH = 40;
      const isCount = spec.valueKind === 'count';
      const highlighted = spec.categories.map((k) => spec.data.some((d) => d.category === k.key && d.highlight));
      // One line per label, inside the frame: long unit names lose their prefix, then end in "…" (full name in <title>).
      const short = rankingLabels(spec.categories.map((k) => k.label), width - 14 - 6, highlighted);
      const rows = spec.categories.map((k, i) => ({ ...k, label: short[i]!.text, full: short[i]!.full, highlight: highlighted[i]! }));
      const fill = (d: Datum) => (d.highlight ? c('vermillion') : seriesColor.get(d.series) ?? c('blue'));
      const nulls = spec.data.filter((d) => d.value === null);
      const domain = spec.domain ?? (isCount ? undefined : paddedDomain(present.map((d) => d.value!), spec.valueKind));
      plot = {
        height: cats.length * rowH + 50,
        marginLeft: 14,
        marginRight: 64,
        marginTop: 22,
        marginBottom: 40,
        x: { ...barAxis, zero: isCount, domain },
        y: { type: 'band', domain: cats, axis: null, padding: 0 },
        marks: [
          Plot.text(rows.filter((r) => !r.highlight), { y: 'key', text: 'label', title: 'full', frameAnchor: 'left', textAnchor: 'start', dy: -9 }),
          Plot.text(rows.filter((r) => r.highlight), { y: 'key', text: 'label', title: 'full', frameAnchor: 'left', textAnchor: 'start', dy: -9, fontWeight: 'bold' }),
          isCount
            ? Plot.barX(present, { y: 'category', x: 'value', fill, insetTop: 21, insetBottom: 5, title: 'title' })
            : Plot.ruleY(present, { y: 'category', dy: 8, stroke: 'currentColor', strokeOpacity: 0.15 }),
          Plot.dot(isCount ? [] : present, { y: 'category', x: 'value', dy: 8, r: 5.5, fill, stroke: bg, title: 'title' }),
          Plot.text(present, { y: 'category', x: 'value', text: 'text', dy: 8, dx: 8, textAnchor: 'start', fontSize: 12 }),
          Plot.text(nulls, { y: 'category', text: 'title', frameAnchor: 'left', textAnchor: 'start', dy: 8, fontSize: 12, fontStyle: 'italic' }),
        ],
      };
      break;
    }
    case 'strip': {
      // Category labels sit above their row (like rankings) so long names need no left margin on a phone.
      const cats = spec.categories.map((k) => k.key);
      const boxes = spec.boxes ?? [];
      plot = {
        height: cats.length * 48 + 56,
        marginLeft: 12,
        marginRight: marginRightFor(spec, ...barExtent(spec)),
        marginTop: 16,
        marginBottom: 40,
        x: isRank(spec) ? rankScale(spec, barAxis) : { ...barAxis, zero: false },
        y: { type: 'band', domain: cats, axis: null, padding: 0 },
        marks: [
          Plot.text(spec.categories, { y: 'key', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: -12 }),
          Plot.ruleY(boxes, { y: 'category', x1: 'min', x2: 'max', dy: 9, stroke: 'currentColor', strokeOpacity: 0.5 }),
          Plot.barX(boxes, { y: 'category', x1: 'q1', x2: 'q3', insetTop: 26, insetBottom: 4, fill: c('sky'), fillOpacity: 0.45 }),
          Plot.dot(present, { y: 'category', x: 'value', dy: 9, r: 3.5, fill: c('blue'), fillOpacity: 0.7, stroke: bg, strokeWidth: 0.5, title: 'title' }),
          Plot.tickX(boxes, { y: 'category', x: 'median', insetTop: 24, insetBottom: 2, stroke: c('vermillion'), strokeWidth: 3 }),
          Plot.text(emptyCategories, { y: 'key', text: 'emptyLabel', frameAnchor: 'left', textAnchor: 'start', dy: 9, fontStyle: 'italic' }),
        ],
      };
      break;
    }
    case 'lines': {
      const { x0, x1, ticks, format } = markerLayout(spec, width - 52 - (isBump(spec) ? bumpMargin(spec) : 20));
      const rules = ruleLayout(spec, x0, x1);
      const { markers, left: markersLeft, right: markersRight } = markerSides(spec, x0, x1);
      const marks: Plot.Markish[] = [];
      marks.push(Plot.ruleX(markers, { x: 'x', stroke: 'currentColor', strokeOpacity: 0.7, strokeDasharray: '2,3' }));
      marks.push(Plot.text(markersRight, { x: 'x', text: 'label', frameAnchor: 'top', textAnchor: 'start', dx: 4, dy: -16, fontSize: 11 }));
      marks.push(Plot.text(markersLeft, { x: 'x', text: 'label', frameAnchor: 'top', textAnchor: 'end', dx: -4, dy: -16, fontSize: 11 }));
      marks.push(Plot.ruleY(rules, { y: 'value', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '6,3' }));
      marks.push(Plot.text(rules, { y: 'value', x: 'x2', text: 'label', textAnchor: 'end', dy: -7, fontSize: 11, stroke: bg, strokeWidth: 3, fill: 'currentColor', paintOrder: 'stroke' }));
      for (const s of spec.series) {
        const { rows: rowsOf, dotted } = seriesPoints(spec, s.key);
        const stroke = seriesColor.get(s.key)!;
        marks.push(
          Plot.line(rowsOf, {
            x: 'x',
            y: 'value',
            z: (d: Datum) => d.segment ?? d.series,
            stroke,
            strokeWidth: 2.25,
            strokeDasharray: s.computed ? '5,4' : undefined,
          }),
        );
        marks.push(
          Plot.dot(
            dotted,
            { x: 'x', y: 'value', r: 4, stroke, strokeWidth: 2, fill: s.computed ? bg : stroke, symbol: s.computed ? 'diamond' : 'circle', title: 'title' },
          ),
        );
      }
      plot = {
        height: 270,
        marginLeft: 52,
        marginRight: isBump(spec) ? bumpMargin(spec) : 20,
        marginTop: 34,
        marginBottom: 30,
        x: { type: 'utc', domain: [x0, x1], ticks, tickFormat: (d: Date) => format(d, spec.locale), label: null },
        y: isRank(spec) ? rankScale(spec, valueAxis) : { ...valueAxis, zero: spec.valueKind === 'count' },
        marks,
      };
      break;
    }
  }

  const svg = Plot.plot({
    document,
    width,
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.alt,
    style: { fontSize: `${FONT_SIZE}px` },
    ...plot,
  } as Plot.PlotOptions) as unknown as SvgElement;
  return finish(svg, spec, theme);
}

/** A rank axis as the site draws it (ticks.ts rankAxis): 1 at the top, whole ranks, no nice rounding. */
function rankScale(spec: ChartSpec, axis: Record<string, unknown>) {
  const values = [...spec.data.flatMap((d) => (d.value === null ? [] : [d.value])), ...(spec.boxes ?? []).map((b) => b.max), ...(spec.rules ?? []).map((r) => r.value)];
  const { domain, ticks } = rankAxis(Math.max(...values));
  return { ...axis, domain: spec.reverse ? [domain[1], domain[0]] : domain, ticks, nice: false, reverse: false };
}
const isRank = (spec: ChartSpec) => spec.valueKind === 'rank' && !spec.domain;

const NUMERIC_ATTRS = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'points', 'viewBox', 'dy', 'dx'];
const round = (v: string) => v.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));

/** Accessible, compact, deterministic SVG: role="img", no inline stylesheet, coordinates to 2 decimals. */
function finish(svg: SvgElement, spec: ChartSpec, theme: Theme): string {
  const all = [...svg.descendants()];
  for (const s of all) if (s.localName === 'style') s.remove();
  svg.removeAttribute('class');
  svg.removeAttribute('style');
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('data-chart-kind', spec.kind);
  if (theme === 'static') svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot labels its groups ("bar", "x-axis tick"); inside role="img" they are presentational, and ARIA forbids a
  // label on a generic element, so only the svg keeps its name and description.
  for (const el of all) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const el of [svg, ...svg.descendants()]) {
    for (const name of NUMERIC_ATTRS) {
      const v = el.getAttribute(name);
      if (v !== null) el.setAttribute(name, round(v));
    }
  }
  return svg.outerHTML;
}

