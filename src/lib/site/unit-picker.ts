/**
 * The comparison page's unit picker with thousands of units (a national folder), where a checkbox per unit is too
 * many: the units are a comma-separated list of ids in the form (and the URL), and a search box adds units by name
 * (lib/search/match.ts), so nobody has to know an id. Runs in the browser; pure functions, tested in Node.
 */
import { compareUnit, type CompareUnits } from './compare-data.ts';
import type { SearchIndex } from '../search/match.ts';

/** The ids of a comma-separated list, trimmed, without blanks or repeats. */
export function unitIds(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** The list with `id` added at the end (once). */
export const withUnit = (text: string, id: string): string => [...unitIds(text).filter((x) => x !== id), id].join(',');

/** The list without `id`. */
export const withoutUnit = (text: string, id: string): string => unitIds(text).filter((x) => x !== id).join(',');

/** The picker's units as a search index: their names in both languages, and their province as context. */
export function pickerIndex(units: CompareUnits): SearchIndex {
  const list = units.units.map((r) => compareUnit(r));
  const position = new Map(list.map((u, i) => [u.id, i] as const));
  // A province is its own province in the comparison data: no context then.
  return { v: 1, entries: list.map(({ id, name, province }) => ['u', id, name.vi, name.en, province && province !== id ? (position.get(province) ?? -1) : -1, '']) };
}
