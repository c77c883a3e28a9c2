/**
 * Locale-aware formatting of numbers, dates and reporting periods, as Intl writes them (numbers mostly without it,
 * decimal.ts), so that Vietnamese pages read 1.512 and 96,55% and English pages 1,512 and 96.55%. Pure functions: charts, tables and alt text share them.
 */
import type { Period } from '../values/period.ts';
import type { MetricKind } from '../values/kinds.ts';
import { intlLocale, type Locale } from './locale.ts';
import { t, tf, type UIKey } from './strings.ts';
import { fastDecimal } from './decimal.ts';

// Intl formatters are costly to create: one per (locale, style, digits), created on first use.
const cache: Record<Locale, Map<string, Intl.NumberFormat>> = { vi: new Map(), en: new Map() };
function nf(key: string, locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const m = cache[locale];
  let f = m.get(key);
  if (!f) m.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)));
  return f;
}

/** 1.512 / 1,512; up to `digits` fraction digits. */
export function fmtNumber(value: number, locale: Locale, digits = 2): string {
  return fastDecimal(value, locale, 0, digits) ?? nf(`n${digits}`, locale, { maximumFractionDigits: digits }).format(value);
}

/** A value in percent (96.55 → "96,55%" / "96.55%"). */
export function fmtPercent(value: number, locale: Locale, digits = 2): string {
  const fast = fastDecimal(value / 100, locale, 0, digits, 2);
  return fast !== undefined ? `${fast}%` : nf(`p${digits}`, locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

/** A metric value as readers expect it for the metric's kind. */
export function fmtValue(value: number, kind: MetricKind, locale: Locale): string {
  switch (kind) {
    case 'percent':
      return fmtPercent(value, locale);
    case 'count':
    case 'rank':
      return fmtNumber(value, locale, 0);
    default:
      return fmtNumber(value, locale, 2);
  }
}

/** Decimals written in a figure as published: "73,40" has 2, "1.512" none (a thousands group), "96.8" (warned) 1. */
export function printedDecimals(raw: string): number {
  const t = raw.replace(/[%\s\u00a0]/gu, '');
  const comma = /,(\d+)$/u.exec(t);
  if (comma) return comma[1]!.length;
  const point = /\.(\d{1,2})$/u.exec(t);
  return point ? point[1]!.length : 0;
}

/**
 * A published figure as the publisher printed it, in the page's language: its own decimals kept ("73,40", not
 * "73,4"), so a ranking reads like the printed table.
 */
export function fmtPrinted(o: { value: number; raw: string }, kind: MetricKind, locale: Locale): string {
  if (kind === 'count' || kind === 'rank') return fmtValue(o.value, kind, locale);
  const d = Math.min(printedDecimals(o.raw), 6);
  const fixed = { minimumFractionDigits: d, maximumFractionDigits: d };
  if (kind === 'percent') {
    const fast = fastDecimal(o.value / 100, locale, d, d, 2);
    return fast !== undefined ? `${fast}%` : nf(`pf${d}`, locale, { style: 'percent', ...fixed }).format(o.value / 100);
  }
  return fastDecimal(o.value, locale, d, d) ?? nf(`f${d}`, locale, fixed).format(o.value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function df(locale: Locale, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    dateFormats.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
  }
  return f;
}

/** An ISO date (YYYY-MM-DD) as 05/07/2022 (vi and en-GB); `long` gives "5 tháng 7, 2022" / "5 July 2022". */
export function fmtDate(iso: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return df(locale, style).format(d);
}

/** A month's (1–12) or quarter's (1–4) name in the dictionary (text/period.ts); period labels are validated, so it exists. */
const monthName = (form: 'monthShort' | 'monthLong', m: number, locale: Locale) => t(locale, `${form}${m}` as UIKey);
const quarterName = (q: string, locale: Locale) => t(locale, `quarter${q}` as UIKey);
// The day a period names: Vietnamese writes it 05/08/2022 after "ngày", English as "5 August 2022".
const PERIOD_DAY_STYLE: Record<Locale, 'short' | 'long'> = { vi: 'short', en: 'long' };

// The dataset's figures share their period objects (one per label and file, dataset/read-observations.ts), each
// labelled on thousands of chart points and table rows: its texts are remembered with it.
// One table per form and language, found without making a key string on every call.
const periodTable = () => ({ vi: new WeakMap<Period, string>(), en: new WeakMap<Period, string>() }) satisfies Record<Locale, WeakMap<Period, string>>;
const periodTexts = { short: periodTable(), long: periodTable() };
function memoPeriod(p: Period, locale: Locale, form: keyof typeof periodTexts, make: () => string): string {
  const m = periodTexts[form][locale];
  let s = m.get(p);
  if (s === undefined) m.set(p, (s = make()));
  return s;
}

/** Short period label for axes and table rows: "6T đầu/2022", "Q3/2022", "9T/2022", "08/2022" — "H1 2022", "Q3 2022"… */
export function fmtPeriodShort(p: Period, locale: Locale): string {
  return memoPeriod(p, locale, 'short', () => periodShort(p, locale));
}

function periodShort(p: Period, locale: Locale): string {
  const y = p.start.slice(0, 4);
  switch (p.kind) {
    case 'year':
      return p.label;
    case 'half':
      return tf(locale, p.label.endsWith('H1') ? 'periodFirstHalfShort' : 'periodSecondHalfShort', { y });
    case 'quarter':
      return tf(locale, 'periodQuarterShort', { q: p.label.slice(-1), y });
    case 'ytd9':
      return tf(locale, 'periodNineMonthsShort', { y });
    case 'month': {
      return tf(locale, 'periodMonthShort', { month: monthName('monthShort', Number(p.label.slice(5, 7)), locale), y });
    }
    case 'day':
      return fmtDate(p.label, locale);
    default:
      return p.label;
  }
}

/** Long period description for titles and tables; explicit reporting dates are stated. */
export function fmtPeriod(p: Period, locale: Locale): string {
  return memoPeriod(p, locale, 'long', () => periodLong(p, locale));
}

function periodLong(p: Period, locale: Locale): string {
  const y = p.start.slice(0, 4);
  let base: string;
  switch (p.kind) {
    case 'year':
      base = tf(locale, 'periodYear', { y: p.label });
      break;
    case 'half':
      base = tf(locale, p.label.endsWith('H1') ? 'periodFirstHalf' : 'periodSecondHalf', { y });
      break;
    case 'quarter':
      base = tf(locale, 'periodQuarter', { quarter: quarterName(p.label.slice(-1), locale), y });
      break;
    case 'ytd9':
      base = tf(locale, 'periodNineMonths', { y });
      break;
    case 'month':
      base = tf(locale, 'periodMonth', { month: monthName('monthLong', Number(p.label.slice(5, 7)), locale), y });
      break;
    case 'day':
      base = tf(locale, 'periodDay', { date: fmtDate(p.label, locale, PERIOD_DAY_STYLE[locale]) });
      break;
    default:
      base = p.label;
  }
  if (p.explicitDates || p.kind === 'custom') base += ` (${fmtDate(p.start, locale)}–${fmtDate(p.end, locale)})`;
  return base;
}

/** A date range as "05/07/2022–20/08/2022". */
export function fmtRange(start: string, end: string, locale: Locale): string {
  return `${fmtDate(start, locale)}–${fmtDate(end, locale)}`;
}

/** Join a list as prose: "A, B và C" / "A, B and C". */
const lists = new Map<Locale, Intl.ListFormat>();
export function fmtList(items: readonly string[], locale: Locale): string {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' })));
  return f.format(items);
}
