/**
 * Zod building blocks for CSV cells. A failing cell adds a custom issue whose `params.code` is a problem code
 * from the catalog; `applySchema` turns issues into problems with file, line and column.
 */
import { z } from 'zod';
import type { P, ProblemCode } from '../problems/catalog.ts';
import { parseIsoDate } from '../values/period.ts';
import { slug } from '../text/slug.ts';

export type IssueParams = P & { code: ProblemCode };

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; params: IssueParams }) => void };
export const fail = (ctx: Ctx, params: IssueParams) => ctx.addIssue({ code: 'custom', message: params.code, params });

const cell = z.string().transform((s) => s.trim().normalize('NFC'));

/** A cell that must not be blank. */
export const required = cell.transform((s, ctx) => {
  if (s === '') {
    fail(ctx, { code: 'value-required' });
    return z.NEVER;
  }
  return s;
});

/** A cell that may be blank (blank → undefined, never ''). */
export const optional = cell.transform((s) => (s === '' ? undefined : s));

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { slug };

export const id = required.transform((s, ctx) => {
  if (!ID_PATTERN.test(s)) {
    fail(ctx, { code: 'unit-id-invalid', hint: slug(s) || undefined });
    return z.NEVER;
  }
  return s;
});

export const optionalDate = cell.transform((s, ctx) => {
  if (s === '') return undefined;
  const d = parseIsoDate(s);
  if (!d.ok) {
    fail(ctx, { code: d.code, hint: d.hint });
    return z.NEVER;
  }
  return d.date;
});

export const requiredDate = cell.transform((s, ctx) => {
  if (s === '') {
    fail(ctx, { code: 'value-required' });
    return z.NEVER;
  }
  const d = parseIsoDate(s);
  if (!d.ok) {
    fail(ctx, { code: d.code, hint: d.hint });
    return z.NEVER;
  }
  return d.date;
});

export function oneOf<const T extends readonly string[]>(values: T) {
  return required.transform((s, ctx) => {
    if (!(values as readonly string[]).includes(s)) {
      fail(ctx, { code: 'enum-invalid', hint: values.join(', ') });
      return z.NEVER;
    }
    return s as T[number];
  });
}

export const optionalUrl = cell.transform((s, ctx) => {
  if (s === '') return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(s)) {
    fail(ctx, { code: 'url-invalid' });
    return z.NEVER;
  }
  return s;
});

/** Free `x_` columns, carried along and never interpreted. */
export const isFreeColumn = (name: string) => name.startsWith('x_');
