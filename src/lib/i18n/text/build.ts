/**
 * The build's own lines (report/build.ts), spread into the one dictionary (../strings.ts): read them with `tf()`.
 * Plain pairs here, so this file needs nothing from strings.ts.
 */
export const BUILD_TEXT = {
  buildPass: {
    vi: 'Tệp xuất (nhúng, tải về): ghi mới cho {written} trang, giữ nguyên của {kept} trang; {charts} biểu đồ.',
    en: 'Export files (embeds, downloads): written for {written} pages, kept for {kept}; {charts} charts.',
  },
} as const;
