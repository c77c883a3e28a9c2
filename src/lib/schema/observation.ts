import { z } from 'zod';
import { controlIssue, optional, required } from './fields.ts';
import { parsePeriod, type Period } from '../values/period.ts';

/** Columns every observation file may have besides metric columns (wide) or metric/value (long). */
export const observationBase = {
  required: ['unit', 'period', 'source'],
  optional: ['period_start', 'period_end', 'note', 'quote', 'locator'],
} as const;
export const longColumns = ['metric', 'value'] as const;

/** The shared part of a long or wide row: who, when, from where. */
export const observationRowSchema = z
  .object({
    unit: required,
    period: z.string(),
    period_start: z.string(),
    period_end: z.string(),
    source: required,
    note: optional,
    quote: optional,
    locator: optional,
  })
  .transform((r, ctx) => {
    // The label is shown as written (any label goes with explicit dates), so it is text like a name.
    const bad = controlIssue(r.period);
    if (bad) {
      ctx.addIssue({ code: 'custom', message: bad.code, path: ['period'], params: bad });
      return z.NEVER;
    }
    const p = parsePeriod(r.period, r.period_start, r.period_end);
    if (!p.ok) {
      ctx.addIssue({
        code: 'custom',
        message: p.code,
        path: [p.column],
        params: { code: p.code, hint: p.hint, a: p.code === 'period-start-after-end' ? r.period_end.trim() : p.code === 'year-before-1000' ? p.year : undefined },
      });
      return z.NEVER;
    }
    return { unit: r.unit, period: p.period, source: r.source, note: r.note, quote: r.quote, locator: r.locator };
  });
export type ObservationRow = z.output<typeof observationRowSchema>;

/** A published figure: one value of one metric for one unit and period, with where it was read. */
export const observationSchema = z.object({
  unit: z.string(),
  /** The unit as written in the file (id, name or alias). */
  unitAsWritten: z.string(),
  period: z.custom<Period>(),
  metric: z.string(),
  value: z.number(),
  /** The cell as written ("1.512"). */
  raw: z.string(),
  source: z.string(),
  quote: z.string().optional(),
  note: z.string().optional(),
  /** Where in the source the figure stands (`PCI_2019.xlsx!Summary!C49`). */
  locator: z.string().optional(),
  file: z.string(),
  line: z.number().int().positive(),
  column: z.string(),
});
export type Observation = z.output<typeof observationSchema>;

