/**
 * Vietnamese number reading (data contract v1, "value").
 * `.` or a space groups thousands, `,` is the decimal mark: 1.512 = 1512, 96,55 = 96.55, 96,55% = 96.55 percent.
 * Never use Number() or d3.autoType on a raw cell: Number('1.512') is 1.512.
 */
export type MetricKind = 'count' | 'percent' | 'rank' | 'score' | 'points';

export type NumberCode =
  | 'value-approximate'
  | 'value-decimal-point'
  | 'count-decimal-point'
  | 'number-ambiguous'
  | 'number-english-format'
  | 'number-invalid'
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

const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.512 / 1.234.567 / 1.512,5
const PLAIN = /^\d+(?:,\d+)?$/; // 2264 / 96,55
const DOT_DECIMAL = /^\d+\.\d{1,2}$/; // 96.8 / 151.10: read as a decimal point, flagged
const ENGLISH = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234,567 / 1,234.5

/** Parse one cell as the contract says. Range and kind rules apply when `kind` is given. */
export function parseViNumber(raw: string, kind?: MetricKind): NumberResult {
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

const viFormatters = new Map<string, Intl.NumberFormat>();
/** Format as Vietnamese readers expect (1.512; 96,55). Used by tables, axes and CSV downloads. */
export function formatNumber(value: number, locale: 'vi' | 'en' = 'vi', maximumFractionDigits = 2): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = viFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits });
    viFormatters.set(key, f);
  }
  return f.format(value);
}
