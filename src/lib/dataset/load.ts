/**
 * The one loader: the validator and the build both call `loadDataFolder`, so they can never disagree.
 * Reads every file, reports every problem in one run, and keeps nothing from a file that has an error.
 */
import { existsSync, statSync } from 'node:fs';
import { ProblemLog, type ProblemSink, type ProblemTotals } from '../problems/log.ts';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/catalog.ts';
import { checkHeader } from '../ingest/header.ts';
import { applySchema, toRecord } from '../schema/apply.ts';
import { unitColumns, unitSchema, type Unit } from '../schema/unit.ts';
import { unitAliasColumns, unitAliasSchema, type UnitAlias } from '../schema/unit-alias.ts';
import { unitChangeColumns, unitChangeSchema, type UnitChange } from '../schema/unit-change.ts';
import { metricColumns, metricSchema, type Metric } from '../schema/metric.ts';
import { sourceColumns, sourceSchema, type Source } from '../schema/source.ts';
import { targetColumns, targetRowSchema, type Target } from '../schema/target.ts';
import { listDataFolder, REQUIRED_FILES, type Refusal } from './files.ts';
import { UnitRegistry } from './unit-registry.ts';
import { checkReferences } from './check-references.ts';
import { readObservationFile } from './read-observations.ts';
import { checkObservations } from './check-consistency.ts';
import type { Observation } from '../schema/observation.ts';
import type { Dataset } from './dataset.ts';
import { parseValue } from './values.ts';
import { readTable, suggest } from './read-table.ts';

export const CONTRACT_VERSION = 1;

export class DataFolderError extends Error {}

export interface LoadResult {
  contract: number;
  dataset: Dataset;
  problems: Problem[];
  errors: number;
  warnings: number;
  /** How many problems of each code each file had, also those not kept (src/lib/problems/log.ts). */
  totals: ProblemTotals;
  /** Files read, relative to the folder. */
  files: string[];
}

interface ColumnSpec {
  file: string;
  required: readonly string[];
  optional: readonly string[];
}

export interface Located<T> {
  row: T;
  file: string;
  line: number;
}

/** Ids of reference rows that failed their schema: already reported, so rows citing them are not reported again. */
type Broken = Set<string>;

function readReference<S extends z.ZodType>(dir: string, spec: ColumnSpec, schema: S, present: boolean, out: ProblemSink, broken?: Broken): Located<z.output<S>>[] {
  if (!present) return [];
  const columns = [...spec.required, ...spec.optional];
  const rows: Located<z.output<S>>[] = [];
  readTable(dir, spec.file, new Set(columns), ['id', 'name', 'unit', 'alias', 'applies_to'], out, ({ header, headerLine }) => {
    if (!checkHeader(header, headerLine, { required: spec.required, allowed: new Set(spec.optional) }, spec.file, out)) return undefined;
    return (r) => {
      const rec = toRecord(header, r.cells, columns);
      const row = applySchema(schema, rec, spec.file, r.line, out);
      if (row !== undefined) rows.push({ row, file: spec.file, line: r.line });
      else if (broken && rec.id?.trim()) broken.add(rec.id.trim());
    };
  });
  return rows;
}

/** A refused entry of the folder listing as a problem of that file. */
function refusalProblem(r: Refusal): Problem {
  const at = { file: r.file, line: 0 };
  switch (r.why) {
    case 'symlink':
      return problem('file-symlink', at, { a: r.target });
    case 'not-regular':
      return problem('file-not-regular', at, { a: r.kind });
    case 'undecodable-name':
      return problem('file-name-undecodable', at);
    case 'hidden':
      return problem('file-hidden', at);
    case 'unreadable':
      return problem('file-unreadable', at, { a: r.code });
  }
}

export function loadDataFolder(dir: string): LoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DataFolderError(`Không tìm thấy thư mục dữ liệu / data folder not found: ${dir}`);
  }
  const out = new ProblemLog();
  const listing = listDataFolder(dir);
  for (const r of listing.refused) out.push(refusalProblem(r));
  // A required file that is there but refused (a symlink) is reported as such, not also as missing.
  const refused = new Set(listing.refused.map((r) => r.file));
  for (const f of REQUIRED_FILES) if (!listing.reference.has(f) && !refused.has(f)) out.push(problem('file-missing', { file: f, line: 0 }, { a: f }));
  for (const f of listing.unknownCsv) out.push(problem('file-unknown', { file: f, line: 0 }));
  for (const f of listing.notCsv) out.push(problem('file-not-csv', { file: f, line: 0 }));

  const has = (f: string) => listing.reference.has(f);
  const units = readReference(dir, unitColumns, unitSchema, has('units.csv'), out);
  const aliases = readReference(dir, unitAliasColumns, unitAliasSchema, has('unit-aliases.csv'), out);
  const changes = readReference(dir, unitChangeColumns, unitChangeSchema, has('unit-changes.csv'), out);
  const metrics = readReference(dir, metricColumns, metricSchema, has('metrics.csv'), out);
  const brokenSources: Broken = new Set();
  const sources = readReference(dir, sourceColumns, sourceSchema, has('sources.csv'), out, brokenSources);

  const registry = new UnitRegistry(
    units.map((u) => u.row),
    aliases.map((a) => a.row),
    changes.map((c) => c.row),
  );
  const metricById = new Map<string, Metric>(metrics.map((m) => [m.row.id, m.row]));
  const sourceById = new Map<string, Source>(sources.map((s) => [s.row.id, s.row]));
  // A source row with an error is reported once, at its own line; the figures citing it are not reported again.
  // (The build refuses the folder anyway, so the placeholder never reaches a page.)
  for (const id of brokenSources) if (!sourceById.has(id)) sourceById.set(id, { id, title: id, url: undefined, publisher: undefined, published: undefined, accessed: undefined, note: undefined });
  checkReferences({ units, aliases, changes, metrics, sources, registry, sourceById }, out);

  const targets = readTargets(dir, has('targets.csv'), registry, metricById, sourceById, out);

  // Observations: a file with any error contributes nothing. (Loops, not push(...xs): a file can hold millions.)
  const observations: Observation[] = [];
  const filesRead = [...listing.reference];
  for (const file of listing.observations) {
    filesRead.push(file);
    let fileHasError = false;
    const fileOut: ProblemSink = {
      push(p) {
        if (p.severity === 'error') fileHasError = true;
        out.push(p);
      },
    };
    const obs = readObservationFile(dir, file, { registry, metricById, sourceById }, fileOut);
    if (!fileHasError) for (const o of obs) observations.push(o);
  }
  const checked = checkObservations(observations, metricById);
  for (const p of checked.duplicates) out.push(p);
  for (const p of checked.consistency) out.push(p);
  // Either `observations` itself or a filtered copy: ours to hand on.
  const kept = checked.kept as Observation[];

  const cited = new Set<string | undefined>([...targets.map((t) => t.source), ...changes.map((c) => c.row.source)]);
  for (const o of kept) cited.add(o.source);
  for (const s of sources) {
    if (!cited.has(s.row.id)) out.push(problem('source-unused', { file: s.file, line: s.line, column: 'id', value: s.row.id }));
  }

  const dataset: Dataset = {
    units: units.map((u) => u.row),
    aliases: aliases.map((a) => a.row),
    changes: changes.map((c) => c.row),
    metrics: metrics.map((m) => m.row),
    sources: sources.map((s) => s.row),
    targets,
    observations: kept,
    registry,
  };
  const problems = out.list();
  sortProblems(problems);
  // Counts of every finding, also those not kept (src/lib/problems/log.ts).
  return { contract: CONTRACT_VERSION, dataset, problems, errors: out.errors, warnings: out.warnings, totals: out.totals(), files: filesRead.sort() };
}

function readTargets(
  dir: string,
  present: boolean,
  registry: UnitRegistry,
  metricById: ReadonlyMap<string, Metric>,
  sourceById: ReadonlyMap<string, Source>,
  out: ProblemSink,
): Target[] {
  const rows = readReference(dir, targetColumns, targetRowSchema, present, out);
  const targets: Target[] = [];
  for (const { row, file, line } of rows) {
    let ok = true;
    const metric = metricById.get(row.metric);
    if (!metric) {
      out.push(problem('metric-unknown', { file, line, column: 'metric', value: row.metric }, { hint: suggest(row.metric, metricById.keys()) }));
      ok = false;
    }
    const unit = registry.byId.get(row.applies_to);
    if (!unit) {
      out.push(problem('unit-unknown', { file, line, column: 'applies_to', value: row.applies_to }, { hint: suggest(row.applies_to, registry.byId.keys()) }));
      ok = false;
    }
    if (!sourceById.has(row.source)) {
      out.push(problem('source-unknown', { file, line, column: 'source', value: row.source }, { hint: suggest(row.source, sourceById.keys()) }));
      ok = false;
    }
    const value = metric ? parseValue(row.value, metric, { file, line, column: 'value' }, out) : undefined;
    if (!ok || value === undefined || !unit) continue;
    const { value: raw, applies_to, ...rest } = row;
    targets.push({ ...rest, unit: unit.id, value, raw, file, line });
  }
  return targets;
}


/** Problems in file order, then line, then column: the order an editor shows them. */
export function sortProblems(ps: Problem[]) {
  ps.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)));
}
