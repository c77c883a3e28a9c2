/**
 * Texts of the unit pages and the unit list, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const UNIT_TEXT = {
  // lib/site/unit-page.ts
  dossierHandlingSection: { vi: 'Giải quyết hồ sơ', en: 'Dossier handling' },
  onlineAndPostalSection: { vi: 'Trực tuyến và bưu chính', en: 'Online and postal' },
  onlineAndPostalSharesTitle: { vi: 'Tỷ lệ hồ sơ trực tuyến và qua bưu chính', en: 'Online and postal shares' },
  onlineLevelsTitle: { vi: 'Hồ sơ trực tuyến theo mức độ', en: 'Online dossiers by level' },
  otherMetricsSection: { vi: 'Chỉ tiêu khác', en: 'Other metrics' },
  unitPageDescription: {
    vi: 'Số liệu cải cách hành chính của {name}: hồ sơ, tỷ lệ đúng hạn, chỉ số, kèm nguồn.',
    en: 'Administrative reform figures for {name}: dossiers, on-time rates, indices, with sources.',
  },
} as const;
