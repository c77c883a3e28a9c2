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
  // pages/[...lang]/chi-tieu/[id].astro
  metricIdLabel: { vi: 'Mã chỉ tiêu (tên cột trong tệp CSV)', en: 'Metric id (the CSV column name)' },
  unitOfMeasure: { vi: 'Đơn vị đo', en: 'Unit of measure' },
  betterDirection: { vi: 'Chiều tốt', en: 'Direction' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  someSourcesUse: { vi: 'một số nguồn dùng', en: 'some sources use' },
  figuresLabel: { vi: 'Số liệu', en: 'Figures' },
  metricSourcesWord: { vi: 'nguồn', en: 'sources' },
  publishedRateAndOurComputation: {
    vi: 'Tỷ lệ công bố và tỷ lệ tính toán của cổng',
    en: 'Published rate and our computation',
  },
  rateIntro: {
    vi: 'Tỷ lệ được hiển thị đúng như cơ quan công bố. Bên cạnh đó, khi cùng một nguồn công bố đủ số đếm, cổng tính lại tỷ lệ (ghi rõ "tính toán của cổng"); hai số không thay thế nhau, vì các nguồn dùng mẫu số khác nhau (tiếp nhận, đến hạn, đã giải quyết). Chênh lệch quá 0,5 điểm % được liệt kê ở trang chất lượng số liệu.',
    en: 'The rate is shown exactly as published. Beside it, when one publication gives all the counts, the portal recomputes the rate (labelled "our computation"); neither replaces the other, since publications use different denominators (received, due, resolved). Differences above 0.5 points are listed on the data-quality page.',
  },
  numeratorLower: { vi: 'tử số', en: 'numerator' },
  denominatorLower: { vi: 'mẫu số', en: 'denominator' },
  usingTheFirstAlternativeWith: {
    vi: 'với phương án đầu tiên có đủ số liệu',
    en: 'using the first alternative with all its figures',
  },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  ratesThePortalComputed: { vi: 'Các tỷ lệ cổng đã tính', en: 'Rates the portal computed' },
  computedTableNote: {
    vi: 'Bảng liệt kê {n} trong {units} đơn vị (kỳ mới nhất trước); trang của mỗi đơn vị có đủ chuỗi số liệu.',
    en: "The table lists {n} of {units} units (latest period first); each unit's page has its whole series.",
  },
  relatedChecks: { vi: 'Kiểm tra liên quan', en: 'Related checks' },
  usedToCompute: { vi: 'Dùng để tính', en: 'Used to compute' },
  noPublishedMetricFigures: {
    vi: 'Chưa có số liệu công bố nào của chỉ tiêu này; các tỷ lệ ở trên là tính toán của cổng từ số đếm.',
    en: 'No published figures for this metric yet; the rates above are our computations from counts.',
  },
  noFiguresForThisMetric: { vi: 'Chưa có số liệu nào của chỉ tiêu này.', en: 'No figures for this metric yet.' },
  figuresByPeriod: { vi: 'Số liệu theo kỳ', en: 'Figures by period' },
  onlyOneUnitHasFigures: {
    vi: 'Chỉ một đơn vị có số liệu của chỉ tiêu này.',
    en: 'Only one unit has figures for this metric.',
  },
  rankingOfUnitsPerPeriod: { vi: 'Xếp hạng đơn vị theo kỳ', en: 'Ranking of units per period' },
  earlierPeriods: { vi: 'Các kỳ trước', en: 'Earlier periods' },
  distribution: { vi: 'Phân bố', en: 'Distribution' },
  targets: { vi: 'Mục tiêu', en: 'Targets' },
  allFigures: { vi: 'Tất cả số liệu', en: 'All figures' },
  allFiguresSummary: {
    vi: '{n} số liệu, kèm nguồn và trích dẫn',
    en: '{n} figures, with sources and quotes',
  },
  allFiguresCaption: { vi: 'Tất cả số liệu: {label}', en: 'All figures: {label}' },
  // The unit of measure of each metric kind
  measure_count: { vi: 'Số lượng (số nguyên không âm), thường là hồ sơ', en: 'A count (non-negative whole number), usually dossiers' },
  measure_percent: { vi: 'Phần trăm (0–100)', en: 'Percent (0–100)' },
  measure_rank: { vi: 'Thứ hạng (số nguyên dương; 1 là cao nhất)', en: 'Rank (positive whole number; 1 is the top)' },
  measure_score: { vi: 'Điểm chỉ số theo thang riêng của chỉ số', en: 'Index score on the index’s own scale' },
  measure_points: { vi: 'Điểm trên một mức tối đa (xem mô tả)', en: 'Points out of a stated maximum (see the description)' },
  computedRatesNote: {
    vi: 'Cổng tính được tỷ lệ này từ số đếm đã công bố cho {units} ({values} theo đơn vị và kỳ). Đây là tính toán của cổng, không phải số công bố; tỷ lệ công bố, nếu có, được ghi bên cạnh.',
    en: 'The portal computed this rate from published counts for {units} ({values} by unit and period). These are our computations, not published figures; the published rate, when there is one, is shown beside them.',
  },
  // "{n} units" as a slot value: English says unit/units, Vietnamese has one form
  unitsCountOne: { vi: '{n} đơn vị', en: '{n} unit' },
  unitsCount: { vi: '{n} đơn vị', en: '{n} units' },
  valuesCountOne: { vi: '{n} giá trị', en: '{n} value' },
  valuesCount: { vi: '{n} giá trị', en: '{n} values' },
  // pages/[...lang]/chi-tieu/index.astro
  metricGroupDossiers: { vi: 'Hồ sơ thủ tục hành chính (số đếm)', en: 'Administrative dossiers (counts)' },
  metricGroupRates: { vi: 'Tỷ lệ công bố', en: 'Published rates' },
  metricsIntro: {
    vi: 'Bộ chỉ tiêu của cổng, theo cấu trúc mẫu báo cáo một cửa và các chỉ số đánh giá. Tên và định nghĩa lấy từ metrics.csv.',
    en: 'The portal’s metrics, following the standard one-stop reporting form and the assessment indices. Names and definitions come from metrics.csv.',
  },
} as const;
