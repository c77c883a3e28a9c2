/**
 * `npm run validate -- --format github`: one workflow command per problem, `::error file=…,line=…,title=…::…`,
 * with the file prefixed by the data folder as given so GitHub puts the annotation on the changed line.
 */
import { dirname, basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/lib/report/validate.ts';
import { tempDir, writeDataFolder } from './helpers.ts';

const WIDE = 'unit,period,source,quote,received_total,resolved_late,pct_on_time_or_early';
// Line 3's quote spans two editor lines, so the next record starts on editor line 5, not record 4.
const BAD = [
  WIDE, // 1
  'Thành phố Sa Đéc,2022-H1,sadec-2022-h1,,2264,150,', // 2: fine
  'Sa Đéc,2022-Q1,sadec-2022-h1,"Tiếp nhận gần 900 hồ sơ,', // 3
  'trong đó 50 hồ sơ trễ hạn",gần 900,50,', // 4 (continuation of line 3)
  'TP Sa Dec,2022-Q2,sadec-2022-h1,,"gần\n1.000",,96.8%', // 5-6: unknown unit; a cell with a line break
  'Tỉnh Tiền Giang,2025-08,sadec-2022-h1,,1.512,,96,55%', // 7: ragged (96,55% unquoted)
].join('\n');

let t: ReturnType<typeof tempDir>;
let lines: string[];
let code: number;
beforeAll(() => {
  t = tempDir();
  writeDataFolder(t.dir, { 'observations/dong-thap/sa-dec.csv': BAD + '\n' });
  const r = runValidate(t.dir, 'github');
  code = r.code;
  lines = r.stdout.split('\n');
});
afterAll(() => t.cleanup());

const find = (pred: (l: string) => boolean) => lines.filter(pred);

describe('validator --format github', () => {
  it('prints one workflow command per line and exits 1 on errors', () => {
    expect(code).toBe(1);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^,]+(,line=\d+)?,title=[^:]+::.+$/);
  });

  it('prefixes the file with the data folder as given, and gives editor line numbers', () => {
    const file = `${t.dir}/observations/dong-thap/sa-dec.csv`;
    const approx = find((l) => l.includes('title=value-approximate [received_total]'));
    expect(approx.map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      `::error file=${file},line=3,title=value-approximate [received_total]`,
      `::error file=${file},line=5,title=value-approximate [received_total]`,
    ]);
    expect(find((l) => l.includes('title=unit-unknown [unit]'))[0]).toContain(`file=${file},line=5,`);
    expect(find((l) => l.includes('title=row-ragged'))[0]).toContain(`file=${file},line=7,`);
    // No annotation on the good line 2 or on the continuation line 4.
    expect(find((l) => /,line=(2|4),/.test(l))).toEqual([]);
  });

  it('uses a relative prefix when the folder is given relative to the working directory', () => {
    const r = runValidate(t.dir, 'github', dirname(t.dir));
    expect(r.stdout).toContain(`::error file=${basename(t.dir)}/observations/dong-thap/sa-dec.csv,line=3,`);
  });

  it('escapes messages: newline → %0A, % → %25, and the Vietnamese message comes first', () => {
    const l = find((x) => x.includes('line=5,title=value-approximate'))[0]!;
    const msg = l.slice(l.indexOf('::', 2) + 2);
    expect(msg).not.toMatch(/[\r\n]/);
    // The cell "gần\n1.000" is quoted in the message: its line break is escaped, then the English message follows.
    expect(msg).toContain('"gần%0A1.000" là số ước lượng');
    expect(msg).toMatch(/^"gần%0A1\.000" là số ước lượng.*%0A"gần%0A1\.000" is an approximation/);
    const pct = find((x) => x.includes('title=value-decimal-point'))[0];
    expect(pct).toMatch(/^::warning /);
    expect(pct).toContain('"96.8%25"');
    expect(pct).not.toMatch(/96\.8%[^2]/);
  });

  it('escapes properties: commas and colons in the title or path become %2C and %3A', () => {
    const u = tempDir('cchc,odd:');
    try {
      writeDataFolder(u.dir, { 'observations/x.csv': 'unit,period,source,received_total\nvn,2022,nope,1\n' });
      const out = runValidate(u.dir, 'github').stdout;
      expect(out).toContain(`file=${u.dir.replace(/:/g, '%3A').replace(/,/g, '%2C')}/observations/x.csv,line=2,title=source-unknown [source]::`);
    } finally {
      u.cleanup();
    }
  });
});
