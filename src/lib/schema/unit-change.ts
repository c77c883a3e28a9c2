import { z } from 'zod';
import { fail, oneOf, optional, required, requiredDate } from './fields.ts';
import { parseViNumber } from '../values/number.ts';

export const CHANGE_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;

export const unitChangeColumns = {
  file: 'unit-changes.csv',
  required: ['date', 'from', 'to', 'kind'],
  optional: ['share', 'source', 'note'],
} as const;

/** One edge of a merger, split, rename or transfer. `share` is a percent of `from`'s territory/population. */
export const unitChangeSchema = z.object({
  date: requiredDate,
  from: required,
  to: required,
  kind: oneOf(CHANGE_KINDS),
  share: optional.transform((s, ctx) => {
    if (s === undefined) return undefined;
    const r = parseViNumber(s, 'percent');
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'error') fail(ctx, { code: r.code, a: '0–100', b: '0–100' });
    return undefined;
  }),
  source: optional,
  note: optional,
});
export type UnitChange = z.output<typeof unitChangeSchema>;
