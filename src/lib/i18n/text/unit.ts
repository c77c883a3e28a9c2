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
