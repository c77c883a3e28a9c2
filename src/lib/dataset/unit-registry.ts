/**
 * Resolve what staff write in a `unit` cell — an id, a name or an alias — to one unit valid during the period.
 * Codes and names are reused across the 2025 merger, so validity windows decide, never the name alone.
 */
import type { Unit } from '../schema/unit.ts';
import type { UnitAlias } from '../schema/unit-alias.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import { closest, normName } from '../text/similar.ts';
import { BoundedCache } from '../util/bounded-cache.ts';
import { t } from '../i18n/strings.ts';

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';
export const validFrom = (u: Unit) => u.valid_from ?? OPEN_START;
export const validTo = (u: Unit) => u.valid_to ?? OPEN_END;
/** Windows [a1,a2] and [b1,b2] (inclusive ISO dates) share a day. */
export const overlaps = (a1: string, a2: string, b1: string, b2: string) => a1 <= b2 && b1 <= a2;

export type Resolution =
  | { ok: true; unit: Unit; byId: boolean; outside: boolean }
  | { ok: false; reason: 'unknown'; suggestions: string[] }
  | { ok: false; reason: 'not-valid-then'; candidates: Unit[]; successors: Unit[] }
  | { ok: false; reason: 'ambiguous'; candidates: Unit[] };

export function describeWindow(u: Unit, locale: 'vi' | 'en'): string {
  const from = u.valid_from ?? '…';
  const to = u.valid_to ?? t(locale, 'unitWindowNow');
  return `${from} → ${to}`;
}

export class UnitRegistry {
  readonly byId = new Map<string, Unit>();
  /** Normalised name or alias → units carrying it. */
  private readonly byName = new Map<string, Unit[]>();
  /** Names that some unit carries only through an alias: "normalised name|unit id". */
  private readonly viaAlias = new Set<string>();
  private readonly successors = new Map<string, string[]>();
  private readonly predecessors = new Map<string, string[]>();
  private readonly suggestions = new BoundedCache<string[]>(1000);

  constructor(units: readonly Unit[], aliases: readonly UnitAlias[] = [], changes: readonly UnitChange[] = []) {
    // First definition wins: a duplicate id is reported at its own line and must not shadow the original.
    for (const u of units) if (!this.byId.has(u.id)) this.byId.set(u.id, u);
    for (const u of units) this.addName(u.name, u);
    for (const a of aliases) {
      const u = this.byId.get(a.unit);
      if (!u) continue;
      const key = normName(a.alias);
      if (!(this.byName.get(key) ?? []).includes(u)) this.viaAlias.add(`${key}|${u.id}`);
      this.addName(a.alias, u);
    }
    for (const c of changes) {
      if (!this.successors.has(c.from)) this.successors.set(c.from, []);
      this.successors.get(c.from)!.push(c.to);
      if (!this.predecessors.has(c.to)) this.predecessors.set(c.to, []);
      this.predecessors.get(c.to)!.push(c.from);
    }
  }

  private addName(name: string, u: Unit) {
    const key = normName(name);
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [u]);
    else if (!list.includes(u)) list.push(u);
  }

  successorsOf(id: string): Unit[] {
    return (this.successors.get(id) ?? []).map((i) => this.byId.get(i)).filter((u): u is Unit => !!u);
  }
  predecessorsOf(id: string): Unit[] {
    return (this.predecessors.get(id) ?? []).map((i) => this.byId.get(i)).filter((u): u is Unit => !!u);
  }

  /**
   * Aliases that point to two units valid at the same time: each pair once. Two units may share an official
   * name (many communes are "Xã An Phú"); that is resolved at use, but an alias must be unambiguous.
   */
  ambiguousNames(): { name: string; units: Unit[] }[] {
    const found: { name: string; units: Unit[] }[] = [];
    for (const [name, list] of this.byName) {
      if (list.length < 2) continue;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if (!this.viaAlias.has(`${name}|${a.id}`) && !this.viaAlias.has(`${name}|${b.id}`)) continue;
          if (overlaps(validFrom(a), validTo(a), validFrom(b), validTo(b))) found.push({ name, units: [a, b] });
        }
    }
    return found;
  }

  /** Closest names, preferring units that existed during the period ("TP. Sa Đec" in 2022 is the city, not the 2025 ward). */
  suggest(text: string, start: string, end: string): string[] {
    // Once per distinct name and period: a file may repeat one unknown name on thousands of rows, and each
    // suggestion compares it with every unit.
    return this.suggestions.get(`${text}\u0000${start}\u0000${end}`, () => this.computeSuggestions(text, start, end));
  }

  private computeSuggestions(text: string, start: string, end: string): string[] {
    const then: string[] = [];
    const other: string[] = [];
    for (const u of this.byId.values()) (overlaps(validFrom(u), validTo(u), start, end) ? then : other).push(u.name);
    const first = closest(text, then, 3);
    return first.length ? first : closest(text, other, 3);
  }

  resolve(text: string, start: string, end: string): Resolution {
    const direct = this.byId.get(text);
    if (direct) {
      const outside = !(validFrom(direct) <= start && end <= validTo(direct));
      return { ok: true, unit: direct, byId: true, outside };
    }
    const named = this.byName.get(normName(text));
    if (!named) return { ok: false, reason: 'unknown', suggestions: this.suggest(text, start, end) };
    const during = named.filter((u) => overlaps(validFrom(u), validTo(u), start, end));
    if (during.length === 0) {
      const successors = named.flatMap((u) => this.successorsOf(u.id));
      return { ok: false, reason: 'not-valid-then', candidates: named, successors };
    }
    if (during.length === 1) {
      const u = during[0]!;
      return { ok: true, unit: u, byId: false, outside: !(validFrom(u) <= start && end <= validTo(u)) };
    }
    // Several overlap (e.g. "Tỉnh Đồng Tháp" for the whole of 2025): only one that covers the period will do.
    const covering = during.filter((u) => validFrom(u) <= start && end <= validTo(u));
    if (covering.length === 1) return { ok: true, unit: covering[0]!, byId: false, outside: false };
    return { ok: false, reason: 'ambiguous', candidates: during };
  }
}
