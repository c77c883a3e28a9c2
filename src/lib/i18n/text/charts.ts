/**
 * The chart builders' and chart frame's texts, spread into the one dictionary (../strings.ts): read them with `t()`,
 * or `tf()` for a text with `{name}` slots. Plain pairs here, so this file needs nothing from strings.ts.
 */
export const CHART_TEXT = {
  // Source line (charts/source-line.ts)
  sourcesCount: { vi: 'nguồn', en: 'sources' },
  sourcesMore: { vi: 'và', en: 'and' },
  sourcesOther: { vi: 'nguồn khác', en: 'other sources' },
  sourcesAll: { vi: 'Tất cả nguồn của biểu đồ', en: "All of the chart's sources" },
} as const;
