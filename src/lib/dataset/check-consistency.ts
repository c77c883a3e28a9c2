/** Cross-row checks of the contract: duplicates are errors; sums, rates and disagreements are warnings with the numbers. */
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/catalog.ts';
import type { Observation } from '../schema/observation.ts';
import type { Metric } from '../schema/metric.ts';
import { periodKey } from '../values/period.ts';
import { formatNumber } from '../values/number.ts';
import { computedRate, firstComplete, RATES, SUMS } from '../metrics/rates.ts';

const loc = (o: Observation) => ({ file: o.file, line: o.line, column: o.column, value: o.raw });
const fmt = (n: number, l: 'vi' | 'en' = 'vi') => formatNumber(n, l, 2);

export function findDuplicates(obs: readonly Observation[]): { problems: Problem[]; badFiles: Set<string> } {
  const first = new Map<string, Observation>();
  const problems: Problem[] = [];
  const badFiles = new Set<string>();
  for (const o of obs) {
    const key = `${o.unit}\u0000${periodKey(o.period)}\u0000${o.metric}\u0000${o.source}`;
    const prev = first.get(key);
    if (prev) {
      problems.push(problem('observation-duplicate', loc(o), { a: `${prev.file}:${prev.line}` }));
      badFiles.add(o.file);
    } else first.set(key, o);
  }
  return { problems, badFiles };
}

export function checkConsistency(obs: readonly Observation[], metrics: ReadonlyMap<string, Metric>): Problem[] {
  const out: Problem[] = [];
  // Two sources on one figure: both kept, the disagreement reported once per pair.
  const byFigure = new Map<string, Observation[]>();
  // One publication's figures for one unit and period: the sums and rates it implies.
  const byReport = new Map<string, Map<string, Observation>>();
  for (const o of obs) {
    const pk = periodKey(o.period);
    const fk = `${o.unit}\u0000${pk}\u0000${o.metric}`;
    const list = byFigure.get(fk);
    if (list) list.push(o);
    else byFigure.set(fk, [o]);
    const rk = `${o.unit}\u0000${pk}\u0000${o.source}`;
    let m = byReport.get(rk);
    if (!m) byReport.set(rk, (m = new Map()));
    m.set(o.metric, o);
  }

  for (const list of byFigure.values()) {
    if (list.length < 2) continue;
    const a = list[0]!;
    for (const b of list.slice(1)) {
      if (b.value === a.value) continue;
      out.push(
        problem('sources-disagree', loc(b), {
          a: `${b.metric} của ${b.unit}, kỳ ${b.period.label}: ${a.source} ghi ${a.raw} (${a.file}:${a.line}), ${b.source} ghi ${b.raw}`,
          b: `${b.metric} of ${b.unit}, ${b.period.label}: ${a.source} says ${a.raw} (${a.file}:${a.line}), ${b.source} says ${b.raw}`,
        }),
      );
    }
  }

  for (const report of byReport.values()) {
    const values = new Map<string, number>();
    for (const [k, o] of report) values.set(k, o.value);
    for (const s of SUMS) {
      const total = report.get(s.total);
      const parts = firstComplete(values, s.parts);
      if (!total || !parts || parts.value === total.value) continue;
      const expr = parts.parts.map((p) => `${p} ${fmt(values.get(p)!)}`).join(' + ');
      const exprEn = parts.parts.map((p) => `${p} ${fmt(values.get(p)!, 'en')}`).join(' + ');
      out.push(
        problem('sum-mismatch', loc(total), {
          a: `${s.total} = ${total.raw} nhưng ${expr} = ${fmt(parts.value)} (lệch ${fmt(total.value - parts.value)})`,
          b: `${s.total} = ${total.raw} but ${exprEn} = ${fmt(parts.value, 'en')} (off by ${fmt(total.value - parts.value, 'en')})`,
        }),
      );
    }
    for (const def of RATES) {
      const published = report.get(def.rate);
      if (!published || !metrics.has(def.rate)) continue;
      const c = computedRate(values, def);
      if (!c || Math.abs(c.value - published.value) <= 0.5) continue;
      out.push(
        problem('rate-mismatch', loc(published), {
          a: `${def.rate} công bố ${published.raw}, tính từ số đếm ${c.parts} = ${fmt(c.numerator)} / ${fmt(c.denominator)} = ${fmt(c.value)}%`,
          b: `${def.rate} published ${published.raw}, computed from counts ${c.parts} = ${fmt(c.numerator, 'en')} / ${fmt(c.denominator, 'en')} = ${fmt(c.value, 'en')}%`,
        }),
      );
    }
    const apology = report.get('apology_letters');
    const late = report.get('resolved_late');
    if (apology && late) {
      const limit = late.value + (report.get('in_progress_overdue')?.value ?? 0);
      if (apology.value > limit) out.push(problem('apology-exceeds-late', loc(apology), { a: apology.raw, b: fmt(limit) }));
    }
  }
  return out;
}
