/**
 * Series of one unit and metric, as published, and rates computed from counts (ours), per period.
 * A figure published by two sources keeps both: the publisher's data file, else the first by file order, is drawn;
 * the others are listed beside it.
 */
import type { Observation } from '../schema/observation.ts';
import { periodKey, type Period } from '../values/period.ts';
import { computedRate, RATES, type RateDefinition } from './rates.ts';
import { comparePeriods } from './periods.ts';
import { drawsOver } from './preferred.ts';
import { onPageDone } from '../util/bounded-cache.ts';

export interface Point {
  period: Period;
  key: string;
  value: number;
  /** The observation drawn. */
  obs: Observation;
  /** Same unit, period and metric from other sources (shown in tables, never drawn). */
  alternates: Observation[];
}

/**
 * One point per period: the publisher's data file, else the first in file order, wins the chart (./preferred.ts); the
 * others are alternates. The points are shared by every caller with the same list: read them, never change them.
 */
export function seriesOf(obs: readonly Observation[], metric: string): Point[] {
  const memo = seriesMemo(obs);
  let points = memo.series.get(metric);
  if (!points) memo.series.set(metric, (points = pointsOf(byMetric(memo).get(metric) ?? [])));
  return points;
}

// A unit page asks for each of its metrics' series several times, in each language: a list's figures are split by
// metric once and each series made once. Only the last few lists are kept, the one asked for most recently first
// (a comparison chart's lists are made per chart, and must not push out the page's unit).
type SeriesMemo = { obs: readonly Observation[]; byMetric?: Map<string, Observation[]>; series: Map<string, Point[]>; computed: Map<RateDefinition, ComputedPoint[]> };
let seriesMemos: SeriesMemo[] = [];
onPageDone(() => (seriesMemos = []));
function seriesMemo(obs: readonly Observation[]): SeriesMemo {
  const at = seriesMemos.findIndex((m) => m.obs === obs);
  if (at === 0) return seriesMemos[0]!;
  const memo = at > 0 ? seriesMemos.splice(at, 1)[0]! : { obs, series: new Map(), computed: new Map() };
  seriesMemos.unshift(memo);
  if (seriesMemos.length > 8) seriesMemos.pop();
  return memo;
}

function byMetric(memo: SeriesMemo): Map<string, Observation[]> {
  if (memo.byMetric) return memo.byMetric;
  const lists = new Map<string, Observation[]>();
  for (const o of memo.obs) {
    const list = lists.get(o.metric);
    if (list) list.push(o);
    else lists.set(o.metric, [o]);
  }
  return (memo.byMetric = lists);
}

function pointsOf(obs: readonly Observation[]): Point[] {
  const byPeriod = new Map<string, Point>();
  for (const o of obs) {
    const key = periodKey(o.period);
    const p = byPeriod.get(key);
    if (p && drawsOver(o, p.obs)) {
      p.alternates.unshift(p.obs);
      p.obs = o;
      p.value = o.value;
    } else if (p) p.alternates.push(o);
    else byPeriod.set(key, { period: o.period, key, value: o.value, obs: o, alternates: [] });
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

export interface ComputedPoint {
  period: Period;
  key: string;
  value: number;
  numerator: number;
  denominator: number;
  /** The formula with metric ids: "(resolved_early + resolved_on_time) / (…)". */
  parts: string;
  /** The publication whose counts were used. */
  source: string;
  /** The counts used. */
  inputs: Observation[];
}

/** The rate computed from one publication's counts, per period (first complete source in file order). */
type Report = { period: Period; key: string; source: string; values: Map<string, number>; inputs: Map<string, Observation> };
// One publication's figures per period, per list of observations (a unit's): built once, used by every rate of
// the page. Only the last few lists are kept: a unit's list lives as long as the site model, so a WeakMap would keep
// every unit's reports for the whole build (≈ 230 KB a commune, enough to run a national build out of memory).
const reportsCache: [readonly Observation[], ReadonlySet<string>, Map<string, Report>][] = [];
onPageDone(() => reportsCache.splice(0));
function reportsOf(obs: readonly Observation[], counts: ReadonlySet<string>): Map<string, Report> {
  const hit = reportsCache.find(([list, c]) => list === obs && c === counts);
  if (hit) return hit[2];
  const reports = new Map<string, Report>();
  // Period objects are shared by the figures of a file: their key is built once per object, not once per figure.
  const keys = new Map<Period, string>();
  for (const o of obs) {
    // Only the counts a rate reads: the unit's other figures are neither read nor kept.
    if (!counts.has(o.metric)) continue;
    let pk = keys.get(o.period);
    if (pk === undefined) keys.set(o.period, (pk = periodKey(o.period)));
    const k = `${pk}\u0000${o.source}`;
    let r = reports.get(k);
    if (!r) reports.set(k, (r = { period: o.period, key: pk, source: o.source, values: new Map(), inputs: new Map() }));
    if (!r.values.has(o.metric)) {
      r.values.set(o.metric, o.value);
      r.inputs.set(o.metric, o);
    }
  }
  reportsCache.unshift([obs, counts, reports]);
  if (reportsCache.length > 4) reportsCache.pop();
  return reports;
}

const countsOf = (def: RateDefinition) => [...def.numerators.flat(), ...def.denominators.flat()];
// The site's rates share one set, so a unit's reports are gathered once for all of them.
const RATE_COUNTS: ReadonlySet<string> = new Set(RATES.flatMap(countsOf));
const countsFor = (def: RateDefinition): ReadonlySet<string> => (RATES.includes(def) ? RATE_COUNTS : new Set(countsOf(def)));

// The metric ids of a formula, once per formula: a national folder computes a few hundred thousand points from a
// handful of formulas.
const formulaIds = new Map<string, string[]>();
function idsOf(parts: string): string[] {
  let ids = formulaIds.get(parts);
  if (!ids) formulaIds.set(parts, (ids = [...new Set(parts.replace(/[()+/]/g, ' ').split(/\s+/).filter(Boolean))]));
  return ids;
}

/** The rate computed per period; shared by every caller with the same list, as `seriesOf`'s points are. */
export function computedSeries(obs: readonly Observation[], def: RateDefinition): ComputedPoint[] {
  const memo = seriesMemo(obs);
  let points = memo.computed.get(def);
  if (!points) memo.computed.set(def, (points = computedPoints(obs, def)));
  return points;
}

function computedPoints(obs: readonly Observation[], def: RateDefinition): ComputedPoint[] {
  const reports = reportsOf(obs, countsFor(def));
  const byPeriod = new Map<string, ComputedPoint>();
  for (const r of reports.values()) {
    const { key } = r;
    if (byPeriod.has(key)) continue;
    const c = computedRate(r.values, def);
    if (!c) continue;
    const ids = idsOf(c.parts);
    byPeriod.set(key, {
      period: r.period,
      key,
      value: c.value,
      numerator: c.numerator,
      denominator: c.denominator,
      parts: c.parts,
      source: r.source,
      inputs: ids.map((id) => r.inputs.get(id)).filter((x): x is Observation => !!x),
    });
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** Quantiles of sorted values (linear interpolation, as R type 7 / d3.quantileSorted). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export interface Summary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, min: s[0]!, q1: quantileSorted(s, 0.25), median: quantileSorted(s, 0.5), q3: quantileSorted(s, 0.75), max: s[s.length - 1]! };
}
