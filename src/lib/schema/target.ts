import { z } from 'zod';
import { oneOf, optional, optionalDate, required } from './fields.ts';

export const TARGET_OPS = ['>=', '<=', '=', '>', '<'] as const;

export const targetColumns = {
  file: 'targets.csv',
  required: ['metric', 'applies_to', 'op', 'value', 'source'],
  optional: ['from', 'to', 'note'],
} as const;

/** One row of targets.csv as written; the value is read with the metric's kind in the dataset step. */
export const targetRowSchema = z.object({
  metric: required,
  applies_to: required,
  op: oneOf(TARGET_OPS),
  value: required,
  source: required,
  from: optionalDate,
  to: optionalDate,
  note: optional,
});
export type TargetRow = z.output<typeof targetRowSchema>;

export interface Target extends Omit<TargetRow, 'value' | 'applies_to'> {
  unit: string;
  value: number;
  raw: string;
  file: string;
  line: number;
}
