/**
 * Golden-file tests of the validator on folders of bad inputs. The expected outputs are committed next to the
 * fixtures: a changed message, line or column shows up as a diff that a reviewer must accept.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runValidate } from '../src/lib/report/validate.ts';

const BAD = 'tests/fixtures/bad-data';

function problemsOf(dir: string) {
  const r = runValidate(dir, 'json');
  return { code: r.code, json: JSON.parse(r.stdout) as { contract: number; errors: number; warnings: number; observations: number; problems: { file: string; line: number; column: string; code: string; severity: string; value: string; message: string }[] } };
}

describe('validator on tests/fixtures/bad-data', () => {
  const { code, json } = problemsOf(BAD);

  it('exits 1 and reports every problem of every file in one run', () => {
    expect(code).toBe(1);
    expect(json.contract).toBe(1);
    expect(new Set(json.problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(25);
  });

  // One row per problem code: where staff will be sent to fix it.
  const pinned: [code: string, file: string, line: number, column: string, severity?: string][] = [
    ['file-unknown', 'extra.csv', 0, '', 'warning'],
    ['file-not-csv', 'observations/bao-cao.xlsx', 0, '', 'warning'],
    ['file-empty', 'observations/empty.csv', 0, ''],
    ['encoding-utf16', 'observations/unicode-text.csv', 1, ''],
    ['encoding-legacy', 'observations/windows-1258.csv', 2, ''],
    ['separator-not-comma', 'observations/semicolon.csv', 1, ''],
    ['csv-quote', 'observations/quote.csv', 2, ''],
    ['title-row', 'observations/title-row.csv', 1, ''],
    ['header-duplicate', 'observations/header-problems.csv', 1, 'resolved'],
    ['column-near-miss', 'observations/header-problems.csv', 1, 'Unit'],
    ['column-near-miss', 'observations/header-problems.csv', 1, 'received total'],
    ['column-unknown', 'observations/header-problems.csv', 1, 'Đơn vị'],
    ['column-missing', 'observations/header-problems.csv', 1, 'unit'],
    ['observation-shape', 'observations/no-metrics.csv', 1, ''],
    ['value-approximate', 'observations/long.csv', 2, 'value'],
    ['value-decimal-point', 'observations/long.csv', 3, 'value', 'warning'],
    ['count-decimal-point', 'observations/long.csv', 4, 'value'],
    ['number-ambiguous', 'observations/long.csv', 5, 'value'],
    ['number-english-format', 'observations/long.csv', 6, 'value'],
    ['number-invalid', 'observations/long.csv', 7, 'value'],
    ['percent-sign-not-percent', 'observations/long.csv', 8, 'value'],
    ['value-out-of-range', 'observations/long.csv', 9, 'value'],
    ['count-not-integer', 'observations/long.csv', 10, 'value'],
    ['rank-not-positive', 'observations/long.csv', 11, 'value'],
    ['period-invalid', 'observations/long.csv', 12, 'period'],
    // line 13 holds a quoted note over two lines: the next record starts on line 15, not 14.
    ['row-total', 'observations/long.csv', 15, 'unit'],
    ['row-ragged', 'observations/long.csv', 16, ''],
    ['row-blank', 'observations/long.csv', 17, '', 'warning'],
    ['period-dates-incomplete', 'observations/periods.csv', 2, 'period_end'],
    ['period-start-after-end', 'observations/periods.csv', 3, 'period_start'],
    ['date-not-iso', 'observations/periods.csv', 4, 'period_start'],
    ['date-invalid', 'observations/periods.csv', 5, 'period_end'],
    ['unit-unknown', 'observations/periods.csv', 6, 'unit'],
    ['unit-not-valid-then', 'observations/periods.csv', 7, 'unit'],
    ['unit-ambiguous', 'observations/periods.csv', 8, 'unit'],
    ['unit-outside-validity', 'observations/periods.csv', 9, 'unit', 'warning'],
    ['metric-unknown', 'observations/periods.csv', 10, 'metric'],
    ['source-unknown', 'observations/periods.csv', 11, 'source'],
    ['observation-duplicate', 'observations/duplicates.csv', 3, 'resolved'],
    ['sum-mismatch', 'observations/consistent-but-odd.csv', 2, 'received_total', 'warning'],
    ['rate-mismatch', 'observations/consistent-but-odd.csv', 2, 'pct_on_time_or_early', 'warning'],
    ['apology-exceeds-late', 'observations/consistent-but-odd.csv', 2, 'apology_letters', 'warning'],
    ['sources-disagree', 'observations/consistent-but-odd.csv', 3, 'resolved_on_time_or_early', 'warning'],
    ['unit-id-invalid', 'units.csv', 9, 'id'],
    ['id-duplicate', 'units.csv', 10, 'id'],
    ['enum-invalid', 'units.csv', 11, 'level'],
    ['parent-unknown', 'units.csv', 12, 'parent'],
    ['gso-code-overlap', 'units.csv', 14, 'gso_code'],
    ['validity-reversed', 'units.csv', 15, 'valid_from'],
    ['date-not-iso', 'units.csv', 16, 'valid_from'],
    ['alias-ambiguous', 'unit-aliases.csv', 3, 'alias'],
    ['unit-unknown', 'unit-aliases.csv', 5, 'unit'],
    ['enum-invalid', 'unit-changes.csv', 5, 'kind'],
    ['unit-unknown', 'unit-changes.csv', 4, 'from'],
    ['enum-invalid', 'metrics.csv', 14, 'kind'],
    ['url-invalid', 'sources.csv', 6, 'url'],
    ['value-required', 'sources.csv', 7, 'title'],
    ['source-unused', 'sources.csv', 5, 'id', 'warning'],
    ['metric-unknown', 'targets.csv', 3, 'metric'],
    ['enum-invalid', 'targets.csv', 4, 'op'],
  ];
  it.each(pinned)('%s at %s:%i [%s]', (c, file, line, column, severity = 'error') => {
    const found = json.problems.filter((p) => p.code === c && p.file === file && p.line === line && p.column === column);
    expect(found, JSON.stringify(json.problems.filter((p) => p.file === file), null, 1)).toHaveLength(1);
    expect(found[0]!.severity).toBe(severity);
  });

  it('keeps nothing from a file with errors, and keeps both disagreeing sources', () => {
    // consistent-but-odd.csv (11 figures) and cites-broken-source.csv (1) have no errors; no broken file's figure is kept.
    expect(json.observations).toBe(12);
  });

  it('reports a broken source row once, not again on every figure citing it', () => {
    expect(json.problems.filter((p) => p.file === 'observations/cites-broken-source.csv')).toEqual([]);
    expect(json.problems.filter((p) => p.value === 'www.dongthap.gov.vn').map((p) => p.code)).toEqual(['url-invalid']);
  });

  it('says how to fix, in Vietnamese and English', () => {
    const approx = json.problems.find((p) => p.code === 'value-approximate')!;
    expect(approx.message).toContain('Để trống ô này và ghi "gần 900" vào cột note');
    expect(approx.message).toContain('Leave the cell blank');
    const gone = json.problems.find((p) => p.code === 'unit-not-valid-then')!;
    expect(gone.message).toContain('Tỉnh Tiền Giang kết thúc ngày 2025-06-30; đã nhập vào Tỉnh Đồng Tháp');
    expect(gone.message).toContain('Tỉnh Tiền Giang ended on 2025-06-30; it merged into Tỉnh Đồng Tháp');
    const near = json.problems.find((p) => p.code === 'column-near-miss' && p.column === 'received total')!;
    expect(near.message).toContain('Đổi tên cột thành "received_total"');
    const unknownUnit = json.problems.find((p) => p.code === 'unit-unknown' && p.file === 'observations/periods.csv')!;
    expect(unknownUnit.message).toContain('"Thành phố Sa Đéc"');
  });

  it('matches the committed golden output (json and human)', async () => {
    await expect(runValidate(BAD, 'json').stdout + '\n').toMatchFileSnapshot('fixtures/bad-data.expected.json');
    await expect(runValidate(BAD, 'human').stdout + '\n').toMatchFileSnapshot('fixtures/bad-data.expected.txt');
  });
});

describe('validator exit codes and arguments', () => {
  it('reports missing required files', () => {
    const { code, json } = problemsOf('tests/fixtures/missing-files');
    expect(code).toBe(1);
    expect(json.problems.filter((p) => p.code === 'file-missing').map((p) => p.file)).toEqual(['metrics.csv', 'sources.csv']);
  });

  const cli = (...args: string[]) => spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/validate.ts', ...args], { encoding: 'utf8' });

  it('exits 2 without a stack trace when the folder does not exist or arguments are wrong', () => {
    const missing = cli('--data', 'tests/fixtures/no-such-folder');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy thư mục dữ liệu');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const bad = cli('--format', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be human, json or github');
  });

  it('prints github annotations for the bad folder and exits 1', () => {
    const r = cli('--data', BAD, '--format', 'github');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error file=${BAD}/observations/long.csv,line=4,title=count-decimal-point [value]::`);
  });
});
