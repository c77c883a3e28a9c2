/** Cross-row checks of the contract: duplicates are errors; sums, rates and disagreements are warnings with the numbers. */
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/catalog.ts';
import type { Observation } from '../schema/observation.ts';
import type { Metric } from '../schema/metric.ts';
import { periodKey } from '../values/period.ts';
import { formatNumber } from '../values/number.ts';
import { computedRate, firstComplete, RATES, SUMS } from '../metrics/rates.ts';
import { decimalsWritten, samePrinted } from '../values/decimal.ts';

const loc = (o: Observation) => ({ file: o.file, line: o.line, column: o.column, value: o.raw });
const fmt = (n: number, l: 'vi' | 'en' = 'vi') => formatNumber(n, l, 2);

/**
 * Observations grouped by unit and period, in first-appearance order, each group's observations in input order.
 * One key per unit and period (not per observation): the observations of one wide row share unit, period and source,
 * so consecutive observations of a row reuse the previous group without building a key at all. At 4M observations this
 * is the difference between 200k and 12M string keys, and most of the loader's time and memory (see `npm run bench`).
 */
function groupByUnitPeriod(obs: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  let prev: Observation | undefined;
  let group: Observation[] = [];
  for (const o of obs) {
    if (!prev || o.period !== prev.period || o.unit !== prev.unit) {
      const key = `${o.unit}\u0000${periodKey(o.period)}`;
      const g = groups.get(key);
      if (g) group = g;
      else groups.set(key, (group = []));
    }
    group.push(o);
    prev = o;
  }
  return [...groups.values()];
}

function sameSource(group: readonly Observation[]): boolean {
  const s = group[0]!.source;
  for (const o of group) if (o.source !== s) return false;
  return true;
}

/**
 * Whether some metric occurs twice in the group (the only way a group can hold a duplicate or a disagreement). Uses a
 * stamp per metric, numbered per group, in one long-lived Map: no allocation per group.
 */
function makeRepeatCheck(): (group: readonly Observation[]) => boolean {
  const stamp = new Map<string, number>();
  let groupNo = 0;
  return (group) => {
    groupNo++;
    for (const o of group) {
      if (stamp.get(o.metric) === groupNo) return true;
      stamp.set(o.metric, groupNo);
    }
    return false;
  };
}

/**
 * Duplicates (errors: their files are dropped), then the consistency warnings over the observations that remain
 * (`kept`). Observations are grouped once by unit and period; a second time only when duplicates dropped files.
 */
export function checkObservations(
  obs: readonly Observation[],
  metrics: ReadonlyMap<string, Metric>,
): { duplicates: Problem[]; badFiles: Set<string>; kept: readonly Observation[]; consistency: Problem[] } {
  const groups = groupByUnitPeriod(obs);
  const repeated = new Set<readonly Observation[]>();
  const { problems: duplicates, badFiles } = duplicatesIn(obs, groups, repeated);
  if (duplicates.length === 0) {
    // Only the groups where a metric repeats can hold a disagreement: found while looking for duplicates.
    return { duplicates, badFiles, kept: obs, consistency: consistencyIn(obs, groups, metrics, (g) => repeated.has(g)) };
  }
  const kept = obs.filter((o) => !badFiles.has(o.file));
  return { duplicates, badFiles, kept, consistency: consistencyIn(kept, groupByUnitPeriod(kept), metrics) };
}

/** `repeated` (optional) receives the groups in which some metric occurs twice. */
function duplicatesIn(obs: readonly Observation[], groups: readonly Observation[][], repeated?: Set<readonly Observation[]>): { problems: Problem[]; badFiles: Set<string> } {
  const badFiles = new Set<string>();
  // Same unit, period, metric and source: within one unit-period group, the first observation of each metric and source.
  const found = new Map<Observation, Problem>();
  const repeats = makeRepeatCheck();
  for (const group of groups) {
    if (group.length < 2 || !repeats(group)) continue;
    repeated?.add(group);
    // A new small Map per group, never clear(): V8 allocates a cleared or grown table in the old generation when the
    // Map lives there, which turns per-group scratch space into gigabytes of old-space garbage.
    const first = new Map<string, Observation>();
    const oneSource = sameSource(group);
    for (const o of group) {
      const key = oneSource ? o.metric : `${o.metric}\u0000${o.source}`;
      const prev = first.get(key);
      if (prev) {
        found.set(o, problem('observation-duplicate', loc(o), { a: `${prev.file}:${prev.line}` }));
        badFiles.add(o.file);
      } else first.set(key, o);
    }
  }
  // In input order, as a single pass over the observations reports them.
  const problems: Problem[] = [];
  if (found.size) for (const o of obs) {
    const p = found.get(o);
    if (p) {
      problems.push(p);
      found.delete(o);
    }
  }
  return { problems, badFiles };
}

function consistencyIn(
  obs: readonly Observation[],
  groups: readonly Observation[][],
  metrics: ReadonlyMap<string, Metric>,
  repeats: (group: readonly Observation[]) => boolean = makeRepeatCheck(),
): Problem[] {
  // Problems with the observations that order them: [first of the figure, the differing one] or [first of the report].
  const disagreements: [Problem, Observation, Observation][] = [];
  const out: [Problem, Observation][] = [];
  for (const group of groups) {
    // Two sources on one figure: both kept, each later figure that differs from the first one reported.
    if (group.length > 1 && repeats(group)) {
      const firstOfMetric = new Map<string, Observation>(); // new, not cleared: see findDuplicates
      for (const o of group) {
        const a = firstOfMetric.get(o.metric);
        if (!a) {
          firstOfMetric.set(o.metric, o);
          continue;
        }
        // The same figure printed at another precision is no disagreement (73,40 and 73,396): see samePrinted.
        if (o.value === a.value || samePrinted(a.value, decimalsWritten(a.raw), o.value, decimalsWritten(o.raw))) continue;
        const b = o;
        const p = problem('sources-disagree', loc(b), {
          a: `${b.metric} của ${b.unit}, kỳ ${b.period.label}: ${a.source} ghi ${a.raw} (${a.file}:${a.line}), ${b.source} ghi ${b.raw}`,
          b: `${b.metric} of ${b.unit}, ${b.period.label}: ${a.source} says ${a.raw} (${a.file}:${a.line}), ${b.source} says ${b.raw}`,
        });
        disagreements.push([p, a, b]);
      }
    }
    // One publication's figures for one unit and period (the last one of a metric wins): the sums and rates they imply.
    if (sameSource(group)) checkReport(group, group[0]!.source);
    else for (const source of new Set(group.map((o) => o.source))) checkReport(group, source);
  }
  if (disagreements.length + out.length <= 1) return [...disagreements.map((d) => d[0]), ...out.map((r) => r[0])];

  // The order of a pass per figure (first appearance of unit, period, metric), then per report (of unit, period,
  // source), as the validator always reported them: positions of the few observations involved, in one pass.
  const pos = new Map<Observation, number>();
  for (const [, a, b] of disagreements) pos.set(a, -1).set(b, -1);
  for (const [, first] of out) pos.set(first, -1);
  for (let i = 0; i < obs.length; i++) if (pos.get(obs[i]!) === -1) pos.set(obs[i]!, i);
  const at = (o: Observation) => pos.get(o)!;
  disagreements.sort((x, y) => at(x[1]) - at(y[1]) || at(x[2]) - at(y[2]));
  out.sort((x, y) => at(x[1]) - at(y[1]));
  return [...disagreements.map((d) => d[0]), ...out.map((r) => r[0])];

  function checkReport(group: readonly Observation[], source: string) {
    // The publication's figures by metric (the last one of a metric wins); its observations are looked up only to
    // report a problem.
    const values = new Map<string, number>();
    let first: Observation | undefined;
    for (const o of group) {
      if (o.source !== source) continue;
      first ??= o;
      values.set(o.metric, o.value);
    }
    const at = (metric: string): Observation => {
      for (let i = group.length - 1; ; i--) {
        const o = group[i]!;
        if (o.metric === metric && o.source === source) return o;
      }
    };
    for (const s of SUMS) {
      const totalValue = values.get(s.total);
      const parts = firstComplete(values, s.parts);
      if (totalValue === undefined || !parts || parts.value === totalValue) continue;
      const total = at(s.total);
      const expr = parts.parts.map((p) => `${p} ${fmt(values.get(p)!)}`).join(' + ');
      const exprEn = parts.parts.map((p) => `${p} ${fmt(values.get(p)!, 'en')}`).join(' + ');
      out.push([
        problem('sum-mismatch', loc(total), {
          a: `${s.total} = ${total.raw} nhưng ${expr} = ${fmt(parts.value)} (lệch ${fmt(total.value - parts.value)})`,
          b: `${s.total} = ${total.raw} but ${exprEn} = ${fmt(parts.value, 'en')} (off by ${fmt(total.value - parts.value, 'en')})`,
        }),
        first!,
      ]);
    }
    for (const def of RATES) {
      const publishedValue = values.get(def.rate);
      if (publishedValue === undefined || !metrics.has(def.rate)) continue;
      const c = computedRate(values, def);
      if (!c || Math.abs(c.value - publishedValue) <= 0.5) continue;
      const published = at(def.rate);
      out.push([
        problem('rate-mismatch', loc(published), {
          a: `${def.rate} công bố ${published.raw}, tính từ số đếm ${c.parts} = ${fmt(c.numerator)} / ${fmt(c.denominator)} = ${fmt(c.value)}%`,
          b: `${def.rate} published ${published.raw}, computed from counts ${c.parts} = ${fmt(c.numerator, 'en')} / ${fmt(c.denominator, 'en')} = ${fmt(c.value, 'en')}%`,
        }),
        first!,
      ]);
    }
    const apology = values.get('apology_letters');
    const late = values.get('resolved_late');
    if (apology !== undefined && late !== undefined) {
      const limit = late + (values.get('in_progress_overdue') ?? 0);
      if (apology > limit) {
        const o = at('apology_letters');
        out.push([problem('apology-exceeds-late', loc(o), { a: o.raw, b: fmt(limit) }), first!]);
      }
    }
  }
}
