/**
 * Where the loader puts its problems, and how many of them the validator prints.
 *
 * A file can hold millions of bad lines (a pasted column of unknown names, a figure format repeated on every row):
 * listing each would cost gigabytes and a report nobody reads. The validator prints, in every format, the first
 * MAX_LISTED problems of each file and code, then one `more-errors` / `more-warnings` note that says how many more
 * there are; `errors` and `warnings` count every finding.
 *
 * The loader keeps more warnings than it prints (MAX_KEPT_WARNINGS per file and code): the site marks each figure a
 * warning concerns, and a province's file may well repeat one warning on hundreds of rows. Errors beyond MAX_LISTED are
 * only counted: with any error the build refuses the folder, so nothing else reads them.
 */
import type { Problem } from './problem.ts';
import { problem } from './catalog.ts';

export const MAX_LISTED = 50;
export const MAX_KEPT_WARNINGS = 10_000;

/** What the readers and checks need: somewhere to push. A plain array is one too (tests). */
export interface ProblemSink {
  push(p: Problem): unknown;
}

/** How many problems one file had of one code: key `file \0 code`. */
export type ProblemTotals = ReadonlyMap<string, number>;
const groupKey = (file: string, code: string) => `${file}\u0000${code}`;
const isNote = (p: Problem) => p.code === 'more-errors' || p.code === 'more-warnings';

function note(first: Problem, omitted: number): Problem {
  return problem(first.severity === 'error' ? 'more-errors' : 'more-warnings', { file: first.file, line: first.line, value: first.code }, { a: omitted, b: first.code, c: MAX_LISTED });
}

interface Group {
  count: number;
  /** The first problem not kept: where the loader's note stands. */
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
    const key = groupKey(p.file, p.code);
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { count: 0 }));
    g.count++;
    if (g.count <= (p.severity === 'error' ? MAX_LISTED : MAX_KEPT_WARNINGS)) this.kept.push(p);
    else g.firstOmitted ??= p;
  }

  /** The kept problems, and one note per file and code with problems not kept (unsorted). */
  list(): Problem[] {
    const all = [...this.kept];
    for (const g of this.groups.values()) {
      if (!g.firstOmitted) continue;
      const cap = g.firstOmitted.severity === 'error' ? MAX_LISTED : MAX_KEPT_WARNINGS;
      all.push(note(g.firstOmitted, g.count - cap));
    }
    return all;
  }

  totals(): ProblemTotals {
    return new Map([...this.groups].map(([k, g]) => [k, g.count]));
  }
}

/**
 * What the validator prints: of `problems` (sorted, as the loader returns them), the first `max` of each file and
 * code, and one note per file and code with how many more `totals` counted. Notes stand at the first problem left out.
 */
export function listing(problems: readonly Problem[], totals: ProblemTotals, max = MAX_LISTED): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  const noteAt = new Map<string, Problem>();
  for (const p of problems) {
    if (isNote(p)) {
      if (!noteAt.has(groupKey(p.file, p.value))) noteAt.set(groupKey(p.file, p.value), { ...p, code: p.value });
      continue;
    }
    const key = groupKey(p.file, p.code);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= max) out.push(p);
    else if (n === max + 1) noteAt.set(key, p);
  }
  for (const [key, total] of totals) {
    const first = noteAt.get(key);
    if (total > max && first) out.push(note(first, total - max));
  }
  return out;
}
