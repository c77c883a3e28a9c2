/**
 * An exception inside the build, told as a problem in the validator's format: the data row behind the page that
 * was being rendered (a unit's, metric's or source's first figure), else the page's route. Staff fix data, not
 * stack traces; the stack is printed only with ASTRO_LOG=debug (scripts/build.ts).
 *
 * src/middleware.ts tags an error thrown while a page renders with the page's path. Astro bundles the middleware into
 * its own module instance, hence a registered symbol on the error itself.
 */
import type { Dataset } from '../dataset/dataset.ts';
import type { Observation } from '../schema/observation.ts';
import { problem } from '../problems/catalog.ts';
import type { Problem } from '../problems/problem.ts';
import { SECTIONS } from '../i18n/routes.ts';

const RENDERING = Symbol.for('cchc.renderingPath');

/** Remember on `e` the page being rendered when it was thrown (the innermost page wins). */
export function tagRenderError(e: unknown, pathname: string): unknown {
  if (e && typeof e === 'object' && !(RENDERING in e)) (e as Record<symbol, string>)[RENDERING] = pathname;
  return e;
}

/** The page path an error was tagged with, looking through `cause` (Astro may wrap the page's error). */
export function renderedPath(e: unknown): string | undefined {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 8; cur = (cur as { cause?: unknown }).cause, depth++) {
    const p = (cur as Record<symbol, unknown>)[RENDERING];
    if (typeof p === 'string') return p;
  }
  return undefined;
}

/** The first figure (in file order) a page shows, from its route: `/[en/]don-vi/<id>/`, `/chi-tieu/<id>/`, `/nguon/<id>/`, `/so-sanh/du-lieu/<metric>.json`. */
export function figureOfPage(ds: Dataset, pathname: string, base = '/'): { row: Observation; column: string } | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const parts = rest.split('/').filter(Boolean);
  if (parts[0] === 'en') parts.shift();
  const [section, id, more] = parts;
  if (!id) return undefined;
  const decoded = decodeURIComponent(id);
  const first = (pick: (o: Observation) => boolean) => {
    let best: Observation | undefined;
    for (const o of ds.observations) if (pick(o) && (!best || o.file < best.file || (o.file === best.file && o.line < best.line))) best = o;
    return best;
  };
  let row: Observation | undefined;
  let column = '';
  if (section === SECTIONS.units) [row, column] = [first((o) => o.unit === decoded), 'unit'];
  else if (section === SECTIONS.metrics) [row, column] = [first((o) => o.metric === decoded), ''];
  else if (section === SECTIONS.sources) [row, column] = [first((o) => o.source === decoded), 'source'];
  else if (section === SECTIONS.compare && id === 'du-lieu' && more) {
    const metric = decodeURIComponent(more).replace(/\.json$/, '');
    [row, column] = [first((o) => o.metric === metric), ''];
  }
  if (!row) return undefined;
  // A metric's figure stands in its own column (wide files) or in `value` (long files).
  return { row, column: column || row.column };
}

/** The one-line reason of an error, without its stack. */
export function errorReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim() || (e instanceof Error ? e.name : 'Error');
}

export function buildFailedProblem(e: unknown, ds: Dataset | undefined, base = '/'): Problem {
  const path = renderedPath(e);
  const reason = errorReason(e);
  const found = path && ds ? figureOfPage(ds, path, base) : undefined;
  if (found) {
    const { row, column } = found;
    const value = column === 'unit' ? row.unitAsWritten : column === 'source' ? row.source : row.raw;
    return problem('build-failed', { file: row.file, line: row.line, column, value }, { a: path, b: reason });
  }
  // No figure behind it: the route (or, when not even that is known, the build as a whole).
  return problem('build-failed', { file: path ?? '', line: 0 }, { a: path ?? '?', b: reason });
}
