import type { z } from 'zod';
import type { ProblemSink } from '../problems/log.ts';
import { problem, type ProblemCode } from '../problems/catalog.ts';
import type { IssueParams } from './fields.ts';

/** Run a row schema over one record; every failing cell becomes one problem at file:line:column. */
export function applySchema<S extends z.ZodType>(
  schema: S,
  record: Record<string, string>,
  file: string,
  line: number,
  out: ProblemSink,
): z.output<S> | undefined {
  const r = schema.safeParse(record);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const column = String(issue.path[0] ?? '');
    const params = (issue as { params?: IssueParams }).params;
    const code: ProblemCode = params?.code ?? 'value-required';
    out.push(problem(code, { file, line, column, value: record[column] ?? '' }, params));
  }
  return undefined;
}

/** A record from header + cells, keeping only the given columns (absent optional columns read as ''). */
export function toRecord(header: readonly string[], cells: readonly string[], columns: readonly string[]): Record<string, string> {
  const rec: Record<string, string> = {};
  for (const c of columns) rec[c] = '';
  for (let i = 0; i < header.length; i++) {
    const h = header[i]!;
    if (h in rec) rec[h] = cells[i] ?? '';
  }
  return rec;
}
