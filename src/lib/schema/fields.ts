/**
 * Zod building blocks for CSV cells. A failing cell adds a custom issue whose `params.code` is a problem code
 * from the catalog; `applySchema` turns issues into problems with file, line and column.
 */
import { z } from 'zod';
import type { P, ProblemCode } from '../problems/catalog.ts';
import { parseIsoDate } from '../values/period.ts';
import { slug } from '../text/slug.ts';
import { codePoint, findControl } from '../text/control.ts';

export type IssueParams = P & { code: ProblemCode };

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; params: IssueParams }) => void };
export const fail = (ctx: Ctx, params: IssueParams) => ctx.addIssue({ code: 'custom', message: params.code, params });

/** The first forbidden control character of a cell (text/control.ts), as the problem's parameters; undefined when none. */
export function controlIssue(s: string): IssueParams | undefined {
  const i = findControl(s);
  return i < 0 ? undefined : { code: 'text-control-character', a: codePoint(s.charCodeAt(i)), b: i + 1 };
}

/** Every cell: trimmed, NFC, and free of control characters (names, labels, notes and quotes reach every page). */
const cell = z.string().transform((raw, ctx) => {
  const s = raw.trim().normalize('NFC');
  const bad = controlIssue(s);
  if (bad) {
    fail(ctx, bad);
    return z.NEVER;
  }
  return s;
});

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
    fail(ctx, { code: d.code, hint: d.hint, a: d.year });
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
    fail(ctx, { code: d.code, hint: d.hint, a: d.year });
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

/**
 * Characters a URL cell may not hold as written: whitespace, and `"`, `<`, `>`, which end an HTML attribute or tag
 * wherever a link is written without escaping (a reader's feed, a spreadsheet's HYPERLINK). Percent-encoded they are fine.
 */
const URL_UNSAFE = /[\s"<>]/u;

export const optionalUrl = cell.transform((s, ctx) => {
  if (s === '') return undefined;
  if (!/^https?:\/\/\S/.test(s)) {
    fail(ctx, { code: 'url-invalid' });
    return z.NEVER;
  }
  const unsafe = URL_UNSAFE.exec(s);
  if (unsafe) {
    const shown = /\s/u.test(unsafe[0]) ? codePoint(unsafe[0].charCodeAt(0)) : unsafe[0];
    fail(ctx, { code: 'url-unsafe-character', a: shown, hint: s.replace(/[\s"<>]/gu, (c) => encodeURIComponent(c)) });
    return z.NEVER;
  }
  return s;
});

/** Free `x_` columns, carried along and never interpreted. */
export const isFreeColumn = (name: string) => name.startsWith('x_');
