/**
 * The tile-grid map of Viet Nam: one square per province (the 63 of 2008–2025) at its approximate position, col 0 at
 * the west and row 0 at the north. No boundary file with a redistributable licence that shows Hoàng Sa and Trường Sa
 * as Vietnamese territory is available to the project, so the map is drawn from these squares; the two archipelagos
 * are drawn east of Đà Nẵng and Khánh Hòa, the provinces they belong to.
 *
 * Provinces after the 2025-07-01 merger are not listed: each is the union of its constituents' squares, derived from
 * unit-changes.csv (`tilesOf`), so the grid never disagrees with the registry.
 */
import type { UnitChange } from '../schema/unit-change.ts';

export type Tile = readonly [col: number, row: number];

export const GRID: Readonly<Record<string, Tile>> = {
  'lai-chau': [1, 0], 'lao-cai': [2, 0], 'ha-giang': [3, 0], 'cao-bang': [4, 0],
  'dien-bien': [0, 1], 'yen-bai': [2, 1], 'tuyen-quang': [3, 1], 'bac-kan': [4, 1], 'lang-son': [5, 1],
  'son-la': [1, 2], 'phu-tho': [2, 2], 'vinh-phuc': [3, 2], 'thai-nguyen': [4, 2], 'bac-giang': [5, 2], 'quang-ninh': [6, 2],
  'hoa-binh': [2, 3], 'ha-noi': [3, 3], 'bac-ninh': [4, 3], 'hai-duong': [5, 3], 'hai-phong': [6, 3],
  'ha-nam': [3, 4], 'hung-yen': [4, 4], 'thai-binh': [5, 4],
  'thanh-hoa': [2, 5], 'ninh-binh': [3, 5], 'nam-dinh': [4, 5],
  'nghe-an': [2, 6],
  'ha-tinh': [3, 7],
  'quang-binh': [3, 8],
  'quang-tri': [3, 9],
  'thua-thien-hue': [4, 10], 'da-nang': [5, 10],
  'quang-nam': [5, 11],
  'kon-tum': [4, 12], 'quang-ngai': [5, 12],
  'gia-lai': [4, 13], 'binh-dinh': [5, 13],
  'dak-lak': [4, 14], 'phu-yen': [5, 14],
  'dak-nong': [3, 15], 'lam-dong': [4, 15], 'khanh-hoa': [5, 15],
  // Bình Phước next to Đồng Nai and Bình Thuận next to Lâm Đồng (the proposal left both a square away), so the
  // 2025 provinces Đồng Nai and Lâm Đồng are drawn as one joined region each.
  'binh-phuoc': [3, 16], 'binh-thuan': [4, 16], 'ninh-thuan': [5, 16],
  'tay-ninh': [1, 17], 'binh-duong': [2, 17], 'dong-nai': [3, 17],
  'long-an': [1, 18], 'ho-chi-minh': [2, 18], 'ba-ria-vung-tau': [3, 18],
  'an-giang': [0, 19], 'dong-thap': [1, 19], 'tien-giang': [2, 19], 'ben-tre': [3, 19],
  'kien-giang': [0, 20], 'can-tho': [1, 20], 'vinh-long': [2, 20], 'tra-vinh': [3, 20],
  'hau-giang': [1, 21], 'soc-trang': [2, 21],
  'ca-mau': [0, 22], 'bac-lieu': [1, 22],
};

/** The archipelagos: where their label and dots go (grid units), and the province each belongs to. */
export const ARCHIPELAGOS = [
  { vi: 'Quần đảo Hoàng Sa (Đà Nẵng)', en: 'Hoàng Sa Islands (Đà Nẵng)', province: 'da-nang', at: [6.9, 9.6] as const },
  { vi: 'Quần đảo Trường Sa (Khánh Hòa)', en: 'Trường Sa Islands (Khánh Hòa)', province: 'khanh-hoa', at: [6.9, 17.2] as const },
] as const;

/** Grid size: the provinces' columns plus room for the archipelagos' labels. */
export const GRID_COLS = 10;
export const GRID_ROWS = 23;

/**
 * The squares of a unit: its own, or the union of the squares of the units merged into it or renamed to it
 * (unit-changes.csv `merge` and `rename` edges), recursively. Empty for a unit the map cannot place.
 */
export function tilesOf(unit: string, changes: readonly Pick<UnitChange, 'from' | 'to' | 'kind'>[], seen = new Set<string>()): Tile[] {
  const own = GRID[unit];
  if (own) return [own];
  if (seen.has(unit)) return [];
  seen.add(unit);
  return changes.filter((c) => c.to === unit && (c.kind === 'merge' || c.kind === 'rename')).flatMap((c) => tilesOf(c.from, changes, seen));
}
