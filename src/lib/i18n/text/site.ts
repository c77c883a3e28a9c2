/**
 * Texts of the site-wide pages (home, methodology, data quality, comparison), spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const SITE_TEXT = {
  // pages/[...lang]/index.astro
  latestFigures: { vi: 'Số liệu mới nhất', en: 'Latest figures' },
  homeIntro: {
    vi: 'Mỗi số liệu trên cổng được nhập nguyên văn từ một nguồn công bố, kiểm tra tự động (định dạng số kiểu Việt Nam, kỳ báo cáo, đơn vị trước và sau sắp xếp năm 2025, tổng và tỷ lệ có khớp không), và hiển thị kèm nguồn, trích dẫn và cảnh báo nếu có.',
    en: 'Every figure is entered verbatim from a publication, checked automatically (Vietnamese number formats, reporting periods, units before and after the 2025 reorganisation, whether totals and rates add up), and shown with its source, quote and any warning.',
  },
  howFiguresAreChecked: { vi: 'Cách kiểm tra số liệu', en: 'How figures are checked' },
  figuresChecked: { vi: 'Số liệu đã kiểm tra', en: 'Figures checked' },
  unitsWithFigures: { vi: 'Đơn vị có số liệu', en: 'Units with figures' },
  publications: { vi: 'Nguồn công bố', en: 'Publications' },
  qualityWarnings: { vi: 'Cảnh báo chất lượng', en: 'Quality warnings' },
  headlineComparison: { vi: 'So sánh nổi bật', en: 'Headline comparison' },
  pickOtherUnitsAndPeriods: { vi: 'Chọn đơn vị và kỳ khác để so sánh', en: 'Pick other units and periods to compare' },
  unitsWithTheMostRecent: { vi: 'Đơn vị có số liệu gần đây nhất', en: 'Units with the most recent figures' },
  figuresWord: { vi: 'số liệu', en: 'figures' },
  explore: { vi: 'Khám phá', en: 'Explore' },
  exploreUnits: {
    vi: 'mỗi tỉnh, huyện, xã, cơ quan có số liệu, kèm chuỗi trước và sau sắp xếp 2025.',
    en: 'every province, district, commune and agency with figures, with series across the 2025 reorganisation.',
  },
  exploreMetrics: {
    vi: 'định nghĩa, mẫu số, xếp hạng và phân bố của từng chỉ tiêu.',
    en: 'definition, denominator, ranking and distribution of each metric.',
  },
  exploreCompare: {
    vi: 'nhiều đơn vị trong một kỳ, hoặc một đơn vị qua nhiều kỳ.',
    en: 'several units in one period, or one unit across periods.',
  },
  exploreIndices: {
    vi: 'và Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766).',
    en: 'and the citizen and business service index (Decision 766).',
  },
  exploreQuality: {
    vi: 'mọi chỗ số liệu công bố không khớp nhau.',
    en: 'every place where published figures do not add up.',
  },
  // pages/[...lang]/phuong-phap/index.astro
  columnPlaceholder: { vi: '‹cột›', en: '‹column›' },
  methodologyIntro: {
    vi: 'Cổng không tự tạo ra số liệu: mỗi con số được nhập nguyên văn từ một nguồn công bố, được kiểm tra tự động trước khi trang được dựng, và hiển thị kèm nguồn và trích dẫn.',
    en: 'The portal makes no figures of its own: each is entered verbatim from a publication, checked automatically before the site is built, and shown with its source and quote.',
  },
  fromPublicationToPage: { vi: 'Số liệu đi từ đâu đến đâu', en: 'From publication to page' },
  methodologyStepEntry: {
    vi: 'Cán bộ nhập số liệu vào tệp CSV theo hợp đồng dữ liệu (phiên bản ',
    en: 'Staff enter figures into CSV files following the data contract (version ',
  },
  methodologyStepRow: {
    vi: '): đơn vị, kỳ, chỉ tiêu, giá trị như được viết, nguồn và câu trích dẫn.',
    en: '): unit, period, metric, the value as written, source and the quoted sentence.',
  },
  methodologyStepValidator: {
    vi: 'Trình kiểm tra đọc toàn bộ thư mục và báo mọi lỗi kèm tệp, dòng, cột và cách sửa. Có lỗi thì trang không được dựng; số liệu từ tệp có lỗi không bao giờ lên trang.',
    en: 'The validator reads the whole folder and reports every problem with file, line, column and how to fix it. With any error the site is not built; nothing from a file with errors ever reaches a page.',
  },
  methodologyStepWarnings: {
    vi: 'Cảnh báo không chặn việc dựng trang: số liệu được giữ nguyên như công bố, và cảnh báo được hiển thị bên cạnh số liệu đó và trên trang ',
    en: 'Warnings do not block the build: figures are kept as published, and the warning is shown beside the figure and on the ',
  },
  qualityLinkSuffix: { vi: '.', en: ' page.' },
  readingNumbers: { vi: 'Cách đọc số', en: 'Reading numbers' },
  methodologyNumbers: {
    vi: 'Số được viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (1.512 là một nghìn năm trăm mười hai; 96,55% là chín mươi sáu phẩy năm lăm phần trăm). Ô trống, "-" hay "—" nghĩa là không công bố, không bao giờ là 0; biểu đồ để trống chỗ đó. Số ước lượng ("gần 900", "hơn 2.500") không phải số liệu và bị từ chối.',
    en: 'Numbers follow Vietnamese style: a dot groups thousands and a comma marks decimals (1.512 is one thousand five hundred and twelve; 96,55% is ninety-six point five five percent). A blank, "-" or "—" means not published, never zero; charts leave a gap. Approximations ("gần 900", "hơn 2.500") are not data and are refused.',
  },
  methodologyPeriods: {
    vi: 'Kỳ báo cáo: năm, 6 tháng, quý, tháng, 9 tháng, hoặc một ngày chốt; khi kỳ báo cáo không trùng lịch (ví dụ tháng từ ngày 21 đến ngày 20), ngày bắt đầu và kết thúc ghi trong tệp là căn cứ và được hiển thị.',
    en: 'Periods: year, half-year, quarter, month, nine months, or a snapshot day; when a reporting period is not a calendar one (a month from the 21st to the 20th), the start and end dates in the file are the truth and are shown.',
  },
  methodologyRatesHeading: {
    vi: 'Tỷ lệ công bố và tỷ lệ tính toán của cổng',
    en: 'Published rates and our computation',
  },
  methodologyRates: {
    vi: 'Tỷ lệ luôn hiển thị đúng như công bố. Khi cùng một nguồn có đủ số đếm, cổng tính thêm một tỷ lệ, ghi rõ "tính toán của cổng", vẽ bằng nét đứt, và không thay thế số công bố:',
    en: 'Rates are always shown as published. When one publication gives all the counts, the portal also computes the rate, labelled "our computation", drawn dashed, and never in place of the published one:',
  },
  orWord: { vi: ' hoặc ', en: ' or ' },
  methodologyTotals: {
    vi: 'Các tổng được kiểm tra (theo từng đơn vị, kỳ và nguồn):',
    en: 'Totals checked (per unit, period and publication):',
  },
  methodologyMergersHeading: { vi: 'Đơn vị qua sắp xếp năm 2025', en: 'Units across the 2025 reorganisation' },
  methodologyMergers: {
    vi: 'Từ 01/07/2025, 63 tỉnh, thành phố được sắp xếp thành 34 và cấp huyện chấm dứt hoạt động. Mỗi đơn vị có thời hạn hiệu lực; mã thống kê được dùng lại nên cổng dùng mã riêng không bao giờ dùng lại. Quan hệ trước–sau lấy từ unit-changes.csv: trang đơn vị liên kết đơn vị trước và sau, và vẽ các chuỗi trên cùng một biểu đồ, mỗi đơn vị một đường, đánh dấu ngày thay đổi. Cổng không cộng dồn hay quy đổi số liệu của các đơn vị cũ.',
    en: 'From 1 July 2025, 63 provinces became 34 and districts were abolished. Each unit has a validity window; official codes were reused, so the portal uses its own ids that are never reused. Before–after links come from unit-changes.csv: unit pages link predecessors and successors and draw their series on one chart, one line per unit, with the change date marked. The portal does not add up or convert former units’ figures.',
  },
  chartsHeading: { vi: 'Biểu đồ', en: 'Charts' },
  methodologyCharts: {
    vi: 'Biểu đồ được vẽ sẵn khi dựng trang (không cần JavaScript), dùng bảng màu Okabe–Ito an toàn cho người mù màu, có bảng số liệu đi kèm và mô tả thay thế nêu các số chính. Thứ hạng, trung vị và tứ phân vị là tính toán của cổng.',
    en: 'Charts are drawn when the site is built (no JavaScript needed), use the colour-blind-safe Okabe–Ito palette, and come with a data table and a text description stating the key figures. Ranks, medians and quartiles are our computation.',
  },
  whatEachWarningMeans: { vi: 'Ý nghĩa từng cảnh báo', en: 'What each warning means' },
  methodologyWarningsIntro: {
    vi: 'Cảnh báo không chặn việc dựng trang; số liệu vẫn hiển thị như công bố, kèm cảnh báo. "…" là chỗ thông báo thật ghi ô, số hoặc tên cụ thể.',
    en: 'Warnings do not block the build; the figures are shown as published, with the warning. "…" is where the real message names the cell, figure or name.',
  },
  inCurrentData: { vi: 'lần trong dữ liệu hiện tại', en: 'in the current data' },
  whatEachErrorMeans: { vi: 'Ý nghĩa từng lỗi', en: 'What each error means' },
  methodologyErrorsIntro: {
    vi: 'Lỗi chặn việc dựng trang cho đến khi được sửa; trình kiểm tra (npm run validate) chỉ ra tệp, dòng và cột.',
    en: 'Errors block the build until fixed; the validator (npm run validate) names the file, line and column.',
  },
  // pages/[...lang]/chat-luong/index.astro
  qualityIntro: {
    vi: 'Mọi cảnh báo của trình kiểm tra về dữ liệu hiện tại: tổng không khớp, tỷ lệ công bố khác tỷ lệ tính từ số đếm, hai nguồn ghi khác nhau, số viết sai định dạng… Số liệu vẫn hiển thị đúng như công bố; cảnh báo giúp người đọc tự đánh giá.',
    en: 'Every validator warning about the current data: totals that do not add up, published rates that differ from the counts, two sources that disagree, numbers written the wrong way… Figures are still shown as published; the warnings let readers judge for themselves.',
  },
  unitsConcerned: { vi: 'Đơn vị liên quan', en: 'Units concerned' },
  sourcesConcerned: { vi: 'Nguồn liên quan', en: 'Sources concerned' },
  byKind: { vi: 'Theo loại', en: 'By kind' },
  noWarnings: { vi: 'Không có cảnh báo nào.', en: 'No warnings.' },
  allWarnings: { vi: 'Tất cả cảnh báo', en: 'All warnings' },
  valueWord: { vi: 'giá trị', en: 'value' },
  byUnit: { vi: 'Theo đơn vị', en: 'By unit' },
  bySource: { vi: 'Theo nguồn', en: 'By source' },
  aboutFilesAndRows: { vi: 'Về tệp và dòng', en: 'About files and rows' },
  // pages/[...lang]/so-sanh/index.astro
  otherGroup: { vi: 'Khác', en: 'Other' },
  compareIntro: {
    vi: 'So sánh nhiều đơn vị trong một kỳ, và từng đơn vị qua các kỳ. Lựa chọn được lưu trong địa chỉ trang, nên có thể gửi đường dẫn cho người khác.',
    en: 'Compare several units in one period, and each unit across periods. The choice is kept in the page address, so the link can be shared.',
  },
  comparePeriodLabel: { vi: 'Kỳ để so sánh nhiều đơn vị', en: 'Period for comparing several units' },
  comparePeriodDefault: { vi: 'Kỳ có nhiều đơn vị nhất', en: 'The period with the most units' },
  compareUnitsLabel: {
    vi: 'Đơn vị (mã đơn vị, cách nhau bằng dấu phẩy)',
    en: 'Units (unit ids, separated by commas)',
  },
  compareUnitsHelp: {
    vi: 'Mã đơn vị có trong địa chỉ trang đơn vị, ví dụ',
    en: 'The unit id is in the unit page address, e.g.',
  },
  compareRemove: { vi: 'Bỏ', en: 'Remove' },
  compareAdded: { vi: 'Đã thêm {name}.', en: 'Added {name}.' },
  chosenUnits: { vi: 'Đơn vị đã chọn:', en: 'Chosen units:' },
  findAndAddAUnit: { vi: 'Tìm và thêm đơn vị theo tên', en: 'Find and add a unit by name' },
  filterByName: { vi: 'Lọc theo tên', en: 'Filter by name' },
  compareNoScript: {
    vi: 'Trình duyệt đang tắt JavaScript. Đây là trang tĩnh nên lựa chọn trong biểu mẫu không được áp dụng; bên dưới là các so sánh dựng sẵn. Xếp hạng mọi đơn vị theo từng kỳ có ở trang chỉ tiêu; chuỗi qua các kỳ của từng đơn vị có ở trang đơn vị.',
    en: 'JavaScript is off. This is a static page, so the form choice cannot be applied; below are the prebuilt comparisons. Rankings of all units per period are on each metric page; each unit’s series over time is on its unit page.',
  },
  comparison: { vi: 'Kết quả so sánh', en: 'Comparison' },
  defaultComparison: { vi: 'So sánh mặc định.', en: 'Default comparison.' },
  noFiguresToCompareYet: { vi: 'Chưa có số liệu để so sánh.', en: 'No figures to compare yet.' },
  ranksOverTheYears: { vi: 'Thứ hạng qua các năm', en: 'Ranks over the years' },
  bumpIntro: {
    vi: 'Thứ hạng công bố của các tỉnh được chọn qua từng năm (hạng 1 ở trên cùng). Mặc định: 4 tỉnh đứng đầu và 4 tỉnh cuối bảng của năm gần nhất có bảng xếp hạng đầy đủ. Lựa chọn được lưu trong địa chỉ trang.',
    en: 'The published ranks of the chosen provinces year by year (rank 1 at the top). By default: the 4 best and the 4 worst provinces of the latest year with a complete ranking. The choice is kept in the page address.',
  },
  rankMetricLabel: { vi: 'Xếp hạng', en: 'Rank' },
  provincesLegend: { vi: 'Tỉnh, thành phố', en: 'Provinces' },
  drawTheRanks: { vi: 'Vẽ thứ hạng', en: 'Draw the ranks' },
  defaultChoice: { vi: 'Lựa chọn mặc định.', en: 'Default choice.' },
  noRanksToDrawYet: { vi: 'Chưa có thứ hạng để vẽ.', en: 'No ranks to draw yet.' },
  // so-sanh/index.astro's script; `{n}` is filled there
  compareNoFigures: { vi: 'Không có số liệu cho lựa chọn này.', en: 'No figures for this choice.' },
  compareStatus: { vi: 'Đang so sánh {n} đơn vị.', en: 'Comparing {n} units.' },
  compareFailed: {
    vi: 'Không tải được số liệu so sánh; đang hiển thị so sánh mặc định.',
    en: 'Could not load the comparison data; showing the default comparison.',
  },
  compareAdd: { vi: 'Thêm', en: 'Add' },
  bumpNoRanks: { vi: 'Không có thứ hạng cho lựa chọn này.', en: 'No ranks for this choice.' },
  bumpStatus: { vi: 'Đang vẽ thứ hạng của {n} tỉnh.', en: 'Drawing the ranks of {n} provinces.' },
  bumpMissing: { vi: ' {n} tỉnh đã chọn không có thứ hạng này.', en: ' {n} chosen provinces have no such rank.' },
  bumpFailed: { vi: 'Không tải được số liệu; đang hiển thị lựa chọn mặc định.', en: 'Could not load the data; showing the default choice.' },
  // pages/404.astro: both languages on one page
  notFound: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundLead: { vi: 'Trang này không có hoặc đã được chuyển.', en: 'This page does not exist or has moved.' },
  notFoundHome: { vi: 'Về trang chủ', en: 'Go to the home page' },
  notFoundUnits: { vi: 'Danh sách đơn vị', en: 'List of units' },
} as const;
