/**
 * Texts of the export features (embeds, downloads, citations, share images), spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Source and Sources are the core dictionary's.
 */
const s = (vi: string, en: string) => ({ vi, en });

export const EXPORT_TEXT = {
  portal: s('Cổng số liệu cải cách hành chính', 'Vietnam administrative-reform statistics'),
  viewOnPortal: s('Xem trên Cổng số liệu CCHC', 'View on the CCHC statistics portal'),
  getData: s('Tải số liệu (CSV)', 'Get the data (CSV)'),
  newWindow: s('(mở cửa sổ mới)', '(opens in a new window)'),
  versionOf: s('Phiên bản', 'Version'),
  // ChartFigure: the fold that holds the three panels below
  exportTools: s('Nhúng, tải về, trích dẫn', 'Embed, download, cite'),
  // EmbedPanel
  embed: s('Nhúng biểu đồ', 'Embed this chart'),
  embedIntro: s(
    'Dán mã vào bài viết. Khung nhúng tự co giãn theo chiều rộng và chiều cao của biểu đồ; nếu trang của bạn lọc bỏ thẻ <script>, biểu đồ vẫn hiển thị với chiều cao cố định.',
    'Paste the code into your article. The embed adapts to the width and takes the height of the chart; if your site strips <script> tags, the chart still shows at a fixed height.',
  ),
  pinned: s('Phiên bản cố định (khuyên dùng cho bài báo)', 'Pinned version (recommended for articles)'),
  pinnedHelp: s(
    'Địa chỉ có mã phiên bản {hash}: biểu đồ và số liệu tại địa chỉ này không bao giờ thay đổi, kể cả khi cổng cập nhật số liệu mới.',
    'An address with version code {hash}: the chart and figures at this address never change, even when the portal adds new figures.',
  ),
  latest: s('Luôn cập nhật', 'Always up to date'),
  latestHelp: s(
    'Địa chỉ không có mã phiên bản: biểu đồ tự cập nhật khi cổng có số liệu mới, nên có thể khác với nội dung bài viết của bạn.',
    'An address without a version code: the chart follows new figures as the portal adds them, so it may come to differ from your text.',
  ),
  copy: s('Sao chép', 'Copy'),
  copied: s('Đã sao chép: {what}', 'Copied: {what}'),
  copyFailed: s('Không sao chép được; hãy chọn và sao chép thủ công.', 'Could not copy; select the text and copy it by hand.'),
  embedCodePinned: s('mã nhúng phiên bản cố định {hash}', 'embed code, pinned version {hash}'),
  embedCodeLatest: s('mã nhúng luôn cập nhật', 'embed code, always up to date'),
  preview: s('Xem trước khung nhúng', 'Preview the embed'),
  // Downloads
  downloads: s('Tải về', 'Download'),
  chartData: s('Số liệu của biểu đồ (CSV)', 'Data behind the chart (CSV)'),
  chartSvg: s('Hình vẽ (SVG)', 'Image (SVG)'),
  chartPng: s('Ảnh (PNG)', 'Image (PNG)'),
  // The PNG is drawn in the reader's browser (export/png-button.ts): what its status line says.
  pngWorking: s('Đang vẽ ảnh PNG…', 'Drawing the PNG…'),
  pngDone: s('Đã tạo ảnh PNG {name}.', 'Saved the PNG {name}.'),
  pngFailed: s('Không vẽ được ảnh PNG; hãy tải hình vẽ SVG ở trên.', 'Could not draw the PNG; download the SVG image above instead.'),
  wholeDataset: s('Toàn bộ số liệu của cổng (CSV)', 'The whole dataset (CSV)'),
  datapackage: s('Mô tả dữ liệu (Frictionless datapackage.json)', 'Data description (Frictionless datapackage.json)'),
  csvNote: s(
    'CSV UTF-8, giá trị dùng dấu phẩy thập phân (96,55). Ô văn bản bắt đầu bằng = + - @ có thêm dấu \' ở đầu để bảng tính không chạy công thức.',
    "UTF-8 CSV, values with a decimal comma (96,55). Text cells that begin with = + - @ carry a leading ' so spreadsheets do not run them as formulas.",
  ),
  // Citation
  cite: s('Trích dẫn', 'Cite'),
  citeHelp: s('Trích dẫn phiên bản cố định của biểu đồ; ngày truy cập là ngày cổng được dựng từ số liệu.', "Cites the chart's pinned version; the access date is the day the portal was built from the data."),
  citation_vi: s('Tiếng Việt', 'Vietnamese'),
  citation_en: s('Tiếng Anh', 'English'),
  citationWhat: s('trích dẫn ({lang})', 'citation ({lang})'),
  // Share cards
  noFigures: s('Chưa có số liệu công bố', 'No published figures yet'),
  shareCardBrand: s('Số liệu cải cách hành chính', 'Vietnam administrative-reform statistics'),
  shareCardSourcePrefix: s('Nguồn: ', 'Source: '),
  // Whole-site share card (responses.ts)
  siteCardFigureLabel: s('số liệu đã kiểm tra, của {units} đơn vị', 'checked figures for {units} units'),
  siteCardSources: s('{n} nguồn công bố', '{n} publications'),
} as const;
