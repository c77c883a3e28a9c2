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
  // Period lengths (charts/build/segments.ts): "the chart draws {length} periods only"
  periodLength_day: { vi: 'ngày', en: 'daily' },
  periodLength_month: { vi: 'tháng', en: 'monthly' },
  periodLength_quarter: { vi: 'quý', en: 'quarterly' },
  periodLength_half: { vi: '6 tháng', en: 'half-year' },
  periodLength_ytd9: { vi: '9 tháng', en: 'nine-month' },
  periodLength_year: { vi: 'năm', en: 'annual' },
  periodLength_other: { vi: 'khác', en: 'other' },
  lengthNote: {
    vi: 'Biểu đồ chỉ vẽ các kỳ {length}; kỳ có độ dài khác ({list}) chỉ có trong bảng số liệu: tổng của kỳ dài hơn không so sánh được với kỳ ngắn hơn.',
    en: "The chart draws {length} periods only; periods of another length ({list}) are in the table only: a longer period's total is not comparable with a shorter one's.",
  },
  // Chart builders (charts/build/*.ts): titles, notes, alt text and table columns, by the file that first uses them
  // unit.ts
  latestPeriodsShown: {
    vi: 'Biểu đồ hiển thị {shown} kỳ gần nhất; bảng số liệu có đủ {total} kỳ.',
    en: 'The chart shows the latest {shown} periods; the table lists all {total}.',
  },
  stackedAltLead: {
    vi: 'Hồ sơ theo kết quả giải quyết của {name}, {range}, biểu đồ thanh chồng. ',
    en: 'Dossiers by outcome for {name}, {range}, stacked bars. ',
  },
  stackedAltNoData: { vi: ' Không có số liệu: {periods}{more}.', en: ' No data: {periods}{more}.' },
  joinedShownNote: {
    vi: 'Kỳ nào nguồn không tách trước hạn và đúng hạn thì hiển thị "{joined}".',
    en: 'Where a source does not split early from on time, "{joined}" is shown.',
  },
  blankNotZero: { vi: 'Kỳ không có số liệu để trống, không tính là 0.', en: 'Periods without figures are left blank, never counted as 0.' },
  outcomesTitle: { vi: 'Hồ sơ theo kết quả giải quyết', en: 'Dossiers by outcome' },
  outcomesValueLabelLong: { vi: 'số hồ sơ', en: 'number of dossiers' },
  outcomesCaption: { vi: 'Hồ sơ theo kết quả giải quyết, {name}', en: 'Dossiers by outcome, {name}' },
  outcomesValueLabel: { vi: 'hồ sơ', en: 'dossiers' },
  ratePublishedFromTo: {
    vi: '{label} công bố: {first} ({firstPeriod}) đến {last} ({lastPeriod})',
    en: '{label} published: {first} ({firstPeriod}) to {last} ({lastPeriod})',
  },
  ratePublishedOne: { vi: '{label} công bố: {first} ({firstPeriod})', en: '{label} published: {first} ({firstPeriod})' },
  formulaOr: { vi: ' hoặc ', en: ' or ' },
  computedFromCountsNote: {
    vi: ', từ số đếm của cùng một nguồn. Nguồn có thể dùng mẫu số khác; cả hai đều được hiển thị, không số nào thay số nào.',
    en: ', from one publication\'s counts. Publications may use other denominators; both are shown and neither replaces the other.',
  },
  rateBothAlt: {
    vi: '{period}: công bố {published}, tính từ số đếm {computed}',
    en: '{period}: published {published}, computed from counts {computed}',
  },
  rateOnlyComputedAlt: { vi: '{label} chỉ có tính toán của cổng: {value} ({period})', en: '{label} only as our computation: {value} ({period})' },
  targetPerSource: { vi: '{label} theo {source}', en: '{label} per {source}' },
  periodGapNote: {
    vi: 'Kỳ không có số liệu là khoảng trống trên đường, không phải 0.',
    en: 'A period without a figure is a gap in the line, not a zero.',
  },
  notPublishedNotZero: {
    vi: '"Không công bố": nguồn không có số này; không tính là 0.',
    en: '"Not published": the source gives no figure; not counted as 0.',
  },
  apologyTitle: { vi: '{letters} và hồ sơ trễ hạn', en: '{letters} and late dossiers' },
  apologyLettersNote: {
    vi: 'Mỗi hồ sơ trễ hạn có tối đa một thư xin lỗi; thư nhiều hơn hồ sơ trễ hạn được ghi trong trang chất lượng số liệu.',
    en: 'At most one letter per late dossier; more letters than late dossiers is listed on the data-quality page.',
  },
  // compare.ts
  lineageAltLead: { vi: 'Đơn vị trước và sau thay đổi ngày {dates}.', en: 'Units before and after the change of {dates}.' },
  lineageNote: {
    vi: 'Chuỗi nối theo unit-changes.csv (tính toán của cổng): mỗi đơn vị là một đường riêng, số liệu không được cộng hay quy đổi; đường nét đứt dọc đánh dấu ngày thay đổi. Đổi tên được nối thành một đường.',
    en: 'Series joined per unit-changes.csv (our computation): each unit is its own line, nothing is summed or converted; the dotted vertical line marks the change. A rename continues one line.',
  },
  moreUnitsRow: { vi: '… {omitted} đơn vị khác', en: '… {omitted} more units' },
  lowestFirst: { vi: 'thấp nhất trước (thấp hơn là tốt hơn)', en: 'lowest first (lower is better)' },
  highestFirst: { vi: 'cao nhất trước', en: 'highest first' },
  rankingTopAlt: { vi: 'Đứng đầu: {top}.', en: 'Top: {top}.' },
  rankingBottomAlt: { vi: ' Cuối bảng: {bottom}.', en: ' Bottom: {bottom}.' },
  rankingMedianAlt: { vi: ' Trung vị {median}.', en: ' Median {median}.' },
  noDataListAlt: { vi: ' Không có số liệu: {units}.', en: ' No data: {units}.' },
  rankingOrderNote: {
    vi: 'Thứ hạng do cổng xếp theo số công bố (tính toán của cổng); bằng nhau thì cùng hạng.',
    en: 'Ranks are ordered by the portal from the published figures (our computation); ties share a rank.',
  },
  rankingShownTableShownNote: {
    vi: 'Biểu đồ hiển thị {shown} đơn vị đầu và cuối, bảng {listed} đơn vị đầu và cuối trong {total}; trang so sánh chọn được bất kỳ đơn vị nào.',
    en: 'The chart shows the first and last {shown} units and the table the first and last {listed} of {total}; the comparison page can pick any unit.',
  },
  rankingShownNote: {
    vi: 'Biểu đồ hiển thị {shown} đơn vị đầu và cuối; bảng số liệu có đủ {total} đơn vị.',
    en: 'The chart shows the first and last {shown} units; the table lists all {total}.',
  },
  orderOursColumn: { vi: 'Thứ tự (của cổng)', en: 'Order (ours)' },
  publishedRank: { vi: 'Hạng công bố', en: 'Published rank' },
  distributionTitle: { vi: 'Phân bố: {metric}', en: 'Distribution: {metric}' },
  oneDotPerUnit: { vi: 'mỗi chấm một đơn vị', en: 'one dot per unit' },
  distributionAlt: {
    vi: '{title}. {period}: {n} đơn vị, thấp nhất {min}, trung vị {median}, cao nhất {max}; một nửa số đơn vị trong khoảng {q1}–{q3}.',
    en: '{title}. {period}: {n} units, lowest {min}, median {median}, highest {max}; half of the units between {q1} and {q3}.',
  },
  distributionNote: {
    vi: 'Thanh màu: khoảng giữa một nửa số đơn vị (tứ phân vị 1–3); vạch đỏ: trung vị; đường mảnh: thấp nhất đến cao nhất (tính toán của cổng).',
    en: 'Shaded bar: the middle half of units (quartiles 1–3); red tick: median; thin line: lowest to highest (our computation).',
  },
  quartilesOnlyNote: { vi: 'Kỳ có hơn {dotsUpTo} đơn vị chỉ vẽ tứ phân vị.', en: 'Periods with more than {dotsUpTo} units show quartiles only.' },
  lowestColumn: { vi: 'Thấp nhất', en: 'Lowest' },
  quartile1: { vi: 'Tứ phân vị 1', en: 'Quartile 1' },
  medianColumn: { vi: 'Trung vị', en: 'Median' },
  quartile3: { vi: 'Tứ phân vị 3', en: 'Quartile 3' },
  highestColumn: { vi: 'Cao nhất', en: 'Highest' },
  componentsTitle: { vi: 'Điểm thành phần: {index}', en: 'Component scores: {index}' },
  medianWord: { vi: 'trung vị', en: 'median' },
  componentsNote: {
    vi: 'Mỗi thành phần có điểm tối đa riêng (xem mô tả chỉ tiêu). Vạch đỏ: trung vị (tính toán của cổng).',
    en: 'Each component has its own maximum (see the metric description). Red tick: median (our computation).',
  },
  // index-history.ts
  renameNote: {
    vi: '{date}: {from} đổi tên thành {to}; cùng một đơn vị nên đường được nối liền.',
    en: '{date}: {from} renamed {to}; the same unit, so the line continues.',
  },
  mergedContinuedNote: {
    vi: '{date}: {from} nhập vào {to}. {to} vẫn là đơn vị đó (địa giới mở rộng) nên đường của {to} nối liền qua mốc này; {from} là đường riêng, không cộng vào.',
    en: '{date}: {from} merged into {to}. {to} is the same unit (with a larger territory), so its line continues across the date; {from} is its own line, not added in.',
  },
  mergedNewUnitNote: {
    vi: '{date}: {from} {change} vào {to}, một đơn vị mới. Hai chuỗi là hai đường riêng, không nối qua mốc này.',
    en: '{date}: {from} — {change} into {to}, a new unit. The two series are separate lines, not joined across the date.',
  },
  yearGapNote: {
    vi: 'Năm không có số liệu là khoảng trống trên đường, không phải 0.',
    en: 'A year without a figure is a gap in the line, not a zero.',
  },
  rankTopNote: {
    vi: 'Hạng 1 ở trên cùng. Số đơn vị được xếp hạng khác nhau giữa các năm và các chỉ số.',
    en: 'Rank 1 is at the top. The number of units ranked differs between years and indices.',
  },
  rankTopAlt: { vi: ' (hạng 1 ở trên cùng)', en: ' (rank 1 at the top)' },
  unitChangesAlt: { vi: 'Mốc thay đổi đơn vị', en: 'Changes of the unit' },
  fromProvincesNote: { vi: 'tính từ {n} tỉnh', en: 'from {n} provinces' },
  nationalMedianPublished: { vi: 'Trung vị toàn quốc (công bố)', en: 'National median (published)' },
  nationalMedianComputed: { vi: 'Trung vị toàn quốc (cổng tính)', en: 'National median (our computation)' },
  subIndicesTitle: { vi: '{index}: các chỉ số thành phần', en: '{index}: sub-indices' },
  medianComputedNote: {
    vi: 'Trung vị do cổng tính từ chỉ số thành phần công bố của {n} tỉnh năm {period} (tính toán của cổng; nhà xuất bản không in trung vị trong tệp dữ liệu).',
    en: 'The median is the portal\'s, computed from the published sub-indices of {n} provinces in {period} (our computation; the publisher\'s data file prints no median).',
  },
  medianPublishedNote: { vi: 'Trung vị như nhà xuất bản công bố.', en: 'The median as published.' },
  profileAlt: {
    vi: '{title}, {name}, {period}, so với trung vị toàn quốc. Cao hơn trung vị ở {above}/{count} chỉ số{aboveList}.',
    en: '{title}, {name}, {period}, against the national median. Above the median on {above} of {count}{aboveList}.',
  },
  // ranking.ts
  unitsWord: { vi: 'đơn vị', en: 'units' },
  rankingHighestLowestAlt: {
    vi: '{title}. Cao nhất: {top}. Thấp nhất: {lowest} {lowestValue}.',
    en: '{title}. Highest: {top}. Lowest: {lowest} {lowestValue}.',
  },
  publishedRankBeforeName: {
    vi: 'Số trước tên là hạng công bố; các dòng xếp theo điểm (thứ tự do cổng sắp xếp).',
    en: 'The number before a name is the published rank; rows are ordered by score (ordering by the portal).',
  },
  changeSinceNote: {
    vi: 'Thay đổi so với {prev}: tính toán của cổng (hạng: + là tăng hạng).',
    en: 'Change since {prev}: computed by the portal (rank: + means moved up).',
  },
  unitColumn: { vi: 'Đơn vị', en: 'Unit' },
  rankChangeColumn: { vi: 'Thay đổi hạng so với {prev} (tính toán của cổng)', en: 'Rank change since {prev} (computed by the portal)' },
  scoreChangeColumn: { vi: 'Thay đổi điểm so với {prev} (tính toán của cổng)', en: 'Score change since {prev} (computed by the portal)' },
  // client.ts
  pickerRankingOrderNote: {
    vi: 'Thứ hạng do cổng xếp theo số công bố (tính toán của cổng).',
    en: 'Ranks are ordered by the portal from the published figures (our computation).',
  },
  // bump-text.ts
  bumpTitle: { vi: '{label} qua các năm', en: '{label} over the years' },
  bumpNote: {
    vi: 'Hạng 1 ở trên cùng, như nhà xuất bản công bố. Số tỉnh được xếp hạng khác nhau giữa các năm.',
    en: 'Rank 1 at the top, as published. The number of provinces ranked differs between years.',
  },
} as const;
