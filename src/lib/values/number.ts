/**
 * Vietnamese number reading (data contract v1, "value").
 * `.` or a space groups thousands, `,` is the decimal mark: 1.512 = 1512, 96,55 = 96.55, 96,55% = 96.55 percent.
 * Never use Number() or d3.autoType on a raw cell: Number('1.512') is 1.512.
 */
import type { MetricKind } from './kinds.ts';
import type { Locale } from '../i18n/locale.ts';
import { fmtNumber } from '../i18n/format.ts';

export type { MetricKind } from './kinds.ts';

export type NumberCode =
  | 'value-approximate'
  | 'value-decimal-point'
  | 'count-decimal-point'
  | 'number-ambiguous'
  | 'number-english-format'
  | 'number-invalid'
  | 'number-too-many-digits'
  | 'percent-sign-not-percent'
  | 'value-out-of-range'
  | 'count-not-integer'
  | 'rank-not-positive';

export type NumberResult =
  | { kind: 'blank' }
  | { kind: 'ok'; value: number; percentSign: boolean; warning?: NumberCode }
  | { kind: 'error'; code: NumberCode; value?: number };

const BLANKS = new Set(['', '-', '—', '–', '−']);
// Words and signs that turn a figure into an estimate. An estimate is not data.
const APPROX = /(gần|hơn|khoảng|xấp xỉ|trên|dưới|chừng|ước|tới|đến|~|≈|>|<|±|\+$|about|around|approx|over|nearly|almost)/iu;
// Spaces people (and Intl) put between digit groups or before %: space, no-break space, narrow no-break space.
const SPACES = /[\u0020\u00a0\u202f\u2009]/g;

/**
 * The most digits a figure may have, not counting zeros in front of it: any decimal of 15 digits reads back from a
 * double exactly as written, and every whole number of 15 digits is below 2^53. Longer figures change silently
 * (99999999999999999999 becomes 1e20, 9007199254740993 becomes …992, 400 digits become Infinity), so they are refused.
 */
export const MAX_DIGITS = 15;

/** Digits of a canonical "1512" / "96.55" that carry the figure: all of them but the zeros in front of the integer part. */
export function figureDigits(canonical: string): number {
  let i = 0;
  while (i < canonical.length - 1 && canonical[i] === '0' && canonical[i + 1] !== '.') i++;
  let n = 0;
  for (; i < canonical.length; i++) if (canonical[i] !== '.') n++;
  return n;
}

const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.512 / 1.234.567 / 1.512,5
const PLAIN = /^\d+(?:,\d+)?$/; // 2264 / 96,55
const DOT_DECIMAL = /^\d+\.\d{1,2}$/; // 96.8 / 151.10: read as a decimal point, flagged
const ENGLISH = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234,567 / 1,234.5

/**
 * The common cell, without regular expressions or intermediate strings: digits, optionally grouped by "." in threes,
 * optionally a "," and decimals, optionally a final "%" — exactly what PLAIN or GROUPED_DOT accept, with no space,
 * sign or letter (so no blank, approximation or space-grouping rule can apply). Returns the number, or -1 for any other
 * text (then the general path decides). The value is the same double as Number(canonical): an integer below 2^53
 * divided by a power of ten up to 10^22 is correctly rounded, like the parse of the decimal string.
 */
function quickValue(s: string, end: number): number {
  let i = 0;
  let int = 0;
  // First group: any number of digits (PLAIN) or 1–3 before a "." (GROUPED_DOT).
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    int = int * 10 + (c - 48);
    i++;
  }
  let digits = i;
  if (digits === 0) return -1;
  if (i < end && s.charCodeAt(i) === 46) {
    if (digits > 3) return -1;
    // One or more ".ddd" groups.
    while (i < end && s.charCodeAt(i) === 46) {
      for (let k = 1; k <= 3; k++) {
        const c = i + k < end ? s.charCodeAt(i + k) : -1;
        if (c < 48 || c > 57) return -1;
        int = int * 10 + (c - 48);
      }
      digits += 3;
      i += 4;
    }
  }
  let frac = 0;
  let scale = 1;
  if (i < end && s.charCodeAt(i) === 44) {
    i++;
    const start = i;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      frac = frac * 10 + (c - 48);
      scale *= 10;
      i++;
    }
    if (i === start) return -1;
    digits += i - start;
    if (i - start > 22) return -1;
  }
  if (i !== end || digits > 15) return -1;
  return scale === 1 ? int : (int * scale + frac) / scale;
}

/**
 * The value of a cell that `parseViNumber(raw, kind)` reads as `{ kind: 'ok' }` without a warning, when it is one of
 * the common forms (2264, 1.512, 96,55, 96,55%); undefined for anything else (blank, problem, or just a rarer form),
 * where the caller uses `parseViNumber`. Allocates nothing: the loader reads millions of cells through it.
 */
export function quickViNumber(raw: string, kind: MetricKind): number | undefined {
  const n = raw.length;
  if (n === 0) return undefined;
  const percentSign = raw.charCodeAt(n - 1) === 37;
  const v = quickValue(raw, percentSign ? n - 1 : n);
  if (v < 0 || checkKind(v, kind, percentSign) !== undefined) return undefined;
  return v;
}

/** Parse one cell as the contract says. Range and kind rules apply when `kind` is given. */
export function parseViNumber(raw: string, kind?: MetricKind): NumberResult {
  // Fast path for the figures that make up nearly every cell (2264, 1.512, 96,55, 96,55%); same result as below.
  const n = raw.length;
  if (n > 0) {
    const percentSign = raw.charCodeAt(n - 1) === 37;
    const v = quickValue(raw, percentSign ? n - 1 : n);
    if (v >= 0) {
      if (kind) {
        const rule = checkKind(v, kind, percentSign);
        if (rule) return { kind: 'error', code: rule, value: v };
      }
      return { kind: 'ok', value: v, percentSign };
    }
  }
  let s = raw.trim();
  if (BLANKS.has(s)) return { kind: 'blank' };
  if (APPROX.test(s)) return { kind: 'error', code: 'value-approximate' };

  let percentSign = false;
  if (s.endsWith('%')) {
    percentSign = true;
    s = s.slice(0, -1);
  }
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(SPACES, ' ').trim();
  // A space groups thousands only between groups of three digits ("1 512").
  if (s.includes(' ')) {
    if (!/^\d{1,3}(?: \d{3})+(?:,\d+)?$/.test(s)) return { kind: 'error', code: 'number-invalid' };
    s = s.replace(/ /g, '');
  }

  let canonical: string;
  let warning: NumberCode | undefined;
  if (PLAIN.test(s)) {
    canonical = s.replace(',', '.');
  } else if (GROUPED_DOT.test(s)) {
    canonical = s.replace(/\./g, '').replace(',', '.');
  } else if (DOT_DECIMAL.test(s)) {
    if (kind === 'count' || kind === 'rank') return { kind: 'error', code: 'count-decimal-point' };
    canonical = s;
    warning = 'value-decimal-point';
  } else if (ENGLISH.test(s)) {
    return { kind: 'error', code: 'number-english-format' };
  } else if (/^[\d.,]+$/.test(s)) {
    return { kind: 'error', code: 'number-ambiguous' };
  } else {
    return { kind: 'error', code: 'number-invalid' };
  }

  let value = Number(canonical); // canonical is now "1512" or "96.55": safe for Number()
  if (figureDigits(canonical) > MAX_DIGITS || !Number.isFinite(value)) return { kind: 'error', code: 'number-too-many-digits' };
  if (negative) value = -value;
  if (Object.is(value, -0)) value = 0;

  if (kind) {
    const rule = checkKind(value, kind, percentSign);
    if (rule) return { kind: 'error', code: rule, value };
  }
  return warning ? { kind: 'ok', value, percentSign, warning } : { kind: 'ok', value, percentSign };
}

function checkKind(value: number, kind: MetricKind, percentSign: boolean): NumberCode | undefined {
  if (percentSign && kind !== 'percent') return 'percent-sign-not-percent';
  switch (kind) {
    case 'percent':
      return value < 0 || value > 100 ? 'value-out-of-range' : undefined;
    case 'count':
      if (value < 0) return 'value-out-of-range';
      return Number.isInteger(value) ? undefined : 'count-not-integer';
    case 'rank':
      if (!Number.isInteger(value)) return 'count-not-integer';
      return value < 1 ? 'rank-not-positive' : undefined;
    default:
      return undefined;
  }
}

/**
 * Format as Vietnamese readers expect (1.512; 96,55). Kept for the validator's messages; the one formatter is
 * i18n/format.ts's fmtNumber, which this only calls.
 */
export function formatNumber(value: number, locale: Locale = 'vi', maximumFractionDigits = 2): string {
  return fmtNumber(value, locale, maximumFractionDigits);
}
