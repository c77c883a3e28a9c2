/** A value cell read with its metric's kind; problems carry both the raw cell and the reading. */
import type { ProblemSink } from '../problems/log.ts';
import { problem, type Where } from '../problems/catalog.ts';
import type { Metric } from '../schema/metric.ts';
import { formatNumber, parseViNumber } from '../values/number.ts';

const RANGE = {
  percent: ['0–100', '0–100'],
  count: ['số nguyên ≥ 0', 'a whole number ≥ 0'],
  rank: ['số nguyên ≥ 1', 'a whole number ≥ 1'],
  score: ['', ''],
  points: ['', ''],
} as const;

/** Returns the number, or undefined for a blank cell or an error (the error is pushed to `out`). */
export function parseValue(raw: string, metric: Metric, where: Omit<Where, 'value'>, out: ProblemSink): number | undefined {
  const r = parseViNumber(raw, metric.kind);
  const at = { ...where, value: raw.trim() };
  if (r.kind === 'blank') return undefined;
  if (r.kind === 'error') {
    const [vi, en] = RANGE[metric.kind];
    const hint = r.code === 'count-not-integer' && /^\d{1,3},\d{3}$/.test(raw.trim()) ? raw.trim().replace(',', '.') : undefined;
    out.push(problem(r.code, { ...at, column: where.column }, { a: vi, b: en, hint, col: metric.id }));
    return undefined;
  }
  if (r.warning === 'value-decimal-point') {
    out.push(problem('value-decimal-point', at, { a: formatNumber(r.value, 'vi', 6), b: formatNumber(r.value, 'en', 6), hint: raw.trim().replace('.', ',') }));
  }
  return r.value;
}
