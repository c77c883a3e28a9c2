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
  // pages/[...lang]/don-vi/[id].astro
  unitOfficialCode: { vi: 'mã thống kê', en: 'official code' },
  unitValid: { vi: 'hiệu lực', en: 'valid' },
  unitLineageHeading: { vi: 'Trước và sau sắp xếp đơn vị', en: 'Before and after the reorganisation' },
  unitFormedFrom: { vi: 'Hình thành từ', en: 'Formed from' },
  unitAfterChangePartOf: { vi: 'Từ sau thay đổi thuộc về', en: 'After the change, part of' },
  unitNoFiguresYet: {
    vi: 'Cổng chưa có số liệu nào của {name}. Khi có số liệu công bố được nhập vào thư mục dữ liệu, trang này sẽ hiển thị.',
    en: 'The portal has no figures for {name} yet. Once published figures are added to the data folder, they will appear here.',
  },
  unitCompareWithOthers: { vi: 'So sánh đơn vị này với đơn vị khác', en: 'Compare this unit with others' },
  unitWarningsHeading: { vi: 'Cảnh báo về số liệu của đơn vị này', en: "Warnings about this unit's figures" },
  unitLatestPeriodsFigures: { vi: 'Số liệu các kỳ gần nhất', en: 'Figures of the latest periods' },
  unitFiguresSummary: { vi: '{n} số liệu, kèm nguồn và trích dẫn', en: '{n} figures, with sources and quotes' },
  unitFiguresCaption: { vi: 'Số liệu của {name}', en: 'Figures for {name}' },
  unitFiguresListedNote: {
    vi: 'Đơn vị có {total} số liệu; bảng này liệt kê {listed} số liệu của các kỳ gần nhất. Mọi giá trị có trong bảng số liệu của từng biểu đồ và trên trang nguồn.',
    en: "The unit has {total} figures; this table lists the {listed} of the latest periods. Every value is in each chart's data table and on the source pages.",
  },
  unitDownloadAll: { vi: 'Tải về tất cả {n} số liệu của đơn vị (CSV)', en: 'Download all {n} figures of the unit (CSV)' },
  unitChildrenHeading: { vi: 'Đơn vị trực thuộc có số liệu', en: 'Units within with figures' },
  unitChildrenWithout: { vi: '{n} đơn vị trực thuộc khác chưa có số liệu.', en: '{n} other units within have no figures yet.' },
  // pages/[...lang]/don-vi/index.astro
  unitsIntro: {
    vi: '{n} trang đơn vị: mọi tỉnh, thành phố và mọi đơn vị có số liệu hoặc mục tiêu. Từ 01/07/2025, 63 tỉnh được sắp xếp thành 34 và cấp huyện chấm dứt hoạt động; đơn vị cũ và mới có trang riêng, liên kết với nhau.',
    en: '{n} unit pages: every province and every unit with figures or targets. From 1 July 2025, 63 provinces became 34 and districts were abolished; former and new units have their own pages, linked to each other.',
  },
  provincesFrom1July2025: { vi: 'Tỉnh, thành phố từ 01/07/2025', en: 'Provinces from 1 July 2025' },
  provincesBeforeTheReorganisation: { vi: 'Tỉnh, thành phố trước sắp xếp', en: 'Provinces before the reorganisation' },
  noFiguresYetLower: { vi: 'chưa có số liệu', en: 'no figures yet' },
  childUnitsWithPage: { vi: 'đơn vị trực thuộc có trang', en: 'units within with a page' },
  agenciesAndOtherUnits: { vi: 'Cơ quan và đơn vị khác', en: 'Agencies and other units' },
  // lib/site/model.ts: a unit's name made unique by its dates; dataset/unit-registry.ts: an open-ended window
  unitValidUntil: { vi: 'đến {date}', en: 'until {date}' },
  unitValidFrom: { vi: 'từ {date}', en: 'from {date}' },
  unitWindowNow: { vi: 'nay', en: 'now' },
} as const;
