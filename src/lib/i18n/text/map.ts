/**
 * Texts of the tile maps, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const MAP_TEXT = {
  // pages/[...lang]/chi-so/[index]/[year].astro: "{blank}" is the tileMapBlank sentence or nothing
  tileMapScaleNote: {
    vi: 'Khoảng màu chia đều từ điểm thấp nhất đến cao nhất. {blank} Số liệu đầy đủ ở bảng bên dưới.',
    en: 'Colour classes split the range from lowest to highest score evenly. {blank} Every figure is in the table below.',
  },
  tileMapBlank: { vi: '{n} tỉnh không có số liệu (ô gạch chéo, không phải 0).', en: '{n} provinces have no figure (hatched, not zero).' },
  // lib/site/ranking-map.ts
  tileMapNoFigure: { vi: 'không có số liệu', en: 'no figure' },
  tileMapTitle: { vi: 'Bản đồ ô: {title}', en: 'Tile map: {title}' },
} as const;
