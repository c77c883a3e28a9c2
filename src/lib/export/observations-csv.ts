/**
 * The observations download: one CSV layout for the whole dataset and for "the data behind this chart".
 *
 * The file is itself a valid *long* observation file of data contract v1: `unit`, `period`, `period_start`,
 * `period_end`, `metric`, `value`, `source`, `quote`, `note` are contract columns, and everything added for readers
 * starts with `x_` (free columns the validator carries and never interprets). Dropped into `observations/` of a data
 * folder with the same reference files, it validates to the same observations (tests/export/roundtrip.test.ts).
 * A chart's CSV (`chartObservationsCsv`) is one too, with each quote written once and pointed to by `x_quote_row`.
 *
 * - `value` is written in contract form (no grouping, `,` decimal: 1512, 96,55): datapackage.json declares
 *   `decimalChar: ","`. `x_raw` is the cell exactly as published ("1.512", "96,55%").
 * - `period_start`/`period_end` are always written (the calendar dates of a standard label when the publication gave
 *   none), so every row is dated without knowing the label grammar.
 * - Text cells are formula-escaped (see csv.ts); `unit`, `metric`, `source` are ids and never start with a trigger.
 */
import { onPageDone } from '../util/bounded-cache.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { Observation } from '../schema/observation.ts';
import type { Unit } from '../schema/unit.ts';
import type { Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import { BOM, csvCell, csvHeader, csvRow, type CsvColumn, type ColumnType } from './csv.ts';

export interface Lookup {
  unit: (id: string) => Unit | undefined;
  metric: (id: string) => Metric | undefined;
  source: (id: string) => Source | undefined;
}

const lookups = new WeakMap<Dataset, Lookup>();
export function lookupOf(ds: Dataset): Lookup {
  let l = lookups.get(ds);
  if (!l) {
    const units = new Map(ds.units.map((u) => [u.id, u]));
    const metrics = new Map(ds.metrics.map((m) => [m.id, m]));
    const sources = new Map(ds.sources.map((s) => [s.id, s]));
    l = { unit: (id) => units.get(id), metric: (id) => metrics.get(id), source: (id) => sources.get(id) };
    lookups.set(ds, l);
  }
  return l;
}

export interface ObservationColumn extends CsvColumn<Observation> {
  title: string;
  description: string;
  /** Frictionless extras for the field (decimalChar, constraints). */
  extra?: Record<string, unknown>;
}

function col(
  name: string,
  type: ColumnType,
  title: string,
  description: string,
  get: (o: Observation) => string | number | undefined,
  extra?: Record<string, unknown>,
): ObservationColumn {
  return { name, type, title, description, get, extra };
}

/** Columns of the observations CSV, in order, with their Frictionless descriptions. */
export function observationColumns(ds: Dataset): ObservationColumn[] {
  const l = lookupOf(ds);
  return [
    col('unit', 'string', 'Mã đơn vị / Unit id', 'Unit id from units.csv (the project id, not the official code).', (o) => o.unit, { constraints: { required: true } }),
    col('x_unit_name', 'string', 'Tên đơn vị / Unit name', 'Official Vietnamese name of the unit.', (o) => l.unit(o.unit)?.name),
    col('x_unit_name_en', 'string', 'Unit name (English)', 'English name of the unit, when known.', (o) => l.unit(o.unit)?.name_en),
    col('period', 'string', 'Kỳ báo cáo / Period label', 'Reporting period as published: YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-9M, YYYY-MM-DD or a free label.', (o) => o.period.label, { constraints: { required: true } }),
    col('period_start', 'date', 'Từ ngày / Period start', 'First day of the period (ISO date, inclusive).', (o) => o.period.start, { constraints: { required: true } }),
    col('period_end', 'date', 'Đến ngày / Period end', 'Last day of the period (ISO date, inclusive).', (o) => o.period.end, { constraints: { required: true } }),
    col('metric', 'string', 'Chỉ tiêu / Metric id', 'Metric id from metrics.csv.', (o) => o.metric, { constraints: { required: true } }),
    col('x_metric_label_vi', 'string', 'Tên chỉ tiêu', 'Metric label in Vietnamese.', (o) => l.metric(o.metric)?.label_vi),
    col('x_metric_label_en', 'string', 'Metric label', 'Metric label in English.', (o) => l.metric(o.metric)?.label_en),
    col('value', 'number', 'Giá trị / Value', 'The figure: no thousands separator, comma as decimal mark (96,55 = 96.55). Percent metrics are in 0–100.', (o) => o.value, { decimalChar: ',', groupChar: '', constraints: { required: true } }),
    col('x_raw', 'string', 'Nguyên văn / As published', 'The cell exactly as published or entered ("1.512", "96,55%").', (o) => o.raw),
    col('source', 'string', 'Mã nguồn / Source id', 'Source id from sources.csv.', (o) => o.source, { constraints: { required: true } }),
    col('x_source_title', 'string', 'Nguồn / Source', 'Title of the source publication.', (o) => l.source(o.source)?.title),
    col('x_source_url', 'string', 'Địa chỉ nguồn / Source URL', 'Where the source publication was read, when known.', (o) => l.source(o.source)?.url),
    col('quote', 'string', 'Trích dẫn / Quote', 'The sentence the figure was read from, verbatim.', (o) => o.quote),
    col('note', 'string', 'Ghi chú / Note', "Editor's note on the figure.", (o) => o.note),
    col('x_file', 'string', 'Tệp / File', 'Observation file in the data folder the figure comes from.', (o) => o.file),
    col('x_line', 'integer', 'Dòng / Line', '1-based line of the figure in that file (as an editor shows it).', (o) => o.line),
  ];
}

/** Stable order: unit, metric, period start, period end, label, source. */
export function sortObservations(obs: readonly Observation[]): Observation[] {
  const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
  return [...obs].sort(
    (a, b) =>
      cmp(a.unit, b.unit) ||
      cmp(a.metric, b.metric) ||
      cmp(a.period.start, b.period.start) ||
      cmp(a.period.end, b.period.end) ||
      cmp(a.period.label, b.period.label) ||
      cmp(a.source, b.source),
  );
}

/**
 * A function writing one figure's line, exactly as `csvRow(observationColumns(ds), o)` does, but reusing the cells
 * that repeat (a unit's names, a metric's labels, a source's title, a period, a quote): the whole national dataset
 * is 4 million lines. Falls back to `csvRow` if the columns ever change order.
 */
export function observationRowWriter(ds: Dataset, withQuote = true): (o: Observation) => string {
  const all = observationColumns(ds);
  const columns = withQuote ? all : all.map((c) => (c.name === 'quote' ? { ...c, get: () => undefined } : c));
  const ORDER = 'unit,x_unit_name,x_unit_name_en,period,period_start,period_end,metric,x_metric_label_vi,x_metric_label_en,value,x_raw,source,x_source_title,x_source_url,quote,note,x_file,x_line';
  if (columns.map((c) => c.name).join(',') !== ORDER) return (o) => csvRow(columns, o);
  const cols = new Map(columns.map((c) => [c.name, c]));
  const cell = (name: string, o: Observation) => {
    const c = cols.get(name)!;
    return csvCell(c, c.get(o));
  };
  const cells = (names: string[], o: Observation) => names.map((n) => cell(n, o)).join(',');
  const memo = <K>(m: Map<K, string>, k: K, make: () => string) => {
    let v = m.get(k);
    if (v === undefined) {
      if (m.size >= 20_000) m.clear();
      m.set(k, (v = make()));
    }
    return v;
  };
  const units = new Map<string, string>();
  // By period object: a file's figures share one per label, and a key string per line cost as much as the cells.
  const periods = new Map<Observation['period'], string>();
  const metrics = new Map<string, string>();
  const sources = new Map<string, string>();
  const quotes = new Map<string, string>();
  const files = new Map<string, string>();
  return (o) =>
    `${memo(units, o.unit, () => cells(['unit', 'x_unit_name', 'x_unit_name_en'], o))},` +
    `${memo(periods, o.period, () => cells(['period', 'period_start', 'period_end'], o))},` +
    `${memo(metrics, o.metric, () => cells(['metric', 'x_metric_label_vi', 'x_metric_label_en'], o))},` +
    `${cell('value', o)},${cell('x_raw', o)},` +
    `${memo(sources, o.source, () => cells(['source', 'x_source_title', 'x_source_url'], o))},` +
    `${withQuote && o.quote ? memo(quotes, o.quote, () => cell('quote', o)) : ''},${o.note ? cell('note', o) : ''},` +
    `${memo(files, o.file, () => cell('x_file', o))},${cell('x_line', o)}`;
}

const writers = [new WeakMap<Dataset, (o: Observation) => string>(), new WeakMap<Dataset, (o: Observation) => string>()];
const writerOf = (ds: Dataset, withQuote: boolean) => {
  const m = writers[withQuote ? 0 : 1]!;
  let w = m.get(ds);
  if (!w) m.set(ds, (w = observationRowWriter(ds, withQuote)));
  return w;
};

/**
 * A figure's line, remembered (with and without its quote): a commune's figures appear in its CSV and in several of
 * its charts' CSVs. Emptied when the page is done (util/bounded-cache.ts), and past 10,000 lines.
 */
let rowMemo = [new Map<Observation, string>(), new Map<Observation, string>()];
onPageDone(() => (rowMemo = [new Map(), new Map()]));
function rowOf(ds: Dataset, o: Observation, withQuote = true): string {
  const m = rowMemo[withQuote ? 0 : 1]!;
  let line = m.get(o);
  if (line === undefined) {
    if (m.size >= 10_000) rowMemo = [new Map(), new Map()];
    rowMemo[withQuote ? 0 : 1]!.set(o, (line = writerOf(ds, withQuote)(o)));
  }
  return line;
}

/** The CSV of some observations (a unit's, or all of them), as `toCsv` writes it: the contract's full shape. */
export function observationsCsv(ds: Dataset, obs: readonly Observation[]): string {
  const lines = [csvHeader(observationColumns(ds))];
  for (const o of sortObservations(obs)) lines.push(rowOf(ds, o));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The chart CSVs' one added column, last so the others keep observations.csv's order. */
export const QUOTE_ROW_COLUMN = 'x_quote_row';

/**
 * A chart's figures as CSV: observations.csv's columns and rows, except that each quote is written once, on the
 * first row that cites it; a later row citing it has an empty `quote` and, in `x_quote_row`, that first row's number.
 * Why: a table's quote repeats on every figure read from it (most of a chart CSV's bytes), and a row number is what a
 * spreadsheet shows beside each row, so the quote stays in the file one glance away; observations.csv and the unit
 * CSVs keep the quote on every row (the contract's shape, re-read by the validator).
 */
export function chartObservationsCsv(ds: Dataset, obs: readonly Observation[]): string {
  const lines = [`${csvHeader(observationColumns(ds))},${QUOTE_ROW_COLUMN}`];
  const firstRow = new Map<string, number>();
  for (const o of sortObservations(obs)) {
    const row = lines.length + 1; // the header is row 1
    const first = o.quote ? firstRow.get(o.quote) : undefined;
    if (first === undefined) {
      if (o.quote) firstRow.set(o.quote, row);
      lines.push(`${rowOf(ds, o)},`);
    } else lines.push(`${rowOf(ds, o, false)},${first}`);
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
