/**
 * Reporting periods (data contract v1, "period"). Explicit `period_start`/`period_end` win over the label:
 * "tháng 8" often runs 21/7–20/8, "quý I" from 15/12 to 14/3. The label is kept for display.
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'ytd9' | 'day' | 'custom';

export interface Period {
  /** As written in the CSV (trimmed): the display label. */
  label: string;
  kind: PeriodKind;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  /** True when start/end came from period_start/period_end rather than the label. */
  explicitDates: boolean;
}

export type PeriodCode =
  | 'period-missing'
  | 'period-invalid'
  | 'period-dates-incomplete'
  | 'period-start-after-end'
  | 'date-invalid'
  | 'date-not-iso'
  | 'year-before-1000';

/** `year`: the year as written, when the code is 'year-before-1000'. */
export type PeriodResult =
  | { ok: true; period: Period }
  | { ok: false; code: PeriodCode; column: string; value: string; hint?: string; year?: string };
export type DateResult = { ok: true; date: string } | { ok: false; code: 'date-invalid' | 'date-not-iso' | 'year-before-1000'; hint?: string; year?: string };

/**
 * The first year a date or period may have. Before it a four-digit year has a leading zero (`0999`): a typo, and
 * outside what date arithmetic and ISO strings handle alike (Date.UTC reads 0–99 as 1900–1999; toISOString writes
 * years below 1000 padded, string comparison of unpadded ones fails).
 */
export const MIN_YEAR = 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

/** An ISO calendar date, YYYY-MM-DD, that exists. dd/mm/yyyy is refused with the ISO form as a hint. */
export function parseIsoDate(raw: string): DateResult {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < MIN_YEAR) return { ok: false, code: 'year-before-1000', year: m[1] };
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return { ok: false, code: 'date-invalid' };
    return { ok: true, date: s };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
    return { ok: false, code: 'date-not-iso', hint: valid ? ymd(y, mo, d) : undefined };
  }
  return { ok: false, code: 'date-invalid' };
}

/** Calendar extent of a standard label, or null when the label is not one of the contract's forms. */
export function periodFromLabel(label: string): { kind: PeriodKind; start: string; end: string } | null {
  const s = label.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return { kind: 'year', start: ymd(y, 1, 1), end: ymd(y, 12, 31) };
  }
  m = /^(\d{4})-H([12])$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return m[2] === '1'
      ? { kind: 'half', start: ymd(y, 1, 1), end: ymd(y, 6, 30) }
      : { kind: 'half', start: ymd(y, 7, 1), end: ymd(y, 12, 31) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { kind: 'quarter', start: ymd(y, q * 3 - 2, 1), end: ymd(y, q * 3, lastDay(y, q * 3)) };
  }
  m = /^(\d{4})-9M$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return { kind: 'ytd9', start: ymd(y, 1, 1), end: ymd(y, 9, 30) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { kind: 'month', start: ymd(y, mo, 1), end: ymd(y, mo, lastDay(y, mo)) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const d = parseIsoDate(s);
    return d.ok ? { kind: 'day', start: d.date, end: d.date } : null;
  }
  return null;
}

/** Suggest a contract label for common Vietnamese phrasings ("6 tháng đầu năm 2022" → 2022-H1). */
export function suggestPeriod(label: string): string | undefined {
  const s = label.normalize('NFC').toLowerCase();
  const year = /(\d{4})/.exec(s)?.[1];
  if (!year) return undefined;
  if (/6 tháng đầu|06 tháng đầu|sáu tháng đầu|h1|first half/.test(s)) return `${year}-H1`;
  if (/6 tháng cuối|06 tháng cuối|h2|second half/.test(s)) return `${year}-H2`;
  if (/9 tháng|09 tháng|nine months|9m/.test(s)) return `${year}-9M`;
  const q = /quý\s*(i{1,3}|iv|[1-4])\b|q([1-4])/.exec(s);
  if (q) {
    const roman: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
    const n = q[2] ?? roman[q[1] ?? ''] ?? q[1];
    return `${year}-Q${n}`;
  }
  const mo = /tháng\s*(\d{1,2})/.exec(s);
  if (mo && Number(mo[1]) >= 1 && Number(mo[1]) <= 12) return `${year}-${pad(Number(mo[1]))}`;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (dmy) return ymd(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  if (/năm|year/.test(s) || /^\d{4}$/.test(s.trim())) return year;
  return undefined;
}

/** Resolve a period from its label and optional explicit dates. */
export function parsePeriod(label: string, startRaw = '', endRaw = ''): PeriodResult {
  const l = label.trim();
  // A label in a contract form (`0999`, `0999-Q1`) with an impossible year, dates or not.
  const year = /^(\d{4})(?:-|$)/.exec(l);
  if (year && Number(year[1]) < MIN_YEAR) return { ok: false, code: 'year-before-1000', column: 'period', value: label, year: year[1] };
  const hasStart = startRaw.trim() !== '';
  const hasEnd = endRaw.trim() !== '';
  if (hasStart || hasEnd) {
    if (!hasStart || !hasEnd) {
      return { ok: false, code: 'period-dates-incomplete', column: hasStart ? 'period_end' : 'period_start', value: '' };
    }
    const start = parseIsoDate(startRaw);
    if (!start.ok) return { ok: false, code: start.code, column: 'period_start', value: startRaw, hint: start.hint, year: start.year };
    const end = parseIsoDate(endRaw);
    if (!end.ok) return { ok: false, code: end.code, column: 'period_end', value: endRaw, hint: end.hint, year: end.year };
    if (start.date > end.date) return { ok: false, code: 'period-start-after-end', column: 'period_start', value: startRaw };
    if (l === '') return { ok: false, code: 'period-missing', column: 'period', value: '' };
    const std = periodFromLabel(l);
    return { ok: true, period: { label: l, kind: std?.kind ?? 'custom', start: start.date, end: end.date, explicitDates: true } };
  }
  if (l === '') return { ok: false, code: 'period-missing', column: 'period', value: '' };
  const std = periodFromLabel(l);
  if (!std) return { ok: false, code: 'period-invalid', column: 'period', value: label, hint: suggestPeriod(l) };
  return { ok: true, period: { label: l, ...std, explicitDates: false } };
}

/** Stable key: two observations are of the same period when label and dates agree. */
export function periodKey(p: Period): string {
  const held = (p as Keyed)[KEY];
  if (held !== undefined) return held;
  const k = `${p.label}|${p.start}|${p.end}`;
  if (Object.isExtensible(p)) Object.defineProperty(p, KEY, { value: k });
  return k;
}
// The figures share their period objects (one per label and file): each one's key is made once and kept on it, under
// a symbol no copy, JSON or comparison sees (a WeakMap lookup per call took 2 % of a national build's pass).
const KEY = Symbol('periodKey');
type Keyed = Period & { [KEY]?: string };
