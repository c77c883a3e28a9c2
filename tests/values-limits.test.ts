/**
 * "Valid means it builds" (issue 15, items 2 and 8): the limits the validator puts on figures, years and text, read
 * as the contract states them. Figures have at most 15 digits wherever a number is read (observations, targets,
 * shares of unit changes); years start at 1000 in every period and date; text cells hold no control characters;
 * a URL holds no space, `"`, `<` or `>`. Messages never print a control character, only its code point.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../src/lib/report/validate.ts';

type JsonProblem = { file: string; line: number; column: string; code: string; severity: string; value: string; message: string };

/** The site fixture with `edit` applied; returns the validator's JSON and human output. */
function validate(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'values-limits-'));
  try {
    cpSync('tests/site-fixture', dir, { recursive: true });
    edit(dir);
    const json = JSON.parse(runValidate(dir, 'json').stdout) as { errors: number; problems: JsonProblem[] };
    return { json, human: runValidate(dir, 'human').stdout, github: runValidate(dir, 'github').stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const at = (ps: JsonProblem[], code: string) => ps.filter((p) => p.code === code).map((p) => `${p.file}:${p.line}:${p.column}`);
// Every control character a terminal or a workflow annotation would act on, except tab and line breaks.
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

describe('figures have at most 15 digits, wherever a number is read', () => {
  it('in observations, targets and the share of a unit change, with the digit count in the message', () => {
    const { json } = validate((dir) => {
      writeFileSync(join(dir, 'observations/x.csv'), 'unit,period,metric,value,source\ndong-thap,2019,received_total,9007199254740993,test-bao-cao-dong-thap\ndong-thap,2019,received_new,999.999.999.999.999,test-bao-cao-dong-thap\n');
      appendFileSync(join(dir, 'targets.csv'), 'pct_online,dong-thap,>=,"60,0000000000000001",test-chi-thi,2022-01-01,,\n');
      appendFileSync(join(dir, 'unit-changes.csv'), '2025-07-01,dong-thap,dong-thap-2025,transfer,"12,34567890123456",ref-dvhcvn-20250701,\n');
    });
    expect(at(json.problems, 'number-too-many-digits')).toEqual(['observations/x.csv:2:value', 'targets.csv:5:value', 'unit-changes.csv:11:share']);
    const p = json.problems.find((q) => q.code === 'number-too-many-digits')!;
    expect(p.severity).toBe('error');
    expect(p.message).toContain('"9007199254740993" có 16 chữ số: một số liệu có tối đa 15 chữ số');
    expect(p.message).toContain('"9007199254740993" has 16 digits: a figure may have at most 15');
  });
});

describe('years start at 1000', () => {
  it('in period labels, period dates and the ISO dates of units, changes, sources and targets', () => {
    const { json } = validate((dir) => {
      writeFileSync(
        join(dir, 'observations/x.csv'),
        'unit,period,period_start,period_end,metric,value,source\ndong-thap,0999-Q1,,,received_total,1,test-bao-cao-dong-thap\ndong-thap,tháng 1,2019-01-01,0999-01-31,received_total,1,test-bao-cao-dong-thap\n',
      );
      appendFileSync(join(dir, 'units.csv'), 'x-1,Đơn vị X,agency,vn,,,0999-12-31,\n');
      appendFileSync(join(dir, 'unit-changes.csv'), '0999-07-01,dong-thap,dong-thap-2025,rename,,ref-dvhcvn-20250701,\n');
      appendFileSync(join(dir, 'sources.csv'), 'x-src,Nguồn X,https://example.org/x,,0999-01-01,0999-01-02,\n');
      appendFileSync(join(dir, 'targets.csv'), 'pct_online,dong-thap,>=,60%,test-chi-thi,0999-01-01,0999-12-31,\n');
    });
    expect(at(json.problems, 'year-before-1000')).toEqual([
      'observations/x.csv:2:period',
      'observations/x.csv:3:period_end',
      'sources.csv:11:accessed',
      'sources.csv:11:published',
      'targets.csv:5:from',
      'targets.csv:5:to',
      'unit-changes.csv:11:date',
      'units.csv:22:valid_to',
    ]);
    expect(json.problems.find((p) => p.code === 'year-before-1000')!.message).toContain('Năm "0999" trước năm 1000');
  });
});

describe('text cells hold no control characters', () => {
  it('refuses NUL, ESC, DEL, C1 controls and U+2028/U+2029 in names, labels, titles, notes, quotes and period labels', () => {
    const { json, human, github } = validate((dir) => {
      appendFileSync(join(dir, 'units.csv'), 'x-1,Đơn vị\u0085 X,agency,vn,,,,\n');
      appendFileSync(join(dir, 'sources.csv'), 'x-src,Nguồn\u2029 X,https://example.org/x,Nhà\u007f xuất bản,,,\n');
      writeFileSync(
        join(dir, 'observations/x.csv'),
        'unit,period,period_start,period_end,metric,value,source,note,quote\n' +
          'dong-thap,2019,,,received_total,1,test-bao-cao-dong-thap,"ghi\u0000chú",\n' +
          'dong-thap,2019,,,received_new,1,test-bao-cao-dong-thap,,"trích\u001b[2Jdẫn"\n' +
          'dong-thap,kỳ\u0007 1,2019-01-01,2019-01-31,received_total,1,test-bao-cao-dong-thap,,\n',
      );
    });
    expect(at(json.problems, 'text-control-character')).toEqual([
      'observations/x.csv:2:note',
      'observations/x.csv:3:quote',
      'observations/x.csv:4:period',
      'sources.csv:11:publisher',
      'sources.csv:11:title',
      'units.csv:22:name',
    ]);
    const p = json.problems.find((q) => q.code === 'text-control-character')!;
    expect(p.message).toContain('U+0000 (ký tự thứ 4)');
    expect(p.message).toContain('control character U+0000 (character 4)');
    // The cell as written stays in `value` (JSON escapes it); nothing printed for people carries the raw character.
    expect(p.value).toBe('ghi\u0000chú');
    expect(human).not.toMatch(RAW_CONTROL);
    expect(human).toContain('giá trị/value: "trích[U+001B][2Jdẫn"');
    expect(github).not.toMatch(RAW_CONTROL);
  });

  it('keeps tab and line breaks inside a quoted cell (RFC 4180) and every printable character', () => {
    const { json } = validate((dir) => {
      writeFileSync(
        join(dir, 'observations/x.csv'),
        'unit,period,metric,value,source,note,quote\ndong-thap,2019,received_total,1,test-bao-cao-dong-thap,"dòng 1\r\ndòng 2\tcột","Ghi ""chú"" & <b> — ‘x’ 😀"\n',
      );
    });
    expect(json.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('source URLs hold no space, ", < or >', () => {
  it('refuses them with the percent-encoded URL to write instead', () => {
    const { json } = validate((dir) => {
      appendFileSync(
        join(dir, 'sources.csv'),
        'a,A,"https://example.org/a""onmouseover=""x",,,,\nb,B,https://example.org/<b>,,,,\nc,C,https://example.org/a b,,,,\nd,D,https://example.org/ok?q=1&r=%22,,,,\n',
      );
    });
    expect(at(json.problems, 'url-unsafe-character')).toEqual(['sources.csv:11:url', 'sources.csv:12:url', 'sources.csv:13:url']);
    const [a, b, c] = json.problems.filter((p) => p.code === 'url-unsafe-character');
    expect(a!.message).toContain('"https://example.org/a%22onmouseover%3D%22x"'.replace('%3D', '='));
    expect(b!.message).toContain('"https://example.org/%3Cb%3E"');
    expect(c!.message).toContain('U+0020');
    expect(c!.message).toContain('"https://example.org/a%20b"');
    expect(at(json.problems, 'url-invalid')).toEqual([]);
  });
});
