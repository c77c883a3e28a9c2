/**
 * Texts of the metric pages and the metric list, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const METRIC_TEXT = {
  // lib/site/metric-computed.ts
  computedTableCaption: {
    vi: 'Tính toán của cổng từ số đếm, kỳ gần nhất của mỗi đơn vị',
    en: "Our computation from counts, each unit's latest period",
  },
  countsSourceColumn: { vi: 'Nguồn của số đếm', en: 'Source of the counts' },
} as const;
