/** Axis ticks shared by the server renderers (Plot, render-string.ts) and the client renderer (lite.ts). Pure. */
import { intlLocale, type Locale } from '../i18n/locale.ts';
import { fmtNumber, fmtPercent } from '../i18n/format.ts';
import type { MetricKind } from '../values/kinds.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const monthYearFormats = new Map<string, Intl.DateTimeFormat>();
function monthYear(locale: 'vi' | 'en'): Intl.DateTimeFormat {
  let f = monthYearFormats.get(locale);
  if (!f) monthYearFormats.set(locale, (f = new Intl.DateTimeFormat(intlLocale(locale), { month: locale === 'vi' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' })));
  return f;
}

/** Width of a line chart's plot at the drawing's full width (360 less its 52 + 20 margins). */
const FULL_PLOT_WIDTH = 288;

const DAY = 86_400_000;
/** Where a whole year's figure is drawn: its middle day, as metrics/periods.ts `midpoint` places it (2 July, 1 July in a leap year). */
export function yearMidpoint(y: number): Date {
  const a = Date.UTC(y, 0, 1);
  return new Date(a + Math.floor((Date.UTC(y, 11, 31) - a) / 2 / DAY) * DAY);
}

/** Whether every date is the middle of its year: a chart of yearly figures (PCI, PAPI, PAR INDEX …). */
export function yearlyDates(dates: readonly string[]): boolean {
  return dates.length > 0 && dates.every((d) => yearMidpoint(Number(d.slice(0, 4))).toISOString().slice(0, 10) === d);
}

/**
 * Time-axis ticks. Yearly figures: each year's label under its point (the year's middle), every year up to 8 on a
 * full-width axis, else every 2nd, 5th or 10th. Other spans of 2 years or more: 1 January, labelled with the year
 * that starts there; shorter ones: the first of every third month. `yearly`: the data's dates are years' middles
 * (markers, dated to the day, do not count).
 */
export function timeTicks(dates: readonly string[], plotWidth = FULL_PLOT_WIDTH, yearly = yearlyDates(dates)): { ticks: Date[]; format: (d: Date, locale: 'vi' | 'en') => string } {
  const sorted = [...dates].sort();
  const first = utc(sorted[0]!);
  const last = utc(sorted[sorted.length - 1]!);
  const y0 = first.getUTCFullYear();
  const y1 = last.getUTCFullYear();
  const year = (d: Date) => String(d.getUTCFullYear());
  // At most 8 year labels on a full-width axis: "2006 2008 … 2024" across a phone-wide axis touch each other; past
  // 14 years, every 5th. A narrower axis (line-end labels take the right side) gets fewer, in proportion.
  const yearStep = (span: number) => {
    const k = Math.min(1, plotWidth / FULL_PLOT_WIDTH);
    return span <= 8 * k ? 1 : span <= 14 * k ? 2 : span <= 35 * k ? 5 : 10;
  };
  if (yearly) {
    const step = yearStep(y1 - y0);
    const ticks: Date[] = [];
    for (let y = step === 1 ? y0 : Math.ceil(y0 / step) * step; y <= y1; y += step) ticks.push(yearMidpoint(y));
    return { ticks, format: year };
  }
  if (y1 - y0 >= 2) {
    const step = yearStep(y1 - y0);
    const ticks: Date[] = [];
    for (let y = step === 1 ? y0 + 1 : Math.ceil((y0 + 1) / step) * step; y <= y1; y += step) ticks.push(new Date(Date.UTC(y, 0, 1)));
    return { ticks, format: year };
  }
  const ticks: Date[] = [];
  for (let t = new Date(Date.UTC(y0, Math.floor(first.getUTCMonth() / 3) * 3, 1)); t <= last; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 3, 1))) {
    if (t >= first) ticks.push(t);
  }
  return {
    ticks,
    format: (d, locale) => (locale === 'vi' ? `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}` : monthYear(locale).format(d)),
  };
}


/** Nice linear ticks (1, 2, 5 × 10^k steps), like d3.ticks. */
export function niceTicks(lo: number, hi: number, count = 4): { domain: [number, number]; ticks: number[] } {
  if (!(hi > lo)) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - pad, hi + pad, count);
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  const step = (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1) * power;
  const a = Math.floor(lo / step) * step;
  const b = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = a; v <= b + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [a, b], ticks };
}

const MIN_LAST_RANK = 5;

/**
 * A rank axis: from 1 (there is no rank 0) to the lowest rank shown, whole ranks only; renderers put rank 1 first
 * (at the top). Ticks: a step of 1 or 2 counts on from 1 (1, 3, 5, 7: evenly spaced, where multiples of 2 beside
 * the 1 read 1, 2, 4, 6); a larger 1-2-5 step gives 1 and its multiples, leaving out one too close to 1 to read
 * apart. At least ranks 1–5, so a province first every year sits at the top of a scale rather than alone by 1 and 2.
 */
export function rankAxis(hi: number, count = 4): { domain: [number, number]; ticks: number[] } {
  const last = Math.max(MIN_LAST_RANK, Math.ceil(Number.isFinite(hi) ? hi : MIN_LAST_RANK));
  const raw = (last - 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  const step = Math.max(1, (err >= 7.5 ? 10 : err >= 3.5 ? 5 : err >= 1.5 ? 2 : 1) * power);
  const ticks = [1];
  if (step <= 2) for (let v = 1 + step; v <= last; v += step) ticks.push(v);
  else for (let v = step; v <= last; v += step) if (v - 1 >= step / 2) ticks.push(v);
  return { domain: [1, last], ticks };
}

/** Dot charts: a little room on both sides so no dot sits on the frame; percentages stay within 0–100. */
export function paddedDomain(values: readonly number[], kind: string): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.05);
  lo -= pad;
  hi += pad;
  if (kind === 'percent') {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  }
  return [lo, hi];
}


/** Fraction digits a kind's tick labels get at least: percent and score 1 (trailing zeros dropped), counts 0. */
const BASE_DIGITS = (kind: MetricKind) => (kind === 'count' || kind === 'rank' ? 0 : 1);
const formatWith = (kind: MetricKind, locale: Locale, digits: number) => (v: number) => (kind === 'percent' ? fmtPercent(v, locale, digits) : fmtNumber(v, locale, digits));

/**
 * Fraction digits for one axis: enough for its tick step (ticks 0.26, 0.28 … need 2), and more while two labels
 * still read the same, so an axis never shows one label twice.
 */
export function tickDigits(ticks: readonly number[], kind: MetricKind, locale: Locale): number {
  let step = Infinity;
  for (let i = 1; i < ticks.length; i++) {
    const d = Math.abs(ticks[i]! - ticks[i - 1]!);
    if (d > 0 && d < step) step = d;
  }
  let digits = BASE_DIGITS(kind);
  // 1e-9: a step of 0.1 computed as 0.09999… still needs one digit, not two.
  if (Number.isFinite(step)) digits = Math.max(digits, Math.ceil(-Math.log10(step) - 1e-9));
  digits = Math.min(Math.max(digits, 0), 10);
  while (digits < 10 && new Set(ticks.map(formatWith(kind, locale, digits))).size < new Set(ticks).size) digits++;
  return digits;
}

const digitsOf = new WeakMap<readonly number[], number>();
/**
 * Tick label format of a value axis. Called with all the axis' ticks (Plot passes them as the third argument, as
 * Array.prototype.map does; the string renderers pass them too), its precision follows their step; alone, it uses
 * the kind's base precision.
 */
export function axisTickFormat(kind: MetricKind, locale: Locale): (v: number, i?: number, ticks?: readonly number[]) => string {
  return (v, _i, ticks) => {
    let digits = BASE_DIGITS(kind);
    if (ticks && ticks.length > 1) {
      let d = digitsOf.get(ticks);
      if (d === undefined) digitsOf.set(ticks, (d = tickDigits(ticks, kind, locale)));
      digits = d;
    }
    return formatWith(kind, locale, digits)(v);
  };
}
