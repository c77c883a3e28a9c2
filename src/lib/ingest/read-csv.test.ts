// Line numbers as an editor shows them, whatever the line ends; rows handed on one at a time; blank runs counted once.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { MAX_COLUMNS, readCsv } from './read-csv.ts';

function read(text: string) {
  const out: Problem[] = [];
  const rows: string[] = [];
  const ok = readCsv(text, { file: 'f.csv', knownColumns: new Set(['a', 'b']), keyColumns: ['a'] }, out, () => (r) => rows.push(`${r.line}:${r.cells.join('|')}`));
  return { ok, rows, problems: out.map((p) => `${p.code}@${p.line}`), messages: out.map((p) => p.message_en) };
}

describe('readCsv line numbers', () => {
  const lines = ['a,b', '1,2', '"x', 'y",3', '4,5'];
  it.each([
    ['LF', lines.join('\n') + '\n'],
    ['CRLF', lines.join('\r\n') + '\r\n'],
    ['CR only', lines.join('\r') + '\r'],
    ['CRLF then LF', `${lines.slice(0, 2).join('\r\n')}\r\n${lines.slice(2).join('\n')}\n`],
    ['LF then CR', `${lines.slice(0, 3).join('\n')}\n${lines.slice(3).join('\r')}`],
  ])('%s: rows start on their editor lines, with no quote or width error', (_, text) => {
    const r = read(text);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual(['2:1|2', '3:x\ny|3', '5:4|5']);
  });

  it('reports a run of blank lines once, at its first line, with how many', () => {
    const r = read('a,b\n1,2\n\n\n\n3,4\n\n5,6\n\n');
    expect(r.rows).toEqual(['2:1|2', '6:3|4', '8:5|6']);
    expect(r.problems).toEqual(['row-blank@3', 'row-blank@7', 'row-blank@9']);
    expect(r.messages[0]).toBe('3 consecutive blank rows (to line 5) ignored. You may delete them.');
    expect(r.messages[1]).toBe('Blank row ignored. You may delete it.');
  });

  it('reads a million blank lines without keeping them', () => {
    const r = read(`a,b\n1,2${'\n'.repeat(1_000_000)}3,4\n`);
    expect(r.rows).toEqual(['2:1|2', '1000002:3|4']);
    expect(r.problems).toEqual(['row-blank@3']);
  });

  it('refuses a header wider than MAX_COLUMNS with one problem', () => {
    const r = read(`a,b${','.repeat(MAX_COLUMNS)}\n1,2\n`);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['too-many-columns@1']);
    expect(r.rows).toEqual([]);
  });

  it('still finds a title row above the header', () => {
    const r = read('Báo cáo năm 2024\n\na,b\n1,2\n');
    expect(r.problems).toEqual(['title-row@1']);
    expect(r.rows).toEqual(['4:1|2']);
  });
});
