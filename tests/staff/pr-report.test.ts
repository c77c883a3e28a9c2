/** .github/scripts/pr-report.mjs: the pull-request job's annotation order and summary. */
import { describe, expect, it } from 'vitest';
import { orderAnnotations, summary } from '../../.github/scripts/pr-report.mjs';

describe('pr-report.mjs', () => {
  it('puts the changed files first (errors, then warnings): GitHub shows only 10 of each per step', () => {
    const lines = [
      '::warning file=data/sources.csv,line=6,title=source-unused [id]::a',
      '::error file=data/old.csv,line=2,title=x::b',
      '::warning file=data/observations/new%2C v2.csv,line=3,title=y::c',
      '::error file=data/observations/new%2C v2.csv,line=4,title=z::d',
    ];
    expect(orderAnnotations(lines, ['data/observations/new, v2.csv'])).toEqual([lines[3], lines[2], lines[1], lines[0]]);
  });

  it('summarises counts, problems and the diff', () => {
    const md = summary({
      validate: {
        contract: 1,
        errors: 1,
        warnings: 1,
        observations: 10,
        problems: [
          { file: 'sources.csv', line: 6, column: 'id', code: 'source-unused', severity: 'warning', value: 'x', message_vi: 'vi', message_en: 'en' },
          { file: 'observations/a.csv', line: 3, column: 'resolved_late', code: 'value-approximate', severity: 'error', value: 'gần 150', message_vi: 'Để trống | ghi note', message_en: 'Leave it blank' },
        ],
      },
      diffMd: '### Số liệu thay đổi / Figures changed',
      changed: ['data/observations/a.csv'],
      outcomes: { validate: 'failure', build: 'skipped', diff: 'success' },
    });
    expect(md).toContain('**1** lỗi/errors · **1** cảnh báo/warnings · 10 số liệu/observations');
    expect(md).toContain('| `npm run build` | ⏭️ skipped (dữ liệu có lỗi / data has errors) |');
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows[0]).toContain('`data/observations/a.csv:3` | resolved_late | `value-approximate` | `gần 150` | Để trống \\| ghi note<br>Leave it blank |');
    expect(rows[1]).toContain('`data/sources.csv:6`');
    expect(md).toContain('### Số liệu thay đổi / Figures changed');
  });

  it('says so when the validator could not run', () => {
    expect(summary({ validate: { contract: 1, fatal: 'data folder not found: data' }, diffMd: '' })).toContain('> ❌ data folder not found: data');
    expect(summary({ validate: undefined, diffMd: '' })).toContain('The validator produced no report');
  });
});
