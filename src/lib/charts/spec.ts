/**
 * A chart is a pure, serialisable spec plus a renderer. Spec builders (in ./build/) turn the dataset into a spec
 * with every label already in the page's language; `renderChart` (./render.ts) draws any spec as SVG with
 * Observable Plot; the Chart component adds title, legend, alt text, source line and the table twin.
 * Embeds, downloads and share images reuse the same spec and renderer.
 */
import type { Locale } from '../i18n/locale.ts';
import type { MetricKind } from '../values/kinds.ts';
import type { ColorToken } from './palette.ts';
import type { Observation } from '../schema/observation.ts';

export type ChartKind =
  /** Horizontal stacked bars, one row per category (periods): dossiers by outcome. */
  | 'stacked-bars'
  /** Lines over time (x = period midpoint), one per series; gaps where a period is missing. */
  | 'lines'
  /** Horizontal grouped bars, one group per category (period), one bar per series. */
  | 'grouped-bars'
  /** One row per category (unit), sorted; bars for counts, dots otherwise. */
  | 'ranking'
  /** Distribution per category (period or component): quartile box, median, and one dot per unit when few. */
  | 'strip';

export interface SeriesDef {
  key: string;
  label: string;
  color: ColorToken;
  /** Dashed line / hollow marks: figures computed by the portal, not published. */
  computed?: boolean;
}

export interface Category {
  key: string;
  /** Axis label (short). */
  label: string;
  /** Shown instead of a mark when the category has no value at all. */
  emptyLabel?: string;
}

export interface Datum {
  /** Category key (bars, ranking, strip). */
  category?: string;
  /** ISO date on the time axis (lines). */
  date?: string;
  series: string;
  /** null = not published: drawn as a gap, never as zero. */
  value: number | null;
  /** Line segment id: points of different segments are never joined (e.g. half-years vs years). */
  segment?: string;
  /** Tooltip text (native SVG <title>). */
  title?: string;
  /** The value as printed next to its mark (rankings). */
  text?: string;
  /** Highlighted in a ranking (the unit of the page). */
  highlight?: boolean;
}

export interface Rule {
  value: number;
  /** "Mục tiêu ≥ 95% (Chỉ thị …)". */
  label: string;
  /** Date range of the rule on a time axis (ISO), when the target has from/to. */
  from?: string;
  to?: string;
}

export interface Marker {
  date: string;
  label: string;
}

export interface Box {
  category: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface TableCell {
  text: string;
  href?: string;
  /** Numeric cells are right-aligned. */
  numeric?: boolean;
  /** Extra text after the cell (e.g. "nguồn khác ghi 92,8"). */
  note?: string;
  /** Data-quality warnings about this figure. */
  warnings?: { href: string; label: string }[];
  /** The verbatim quote the figure was read from. */
  quote?: string;
}

export interface TableTwin {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: TableCell[][];
}

export interface SourceRef {
  id: string;
  title: string;
  href: string;
}

export interface ChartSpec {
  /** Stable id, unique on its page; used for anchors and embed URLs ("don-vi/sa-dec/ty-le-dung-han"). */
  id: string;
  kind: ChartKind;
  locale: Locale;
  title: string;
  /** Unit and period ("Thành phố Sa Đéc · 6T đầu 2021 – 6T đầu 2024"). */
  subtitle: string;
  /** Short accessible name of the SVG. */
  ariaLabel: string;
  /** Generated alt text stating the key figures. */
  alt: string;
  valueKind: MetricKind;
  /** Axis label for values ("hồ sơ", "%", "điểm", "hạng"). */
  valueLabel: string;
  /** Ordered categories (rows) for bar, ranking and strip charts. */
  categories: Category[];
  series: SeriesDef[];
  data: Datum[];
  rules?: Rule[];
  markers?: Marker[];
  boxes?: Box[];
  /** Value domain, when the builder fixes it. */
  domain?: [number, number];
  /** Smaller is better (ranks): the axis runs downward. */
  reverse?: boolean;
  sources: SourceRef[];
  /** Notes under the chart (how a computed figure was computed, what is missing). */
  notes: string[];
  table: TableTwin;
  /**
   * The published figures behind the chart, exactly as its builder read them (build/common.ts `Figures`): set by every
   * builder of the server's pages (the chart CSV, the embed's data and the pinned hash use them); not by the picker's.
   */
  figures?: readonly Observation[];
}
