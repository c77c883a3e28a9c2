/**
 * Province names of the publishers' tables ("BRVT", "TT-Hue", "Quang Ninh", "Hà Nội") to unit ids, through the
 * registry (data/units.csv and data/unit-aliases.csv): never a private table. An unknown name stops the import.
 */
import type { UnitRegistry } from '../dataset/unit-registry.ts';
import { foldName } from '../text/similar.ts';
import { ImportError } from './figures.ts';

/**
 * Rows below or inside a table that are statistics over the provinces, not a province ("Min", "Median", "Max",
 * PAPI's "Highest"/"Điểm cao nhất" with id 999). Skipped with this reason, never imported as a unit.
 */
const STATISTIC_ROWS = new Set(['min', 'median', 'max', 'highest', 'diem cao nhat']);
export const STATISTIC_REASON = 'thống kê trên các tỉnh (min/median/max/highest), không phải một tỉnh / a statistic over the provinces, not a province';

export const isStatisticRow = (name: string) => STATISTIC_ROWS.has(foldName(name));

/** Header words repeated below a table (PCI 2008–2016 print a one-province extract there: header, row, ranks). */
const HEADER_WORDS = new Set(['province', 'tinh', 'thu tu', 'ranking', 'xep hang', 'no', 'stt']);
export const isHeaderWord = (name: string) => HEADER_WORDS.has(foldName(name));
export const EXTRACT_REASON = 'khối trích một tỉnh bên dưới bảng (tiêu đề lặp, thứ hạng từng chỉ số thành phần) / a one-province extract below the table (repeated header, its rank on each sub-index)';

/** The unit id for `name` in `year`, or an ImportError naming the cell and the closest known names. */
export function resolveProvince(registry: UnitRegistry, name: string, year: number, where: string): string {
  const res = registry.resolve(name, `${year}-01-01`, `${year}-12-31`);
  if (res.ok) return res.unit.id;
  const hint =
    res.reason === 'unknown'
      ? `closest known: ${res.suggestions.join(', ') || 'none'}`
      : res.reason === 'ambiguous'
        ? `it names ${res.candidates.map((u) => u.id).join(' and ')} at the same time`
        : `it names ${res.candidates.map((u) => u.id).join(', ')}, not valid in ${year}`;
  throw new ImportError(where, `unknown name "${name}" (${hint}). Add an alias to reference/aliases-extra.csv and run npm run generate-units.`);
}
