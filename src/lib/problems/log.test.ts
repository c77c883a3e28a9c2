// The listing cap: the first 50 problems of each file and code, then one note with how many more; counts of all.
import { describe, expect, it } from 'vitest';
import { problem } from './catalog.ts';
import { MAX_PER_FILE_AND_CODE, ProblemLog } from './log.ts';

describe('ProblemLog', () => {
  it('keeps the first problems of each file and code and counts the rest in one note', () => {
    const log = new ProblemLog();
    for (let line = 2; line < 2 + 120; line++) log.push(problem('unit-unknown', { file: 'a.csv', line, column: 'unit', value: 'X' }));
    for (let line = 2; line < 5; line++) log.push(problem('unit-unknown', { file: 'b.csv', line, column: 'unit', value: 'X' }));
    log.push(problem('row-blank', { file: 'a.csv', line: 200 }));
    const list = log.list();
    expect(log.errors).toBe(123);
    expect(log.warnings).toBe(1);
    expect(list.filter((p) => p.file === 'a.csv' && p.code === 'unit-unknown')).toHaveLength(MAX_PER_FILE_AND_CODE);
    const notes = list.filter((p) => p.code === 'more-errors');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'a.csv', line: 2 + MAX_PER_FILE_AND_CODE, severity: 'error', value: 'unit-unknown' });
    expect(notes[0]!.message_en).toBe('70 more "unit-unknown" errors in this file are not listed (only the first 50 of each kind are). Fix the ones above and run again to see the rest.');
    expect(notes[0]!.message_vi).toContain('Còn 70 lỗi "unit-unknown"');
    expect(list.filter((p) => p.file === 'b.csv')).toHaveLength(3);
    expect(list.filter((p) => p.code === 'row-blank')).toHaveLength(1);
  });

  it('notes left-out warnings as a warning', () => {
    const log = new ProblemLog();
    for (let line = 1; line <= 51; line++) log.push(problem('row-blank', { file: 'a.csv', line }));
    expect(log.list().filter((p) => p.code === 'more-warnings').map((p) => [p.line, p.severity])).toEqual([[51, 'warning']]);
  });
});
