/**
 * CSV writing for downloads (RFC 4180: comma, CRLF, quotes doubled) with formula-injection escaping.
 *
 * The escaping rule (OWASP "CSV injection"): a cell of a *text* column whose first character is `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
 * Numeric columns are not escaped: their cells are written by `formatContractNumber` from a JS number and always
 * match /^-?\d+(,\d+)?$/, which no spreadsheet reads as a formula, and `-3` stays the number −3.
 * `unescapeFormula` undoes the rule exactly (escape is injective), for round-trip tests and for readers.
 */

export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

export function needsFormulaEscape(text: string): boolean {
  return text.length > 0 && (FORMULA_TRIGGERS as readonly string[]).includes(text[0]!);
}

/** Escape one text cell. Strings that already start with an apostrophe get one more, so unescaping is exact. */
export function escapeFormula(text: string): string {
  return needsFormulaEscape(text) || text.startsWith("'") ? `'${text}` : text;
}

/** Inverse of `escapeFormula`. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** RFC 4180 quoting: quote when the cell has a comma, quote, CR or LF (or leading/trailing space, to keep it). */
export function quoteCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A number as the data contract writes it, so the validator reads it back to the same value: no thousands grouping,
 * `,` as the decimal mark, never an exponent (1512 → "1512", 96.55 → "96,55", -3 → "-3", 1e-7 → "0,0000001").
 * With `fixedDecimals`, exactly that many decimals (73.4, 2 → "73,40").
 */
export function formatContractNumber(value: number, fixedDecimals?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // Fixed decimals keep a printed figure's trailing zeros ("73,40" as the published table shows it).
  if (fixedDecimals !== undefined) {
    if (Math.abs(value) >= 1e21) throw new RangeError(`too large for fixed decimals: ${value}`);
    return value.toFixed(fixedDecimals).replace('.', ',');
  }
  if (value === 0) return '0';
  // String() gives the shortest decimal that reads back to the same double; expand its exponent by hand.
  const s = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new RangeError(`unexpected number form: ${s}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  const digits = int! + frac;
  const point = int!.length + Number(exp);
  let out: string;
  if (point <= 0) out = `0,${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)},${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes(',')) out = out.replace(/0+$/, '').replace(/,$/, '');
  return sign + out;
}

export type ColumnType = 'string' | 'number' | 'integer' | 'date';

export interface CsvColumn<R> {
  name: string;
  type: ColumnType;
  /**
   * A closed vocabulary (an enum such as the target operator `=`): written verbatim, never escaped. Only for values
   * the loader has already checked against a fixed list, which therefore cannot carry a formula.
   */
  verbatim?: boolean;
  /** Cell value; undefined and null are written as an empty cell. */
  get: (row: R) => string | number | undefined | null;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel opens Vietnamese text correctly (default true). */
  bom?: boolean;
}

export const BOM = '\uFEFF';

/** Write rows as CSV. Text cells are formula-escaped; number cells are written in contract form. */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: Iterable<R>, options: CsvOptions = {}): string {
  const lines: string[] = [csvHeader(columns)];
  for (const row of rows) lines.push(csvRow(columns, row));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}

/** The header line (no line break). */
export const csvHeader = <R>(columns: readonly CsvColumn<R>[]): string => columns.map((c) => quoteCell(c.name)).join(',');

/** One cell as written in a row: formatted for its column, formula-escaped, quoted. */
export const csvCell = <R>(c: CsvColumn<R>, v: string | number | undefined | null): string => quoteCell(cellText(c, v));

/** One row's line (no line break). */
export function csvRow<R>(columns: readonly CsvColumn<R>[], row: R): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (i) line += ',';
    line += quoteCell(cellText(c, c.get(row)));
  }
  return line;
}

function cellText<R>(c: CsvColumn<R>, v: string | number | undefined | null): string {
  if (v === undefined || v === null || v === '') return '';
  if (c.type === 'number' || c.type === 'integer') {
    if (typeof v !== 'number') throw new TypeError(`column ${c.name}: expected a number, got ${JSON.stringify(v)}`);
    return formatContractNumber(v);
  }
  if (c.type === 'date') {
    const s = String(v);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new TypeError(`column ${c.name}: expected an ISO date, got ${JSON.stringify(s)}`);
    return s;
  }
  return c.verbatim ? String(v) : escapeFormula(String(v));
}
