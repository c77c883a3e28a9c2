/** Cross-row checks of the reference files: ids, parents, official codes over time, aliases, change edges. */
import type { ProblemSink } from '../problems/log.ts';
import { problem } from '../problems/catalog.ts';
import type { Unit } from '../schema/unit.ts';
import type { UnitAlias } from '../schema/unit-alias.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import type { Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import type { Located } from './load.ts';
import { overlaps, validFrom, validTo, type UnitRegistry } from './unit-registry.ts';
import { closest, normName } from '../text/similar.ts';

interface Refs {
  units: Located<Unit>[];
  aliases: Located<UnitAlias>[];
  changes: Located<UnitChange>[];
  metrics: Located<Metric>[];
  sources: Located<Source>[];
  registry: UnitRegistry;
  sourceById: ReadonlyMap<string, Source>;
}

function uniqueIds<T extends { id: string }>(rows: Located<T>[], out: ProblemSink) {
  const first = new Map<string, number>();
  for (const { row, file, line } of rows) {
    const prev = first.get(row.id);
    if (prev !== undefined) out.push(problem('id-duplicate', { file, line, column: 'id', value: row.id }, { a: prev }));
    else first.set(row.id, line);
  }
}

const hint = (text: string, candidates: Iterable<string>) => {
  const c = closest(text, candidates, 3);
  return c.length ? c.map((x) => `"${x}"`).join(', ') : undefined;
};

export function checkReferences(r: Refs, out: ProblemSink) {
  uniqueIds(r.units, out);
  uniqueIds(r.metrics, out);
  uniqueIds(r.sources, out);

  const byCode = new Map<string, Located<Unit>[]>();
  for (const lu of r.units) {
    const { row: u, file, line } = lu;
    if (u.parent !== undefined && !r.registry.byId.has(u.parent)) {
      out.push(problem('parent-unknown', { file, line, column: 'parent', value: u.parent }));
    }
    if (u.valid_from && u.valid_to && u.valid_from > u.valid_to) {
      out.push(problem('validity-reversed', { file, line, column: 'valid_from', value: u.valid_from }, { a: u.valid_to }));
    }
    if (u.gso_code !== undefined) {
      // Codes are compared within a level: a province and a commune code never collide in practice, but 2-digit
      // and 5-digit codes are different namespaces anyway.
      const key = `${u.level}|${u.gso_code}`;
      const list = byCode.get(key) ?? [];
      for (const other of list) {
        if (overlaps(validFrom(u), validTo(u), validFrom(other.row), validTo(other.row))) {
          out.push(problem('gso-code-overlap', { file, line, column: 'gso_code', value: u.gso_code }, { a: other.row.id }));
        }
      }
      list.push(lu);
      byCode.set(key, list);
    }
  }

  for (const { row: a, file, line } of r.aliases) {
    if (!r.registry.byId.has(a.unit)) {
      out.push(problem('unit-unknown', { file, line, column: 'unit', value: a.unit }, { hint: hint(a.unit, r.registry.byId.keys()) }));
    }
  }
  // A name or alias carried by two units valid at the same time cannot be resolved: report it where it is defined.
  const aliasLine = new Map(r.aliases.map((a) => [`${normName(a.row.alias)}|${a.row.unit}`, a]));
  for (const { name, units } of r.registry.ambiguousNames()) {
    const at = units.map((u) => aliasLine.get(`${name}|${u.id}`)).find((x) => x !== undefined);
    const where = at ? { file: at.file, line: at.line, column: 'alias', value: at.row.alias } : { file: 'units.csv', line: r.units.find((u) => u.row.id === units[1]!.id)?.line ?? 0, column: 'name', value: units[1]!.name };
    out.push(problem('alias-ambiguous', where, { hint: units.map((u) => `${u.id} (${u.valid_from ?? '…'} → ${u.valid_to ?? '…'})`).join(', ') }));
  }

  for (const { row: c, file, line } of r.changes) {
    for (const col of ['from', 'to'] as const) {
      if (!r.registry.byId.has(c[col])) {
        out.push(problem('unit-unknown', { file, line, column: col, value: c[col] }, { hint: hint(c[col], r.registry.byId.keys()) }));
      }
    }
    if (c.source !== undefined && !r.sourceById.has(c.source)) {
      out.push(problem('source-unknown', { file, line, column: 'source', value: c.source }, { hint: hint(c.source, r.sourceById.keys()) }));
    }
  }
}
