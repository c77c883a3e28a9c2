/**
 * CSV text → rows with the line each row starts on, plus the problems a spreadsheet typically causes.
 * PapaParse does the RFC 4180 work; we track lines ourselves because its error `row` is a record index
 * and a quoted field can span several lines.
 */
import Papa from 'papaparse';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/catalog.ts';

export interface CsvRow {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** False when the file cannot be read as a table at all (wrong separator, no header). */
  usable: boolean;
}

export interface ReadOptions {
  file: string;
  /** Column names that identify a header row (used to spot a title row above it). */
  knownColumns: ReadonlySet<string>;
  /** Columns whose text marks a "Tổng cộng" row. */
  keyColumns: readonly string[];
  /** The file's path as the user types it (for commands in messages). */
  shownPath?: string;
}

const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|total|grand total)(\s|:|$)/iu;

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Parse a whole CSV text. Problems are appended to `out`. */
export function readCsv(text: string, opts: ReadOptions, out: Problem[]): CsvTable {
  const records: CsvRow[] = [];
  let line = 1;
  let counted = 0; // offset up to which newlines have been counted into `line`
  let nextStart = 0;
  const countTo = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
  };
  const quoteErrorLines = new Set<number>();

  Papa.parse<string[]>(text, {
    delimiter: ',',
    // Without any "\r" PapaParse's own guess is "\n"; saying so spares it a regular-expression pass over the file.
    ...(text.indexOf('\r') === -1 ? { newline: '\n' as const } : {}),
    skipEmptyLines: false,
    step: (res) => {
      countTo(nextStart);
      const row = { line, cells: res.data };
      records.push(row);
      for (const e of res.errors) {
        if (e.type === 'Quotes' && !quoteErrorLines.has(line)) {
          quoteErrorLines.add(line);
          out.push(problem('csv-quote', { file: opts.file, line }));
        }
      }
      const cursor = res.meta.cursor;
      nextStart = cursor + (text[cursor] === '\r' && text[cursor + 1] === '\n' ? 2 : 1);
    },
  });
  // A final line break yields no record, but a lone "" record at the very end is the same thing.
  const last = records.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '' && nextStart >= text.length) records.pop();

  if (records.length === 0) {
    out.push(problem('file-empty', { file: opts.file, line: 0 }));
    return { header: [], headerLine: 0, rows: [], usable: false };
  }

  // The header is the first non-blank record, unless it is a title above the real header.
  let h = 0;
  while (h < records.length && isBlank(records[h]!.cells)) h++;
  if (h === records.length) {
    out.push(problem('file-empty', { file: opts.file, line: 0 }));
    return { header: [], headerLine: 0, rows: [], usable: false };
  }
  const first = records[h]!;
  if (first.cells.length === 1) {
    const cell = first.cells[0] ?? '';
    const sep = cell.includes(';') ? ['dấu chấm phẩy ";"', 'semicolons ";"'] : cell.includes('\t') ? ['ký tự tab', 'tabs'] : undefined;
    if (sep) {
      out.push(problem('separator-not-comma', { file: opts.file, line: first.line, value: cell.slice(0, 80) }, { a: sep[0], c: sep[1], b: opts.shownPath ?? opts.file }));
      return { header: [], headerLine: first.line, rows: [], usable: false };
    }
  }
  const known = (cells: string[]) => cells.filter((c) => opts.knownColumns.has(c.trim())).length;
  if (known(first.cells) < 2) {
    for (let i = h + 1; i < Math.min(records.length, h + 10); i++) {
      if (known(records[i]!.cells) >= 2) {
        const title = first.cells.filter((c) => c.trim() !== '').join(' ').slice(0, 80);
        out.push(problem('title-row', { file: opts.file, line: first.line, value: title }, { a: records[i]!.line }));
        h = i;
        break;
      }
    }
  }
  const headerRow = records[h]!;
  const header = headerRow.cells.map((c) => c.trim());
  const width = header.length;

  const keyIdx = opts.keyColumns.map((k) => header.indexOf(k)).filter((i) => i >= 0);
  const rows: CsvRow[] = [];
  for (let i = h + 1; i < records.length; i++) {
    const r = records[i]!;
    if (isBlank(r.cells)) {
      out.push(problem('row-blank', { file: opts.file, line: r.line }));
      continue;
    }
    if (r.cells.length !== width) {
      out.push(problem('row-ragged', { file: opts.file, line: r.line }, { a: r.cells.length, b: width }));
      continue;
    }
    let total: string | undefined;
    for (const k of keyIdx) {
      const c = r.cells[k]!.trim().normalize('NFC');
      if (TOTAL.test(c)) {
        total = c;
        break;
      }
    }
    if (total !== undefined) {
      out.push(problem('row-total', { file: opts.file, line: r.line, column: header[keyIdx[0]!], value: total }));
      continue;
    }
    rows.push(r);
  }
  return { header, headerLine: headerRow.line, rows, usable: true };
}
