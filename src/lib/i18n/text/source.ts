/**
 * Texts of the source pages and the source list, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const SOURCE_TEXT = {
  // pages/[...lang]/nguon/[id].astro
  publisher: { vi: 'Cơ quan công bố', en: 'Publisher' },
  sourcePublishedDate: { vi: 'Ngày công bố', en: 'Published' },
  accessed: { vi: 'Ngày truy cập', en: 'Accessed' },
  openTheOriginal: { vi: 'Mở bản gốc', en: 'Open the original' },
  noOnlineAddress: { vi: 'Không có địa chỉ trực tuyến.', en: 'No online address.' },
  verbatimQuotes: { vi: 'Trích dẫn nguyên văn', en: 'Verbatim quotes' },
  targetsSetInThisPublication: { vi: 'Mục tiêu đặt ra trong nguồn này', en: 'Targets set in this publication' },
  unitChangesRecordedFromThis: {
    vi: 'Thay đổi đơn vị hành chính theo nguồn này',
    en: 'Unit changes recorded from this publication',
  },
  unitChangesCount: { vi: '{n} thay đổi', en: '{n} changes' },
  sourceWarnings: {
    vi: 'Cảnh báo về số liệu của nguồn này',
    en: 'Warnings about this publication’s figures',
  },
  everyFigureTakenFromIt: { vi: 'Mọi số liệu lấy từ nguồn này', en: 'Every figure taken from it' },
  figuresFrom: { vi: 'Số liệu từ {title}', en: 'Figures from {title}' },
  sourceFiguresShown: {
    vi: 'Hiển thị {shown} trên {n} số liệu; các số liệu còn lại có trên trang đơn vị và trang chỉ tiêu.',
    en: 'Showing {shown} of {n} figures; the rest are on the unit and metric pages.',
  },
  // pages/[...lang]/nguon/index.astro
  publicationColumn: { vi: 'Nguồn', en: 'Publication' },
  publisherShort: { vi: 'Cơ quan', en: 'Publisher' },
  sourcesIntro: {
    vi: 'Mọi số liệu trên cổng trích từ một trong các nguồn công bố dưới đây. Trang của mỗi nguồn liệt kê các trích dẫn nguyên văn và mọi số liệu lấy từ nguồn đó.',
    en: 'Every figure on the portal comes from one of these publications. Each publication’s page lists its verbatim quotes and every figure taken from it.',
  },
} as const;
