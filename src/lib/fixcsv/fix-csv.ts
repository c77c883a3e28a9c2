/**
 * Rewrite a CSV saved from Excel/LibreOffice on a Vietnamese machine into data contract v1's canonical form, without
 * changing any figure: UTF-8 without BOM, commas (RFC 4180, quoted only when needed), LF line endings, ISO dates in the
 * date columns, cells trimmed, Unicode NFC, no blank rows at the end.
 *
 * Pure: bytes in → { text, changes } out. Every change is counted and illustrated with line numbers (as an editor shows
 * them in the original file); what cannot be decided safely (a date like 13/13/2022, an unknown separator or encoding)
 * is reported and left as it is.
 */
import { convertToUtf8, sniff, type Encoding } from '../ingest/decode.ts';

export type Separator = ',' | ';' | '\t';

export type ChangeKind =
  // applied
  | 'encoding'
  | 'bom'
  | 'line-endings'
  | 'separator'
  | 'quoting'
  | 'trim'
  | 'unicode-nfc'
  | 'date'
  | 'trailing-blank-rows'
  | 'final-newline'
  // reported, not applied
  | 'encoding-unknown'
  | 'separator-unknown'
  | 'quote-error'
  | 'date-ambiguous'
  | 'date-order';

export interface Example {
  /** 1-based line in the original file. */
  line: number;
  /** Header name of the cell, when the example is a cell. */
  column?: string;
  before: string;
  after?: string;
}

export interface Change {
  kind: ChangeKind;
  /** False: a problem the fixer reports but leaves for a person to decide. */
  applied: boolean;
  count: number;
  vi: string;
  en: string;
  /** Up to three. */
  examples: Example[];
}

export interface FixResult {
  /** The canonical text, or null when the file could not be converted (unknown encoding): write nothing then. */
  text: string | null;
  /** True when `text` differs from the input bytes (UTF-8 encoded). */
  changed: boolean;
  /** Encoding the input was in (null if unknown). */
  encoding: Encoding | null;
  /** Separator the input used (null if undetermined). */
  separator: Separator | null;
  changes: Change[];
}

export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  'period_start',
  'period_end',
  'date',
  'valid_from',
  'valid_to',
  'published',
  'accessed',
  'from',
  'to',
]);

const MAX_EXAMPLES = 3;
const CP1252 = new TextDecoder('windows-1252');

// ---------------------------------------------------------------------------------------------------------------
// Messages

const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  'unknown-8bit': '8-bit',
};
const SEP_NAMES: Record<Separator, { vi: string; en: string }> = {
  ',': { vi: 'dấu phẩy ","', en: 'comma ","' },
  ';': { vi: 'dấu chấm phẩy ";"', en: 'semicolon ";"' },
  '\t': { vi: 'ký tự tab', en: 'tab' },
};

type Params = Record<string, string | number>;
const cells = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
const rowsEn = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
const MESSAGES: Record<ChangeKind, { applied: boolean; vi: (n: number, p: Params) => string; en: (n: number, p: Params) => string }> = {
  encoding: {
    applied: true,
    vi: (n, p) => `Đổi mã ký tự từ ${p.from} sang UTF-8 (${n} dòng có chữ thay đổi)`,
    en: (n, p) => `Converted the character encoding from ${p.from} to UTF-8 (${n} line${n === 1 ? '' : 's'} with changed letters)`,
  },
  bom: {
    applied: true,
    vi: () => 'Bỏ dấu BOM ở đầu tệp (UTF-8 không BOM)',
    en: () => 'Removed the byte-order mark at the start of the file (UTF-8 without BOM)',
  },
  'line-endings': {
    applied: true,
    vi: (n) => `Đổi ${n} dấu xuống dòng CRLF/CR thành LF`,
    en: (n) => `Converted ${n} CRLF/CR line ending${n === 1 ? '' : 's'} to LF`,
  },
  separator: {
    applied: true,
    vi: (n, p) =>
      `Đổi dấu phân cách cột từ ${p.fromVi} sang dấu phẩy (${n} dòng); dấu ngoặc kép đặt lại theo RFC 4180: ${p.quoted} ô có dấu phẩy (như "96,55") nay nằm trong ngoặc kép, giá trị giữ nguyên`,
    en: (n, p) =>
      `Changed the column separator from ${p.fromEn} to comma (${rowsEn(n)}); quoting redone as RFC 4180 requires: ${cells(Number(p.quoted))} containing a comma (such as "96,55") now quoted, values unchanged`,
  },
  quoting: {
    applied: true,
    vi: (n) => `Chuẩn hoá dấu ngoặc kép theo RFC 4180 (chỉ dùng khi cần) ở ${n} ô, giá trị giữ nguyên`,
    en: (n) => `Normalised quoting to RFC 4180 (quotes only where needed) in ${cells(n)}, values unchanged`,
  },
  trim: {
    applied: true,
    vi: (n) => `Bỏ khoảng trắng thừa ở đầu/cuối ${n} ô`,
    en: (n) => `Trimmed leading/trailing whitespace in ${cells(n)}`,
  },
  'unicode-nfc': {
    applied: true,
    vi: (n) => `Chuẩn hoá Unicode NFC (dấu rời → chữ dựng sẵn) ở ${n} ô`,
    en: (n) => `Normalised ${cells(n)} to Unicode NFC (combining marks → precomposed letters)`,
  },
  date: {
    applied: true,
    vi: (n) => `Đổi ${n} ngày dạng ngày/tháng/năm sang ISO (YYYY-MM-DD)`,
    en: (n) => `Rewrote ${n} day/month/year date${n === 1 ? '' : 's'} as ISO (YYYY-MM-DD)`,
  },
  'trailing-blank-rows': {
    applied: true,
    vi: (n) => `Xoá ${n} dòng trống ở cuối tệp`,
    en: (n) => `Removed ${n} blank row${n === 1 ? '' : 's'} at the end of the file`,
  },
  'final-newline': {
    applied: true,
    vi: () => 'Thêm dấu xuống dòng ở cuối tệp',
    en: () => 'Added a line break at the end of the file',
  },
  'encoding-unknown': {
    applied: false,
    vi: (_n, p) =>
      `KHÔNG SỬA: không xác định được mã ký tự (${p.vi}). Hãy mở tệp bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)"`,
    en: (_n, p) =>
      `NOT FIXED: could not determine the character encoding (${p.en}). Open the file in Excel and save it as "CSV UTF-8 (Comma delimited)"`,
  },
  'separator-unknown': {
    applied: false,
    vi: () =>
      'KHÔNG SỬA: không xác định được dấu phân cách cột (đã thử dấu phẩy, chấm phẩy, tab); chỉ sửa mã ký tự, xuống dòng và Unicode',
    en: () =>
      'NOT FIXED: could not determine the column separator (tried comma, semicolon, tab); only the encoding, line endings and Unicode form were fixed',
  },
  'quote-error': {
    applied: false,
    vi: () => 'KHÔNG SỬA: dấu ngoặc kép không khớp; cấu trúc bảng giữ nguyên, hãy sửa tay dòng này',
    en: () => 'NOT FIXED: unbalanced double quote; the table structure was left as it is, fix this line by hand',
  },
  'date-ambiguous': {
    applied: false,
    vi: (n) => `KHÔNG SỬA: ${n} ô ngày không hợp lệ hoặc không rõ nghĩa (ngày/tháng/năm), giữ nguyên — hãy sửa tay`,
    en: (n) => `NOT FIXED: ${n === 1 ? '1 date cell is' : `${n} date cells are`} invalid or ambiguous as day/month/year and left as written — fix by hand`,
  },
  'date-order': {
    applied: false,
    vi: (n, p) =>
      `KHÔNG SỬA: cột ${p.columns} có ${n} ngày chỉ đúng khi đọc là tháng/ngày/năm (kiểu Mỹ); không đổi ngày nào trong cột đó — hãy kiểm tra thứ tự ngày/tháng`,
    en: (n, p) =>
      `NOT FIXED: column ${p.columns} has ${n} date${n === 1 ? '' : 's'} that only make sense as month/day/year (US order); no date in that column was changed — check the day/month order`,
  },
};

const ORDER: ChangeKind[] = [
  'encoding-unknown',
  'encoding',
  'bom',
  'line-endings',
  'separator',
  'quoting',
  'unicode-nfc',
  'trim',
  'date',
  'trailing-blank-rows',
  'final-newline',
  'separator-unknown',
  'quote-error',
  'date-ambiguous',
  'date-order',
];

class Collector {
  counts = new Map<ChangeKind, { count: number; examples: Example[]; params: Params }>();
  add(kind: ChangeKind, example?: Example, n = 1): void {
    let c = this.counts.get(kind);
    if (!c) {
      c = { count: 0, examples: [], params: {} };
      this.counts.set(kind, c);
    }
    c.count += n;
    if (example && c.examples.length < MAX_EXAMPLES) c.examples.push(example);
  }
  params(kind: ChangeKind, p: Params): void {
    const c = this.counts.get(kind);
    if (c) Object.assign(c.params, p);
  }
  list(): Change[] {
    const out: Change[] = [];
    for (const kind of ORDER) {
      const c = this.counts.get(kind);
      if (!c) continue;
      const m = MESSAGES[kind];
      out.push({ kind, applied: m.applied, count: c.count, vi: m.vi(c.count, c.params), en: m.en(c.count, c.params), examples: c.examples });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// RFC 4180 reading, tracking the line each field starts on

interface Field {
  value: string;
  quoted: boolean;
  line: number;
}
interface CsvRecord {
  fields: Field[];
  line: number;
}

/** Reads records one at a time from LF-only text. Stops at the first quote error (see `error`). */
class CsvCursor {
  text: string;
  sep: number;
  pos = 0;
  line = 1;
  error: { line: number; what: 'unterminated' | 'after-quote' } | null = null;
  constructor(text: string, sep: Separator) {
    this.text = text;
    this.sep = sep.charCodeAt(0);
  }
  next(): CsvRecord | null {
    const t = this.text;
    const n = t.length;
    if (this.error || this.pos >= n) return null;
    const rec: CsvRecord = { fields: [], line: this.line };
    for (;;) {
      const fieldLine = this.line;
      if (this.pos < n && t.charCodeAt(this.pos) === 34) {
        let value = '';
        let j = this.pos + 1;
        for (;;) {
          const q = t.indexOf('"', j);
          if (q < 0) {
            this.error = { line: fieldLine, what: 'unterminated' };
            return null;
          }
          const chunk = t.slice(j, q);
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) this.line++;
          value += chunk;
          if (t.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
            continue;
          }
          this.pos = q + 1;
          break;
        }
        rec.fields.push({ value, quoted: true, line: fieldLine });
        if (this.pos >= n) return rec;
        const c = t.charCodeAt(this.pos);
        if (c === this.sep) {
          this.pos++;
          continue;
        }
        if (c === 10) {
          this.pos++;
          this.line++;
          return rec;
        }
        this.error = { line: this.line, what: 'after-quote' };
        return null;
      }
      let j = this.pos;
      while (j < n) {
        const c = t.charCodeAt(j);
        if (c === this.sep || c === 10) break;
        j++;
      }
      rec.fields.push({ value: t.slice(this.pos, j), quoted: false, line: fieldLine });
      if (j >= n) {
        this.pos = n;
        return rec;
      }
      this.pos = j + 1;
      if (t.charCodeAt(j) === 10) {
        this.line++;
        return rec;
      }
      // a separator: another field follows (an empty one if the text ends here)
    }
  }
}

function isBlank(rec: CsvRecord): boolean {
  for (const f of rec.fields) if (f.value.trim() !== '') return false;
  return true;
}

const IDENT = /^[a-z_][a-z0-9_]*$/i;
function looksLikeHeader(rec: CsvRecord): boolean {
  let names = 0;
  for (const f of rec.fields) {
    const v = f.value.trim();
    if (v === '') continue;
    if (!IDENT.test(v)) return false;
    names++;
  }
  return names >= 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Separator

interface SepStats {
  sep: Separator;
  ok: boolean;
  mode: number;
  consistency: number;
  headerFits: boolean;
  header: boolean;
}

function sepStats(text: string, sep: Separator): SepStats {
  const cur = new CsvCursor(text, sep);
  const counts: number[] = [];
  let first: number | null = null;
  let headerCount: number | null = null;
  for (let i = 0; i < 200; i++) {
    const r = cur.next();
    if (!r) break;
    if (isBlank(r)) continue;
    if (first === null) first = r.fields.length;
    if (headerCount === null && counts.length < 10 && looksLikeHeader(r)) headerCount = r.fields.length;
    counts.push(r.fields.length);
  }
  // A quote error stops the sample early; what was read before it still tells the separator (the error is reported later).
  if (counts.length === 0) return { sep, ok: !cur.error, mode: 1, consistency: 1, headerFits: false, header: false };
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 1;
  let best = 0;
  for (const [c, f] of freq) if (f > best || (f === best && c > mode)) [mode, best] = [c, f];
  return {
    sep,
    ok: true,
    mode,
    consistency: best / counts.length,
    headerFits: first === mode || headerCount === mode,
    header: headerCount !== null && headerCount === mode,
  };
}

/** The separator, or null when it cannot be told. A file with a single column is comma-separated. */
export function detectSeparator(text: string): Separator | null {
  const stats = ([',', ';', '\t'] as const).map((s) => sepStats(text, s));
  const valid = stats.filter((s) => s.ok && s.mode > 1 && s.headerFits && s.consistency >= 0.8);
  if (valid.length === 1) return valid[0]!.sep;
  if (valid.length === 0) return stats.every((s) => s.ok && s.mode <= 1) ? ',' : null;
  const named = valid.filter((s) => s.header);
  if (named.length === 1) return named[0]!.sep;
  const exact = valid.filter((s) => s.consistency === 1);
  if (exact.length === 1) return exact[0]!.sep;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+0?0:00(?::00)?)?$/;
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const DMY2 = /^\d{1,2}([/.-])\d{1,2}\1\d{2}$/;

function daysIn(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}
function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type DateVerdict = { kind: 'none' } | { kind: 'iso'; value: string } | { kind: 'ambiguous' } | { kind: 'us-only' };

function readDate(v: string): DateVerdict {
  if (v.length < 6 || v.length > 24) return { kind: 'none' };
  let m = DMY.exec(v);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    const out = iso(y, mo, d);
    if (out) return { kind: 'iso', value: out };
    if (iso(y, d, mo)) return { kind: 'us-only' };
    return { kind: 'ambiguous' };
  }
  m = YMD.exec(v);
  if (m) {
    const out = iso(Number(m[1]), Number(m[3]), Number(m[4]));
    return out ? { kind: 'iso', value: out } : { kind: 'ambiguous' };
  }
  if (DMY2.test(v)) return { kind: 'ambiguous' }; // two-digit year: which century?
  return { kind: 'none' };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

function needsQuotes(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return true;
  }
  return false;
}
function quote(v: string): string {
  return needsQuotes(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function show(v: string): string {
  const s = v.length > 60 ? `${v.slice(0, 57)}…` : v;
  return JSON.stringify(s);
}

/** The part of two versions of a line around where they first differ. */
function diffExcerpt(before: string, after: string): [string, string] {
  let k = 0;
  while (k < before.length && k < after.length && before[k] === after[k]) k++;
  const from = Math.max(0, k - 20);
  const cut = (v: string) => (from > 0 ? '…' : '') + v.slice(from, from + 56);
  return [show(cut(before)), show(cut(after))];
}

function lineSample(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const k = text.indexOf('\n', start);
    if (k < 0) return '';
    start = k + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const s = text.slice(start, Math.min(end, start + 80)).replaceAll('\t', '⇥');
  return end - start > 80 ? `${s}…` : s;
}

function splitLines(t: string): string[] {
  return t.split(/\r\n|\r|\n/);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------

export function fixCsv(bytes: Uint8Array): FixResult {
  const col = new Collector();
  const s = sniff(bytes);
  let text: string;
  let encoding: Encoding;

  // 1. Encoding → UTF-8 without BOM
  if (s.kind === 'utf-8') {
    text = s.text;
    encoding = 'utf-8';
    if (s.bom) col.add('bom', { line: 1, before: 'EF BB BF', after: '' });
  } else {
    const conv = convertToUtf8(bytes);
    if (!conv) {
      const why =
        s.kind === '8bit' && s.mixed
          ? { vi: `gần hết là UTF-8 nhưng có byte lạ ở dòng ${s.line}`, en: `mostly UTF-8 but with stray bytes at line ${s.line}` }
          : s.kind === 'mojibake'
            ? {
                vi: `có vẻ là ${ENCODING_NAMES[s.encoding]} đã bị lưu lại thành UTF-8, lẫn với chữ Unicode thật`,
                en: `looks like ${ENCODING_NAMES[s.encoding]} re-saved as UTF-8, mixed with genuine Unicode letters`,
              }
            : { vi: 'không phải UTF-8, TCVN3, VNI hay Windows-1258', en: 'not UTF-8, TCVN3, VNI or Windows-1258' };
      col.add('encoding-unknown', { line: s.line, before: s.sample });
      col.params('encoding-unknown', why);
      return { text: null, changed: false, encoding: null, separator: null, changes: col.list() };
    }
    text = conv.text;
    encoding = conv.encoding;
    const from =
      s.kind === 'mojibake'
        ? `${ENCODING_NAMES[conv.encoding]} đã bị lưu lại thành UTF-8 / re-saved as UTF-8 (mojibake)`
        : ENCODING_NAMES[conv.encoding];
    if (s.kind === 'utf-16') {
      col.add('encoding', undefined, splitLines(text).length);
    } else {
      const before = splitLines(s.kind === 'mojibake' ? s.text : CP1252.decode(bytes));
      const after = splitLines(text);
      let n = 0;
      for (let i = 0; i < after.length; i++) {
        if (before[i] === after[i]) continue;
        n++;
        if (n <= MAX_EXAMPLES) {
          const [b4, af] = diffExcerpt(before[i] ?? '', after[i]!);
          col.add('encoding', { line: i + 1, before: b4, after: af }, 0);
        }
      }
      col.add('encoding', undefined, n);
    }
    col.params('encoding', { from });
    if (s.kind === 'mojibake' && s.bom) col.add('bom', { line: 1, before: 'EF BB BF', after: '' });
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // a second BOM, or one that survived a conversion
    text = text.slice(1);
    col.add('bom', { line: 1, before: 'U+FEFF', after: '' });
  }

  // 2. CRLF / CR → LF
  {
    let n = 0;
    let line = 1;
    let from = 0;
    for (let k = text.indexOf('\r'); k >= 0; k = text.indexOf('\r', k + 1)) {
      for (let j = text.indexOf('\n', from); j >= 0 && j < k; j = text.indexOf('\n', j + 1)) line++;
      from = k;
      n++;
      if (n <= MAX_EXAMPLES) col.add('line-endings', { line, before: text[k + 1] === '\n' ? 'CRLF' : 'CR', after: 'LF' }, 0);
      if (text[k + 1] !== '\n') line++; // a lone CR ends a line too
    }
    if (n > 0) {
      col.add('line-endings', undefined, n);
      text = text.replace(/\r\n?/g, '\n');
    }
  }

  // 3. Separator
  const sep = detectSeparator(text);
  if (sep === null) {
    col.add('separator-unknown', { line: 1, before: show(lineSample(text, 1)) });
    return finishUnstructured(bytes, text, encoding, null, col);
  }
  // Check the whole file parses before rewriting anything
  {
    const cur = new CsvCursor(text, sep);
    while (cur.next());
    if (cur.error) {
      col.add('quote-error', { line: cur.error.line, before: show(lineSample(text, cur.error.line)) });
      return finishUnstructured(bytes, text, encoding, sep, col);
    }
  }

  // 4. Header (the first record that looks like one within the first ten, else the first non-blank one)
  let headerIndex = -1;
  let header: string[] = [];
  {
    const cur = new CsvCursor(text, sep);
    let firstNonBlank = -1;
    for (let i = 0; i < 10; i++) {
      const r = cur.next();
      if (!r) break;
      if (isBlank(r)) continue;
      if (firstNonBlank < 0) firstNonBlank = i;
      if (looksLikeHeader(r)) {
        headerIndex = i;
        header = r.fields.map((f) => f.value.trim().normalize('NFC'));
        break;
      }
    }
    if (headerIndex < 0 && firstNonBlank >= 0) {
      const cur2 = new CsvCursor(text, sep);
      for (let i = 0; i <= firstNonBlank; i++) {
        const r = cur2.next()!;
        if (i === firstNonBlank) header = r.fields.map((f) => f.value.trim().normalize('NFC'));
      }
      headerIndex = firstNonBlank;
    }
  }
  const dateCols = new Set<number>();
  header.forEach((h, i) => {
    if (DATE_COLUMNS.has(h.toLowerCase())) dateCols.add(i);
  });

  // 5. Date columns whose order is in doubt (some cell is valid only as month/day/year): leave them all alone
  const doubtful = new Set<number>();
  if (dateCols.size > 0) {
    const cur = new CsvCursor(text, sep);
    for (let i = 0; ; i++) {
      const r = cur.next();
      if (!r) break;
      if (i <= headerIndex) continue;
      for (const c of dateCols) {
        const f = r.fields[c];
        if (!f) continue;
        const v = readDate(f.value.normalize('NFC').trim());
        if (v.kind === 'us-only') {
          doubtful.add(c);
          col.add('date-order', { line: f.line, column: header[c], before: show(f.value) });
        }
      }
    }
    if (doubtful.size) col.params('date-order', { columns: [...doubtful].map((c) => header[c]).join(', ') });
  }

  // 6. Rewrite record by record
  const out: string[] = [];
  const pendingBlank: string[] = []; // blank records, kept only if a non-blank one follows
  let pendingBlankLines: number[] = [];
  const sepChanged = sep !== ',';
  let quotedForComma = 0;
  let rows = 0;
  const cur = new CsvCursor(text, sep);
  for (let i = 0; ; i++) {
    const r = cur.next();
    if (!r) break;
    rows++;
    const values: string[] = [];
    for (let c = 0; c < r.fields.length; c++) {
      const f = r.fields[c]!;
      const column = i >= headerIndex ? header[c] : undefined;
      let v = f.value;
      const nfc = v.normalize('NFC');
      if (nfc !== v) {
        col.add('unicode-nfc', { line: f.line, column, before: show(v), after: show(nfc) });
        v = nfc;
      }
      const trimmed = v.trim();
      if (trimmed !== v) {
        col.add('trim', { line: f.line, column, before: show(v), after: show(trimmed) });
        v = trimmed;
      }
      if (i > headerIndex && dateCols.has(c) && !doubtful.has(c)) {
        const d = readDate(v);
        if (d.kind === 'iso' && d.value !== v) {
          col.add('date', { line: f.line, column, before: show(v), after: show(d.value) });
          v = d.value;
        } else if (d.kind === 'ambiguous') {
          col.add('date-ambiguous', { line: f.line, column, before: show(v) });
        }
      }
      const q = needsQuotes(v);
      if (sepChanged) {
        if (q && v.includes(',')) quotedForComma++; // reported with the separator change
      } else if (q !== f.quoted) {
        col.add('quoting', { line: f.line, column, before: f.quoted ? `"${f.value}"` : f.value, after: quote(v) });
      }
      values.push(v);
    }
    const line = values.map(quote).join(',');
    // Self-check: the written record reads back as exactly these values.
    const back = new CsvCursor(line, ',').next();
    const got = back ? back.fields.map((f) => f.value) : [''];
    if (got.length !== values.length || got.some((g, k) => g !== values[k])) {
      throw new Error(`fix-csv: internal error, line ${r.line} would not read back the same`);
    }
    if (values.every((v) => v === '')) {
      pendingBlank.push(line);
      pendingBlankLines.push(r.line);
    } else {
      out.push(...pendingBlank, line);
      pendingBlank.length = 0;
      pendingBlankLines = [];
    }
  }
  if (sepChanged && rows > 0) {
    const names = SEP_NAMES[sep];
    col.add('separator', { line: 1, before: show(lineSample(text, 1)), after: show(out[0] ?? '') }, rows);
    col.params('separator', { fromVi: names.vi, fromEn: names.en, quoted: quotedForComma });
  }
  for (const l of pendingBlankLines) col.add('trailing-blank-rows', { line: l, before: '' });
  const result = out.length ? out.join('\n') + '\n' : '';
  if (out.length && !text.endsWith('\n') && pendingBlankLines.length === 0) {
    col.add('final-newline', { line: cur.line, before: '', after: '\\n' });
  }
  return finish(bytes, result, encoding, sep, col);
}

/** When the table cannot be read safely: fix only the encoding, BOM, line endings and Unicode form. */
function finishUnstructured(bytes: Uint8Array, text: string, encoding: Encoding, sep: Separator | null, col: Collector): FixResult {
  const lines = text.split('\n');
  let changedLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const nfc = lines[i]!.normalize('NFC');
    if (nfc !== lines[i]) {
      if (changedLines < MAX_EXAMPLES) col.add('unicode-nfc', { line: i + 1, before: show(lines[i]!), after: show(nfc) }, 0);
      changedLines++;
      lines[i] = nfc;
    }
  }
  if (changedLines) col.add('unicode-nfc', undefined, changedLines);
  return finish(bytes, lines.join('\n'), encoding, sep, col);
}

function finish(bytes: Uint8Array, text: string, encoding: Encoding, sep: Separator | null, col: Collector): FixResult {
  const changed = !equalBytes(new TextEncoder().encode(text), bytes);
  return { text, changed, encoding, separator: sep, changes: col.list() };
}

/** The report, one line per kind of change, in Vietnamese and English, with examples and their line numbers. */
export function formatChanges(changes: readonly Change[]): string[] {
  return changes.map((c) => {
    const ex = c.examples
      .map((e) => {
        const where = `dòng/line ${e.line}${e.column ? ` [${e.column}]` : ''}`;
        if (e.after !== undefined) return `${where}: ${e.before} → ${e.after}`;
        return e.before ? `${where}: ${e.before}` : where;
      })
      .join('; ');
    return `${c.applied ? '✓' : '✗'} ${c.vi} | ${c.en}${ex ? ` — ${ex}` : ''}`;
  });
}
