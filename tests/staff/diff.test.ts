/** `npm run diff`: figures added, changed and removed between two data folders or two git versions. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDiffArgs, runDiff } from '../../src/lib/diff/run.ts';
import { tempDir, writeDataFolder } from './helpers.ts';

const HEAD = 'unit,period,period_start,period_end,source,quote,received_total,resolved_on_time_or_early,resolved_late';
const OLD = [
  HEAD,
  'Thành phố Sa Đéc,2022-H1,,,sadec-2022-h1,,2264,2114,150',
  'Sa Đéc,2022-08,2022-07-21,2022-08-20,sadec-2022-h1,,400,,',
].join('\n');
// 150 → 15 (a typo a reviewer must see); the August row is gone; a new July row appears; the unit is written by id now.
const NEW = [
  HEAD,
  'dong-thap-thanh-pho-sa-dec,2022-H1,,,sadec-2022-h1,,2264,2114,15',
  'dong-thap-thanh-pho-sa-dec,2022-07,2022-06-21,2022-07-20,sadec-2022-h1,,380,,',
].join('\n');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const temp = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('diff between two folders', () => {
  it('shows 150 → 15 as a change, an added row and a removed row, grouped by unit, period and metric', () => {
    const root = temp();
    const base = writeDataFolder(join(root, 'old'), { 'observations/sa-dec.csv': OLD + '\n' });
    const head = writeDataFolder(join(root, 'new'), { 'observations/sa-dec.csv': NEW + '\n' });
    const r = runDiff({ base, head, format: 'json', limit: 300 }, root);
    expect(r.code).toBe(0);
    const d = r.diff!;
    expect(d.counts).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 2, notCompared: 0 });
    expect(d.figures.map((f) => [f.kind, f.period.label, f.metric, f.before?.raw ?? null, f.after?.raw ?? null])).toEqual([
      ['changed', '2022-H1', 'resolved_late', '150', '15'],
      ['added', '2022-07', 'received_total', null, '380'],
      ['removed', '2022-08', 'received_total', '400', null],
    ]);
    const changed = d.figures[0]!;
    expect(changed).toMatchObject({ unit: 'dong-thap-thanh-pho-sa-dec', unitName: 'Thành phố Sa Đéc', source: 'sadec-2022-h1' });
    expect(changed.after).toMatchObject({ file: 'observations/sa-dec.csv', line: 2, column: 'resolved_late', value: 15 });
    expect(d.figures[1]!.period).toMatchObject({ start: '2022-06-21', end: '2022-07-20' });
    expect(d.reference).toEqual([]);

    const human = runDiff({ base, head: 'new', format: 'human', limit: 300 }, root).stdout;
    expect(human).toContain('Figures: 1 added · 1 changed · 1 removed · 2 unchanged');
    expect(human).toContain('Thành phố Sa Đéc (dong-thap-thanh-pho-sa-dec)');
    expect(human).toMatch(/~ resolved_late {2}150 → 15 .* new\/observations\/sa-dec\.csv:2 \[resolved_late\]/);
    expect(human).toMatch(/\+ received_total {2}380 .*new\/observations\/sa-dec\.csv:3/);
    expect(human).toMatch(/- received_total {2}400 .*observations\/sa-dec\.csv:3/);
    expect(human).toContain('2022-07 (2022-06-21 → 2022-07-20)');

    const md = runDiff({ base, head: 'new', format: 'markdown', limit: 300 }, root).stdout;
    expect(md).toContain('**1** thêm/added · **1** sửa/changed · **1** xóa/removed');
    expect(md).toMatch(/\| ~ sửa\/changed \| Thành phố Sa Đéc `dong-thap-thanh-pho-sa-dec` \| 2022-H1 \| `resolved_late` \| 150 \| \*\*15\*\* \|/);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'))).toHaveLength(3);
  });

  it('a value written differently but equal (1512 → 1.512) is not a change; a changed value with the same text is', () => {
    const root = temp();
    const base = writeDataFolder(join(root, 'a'), { 'observations/x.csv': 'unit,period,source,received_total\nvn,2022,sadec-2022-h1,1512\n' });
    const head = writeDataFolder(join(root, 'b'), { 'observations/x.csv': 'unit,period,source,received_total\nViệt Nam,2022,sadec-2022-h1,1.512\n' });
    expect(runDiff({ base, head, format: 'json', limit: 300 }, root).diff!.counts).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 1 });
  });

  it('counts changed reference rows (sources, units, targets)', () => {
    const root = temp();
    const base = writeDataFolder(join(root, 'a'));
    const head = writeDataFolder(join(root, 'b'), {
      'sources.csv':
        'id,title,url,publisher,published,accessed,note\nref-units,Danh mục đơn vị hành chính (bản sửa),https://example.org/dvhc,,,,\nsadec-2022-h1,UBND thành phố Sa Đéc sơ kết CCHC 6 tháng đầu năm 2022,,UBND thành phố Sa Đéc,2022-07-05,,\nmoi,Nguồn mới,,,,,\n',
      'targets.csv': 'metric,applies_to,op,value,source\npct_on_time_or_early,ha-noi,>=,95%,moi\n',
    });
    const d = runDiff({ base, head, format: 'json', limit: 300 }, root).diff!;
    expect(d.reference.map((r) => [r.file, r.added.length, r.changed.length, r.removed.length])).toEqual([
      ['sources.csv', 1, 1, 0],
      ['targets.csv', 1, 0, 0],
    ]);
    expect(d.reference[0]!.changed).toEqual(['ref-units']);
  });

  it('still diffs when a side has errors, says so, and does not call the figures of a broken file "removed"', () => {
    const root = temp();
    const base = writeDataFolder(join(root, 'a'), { 'observations/sa-dec.csv': OLD + '\n', 'observations/other.csv': 'unit,period,source,received_total\nvn,2022,sadec-2022-h1,10\n' });
    const head = writeDataFolder(join(root, 'b'), {
      'observations/sa-dec.csv': OLD.replace(',2264,', ',gần 2.300,') + '\n',
      'observations/other.csv': 'unit,period,source,received_total\nvn,2022,sadec-2022-h1,11\n',
    });
    const r = runDiff({ base, head: 'b', format: 'human', limit: 300 }, root);
    expect(r.code).toBe(0);
    expect(r.diff!.head.errors).toBe(1);
    expect(r.diff!.head.filesWithErrors).toEqual(['observations/sa-dec.csv']);
    expect(r.diff!.counts).toMatchObject({ changed: 1, removed: 0, notCompared: 4 });
    expect(r.stdout).toContain('has 1 errors; figures in files with errors are not compared (observations/sa-dec.csv)');
    expect(r.stdout).toContain('~ received_total  10 → 11');
  });

  it('argument errors exit 2 with the usage', () => {
    expect(parseDiffArgs([])).toMatchObject({ error: expect.stringContaining('--base') });
    expect(parseDiffArgs(['--base', 'x', '--format', 'xml'])).toMatchObject({ error: expect.stringContaining('markdown') });
    expect(parseDiffArgs(['--base=main', '--head', 'd'], {})).toEqual({ base: 'main', head: 'd', format: 'human', limit: 300 });
    expect(runDiff({ base: 'no-such-ref-or-folder', head: 'data', format: 'human', limit: 300 }).code).toBe(2);
  });
});

describe('diff against a git ref', () => {
  it('reads the data folder of an earlier commit with git archive, and of a ref that predates it', () => {
    const repo = temp();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'README.md'), 'x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'empty');
    git('tag', 'before-data');
    writeDataFolder(join(repo, 'data'), { 'observations/sa-dec.csv': OLD + '\n' });
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeDataFolder(join(repo, 'data'), { 'observations/sa-dec.csv': NEW + '\n' });
    git('commit', '-q', '-am', 'second');
    writeFileSync(join(repo, 'data', 'observations', 'sa-dec.csv'), NEW.replace(',15', ',16') + '\n'); // uncommitted edit

    const r = runDiff({ base: 'HEAD~1', head: 'data', format: 'json', limit: 300 }, repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.diff!.base.label).toBe('HEAD~1 (data/)');
    expect(r.diff!.figures.map((f) => [f.kind, f.before?.raw ?? null, f.after?.raw ?? null])).toEqual([
      ['changed', '150', '16'],
      ['added', null, '380'],
      ['removed', '400', null],
    ]);

    const main = runDiff({ base: 'main', head: 'data', format: 'markdown', limit: 300 }, repo);
    expect(main.stdout).toContain('`main (data/)` → `data`: **0** thêm/added · **1** sửa/changed · **0** xóa/removed');
    expect(main.stdout).toContain('| 15 | **16** |');

    const early = runDiff({ base: 'before-data', head: 'data', format: 'json', limit: 300 }, repo).diff!;
    expect(early.base.note).toContain('has no data/ folder');
    expect(early.counts).toMatchObject({ added: 4, changed: 0, removed: 0 });
  });
});
