/**
 * Ordering of reporting periods and the periods a series "should" have. A series of half-years 2021-H1, 2022-H1
 * is missing 2021-H2: charts draw that as a gap, never as a line across it and never as zero.
 */
import { periodFromLabel, periodKey, type Period, type PeriodKind } from '../values/period.ts';

/** Chronological: by end date, then start date (the longer period first), then label. */
export function comparePeriods(a: Period, b: Period): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Unique periods, chronologically. */
export function uniquePeriods(periods: Iterable<Period>): Period[] {
  const m = new Map<string, Period>();
  // A row's figures share one period object: the same object in a row is skipped without a lookup.
  let last: Period | undefined;
  for (const p of periods) {
    if (p === last) continue;
    last = p;
    const k = periodKey(p);
    if (!m.has(k)) m.set(k, p);
  }
  return [...m.values()].sort(comparePeriods);
}

const midpoints = new Map<string, string>();
/** Midpoint of a period as an ISO date (for time axes). Memoised: charts ask for the same periods again and again. */
export function midpoint(p: Period): string {
  const k = `${p.start}|${p.end}`;
  let m = midpoints.get(k);
  if (m === undefined) midpoints.set(k, (m = computeMidpoint(p)));
  return m;
}

function computeMidpoint(p: Period): string {
  const a = Date.parse(`${p.start}T00:00:00Z`);
  const b = Date.parse(`${p.end}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

const FILLABLE: ReadonlySet<PeriodKind> = new Set(['year', 'half', 'quarter', 'month']);

function nextLabel(kind: PeriodKind, label: string): string | undefined {
  const y = Number(label.slice(0, 4));
  switch (kind) {
    case 'year':
      return String(y + 1);
    case 'half':
      return label.endsWith('H1') ? `${y}-H2` : `${y + 1}-H1`;
    case 'quarter': {
      const q = Number(label.slice(-1));
      return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
    }
    case 'month': {
      const m = Number(label.slice(5, 7));
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
    default:
      return undefined;
  }
}

/**
 * The periods a series of calendar periods of one kind should contain between its first and last: the given ones
 * plus the missing ones (as periods without explicit dates). Other kinds (9M, days, explicit dates) are returned
 * as they are: nothing can be said about what is missing.
 */
export function withMissing(periods: readonly Period[], limit = 240): { period: Period; missing: boolean }[] {
  const sorted = uniquePeriods(periods);
  const out: { period: Period; missing: boolean }[] = [];
  const byKind = new Map<PeriodKind, Period[]>();
  for (const p of sorted) {
    if (!FILLABLE.has(p.kind) || p.explicitDates) continue;
    const list = byKind.get(p.kind) ?? [];
    list.push(p);
    byKind.set(p.kind, list);
  }
  const present = new Set(sorted.map(periodKey));
  const added: Period[] = [];
  for (const [kind, list] of byKind) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    // A calendar label present without explicit dates is that very period: no need to parse it again.
    const labels = new Set(list.map((p) => p.label));
    let label: string | undefined = first.label;
    for (let i = 0; i < limit && label && label !== last.label; i++) {
      label = nextLabel(kind, label);
      if (!label || label === last.label) break;
      if (labels.has(label)) continue;
      const ext = periodFromLabel(label);
      if (!ext) break;
      const p: Period = { label, kind: ext.kind, start: ext.start, end: ext.end, explicitDates: false };
      if (!present.has(periodKey(p))) added.push(p);
    }
  }
  const missing = new Set(added.map(periodKey));
  for (const p of uniquePeriods([...sorted, ...added])) out.push({ period: p, missing: missing.has(periodKey(p)) });
  return out;
}
