/**
 * The data-entry guide's example (docs/vi-du/, output pasted in docs/huong-dan-nhap-so-lieu.md and
 * docs/data-entry-guide.md): each try still gets the problems the guide explains. Problem codes are stable
 * (data contract v1); when this fails, re-run `sh docs/vi-du/chay-vi-du.sh` and update both guides.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/lib/report/validate.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function exampleFolder(n: number): string {
  const dir = join(tmp.dir, `lan-${n}`, 'data');
  for (const f of ['units.csv', 'unit-aliases.csv', 'unit-changes.csv', 'metrics.csv']) cpSync(join('data', f), join(dir, f));
  cpSync(join('docs', 'vi-du', `lan-${n}`), dir, { recursive: true });
  return dir;
}

const codes = (n: number) => {
  const r = runValidate(exampleFolder(n), 'json');
  const out = JSON.parse(r.stdout);
  return { code: r.code, out, list: out.problems.map((p: { file: string; line: number; code: string }) => `${p.file}:${p.line} ${p.code}`) };
};

describe('the guide example (docs/vi-du)', () => {
  it('first try: every mistake the validator can see without a period, all at once; a broken source row reported once', () => {
    const r = codes(1);
    expect(r.code).toBe(1);
    expect(r.list).toEqual([
      'observations/dong-thap/sa-dec-2022-h1.csv:2 period-invalid',
      'observations/dong-thap/sa-dec-2022-h1.csv:2 count-not-integer',
      'observations/dong-thap/sa-dec-2022-h1.csv:2 number-invalid',
      'observations/dong-thap/sa-dec-2022-h1.csv:3 unit-not-valid-then',
      'sources.csv:3 date-not-iso',
    ]);
  });

  it('second try: the misspelt unit, checkable once the period is valid; a knock-on unused-source warning', () => {
    const r = codes(2);
    expect(r.code).toBe(1);
    expect(r.list).toEqual([
      'observations/dong-thap/sa-dec-2022-h1.csv:2 unit-unknown',
      'sources.csv:3 source-unused',
    ]);
    // Suggestions favour units that existed during 2022-H1: the city, not the 2025 ward.
    const msg = r.out.problems.find((p: { code: string }) => p.code === 'unit-unknown').message_vi;
    expect(msg).toContain('"Thành phố Sa Đéc"');
    expect(msg).not.toContain('Phường Sa Đéc');
  });

  it('third try: valid, with the article\'s four figures', () => {
    const r = codes(3);
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ errors: 0, warnings: 0, observations: 4 });
  });

  it('both guides show the same validator output lines', () => {
    const vi = readFileSync('docs/huong-dan-nhap-so-lieu.md', 'utf8');
    const en = readFileSync('docs/data-entry-guide.md', 'utf8');
    const outputLines = (md: string) => md.split('\n').filter((l) => /^ {2}\S+\.csv:\d+ {2}(LỖI\/ERROR|CẢNH BÁO\/WARNING) |^Data contract version /.test(l));
    expect(outputLines(vi).length).toBeGreaterThan(8);
    expect(outputLines(en)).toEqual(outputLines(vi));
  });
});
