/**
 * Locale-aware formatting of numbers, dates and reporting periods, all through Intl so that Vietnamese pages read
 * 1.512 and 96,55% and English pages 1,512 and 96.55%. Pure functions: charts, tables and alt text share them.
 */
import type { Period } from '../values/period.ts';
import type { MetricKind } from '../values/kinds.ts';
import { intlLocale, type Locale } from './locale.ts';

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
  return nf(`n${digits}`, locale, { maximumFractionDigits: digits }).format(value);
}

/** A value in percent (96.55 → "96,55%" / "96.55%"). */
export function fmtPercent(value: number, locale: Locale, digits = 2): string {
  return nf(`p${digits}`, locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
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
  if (kind === 'percent') return nf(`pf${d}`, locale, { style: 'percent', ...fixed }).format(o.value / 100);
  return nf(`f${d}`, locale, fixed).format(o.value);
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

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Short period label for axes and table rows: "6T đầu/2022", "Q3/2022", "9T/2022", "08/2022" — "H1 2022", "Q3 2022"… */
export function fmtPeriodShort(p: Period, locale: Locale): string {
  const y = p.start.slice(0, 4);
  const vi = locale === 'vi';
  switch (p.kind) {
    case 'year':
      return p.label;
    case 'half':
      return p.label.endsWith('H1') ? (vi ? `6T đầu ${y}` : `H1 ${y}`) : vi ? `6T cuối ${y}` : `H2 ${y}`;
    case 'quarter':
      return vi ? `Q${p.label.slice(-1)}/${y}` : `Q${p.label.slice(-1)} ${y}`;
    case 'ytd9':
      return vi ? `9T ${y}` : `9M ${y}`;
    case 'month': {
      const m = Number(p.label.slice(5, 7));
      return vi ? `${p.label.slice(5, 7)}/${y}` : `${MONTHS_EN[m - 1]} ${y}`;
    }
    case 'day':
      return fmtDate(p.label, locale);
    default:
      return p.label;
  }
}

/** Long period description for titles and tables; explicit reporting dates are stated. */
export function fmtPeriod(p: Period, locale: Locale): string {
  const y = p.start.slice(0, 4);
  const vi = locale === 'vi';
  let base: string;
  switch (p.kind) {
    case 'year':
      base = vi ? `năm ${p.label}` : p.label;
      break;
    case 'half':
      base = p.label.endsWith('H1') ? (vi ? `6 tháng đầu năm ${y}` : `first half of ${y}`) : vi ? `6 tháng cuối năm ${y}` : `second half of ${y}`;
      break;
    case 'quarter':
      base = vi ? `quý ${ROMAN[Number(p.label.slice(-1)) - 1]}/${y}` : `Q${p.label.slice(-1)} ${y}`;
      break;
    case 'ytd9':
      base = vi ? `9 tháng năm ${y}` : `January–September ${y}`;
      break;
    case 'month': {
      const m = Number(p.label.slice(5, 7));
      base = vi ? `tháng ${m}/${y}` : `${MONTHS_EN_LONG[m - 1]} ${y}`;
      break;
    }
    case 'day':
      base = vi ? `ngày ${fmtDate(p.label, locale)}` : fmtDate(p.label, locale, 'long');
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
