/**
 * Texts of the index pages (PCI, PAPI, PAR INDEX, SIPAS) and their rankings, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const INDICES_TEXT = {
  // pages/[...lang]/chi-so/[index]/[year].astro
  indexYearIntro: {
    vi: 'Điểm và hạng đúng như công bố. Khi hai nguồn cùng ghi một số, số của chính đơn vị công bố chỉ số (VCCI, CECODES) đứng trước, nguồn kia ghi chú bên cạnh. Thay đổi so với năm trước là tính toán của cổng.',
    en: 'Scores and ranks as published. Where two sources give the same figure, the index publisher’s own (VCCI, CECODES) comes first and the other is noted beside it. Changes since the previous year are computed by the portal.',
  },
  publicationYears: { vi: 'Các năm công bố', en: 'Publication years' },
  indexMap: { vi: 'Bản đồ', en: 'Map' },
  tileMapNote: {
    vi: 'Mỗi ô là một tỉnh, thành phố ở vị trí gần đúng (không phải ranh giới).',
    en: 'Each square is a province at its approximate position (not boundaries).',
  },
  tileMapMissing: { vi: 'Không vẽ được trên bản đồ ô (không có ô): ', en: 'Not on the tile map (no square): ' },
  // pages/[...lang]/chi-so/index.astro
  indicesIntro: {
    vi: 'Các chỉ số đánh giá cải cách hành chính và chất lượng phục vụ, theo từng lần công bố (ngày chốt số liệu là ngày cuối kỳ). Điểm và hạng hiển thị đúng như công bố; thứ hạng trên biểu đồ do cổng xếp theo điểm.',
    en: 'Indices assessing administrative reform and service quality, per release (the snapshot date is the end of the period). Scores and ranks are shown as published; chart rankings are ordered by the portal from the scores.',
  },
  noIndexMetricsInMetrics: { vi: 'Chưa có chỉ số nào trong metrics.csv.', en: 'No index metrics in metrics.csv yet.' },
  indicesHeading: { vi: 'Các chỉ số', en: 'Indices' },
  releasesSnapshotDate: { vi: 'Các lần công bố (ngày chốt)', en: 'Releases (snapshot date)' },
  rankingsByYear: { vi: 'Bảng xếp hạng theo năm', en: 'Rankings by year' },
  indexPublishedWord: { vi: 'công bố', en: 'published' },
  noFiguresYet: { vi: 'Chưa có số liệu.', en: 'No figures yet.' },
  // lib/site/ranking-page.ts
  rankingGroup_province: { vi: 'Tỉnh, thành phố', en: 'Provinces and cities' },
  rankingGroup_agency: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministries and ministry-level agencies' },
  rankingGroup_aggregate: { vi: 'Vùng, nhóm và cả nước', en: 'Regions, groups and the whole country' },
  rankingGroup_other: { vi: 'Đơn vị khác', en: 'Other units' },
  rankingPageDescription: {
    vi: 'Bảng xếp hạng {title}: điểm, hạng công bố và thay đổi so với năm trước.',
    en: '{title} ranking: scores, published ranks and change since the previous year.',
  },
} as const;
