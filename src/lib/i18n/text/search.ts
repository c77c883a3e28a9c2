/**
 * Texts of the site search, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const SEARCH_TEXT = {
  // components/SiteSearch.astro
  searchNone: {
    vi: 'Không tìm thấy đơn vị, chỉ tiêu hay nguồn nào.',
    en: 'No unit, metric or source found.',
  },
  searchCount: { vi: '{n} kết quả', en: '{n} results' },
  searchFailed: { vi: 'Không tải được chỉ mục tìm kiếm.', en: 'The search index could not be loaded.' },
  searchLabel: { vi: 'Tìm đơn vị, chỉ tiêu hoặc nguồn', en: 'Find a unit, metric or source' },
  searchPlaceholder: { vi: 'ví dụ: Sa Đéc', en: 'e.g. Sa Dec' },
} as const;
