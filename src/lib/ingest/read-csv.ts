/**
 * CSV text → rows with the line each row starts on, plus the problems a spreadsheet typically causes.
 * PapaParse does the RFC 4180 work; we track lines ourselves because its error `row` is a record index
 * and a quoted field can span several lines.
 *
 * Rows are handed on one at a time, never kept: a file's cost is its text plus what the caller keeps, whatever the
 * number of lines (a run of blank lines is one counted warning).
 */
import Papa from 'papaparse';
import type { ProblemSink } from '../problems/log.ts';
import { problem } from '../problems/catalog.ts';

export interface CsvRow {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvHead {
  header: string[];
  headerLine: number;
}

/** Takes each data row (blank, ragged and total rows are reported here and never handed on). */
export type RowSink = (row: CsvRow) => void;

export interface ReadOptions {
  file: string;
  /** Column names that identify a header row (used to spot a title row above it). */
  knownColumns: ReadonlySet<string>;
  /** Columns whose text marks a "Tổng cộng" row. */
  keyColumns: readonly string[];
  /** The file's path as the user types it (for commands in messages). */
  shownPath?: string;
}

/** More columns than any contract file can use (a wide file has one per metric): a header of a million commas is refused. */
export const MAX_COLUMNS = 1000;
/** How far below a title row the real header is looked for. */
const TITLE_LOOKAHEAD = 10;

const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|total|grand total)(\s|:|$)/iu;

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * Every line ending as "\n": an editor counts "\r\n", "\r" and "\n" as one line each, also mixed in one file, while
 * PapaParse takes one line ending per file (its guess from the first) and would glue the other lines together.
 */
export const normaliseLineEnds = (text: string) => (text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n'));

/**
 * Parse a whole CSV text. `begin` gets the header and returns what takes the data rows (or undefined when the rows
 * cannot be read, e.g. a required column is missing: they are still checked for quotes, blanks and width).
 * Returns false when the file cannot be read as a table at all (empty, wrong separator, too many columns).
 * Problems are pushed to `out`.
 */
export function readCsv(source: string, opts: ReadOptions, out: ProblemSink, begin: (head: CsvHead) => RowSink | undefined): boolean {
  const text = normaliseLineEnds(source);
  let line = 1;
  let counted = 0; // offset up to which newlines have been counted into `line`
  let nextStart = 0;
  const countTo = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
  };
  let lastQuoteErrorLine = 0;
  let sawRecord = false;
  /** Records from the first non-blank one until the header is decided (at most TITLE_LOOKAHEAD). */
  let pending: CsvRow[] | undefined = [];
  let refused = false;
  let width = 0;
  let keyIdx: number[] = [];
  let keyName = '';
  let sink: RowSink | undefined;
  /** A blank record at the very end: a final line break, reported only if more follows. */
  let heldBlank: CsvRow | undefined;

  /** The run of consecutive blank rows being counted: reported as one problem when it ends. */
  let blankFrom = 0;
  let blankTo = 0;
  let blankCount = 0;
  const endBlankRun = () => {
    if (blankCount === 0) return;
    out.push(problem('row-blank', { file: opts.file, line: blankFrom }, blankCount > 1 ? { a: blankCount, b: blankTo } : {}));
    blankCount = 0;
  };
  const dataRow = (r: CsvRow) => {
    if (isBlank(r.cells)) {
      if (blankCount > 0 && r.line === blankTo + 1) {
        blankTo = r.line;
        blankCount++;
        return;
      }
      endBlankRun();
      blankFrom = blankTo = r.line;
      blankCount = 1;
      return;
    }
    endBlankRun();
    if (r.cells.length !== width) {
      out.push(problem('row-ragged', { file: opts.file, line: r.line }, { a: r.cells.length, b: width }));
      return;
    }
    for (const k of keyIdx) {
      const c = r.cells[k]!.trim().normalize('NFC');
      if (TOTAL.test(c)) {
        out.push(problem('row-total', { file: opts.file, line: r.line, column: keyName, value: c }));
        return;
      }
    }
    sink?.(r);
  };

  /** Decide the header from the pending records; false when the file is not a table. */
  const decide = (records: CsvRow[]): boolean => {
    const first = records[0]!;
    if (first.cells.length === 1) {
      const cell = first.cells[0] ?? '';
      const sep = cell.includes(';') ? ['dấu chấm phẩy ";"', 'semicolons ";"'] : cell.includes('\t') ? ['ký tự tab', 'tabs'] : undefined;
      if (sep) {
        out.push(problem('separator-not-comma', { file: opts.file, line: first.line, value: cell.slice(0, 80) }, { a: sep[0], c: sep[1], b: opts.shownPath ?? opts.file }));
        return false;
      }
    }
    let h = 0;
    const known = (cells: string[]) => {
      let n = 0;
      for (const c of cells) if (opts.knownColumns.has(c.trim())) n++;
      return n;
    };
    if (known(first.cells) < 2) {
      for (let i = 1; i < records.length; i++) {
        if (known(records[i]!.cells) >= 2) {
          const title = first.cells.filter((c) => c.trim() !== '').join(' ').slice(0, 80);
          out.push(problem('title-row', { file: opts.file, line: first.line, value: title }, { a: records[i]!.line }));
          h = i;
          break;
        }
      }
    }
    const headerRow = records[h]!;
    if (headerRow.cells.length > MAX_COLUMNS) {
      out.push(problem('too-many-columns', { file: opts.file, line: headerRow.line }, { a: headerRow.cells.length, b: MAX_COLUMNS }));
      return false;
    }
    const header = headerRow.cells.map((c) => c.trim());
    width = header.length;
    keyIdx = opts.keyColumns.map((k) => header.indexOf(k)).filter((i) => i >= 0);
    keyName = keyIdx.length ? header[keyIdx[0]!]! : '';
    sink = begin({ header, headerLine: headerRow.line });
    for (let i = h + 1; i < records.length; i++) dataRow(records[i]!);
    return true;
  };

  const take = (r: CsvRow) => {
    if (pending) {
      // Blank records before the header are skipped (not kept); a title row needs the next few records to be judged.
      if (pending.length === 0 && isBlank(r.cells)) return;
      pending.push(r);
      if (pending.length >= TITLE_LOOKAHEAD) {
        const records = pending;
        pending = undefined;
        if (!decide(records)) refused = true;
      }
      return;
    }
    dataRow(r);
  };

  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    // PapaParse's fast mode (for a text without any quote) splits the whole text into an array of lines first: 50 MB
    // of blank lines would be 50 million strings at once. The scanning mode costs memory only per row.
    fastMode: false,
    skipEmptyLines: false,
    step: (res, parser) => {
      countTo(nextStart);
      sawRecord = true;
      const row: CsvRow = { line, cells: res.data };
      for (const e of res.errors) {
        if (e.type === 'Quotes' && lastQuoteErrorLine !== line) {
          lastQuoteErrorLine = line;
          out.push(problem('csv-quote', { file: opts.file, line }));
        }
      }
      // PapaParse's cursor is past the record's line end: where the next record starts.
      nextStart = res.meta.cursor;
      if (heldBlank) {
        take(heldBlank);
        heldBlank = undefined;
      }
      if (row.cells.length === 1 && row.cells[0] === '') heldBlank = row;
      else take(row);
      if (refused) parser.abort();
    },
  });
  // A final line break yields no record, but a lone "" record at the very end is the same thing.
  if (heldBlank && nextStart < text.length) take(heldBlank);
  endBlankRun();

  if (refused) return false;
  if (pending) {
    if (!sawRecord || pending.length === 0) {
      out.push(problem('file-empty', { file: opts.file, line: 0 }));
      return false;
    }
    const ok = decide(pending);
    endBlankRun();
    return ok;
  }
  return true;
}
