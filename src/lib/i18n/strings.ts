/**
 * Every interface text of the portal, in Vietnamese and English, in one place. Metric, unit and source names are
 * not here: they come from the data folder (metrics.csv, units.csv, sources.csv).
 */
import type { Locale } from './locale.ts';
import { CHART_TEXT } from './text/charts.ts';
import { SITE_TEXT } from './text/site.ts';
import { UNIT_TEXT } from './text/unit.ts';
import { METRIC_TEXT } from './text/metric.ts';
import { SOURCE_TEXT } from './text/source.ts';
import { INDICES_TEXT } from './text/indices.ts';
import { MAP_TEXT } from './text/map.ts';
import { SEARCH_TEXT } from './text/search.ts';
import { EXPORT_TEXT } from './text/export.ts';
import { PERIOD_TEXT } from './text/period.ts';

type Text = { vi: string; en: string };
const s = (vi: string, en: string): Text => ({ vi, en });

export const UI = {
  siteName: s('Số liệu cải cách hành chính', 'Administrative reform statistics'),
  siteTagline: s(
    'Số liệu công bố về giải quyết thủ tục hành chính và các chỉ số cải cách hành chính của Việt Nam, kèm nguồn, trích dẫn và kết quả kiểm tra.',
    "Published figures on Vietnam's administrative procedures and reform indices, with their sources, quotes and checks.",
  ),
  skip: s('Bỏ qua, đến nội dung chính', 'Skip to main content'),
  navLabel: s('Điều hướng chính', 'Main navigation'),
  home: s('Trang chủ', 'Home'),
  units: s('Đơn vị', 'Units'),
  metrics: s('Chỉ tiêu', 'Metrics'),
  compare: s('So sánh', 'Compare'),
  indices: s('Chỉ số', 'Indices'),
  sources: s('Nguồn', 'Sources'),
  methodology: s('Phương pháp', 'Methodology'),
  quality: s('Chất lượng số liệu', 'Data quality'),
  otherLanguage: s('English', 'Tiếng Việt'),
  otherLanguageLabel: s('Xem trang này bằng tiếng Anh', 'View this page in Vietnamese'),
  breadcrumb: s('Đường dẫn', 'Breadcrumb'),
  footer: s(
    'Số liệu lấy nguyên văn từ các nguồn công bố; tỷ lệ "tính toán của cổng" do cổng tính từ số đếm và luôn được ghi rõ.',
    'Figures are taken verbatim from their publications; rates marked "our computation" are computed by the portal from counts and always labelled.',
  ),
  contractVersion: s('Hợp đồng dữ liệu phiên bản', 'Data contract version'),
  // Charts
  source: s('Nguồn', 'Source'),
  sourcesPlural: s('Nguồn', 'Sources'),
  dataTable: s('Bảng số liệu', 'Data table'),
  notPublished: s('không công bố', 'not published'),
  noData: s('không có số liệu', 'no data'),
  published: s('Công bố', 'Published'),
  computed: s('Tính toán của cổng', 'Our computation'),
  computedLong: s('tính toán của cổng từ số đếm', 'our computation from counts'),
  difference: s('Chênh lệch', 'Difference'),
  period: s('Kỳ', 'Period'),
  unit: s('Đơn vị', 'Unit'),
  metric: s('Chỉ tiêu', 'Metric'),
  value: s('Giá trị', 'Value'),
  asWritten: s('Như công bố', 'As published'),
  quote: s('Trích dẫn', 'Quote'),
  note: s('Ghi chú', 'Note'),
  rank: s('Hạng', 'Rank'),
  target: s('Mục tiêu', 'Target'),
  warning: s('Cảnh báo', 'Warning'),
  warnings: s('Cảnh báo', 'Warnings'),
  seeWarning: s('Xem cảnh báo về số liệu này', 'See the warning about this figure'),
  quoteAbove: s('trích dẫn (đã nêu ở trên)', 'quote (given above)'),
  otherSource: s('nguồn khác', 'other source'),
  legend: s('Chú giải', 'Legend'),
  formula: s('Công thức', 'Formula'),
  merger: s('Sáp nhập', 'Merger'),
  lineage: s('Chuỗi nối qua sắp xếp đơn vị', 'Series joined across the reorganisation'),
  median: s('trung vị', 'median'),
  units_n: s('đơn vị', 'units'),
  // Value kinds (axis labels)
  kindCount: s('số lượng', 'number'),
  kindPercent: s('%', '%'),
  kindScore: s('điểm', 'score'),
  kindPoints: s('điểm', 'points'),
  kindRank: s('hạng (1 = cao nhất)', 'rank (1 = top)'),
  better_higher: s('cao hơn là tốt hơn', 'higher is better'),
  better_lower: s('thấp hơn là tốt hơn', 'lower is better'),
  better_none: s('không xếp tốt/xấu', 'neither better nor worse'),
  level_nation: s('Toàn quốc', 'Nation'),
  level_province: s('Tỉnh, thành phố', 'Province'),
  level_district: s('Cấp huyện', 'District'),
  level_commune: s('Cấp xã', 'Commune'),
  level_agency: s('Cơ quan', 'Agency'),
  level_centre: s('Trung tâm phục vụ hành chính công', 'Public administration service centre'),
  level_aggregate: s('Số tổng hợp', 'Aggregate'),
  change_merge: s('sáp nhập', 'merger'),
  change_split: s('chia tách', 'split'),
  change_rename: s('đổi tên', 'rename'),
  change_transfer: s('chuyển một phần địa bàn', 'partial transfer'),
  ...CHART_TEXT,
  ...SITE_TEXT,
  ...UNIT_TEXT,
  ...METRIC_TEXT,
  ...SOURCE_TEXT,
  ...INDICES_TEXT,
  ...MAP_TEXT,
  ...SEARCH_TEXT,
  ...EXPORT_TEXT,
  ...PERIOD_TEXT,
} satisfies Record<string, Text>;

export type UIKey = keyof typeof UI;

export function t(locale: Locale, key: UIKey): string {
  return UI[key][locale];
}

/** A text with `{name}` slots, filled ("{n} tỉnh" → "12 tỉnh"). A slot without a value is an error, never left blank. */
export function tf(locale: Locale, key: UIKey, slots: Readonly<Record<string, string | number>>): string {
  const parts = templateOf(locale, key);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = slots[parts[i]!];
    if (v === undefined) throw new Error(`${key}: no value for {${parts[i]}}`);
    out += String(v) + parts[i + 1]!;
  }
  return out;
}

// A text split once at its slots: [literal, slot name, literal, …] (charts fill the same few texts thousands of times).
const templates: Record<Locale, Map<UIKey, string[]>> = { vi: new Map(), en: new Map() };
function templateOf(locale: Locale, key: UIKey): string[] {
  let parts = templates[locale].get(key);
  if (!parts) templates[locale].set(key, (parts = t(locale, key).split(/\{(\w+)\}/)));
  return parts;
}
