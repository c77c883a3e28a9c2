/**
 * Layout decisions of the renderer (render-string.ts), shared with its Plot oracle in the tests: sizes, margins,
 * the time axis of line charts, which target rules and markers show, where dots go, and the line-end labels of bump
 * charts. Decided once here so both draw the same chart.
 */
import type { ChartSpec, Datum, Rule } from './spec.ts';
import { axisTickFormat, niceTicks, timeTicks, yearlyDates } from './ticks.ts';
import { textWidth } from '../export/fonts.ts';
import { ellipsize, rankingLabels as shortLabels, spreadApart } from './labels.ts';

/** Charts are drawn on a 360-unit-wide viewBox with 13-unit text (≈ 12 px on a 360 px phone). */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 13;
export const SVG_FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";

const dates = new Map<string, Date>();
/** Midnight UTC of an ISO date; remembered (charts ask for the same few hundred dates again and again). Do not mutate. */
export function utcDate(iso: string): Date {
  let d = dates.get(iso);
  if (!d) {
    d = new Date(`${iso}T00:00:00Z`);
    if (dates.size < 100_000) dates.set(iso, d);
  }
  return d;
}

/** Left margin that fits the longest category label (bars), measured in Noto Sans, within 40–170 units. */
export function marginLeftFor(texts: readonly string[]): number {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, textWidth(t, FONT_SIZE, 400));
  return Math.min(MAX_MARGIN_LEFT, Math.max(40, Math.ceil(longest) + 14));
}
const MAX_MARGIN_LEFT = 170;

/** Category labels of a bar chart as drawn: one wider than the largest margin ends in "…" (the table has it whole). */
export function barLabels(spec: ChartSpec): Map<string, string> {
  const fit = MAX_MARGIN_LEFT - 14;
  const out = new Map<string, string>();
  for (const k of spec.categories) out.set(k.key, textWidth(k.label, FONT_SIZE, 400) > fit ? ellipsize(k.label, fit, (t) => textWidth(t, FONT_SIZE, 400)) : k.label);
  return out;
}

/** Lowest and highest end of the bars (stacked: of the stacks), 0 included. */
export function barExtent(spec: ChartSpec): [number, number] {
  if (spec.domain) return spec.domain;
  let lo = 0;
  let hi = 0;
  if (spec.kind === 'stacked-bars') {
    const pos = new Map<string, number>();
    const neg = new Map<string, number>();
    for (const d of spec.data) {
      if (d.value === null) continue;
      const m = d.value >= 0 ? pos : neg;
      m.set(d.category!, (m.get(d.category!) ?? 0) + d.value);
    }
    for (const v of pos.values()) hi = Math.max(hi, v);
    for (const v of neg.values()) lo = Math.min(lo, v);
  } else {
    for (const d of spec.data) if (d.value !== null) [lo, hi] = [Math.min(lo, d.value), Math.max(hi, d.value)];
    for (const b of spec.boxes ?? []) [lo, hi] = [Math.min(lo, b.min), Math.max(hi, b.max)];
  }
  return [lo, hi];
}

/**
 * Right margin of a chart with its value axis along the bottom: at least 20, and room for half the widest end tick
 * label ("500.000" is centred on the frame's edge).
 */
export function marginRightFor(spec: ChartSpec, lo: number, hi: number): number {
  const { ticks } = niceTicks(lo, hi, 4);
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const ends = [ticks[0]!, ticks[ticks.length - 1]!].map((t) => textWidth(fmt(t, 0, ticks), FONT_SIZE, 400));
  return Math.max(20, Math.ceil(Math.max(...ends) / 2) + 4);
}

/** Time domain of a line chart (45 days of room on each side), its ticks and their format. */
export function markerLayout(spec: ChartSpec, plotWidth?: number): { x0: Date; x1: Date; ticks: Date[]; format: (d: Date, locale: 'vi' | 'en') => string } {
  const all: string[] = [];
  for (const d of spec.data) if (d.date) all.push(d.date);
  const yearly = yearlyDates(all);
  for (const m of spec.markers ?? []) all.push(m.date);
  const { ticks, format } = timeTicks(all.length ? all : ['2000-01-01'], plotWidth, yearly);
  all.sort();
  const pad = 45 * 86_400_000;
  const x0 = new Date(utcDate(all[0] ?? '2000-01-01').getTime() - pad);
  const x1 = new Date(utcDate(all[all.length - 1] ?? '2000-01-01').getTime() + pad);
  return { x0, x1, ticks, format };
}

/** Target rules clamped to the time domain; a rule entirely outside it is not drawn. */
export function ruleLayout(spec: ChartSpec, x0: Date, x1: Date): (Rule & { x1: Date; x2: Date })[] {
  const clamp = (iso: string | undefined, fallback: Date) => {
    if (!iso) return fallback;
    const t = utcDate(iso);
    return t < x0 ? x0 : t > x1 ? x1 : t;
  };
  return (spec.rules ?? []).map((r) => ({ ...r, x1: clamp(r.from, x0), x2: clamp(r.to, x1) })).filter((r) => r.x1 < r.x2);
}

/** Markers in the right half of the time domain are labelled to their left (text ends at the line), others to their right. */
export function markerSides(spec: ChartSpec, x0: Date, x1: Date) {
  const mid = x0.getTime() + (x1.getTime() - x0.getTime()) / 2;
  const markers = (spec.markers ?? []).map((m) => ({ ...m, x: utcDate(m.date) }));
  return { markers, left: markers.filter((m) => m.x.getTime() > mid), right: markers.filter((m) => m.x.getTime() <= mid) };
}

/**
 * A series' points with their dates, and those that get a dot. Long series (monthly over years) get dots only where
 * a point would otherwise be invisible (no neighbour in its segment) and at the end; every value stays in the table
 * twin. Short series get a dot per point.
 */
export function seriesPoints(spec: ChartSpec, key: string): { rows: (Datum & { x: Date })[]; dotted: (Datum & { x: Date })[] } {
  const rows = spec.data.filter((d) => d.series === key).map((d) => ({ ...d, x: utcDate(d.date!) }));
  let count = 0;
  for (const d of rows) if (d.value !== null) count++;
  const dense = count > 24;
  const isolated = (i: number) => {
    const seg = rows[i]!.segment;
    const near = (j: number) => rows[j] !== undefined && rows[j]!.segment === seg && rows[j]!.value !== null;
    return !near(i - 1) && !near(i + 1);
  };
  const lastIndex = rows.findLastIndex((d) => d.value !== null);
  const dotted = dense ? rows.filter((d, i) => d.value !== null && (isolated(i) || i === lastIndex)) : rows.filter((d) => d.value !== null);
  return { rows, dotted };
}

/**
 * Rows of a grouped-bar chart: one band per (category, series), a spacer between categories, and one band for a
 * category without any value; the category label sits on its first band. Keys are `category\u0000series`.
 */
export function groupedRows(spec: ChartSpec): { keys: string[]; barH: number; domain: string[]; labelRows: { key: string; label: string; empty: boolean }[] } {
  const keys = spec.series.map((s) => s.key);
  const domain: string[] = [];
  const labelRows: { key: string; label: string; empty: boolean }[] = [];
  const labels = barLabels(spec);
  for (const k of spec.categories) {
    const empty = !!k.emptyLabel;
    const rows = empty ? [`${k.key}\u0000`] : keys.map((s) => `${k.key}\u0000${s}`);
    labelRows.push({ key: rows[0]!, label: labels.get(k.key)!, empty });
    domain.push(...rows, `${k.key}\u0000~`);
  }
  domain.pop();
  return { keys, barH: 16, domain, labelRows };
}

/** Ranking row labels (labels.ts) measured with the bundled Noto Sans, as the check of the built site measures them. */
export function rankingLabels(labels: readonly string[], maxWidth: number, bold: readonly boolean[] = []) {
  return shortLabels(labels, maxWidth, bold, (t, b) => textWidth(t, FONT_SIZE, b ? 700 : 400));
}

/**
 * Tick count hint (4 at most, 2 at least) of a value axis along the bottom, so that its labels do not touch: a
 * stacked-bar chart with long period labels leaves the axis ~150 units for "0 … 80.000".
 */
export function bottomTickCount(spec: ChartSpec, lo: number, hi: number, axisWidth: number): number {
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  for (let count = 4; count > 2; count--) {
    const { ticks } = niceTicks(lo, hi, count);
    let widest = 0;
    for (const t of ticks) widest = Math.max(widest, textWidth(fmt(t, 0, ticks), FONT_SIZE, 400));
    if (axisWidth / Math.max(1, ticks.length - 1) >= widest + 8) return count;
  }
  return 2;
}


/** A bump chart: ranks of two or more series (units), each line labelled at its end, since the lines cross. */
export const isBump = (spec: ChartSpec): boolean => spec.kind === 'lines' && spec.valueKind === 'rank' && spec.series.length >= 2;

export const BUMP_FONT_SIZE = 11;
const BUMP_LABEL_MAX = 92;
const BUMP_GAP = 6;
const bumpWidth = (t: string) => textWidth(t, BUMP_FONT_SIZE, 400);

/** Right margin of a bump chart: room for its widest line-end label (cut at BUMP_LABEL_MAX), at least 20. */
export function bumpMargin(spec: ChartSpec): number {
  let widest = 0;
  for (const l of shortLabels(spec.series.map((s) => s.label), BUMP_LABEL_MAX, [], (t) => bumpWidth(t))) widest = Math.max(widest, bumpWidth(l.text));
  return Math.max(20, Math.ceil(widest) + BUMP_GAP);
}

/**
 * Line-end labels of a bump chart: the unit's name (without "Tỉnh"/"Thành phố", cut with "…" so it ends inside the
 * drawing, full name in `full`) beside each line's last point, moved apart vertically so no two overlap, and kept
 * between `top` and `bottom`.
 */
export function bumpLabels(spec: ChartSpec, ends: { key: string; x: number; y: number }[], width: number, top: number, bottom: number): { x: number; y: number; text: string; full?: string }[] {
  const label = new Map(spec.series.map((s) => [s.key, s.label] as const));
  const ys = spreadApart(ends.map((e) => e.y), BUMP_FONT_SIZE + 1, top, bottom);
  return ends.map((e, i) => {
    const x = e.x + BUMP_GAP;
    const [l] = shortLabels([label.get(e.key) ?? e.key], Math.min(BUMP_LABEL_MAX, width - x - 1), [], (t) => bumpWidth(t));
    return { x, y: ys[i]!, text: l!.text, full: l!.full };
  });
}
