/** A value cell read with its metric's kind; problems carry both the raw cell and the reading. */
import type { ProblemSink } from '../problems/log.ts';
import { problem, type Where } from '../problems/catalog.ts';
import type { Metric } from '../schema/metric.ts';
import { formatNumber, parseViNumber } from '../values/number.ts';
import { isHundredScale, type Scale } from '../values/scale.ts';

const RANGE = {
  percent: ['0–100', '0–100'],
  count: ['số nguyên ≥ 0', 'a whole number ≥ 0'],
  rank: ['số nguyên ≥ 1', 'a whole number ≥ 1'],
  score: ['', ''],
  points: ['', ''],
} as const;

/** Inside the metric's stated scale (metrics.csv `scale`), or no scale stated. */
export const inScale = (value: number, scale: Scale | undefined) => scale === undefined || (value >= scale.min && value <= scale.max);

/**
 * Returns the number, or undefined for a blank cell or an error (the error is pushed to `out`). On a metric whose
 * scale is 0-100 a `%` sign is accepted and the figure read as the score ("PAR INDEX đạt 91,43%"); any figure
 * outside the stated scale is an error.
 */
export function parseValue(raw: string, metric: Metric, where: Omit<Where, 'value'>, out: ProblemSink): number | undefined {
  const percentScore = metric.kind !== 'percent' && isHundredScale(metric.scale) && raw.trim().endsWith('%');
  const r = parseViNumber(raw, percentScore ? 'percent' : metric.kind);
  const at = { ...where, value: raw.trim() };
  if (r.kind === 'blank') return undefined;
  const scaleText = metric.scale ? `${metric.scale.min}–${metric.scale.max}` : undefined;
  if (r.kind === 'error') {
    const [vi, en] = scaleText ? [scaleText, scaleText] : RANGE[metric.kind];
    const hint = r.code === 'count-not-integer' && /^\d{1,3},\d{3}$/.test(raw.trim()) ? raw.trim().replace(',', '.') : undefined;
    out.push(problem(r.code, { ...at, column: where.column }, { a: vi, b: en, hint, col: metric.id }));
    return undefined;
  }
  if (!inScale(r.value, metric.scale)) {
    out.push(problem('value-out-of-range', { ...at, column: where.column }, { a: scaleText, b: scaleText, col: metric.id }));
    return undefined;
  }
  if (r.warning === 'value-decimal-point') {
    out.push(problem('value-decimal-point', at, { a: formatNumber(r.value, 'vi', 6), b: formatNumber(r.value, 'en', 6), hint: raw.trim().replace('.', ',') }));
  }
  return r.value;
}
