/**
 * Where the loader puts its problems. A file can hold millions of bad lines (a million blank lines, a pasted column of
 * unknown names): listing each would cost gigabytes and a report nobody reads. The log keeps the first
 * MAX_PER_FILE_AND_CODE problems of each file and code, counts the rest, and ends each such group with one
 * `more-errors` / `more-warnings` note that says how many were left out. `errors` and `warnings` count every finding.
 */
import type { Problem } from './problem.ts';
import { problem } from './catalog.ts';

export const MAX_PER_FILE_AND_CODE = 50;

/** What the readers and checks need: somewhere to push. A plain array is one too (tests). */
export interface ProblemSink {
  push(p: Problem): unknown;
}

interface Group {
  count: number;
  /** The first problem left out: where the note stands. */
  firstOmitted?: Problem;
}

export class ProblemLog implements ProblemSink {
  private readonly kept: Problem[] = [];
  private readonly groups = new Map<string, Group>();
  errors = 0;
  warnings = 0;

  push(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    else this.warnings++;
    const key = `${p.file}\u0000${p.code}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { count: 0 }));
    g.count++;
    if (g.count <= MAX_PER_FILE_AND_CODE) this.kept.push(p);
    else g.firstOmitted ??= p;
  }

  /** The kept problems and one note per file and code that went over the cap (unsorted). */
  list(): Problem[] {
    const all = [...this.kept];
    for (const g of this.groups.values()) {
      const p = g.firstOmitted;
      if (!p) continue;
      const omitted = g.count - MAX_PER_FILE_AND_CODE;
      all.push(problem(p.severity === 'error' ? 'more-errors' : 'more-warnings', { file: p.file, line: p.line, value: p.code }, { a: omitted, b: p.code, c: MAX_PER_FILE_AND_CODE }));
    }
    return all;
  }
}
