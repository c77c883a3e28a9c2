/** Header checks: duplicates (PapaParse would rename them silently), unknown columns, near-misses, missing ones. */
import type { ProblemSink } from '../problems/log.ts';
import { problem } from '../problems/catalog.ts';
import { isFreeColumn } from '../schema/fields.ts';
import { closest, foldName } from '../text/similar.ts';

/** Vietnamese headers people write instead of the contract's names. */
const VI_HEADERS: Record<string, string> = {
  'don vi': 'unit',
  'ten don vi': 'unit',
  'ky': 'period',
  'ky bao cao': 'period',
  'thoi gian': 'period',
  'nguon': 'source',
  'gia tri': 'value',
  'so lieu': 'value',
  'chi tieu': 'metric',
  'ghi chu': 'note',
  'trich dan': 'quote',
  'tu ngay': 'period_start',
  'den ngay': 'period_end',
};

const squash = (s: string) => foldName(s).replace(/[^a-z0-9]/g, '');

export interface HeaderSpec {
  required: readonly string[];
  /** Every other accepted column name. */
  allowed: ReadonlySet<string>;
}

/** Returns false when a required column is missing (the rows cannot be read). */
export function checkHeader(header: readonly string[], line: number, spec: HeaderSpec, file: string, out: ProblemSink): boolean {
  const seen = new Map<string, number>();
  const allNames = [...spec.required, ...spec.allowed];
  const bySquash = new Map(allNames.map((n) => [squash(n), n]));
  header.forEach((name, i) => {
    const prev = seen.get(name);
    if (prev !== undefined) {
      out.push(problem('header-duplicate', { file, line, column: name, value: name }, { a: prev + 1, b: i + 1 }));
      return;
    }
    seen.set(name, i);
    if (spec.required.includes(name) || spec.allowed.has(name) || isFreeColumn(name)) return;
    const near = bySquash.get(squash(name));
    if (near) {
      out.push(problem('column-near-miss', { file, line, column: name, value: name }, { hint: near }));
      return;
    }
    const vi = VI_HEADERS[foldName(name)];
    const hint = vi ?? closest(name, allNames, 1)[0];
    out.push(problem('column-unknown', { file, line, column: name, value: name }, { hint: hint ? `"${hint}"` : undefined }));
  });
  let ok = true;
  for (const r of spec.required) {
    if (!seen.has(r)) {
      // A near-miss already told the user what to rename; the column is still missing for reading rows.
      out.push(problem('column-missing', { file, line, column: r }, { a: r }));
      ok = false;
    }
  }
  return ok;
}
