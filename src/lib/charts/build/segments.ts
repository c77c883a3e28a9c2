/**
 * Which periods a unit's chart joins and which it sets side by side. Two rules real figures need:
 * - a line breaks where periods of its length are missing, also when the periods carry their own dates (a month
 *   running 21/8–20/9) and so get no blank placeholders from metrics/periods.ts `withMissing`;
 * - bars of periods of different lengths are not drawn side by side (a quarter's total next to a month's reads as
 *   a jump): a bar chart draws one length, and its note names the periods left to the table.
 */
import { periodKey, type Period, type PeriodKind } from '../../values/period.ts';
import type { Locale } from '../../i18n/locale.ts';
import { fmtList, fmtPeriodShort } from '../../i18n/format.ts';
import { t, tf } from '../../i18n/strings.ts';

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
/** Inclusive length in days (remembered with the period: charts ask about the same periods again and again). */
const lengths = new WeakMap<Period, number>();
function lengthOf(p: Period): number {
  let n = lengths.get(p);
  if (n === undefined) lengths.set(p, (n = days(p.start, p.end) + 1));
  return n;
}

type Length = Exclude<PeriodKind, 'custom'> | 'other';
const NOMINAL: [Length, number][] = [
  ['day', 1],
  ['month', 30.4],
  ['quarter', 91.3],
  ['half', 182.6],
  ['ytd9', 273.4],
  ['year', 365.2],
];

/** The length of a period: its kind, or for a custom period with its own dates the nearest calendar length (±15 %). */
export function periodLength(p: Period): Length {
  if (p.kind !== 'custom') return p.kind;
  const n = lengthOf(p);
  for (const [len, nominal] of NOMINAL) if (Math.abs(n - nominal) <= nominal * 0.15) return len;
  return 'other';
}

/**
 * A line segment id per period (by periodKey): periods of one length (and one way of dating) in time order, a new
 * segment where the next one starts more than half a period after the last one ended.
 */
export function lineSegments(periods: readonly Period[]): Map<string, string> {
  const groups = new Map<string, Period[]>();
  for (const p of periods) {
    const g = `${periodLength(p)}${p.explicitDates ? '|d' : ''}`;
    const list = groups.get(g);
    if (list) list.push(p);
    else groups.set(g, [p]);
  }
  const out = new Map<string, string>();
  for (const [g, list] of groups) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let n = 0;
    list.forEach((p, i) => {
      const prev = list[i - 1];
      if (prev && days(prev.end, p.start) - 1 > lengthOf(prev) / 2) n++;
      out.set(periodKey(p), `${g}|${n}`);
    });
  }
  return out;
}

/** True when some line of `lineSegments` breaks (its periods resume after a gap): the chart's note must say so. */
export const hasBreak = (segments: ReadonlyMap<string, string>) => [...segments.values()].some((s) => !s.endsWith('|0'));

/**
 * The periods a bar chart draws: those of one length (the one with most published periods; on a tie, the latest
 * period's), the latest `max` of them. Every period stays in the table; `note` says what the chart leaves out.
 */
export function barPeriods(timeline: readonly { period: Period; missing: boolean }[], max: number, l: Locale): { drawn: Set<string>; total: number; lengthNote?: string } {
  const count = new Map<Length, number>();
  let latest: Length | undefined;
  for (const { period, missing } of timeline) {
    if (missing) continue;
    const len = periodLength(period);
    count.set(len, (count.get(len) ?? 0) + 1);
    latest = len;
  }
  let chosen = latest;
  for (const [len, n] of count) if (chosen === undefined || n > count.get(chosen)!) chosen = len;
  const same = timeline.filter((x) => periodLength(x.period) === chosen);
  const drawn = new Set(same.slice(Math.max(0, same.length - max)).map((x) => periodKey(x.period)));
  const others = timeline.filter((x) => !x.missing && periodLength(x.period) !== chosen).map((x) => x.period);
  if (others.length === 0 || chosen === undefined) return { drawn, total: same.length };
  const shown = others.slice(0, 6).map((p) => fmtPeriodShort(p, l));
  const list = `${fmtList(shown, l)}${others.length > 6 ? '…' : ''}`;
  const lengthNote = tf(l, 'lengthNote', { length: t(l, `periodLength_${chosen}`), list });
  return { drawn, total: same.length, lengthNote };
}
