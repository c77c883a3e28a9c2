// The listing cap: the first 50 problems of each file and code, then one note with how many more; counts of all.
import { describe, expect, it } from 'vitest';
import { problem } from './catalog.ts';
import { listing, MAX_KEPT_WARNINGS, MAX_LISTED, ProblemLog } from './log.ts';
import { sortProblems } from '../dataset/load.ts';

const listed = (log: ProblemLog) => {
  const kept = log.list();
  sortProblems(kept);
  return listing(kept, log.totals());
};

describe('ProblemLog and listing', () => {
  it('lists the first problems of each file and code and counts the rest in one note', () => {
    const log = new ProblemLog();
    for (let line = 2; line < 2 + 120; line++) log.push(problem('unit-unknown', { file: 'a.csv', line, column: 'unit', value: 'X' }));
    for (let line = 2; line < 5; line++) log.push(problem('unit-unknown', { file: 'b.csv', line, column: 'unit', value: 'X' }));
    log.push(problem('row-blank', { file: 'a.csv', line: 200 }));
    expect(log.errors).toBe(123);
    expect(log.warnings).toBe(1);
    const list = listed(log);
    expect(list.filter((p) => p.file === 'a.csv' && p.code === 'unit-unknown')).toHaveLength(MAX_LISTED);
    const notes = list.filter((p) => p.code === 'more-errors');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'a.csv', line: 2 + MAX_LISTED, severity: 'error', value: 'unit-unknown' });
    expect(notes[0]!.message_en).toBe('70 more "unit-unknown" errors in this file are not listed (only the first 50 of each kind are). Fix the ones above and run again to see the rest.');
    expect(notes[0]!.message_vi).toContain('Còn 70 lỗi "unit-unknown"');
    expect(list.filter((p) => p.file === 'b.csv')).toHaveLength(3);
    expect(list.filter((p) => p.code === 'row-blank')).toHaveLength(1);
  });

  it('keeps errors only up to the listing cap, but warnings for the site up to MAX_KEPT_WARNINGS', () => {
    const log = new ProblemLog();
    for (let line = 2; line < 1002; line++) log.push(problem('unit-unknown', { file: 'a.csv', line, column: 'unit', value: 'X' }));
    for (let line = 2; line < 1002; line++) log.push(problem('sum-mismatch', { file: 'a.csv', line, column: 'received_total', value: '1' }, { a: '', b: '' }));
    const kept = log.list();
    expect(kept.filter((p) => p.code === 'unit-unknown')).toHaveLength(MAX_LISTED);
    expect(kept.filter((p) => p.code === 'sum-mismatch')).toHaveLength(Math.min(1000, MAX_KEPT_WARNINGS));
    const list = listed(log);
    expect(list.filter((p) => p.code === 'sum-mismatch')).toHaveLength(MAX_LISTED);
    expect(list.filter((p) => p.code === 'more-warnings').map((p) => [p.line, p.severity, p.value])).toEqual([[2 + MAX_LISTED, 'warning', 'sum-mismatch']]);
    expect(list.find((p) => p.code === 'more-warnings')!.message_en).toMatch(/^950 more "sum-mismatch" warnings/);
  });

  it('counts warnings beyond what the loader keeps in the printed note', () => {
    const log = new ProblemLog();
    const n = MAX_KEPT_WARNINGS + 7;
    for (let line = 2; line < 2 + n; line++) log.push(problem('value-decimal-point', { file: 'a.csv', line, column: 'value', value: '1.5' }, { a: '1,5', b: '1.5', hint: '1,5' }));
    expect(log.list().filter((p) => p.code === 'more-warnings')).toHaveLength(1);
    const notes = listed(log).filter((p) => p.code === 'more-warnings');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message_en).toMatch(new RegExp(`^${n - MAX_LISTED} more "value-decimal-point" warnings`));
  });
});
