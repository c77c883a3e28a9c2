/**
 * One observation file, long or wide (recognised from the header), into observations that carry their source,
 * quote, file, line and column.
 */
import type { ProblemSink } from '../problems/log.ts';
import { problem } from '../problems/catalog.ts';
import { checkHeader } from '../ingest/header.ts';
import { applySchema, toRecord } from '../schema/apply.ts';
import { longColumns, observationBase, observationRowSchema, type ObservationRow } from '../schema/observation.ts';
import { parsePeriod, type Period } from '../values/period.ts';
import type { Observation } from '../schema/observation.ts';
import type { Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import { describeWindow, type UnitRegistry } from './unit-registry.ts';
import { readTable, suggest } from './read-table.ts';
import type { RowSink } from '../ingest/read-csv.ts';
import { inScale, parseValue } from './values.ts';
import { parseViNumber, quickViNumber } from '../values/number.ts';
import { findControl } from '../text/control.ts';
import { RowObservation, type RowFacts } from './row-observation.ts';

/**
 * A cell's text that does not keep its file's text alive: V8 cuts a longer substring as a view into the whole string,
 * and a national folder's 4 million figures would hold every file's text (≈ 60 MB) through their unit or note.
 */
const ownCopy = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));
const own = (s: string | undefined): string | undefined => (s === undefined ? undefined : ownCopy(s));

export interface ObservationContext {
  registry: UnitRegistry;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
}

const BASE = [...observationBase.required, ...observationBase.optional];
const [UNIT, PERIOD, SOURCE, START, END, NOTE, QUOTE, LOCATOR] = [0, 1, 2, 3, 4, 5, 6, 7];

/**
 * The shared fields of a row that observationRowSchema would accept, without running it: the common case of a
 * national folder (200k rows), with period labels parsed once per file. Undefined when anything needs a closer
 * look; then the schema runs and reports the problems, so it stays the only definition of what is wrong.
 */
function quickBase(cells: readonly string[], idx: readonly number[], periods: Map<string, Period | null>): ObservationRow | undefined {
  const cell = (i: number) => (idx[i]! >= 0 ? cells[idx[i]!]! : '');
  const unit = cell(UNIT);
  const source = cell(SOURCE);
  if (unit === '' || source === '' || unit !== unit.trim() || source !== source.trim()) return undefined;
  const label = cell(PERIOD);
  const start = cell(START);
  const end = cell(END);
  // A control character anywhere in the shared cells: the schema reports it.
  if (findControl(unit) >= 0 || findControl(source) >= 0 || findControl(label) >= 0) return undefined;
  if (findControl(cell(NOTE)) >= 0 || findControl(cell(QUOTE)) >= 0) return undefined;
  const key = `${label}|${start}|${end}`;
  let period = periods.get(key);
  if (period === undefined) {
    const p = parsePeriod(label, start, end);
    period = p.ok ? { ...p.period, label: ownCopy(p.period.label) } : null;
    periods.set(key, period);
  }
  if (period === null) return undefined;
  const text = (i: number) => {
    const v = cell(i).trim();
    return v === '' ? undefined : v.normalize('NFC');
  };
  return { unit: unit.normalize('NFC'), period, source: source.normalize('NFC'), note: text(NOTE), quote: text(QUOTE), locator: text(LOCATOR) };
}

/**
 * `parseValue` for one cell, without its per-cell allocations on the common path: a clean figure (no problem to report)
 * or a blank is read here with the same `parseViNumber` call; anything that needs a problem goes through `parseValue`,
 * which reads it again and reports it exactly as before. Equivalent as long as `parseValue` returns `r.value` for an
 * 'ok' reading without warning and undefined for a blank, pushing nothing (src/lib/dataset/values.ts).
 */
function readValue(raw: string, metric: Metric, file: string, line: number, column: string, out: ProblemSink): number | undefined {
  const quick = quickViNumber(raw, metric.kind);
  if (quick !== undefined && inScale(quick, metric.scale)) return quick;
  const r = parseViNumber(raw, metric.kind);
  if (r.kind === 'blank') return undefined;
  if (r.kind === 'ok' && r.warning === undefined && inScale(r.value, metric.scale)) return r.value;
  return parseValue(raw, metric, { file, line, column }, out);
}

export function readObservationFile(dir: string, file: string, ctx: ObservationContext, out: ProblemSink): Observation[] {
  const known = new Set<string>([...BASE, ...longColumns, ...ctx.metricById.keys()]);
  const obs: Observation[] = [];
  readTable(dir, file, known, ['unit'], out, ({ header, headerLine }) => readRows(header, headerLine, file, ctx, out, obs));
  return obs;
}

/** Checks the header; returns what reads each data row into `obs` (undefined when the rows cannot be read). */
function readRows(header: string[], headerLine: number, file: string, ctx: ObservationContext, out: ProblemSink, obs: Observation[]): RowSink | undefined {
  const isLong = header.includes('metric') || header.includes('value');
  const metricCols = isLong ? [] : header.filter((h) => ctx.metricById.has(h));
  const spec = isLong
    ? { required: [...observationBase.required, ...longColumns], allowed: new Set<string>(observationBase.optional) }
    : { required: observationBase.required, allowed: new Set<string>([...observationBase.optional, ...ctx.metricById.keys()]) };
  const headerOk = checkHeader(header, headerLine, spec, file, out);
  if (!isLong && metricCols.length === 0 && headerOk) {
    out.push(problem('observation-shape', { file, line: headerLine }));
    return undefined;
  }
  if (!headerOk) return undefined;

  const idx = (c: string) => header.indexOf(c);
  const metricIdx = idx('metric');
  const valueIdx = idx('value');
  const metricColIdx = metricCols.map((m) => [m, idx(m)] as const);
  const metricColMetric = metricCols.map((m) => ctx.metricById.get(m)!);

  const baseIdx = BASE.map((c) => header.indexOf(c));
  const periods = new Map<string, Period | null>();
  // One string per distinct cell text (figures like "12" and a row's source repeat thousands of times): a national
  // folder holds 4 million observations, and their copies of these strings would cost the build ≈ 100 MB of heap.
  const interned = new Map<string, string>();
  const intern = (s: string): string => {
    const hit = interned.get(s);
    if (hit !== undefined) return hit;
    const copy = ownCopy(s);
    interned.set(copy, copy);
    return copy;
  };
  return (r) => {
    const base = quickBase(r.cells, baseIdx, periods) ?? applySchema(observationRowSchema, toRecord(header, r.cells, BASE), file, r.line, out);
    if (!base) {
      // Without a period the unit cannot be resolved, but the figures can still be checked: one run, every problem.
      if (isLong) {
        const metric = ctx.metricById.get(r.cells[metricIdx]!.trim());
        if (metric) parseValue(r.cells[valueIdx]!, metric, { file, line: r.line, column: 'value' }, out);
      } else for (const [m, i] of metricColIdx) parseValue(r.cells[i]!, ctx.metricById.get(m)!, { file, line: r.line, column: m }, out);
      return;
    }
    const { period } = base;
    let rowOk = true;

    const res = ctx.registry.resolve(base.unit, period.start, period.end);
    let unitId = '';
    const at = { file, line: r.line, column: 'unit', value: base.unit };
    if (res.ok) {
      unitId = res.unit.id;
      if (res.outside) {
        out.push(problem('unit-outside-validity', at, { a: describeWindow(res.unit, 'vi'), b: `${period.label} (${period.start} → ${period.end})` }));
      }
    } else {
      rowOk = false;
      if (res.reason === 'unknown') {
        out.push(problem('unit-unknown', at, { hint: res.suggestions.map((s) => `"${s}"`).join(', ') || undefined }));
      } else if (res.reason === 'ambiguous') {
        out.push(problem('unit-ambiguous', at, { hint: res.candidates.map((u) => `${u.id} (${u.name})`).join(', ') }));
      } else {
        const c = res.candidates[0]!;
        const succ = res.successors.map((s) => s.name).join(', ');
        const vi = c.valid_to && c.valid_to < period.start ? `${c.name} kết thúc ngày ${c.valid_to}${succ ? `; đã nhập vào ${succ}` : ''}` : `${c.name} bắt đầu từ ngày ${c.valid_from}`;
        const en = c.valid_to && c.valid_to < period.start ? `${c.name} ended on ${c.valid_to}${succ ? `; it merged into ${succ}` : ''}` : `${c.name} began on ${c.valid_from}`;
        out.push(problem('unit-not-valid-then', at, { a: period.label, hint: vi, b: en }));
      }
    }
    if (!ctx.sourceById.has(base.source)) {
      rowOk = false;
      out.push(problem('source-unknown', { file, line: r.line, column: 'source', value: base.source }, { hint: suggest(base.source, ctx.sourceById.keys()) }));
    }

    // One set of the row's shared facts for all its figures (dataset/row-observation.ts).
    let facts: RowFacts | undefined;
    // Each cell of the row: [metric, column, raw]. No per-cell tuple (4M of them in a national folder).
    const emit = (metric: Metric, column: string, raw: string) => {
      const value = readValue(raw, metric, file, r.line, column, out);
      if (value === undefined || !rowOk) return; // blank is no observation: never zero
      facts ??= {
        unit: unitId,
        unitAsWritten: intern(base.unit),
        period,
        source: intern(base.source),
        quote: own(base.quote),
        note: own(base.note),
        locator: own(base.locator),
        file,
        line: r.line,
      };
      // A wide file's column is named by the metric's id: that string, not the header cell cut from the file's text.
      obs.push(new RowObservation(facts, metric.id, value, intern(raw.trim()), column === 'value' ? 'value' : metric.id));
    };
    if (isLong) {
      const metricId = r.cells[metricIdx]!.trim();
      const metric = ctx.metricById.get(metricId);
      if (!metric) {
        rowOk = false;
        out.push(problem(metricId === '' ? 'value-required' : 'metric-unknown', { file, line: r.line, column: 'metric', value: metricId }, { hint: suggest(metricId, ctx.metricById.keys()) }));
      } else emit(metric, 'value', r.cells[valueIdx]!);
    } else {
      for (let k = 0; k < metricColIdx.length; k++) {
        const [m, i] = metricColIdx[k]!;
        emit(metricColMetric[k]!, m, r.cells[i]!);
      }
    }
  };
}
