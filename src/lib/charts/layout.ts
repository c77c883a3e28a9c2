/**
 * Layout decisions shared by the two renderers (render.ts with Observable Plot, render-string.ts without): sizes,
 * margins, the time axis of line charts, which target rules and markers show, and where dots go. Decided once here
 * so both draw the same chart.
 */
import type { ChartSpec, Datum, Rule } from './spec.ts';
import { timeTicks } from './ticks.ts';
import { textWidth } from '../export/fonts.ts';
import { rankingLabels as shortLabels } from './labels.ts';

/** Charts are drawn on a 360-unit-wide viewBox with 13-unit text (≈ 12 px on a 360 px phone). */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 13;
export const SVG_FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";
const CHAR_WIDTH = FONT_SIZE * 0.56;

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

/** Left margin that fits the longest category label (bars), within 40–170 units. */
export function marginLeftFor(texts: readonly string[]): number {
  let longest = 0;
  for (const t of texts) if (t.length > longest) longest = t.length;
  return Math.min(170, Math.max(40, Math.ceil(longest * CHAR_WIDTH) + 14));
}

/** Time domain of a line chart (45 days of room on each side), its ticks and their format. */
export function markerLayout(spec: ChartSpec): { x0: Date; x1: Date; ticks: Date[]; format: (d: Date, locale: 'vi' | 'en') => string } {
  const all: string[] = [];
  for (const d of spec.data) if (d.date) all.push(d.date);
  for (const m of spec.markers ?? []) all.push(m.date);
  const { ticks, format } = timeTicks(all.length ? all : ['2000-01-01']);
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
  for (const k of spec.categories) {
    const empty = !!k.emptyLabel;
    const rows = empty ? [`${k.key}\u0000`] : keys.map((s) => `${k.key}\u0000${s}`);
    labelRows.push({ key: rows[0]!, label: k.label, empty });
    domain.push(...rows, `${k.key}\u0000~`);
  }
  domain.pop();
  return { keys, barH: 16, domain, labelRows };
}

/** Ranking row labels (labels.ts) measured with the bundled Noto Sans, as the check of the built site measures them. */
export function rankingLabels(labels: readonly string[], maxWidth: number, bold: readonly boolean[] = []) {
  return shortLabels(labels, maxWidth, bold, (t, b) => textWidth(t, FONT_SIZE, b ? 700 : 400));
}
