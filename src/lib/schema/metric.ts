import { z } from 'zod';
import { fail, oneOf, optional, required } from './fields.ts';
import { parseScale, type Scale } from '../values/scale.ts';
import { METRIC_KINDS } from '../values/kinds.ts';

export { METRIC_KINDS };
export const BETTER = ['higher', 'lower', 'none'] as const;

export const metricColumns = {
  file: 'metrics.csv',
  required: ['id', 'label_vi', 'label_en', 'kind', 'better'],
  optional: ['description_vi', 'description_en', 'denominator', 'scale'],
} as const;

/** Metric ids are also wide-shape column names, so they use snake_case. */
export const METRIC_ID = /^[a-z][a-z0-9_]*$/;

/** `0-100`, `0-10`: the range a score lives in (blank: no stated range). */
const optionalScale = optional.transform((s, ctx): Scale | undefined => {
  if (s === undefined) return undefined;
  const r = parseScale(s);
  if (!r) {
    fail(ctx, { code: 'scale-invalid', hint: '0-100' });
    return z.NEVER;
  }
  return r;
});

/** One row of metrics.csv: a metric of the vocabulary. */
export const metricSchema = z.object({
  id: required.transform((s, ctx) => {
    if (!METRIC_ID.test(s)) {
      fail(ctx, { code: 'unit-id-invalid', hint: s.toLowerCase().replace(/[^a-z0-9]+/g, '_') });
      return z.NEVER;
    }
    return s;
  }),
  label_vi: required,
  label_en: required,
  kind: oneOf(METRIC_KINDS),
  better: oneOf(BETTER),
  description_vi: optional,
  description_en: optional,
  denominator: optional,
  scale: optionalScale,
});
export type Metric = z.output<typeof metricSchema>;
