#!/usr/bin/env node
// Helpers for .github/workflows/pr.yml. Plain JavaScript: runs on the runner's Node before or after `npm ci`.
//
//   node .github/scripts/pr-report.mjs annotations CHANGED.txt < validate-github.txt
//     Reprints the validator's `::error …` / `::warning …` lines with the files the pull request changed first
//     (errors, then warnings), then the rest. GitHub shows only 10 error and 10 warning annotations per step,
//     so the ones on the changed lines must come first.
//
//   node .github/scripts/pr-report.mjs summary --validate validate.json --diff diff.md --changed CHANGED.txt
//     Markdown for $GITHUB_STEP_SUMMARY: validator counts, the problems in a table, the figures changed.
//     Step outcomes come from the environment: VALIDATE_OUTCOME, BUILD_OUTCOME, DIFF_OUTCOME.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Data-folder-relative problem paths become repository paths with this prefix (the validator's default folder). */
const DATA_PREFIX = process.env.DATA_DIR ? `${process.env.DATA_DIR.replace(/\/+$/, '')}/` : 'data/';
const MAX_PROBLEM_ROWS = 50;

const readLines = (file) => (file && existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean) : []);

/** The file a workflow command points at, unescaped (%2C → ",", %3A → ":", %25 → "%"). */
function annotationFile(line) {
  const m = /^::(?:error|warning|notice) (?:[^:]*?,)?file=([^,:]*)/.exec(line);
  if (!m) return undefined;
  return m[1].replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

/**
 * Annotation lines reordered: changed files' errors, changed files' warnings, other errors, other warnings.
 * @param {string[]} lines
 * @param {string[]} changed
 */
export function orderAnnotations(lines, changed) {
  const isChanged = new Set(changed);
  const rank = (l) => (isChanged.has(annotationFile(l) ?? '') ? 0 : 2) + (l.startsWith('::error') ? 0 : 1);
  return lines
    .map((l, i) => ({ l, i, r: l.startsWith('::') ? rank(l) : -1 }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.l);
}

const cell = (s) => String(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const icon = (outcome) => ({ success: '✅', failure: '❌', skipped: '⏭️', cancelled: '⏹️' })[outcome] ?? '❔';

/**
 * The job summary. `validate` is the parsed `--format json` output (or undefined); `diffMd` the diff's Markdown.
 * @param {{ validate?: any, diffMd?: string, changed?: string[], outcomes?: Record<string, string | undefined> }} opts
 */
export function summary({ validate, diffMd, changed = [], outcomes = {} }) {
  const out = ['## Kiểm tra dữ liệu / Data check', ''];
  out.push(
    `| Bước / Step | Kết quả / Result |`,
    `|---|---|`,
    `| \`npm run validate\` | ${icon(outcomes.validate)} ${outcomes.validate ?? ''} |`,
    `| \`npm run build\` | ${icon(outcomes.build)} ${outcomes.build ?? ''}${outcomes.build === 'skipped' ? ' (dữ liệu có lỗi / data has errors)' : ''} |`,
    `| \`npm run diff\` | ${icon(outcomes.diff)} ${outcomes.diff ?? ''} |`,
    '',
  );
  if (!validate) {
    out.push('> ❌ Không đọc được kết quả của trình kiểm tra. / The validator produced no report: see the log of the "Validate" step.', '');
  } else if (validate.fatal) {
    out.push(`> ❌ ${cell(validate.fatal)}`, '');
  } else {
    out.push(
      `**${validate.errors}** lỗi/errors · **${validate.warnings}** cảnh báo/warnings · ${validate.observations} số liệu/observations (hợp đồng dữ liệu/data contract v${validate.contract})`,
      '',
    );
    const isChanged = new Set(changed);
    const problems = [...validate.problems]
      .map((p, i) => ({ p, i, r: (isChanged.has(DATA_PREFIX + p.file) ? 0 : 2) + (p.severity === 'error' ? 0 : 1) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.p);
    if (problems.length) {
      out.push(
        '<details' + (validate.errors > 0 ? ' open' : '') + '><summary>Các vấn đề / Problems' +
          (problems.length > MAX_PROBLEM_ROWS ? ` (${MAX_PROBLEM_ROWS} / ${problems.length})` : '') +
          '</summary>',
        '',
        '| | Tệp / File | Cột / Column | Mã / Code | Giá trị / Value | Cách sửa / How to fix |',
        '|---|---|---|---|---|---|',
      );
      for (const p of problems.slice(0, MAX_PROBLEM_ROWS)) {
        const where = `${DATA_PREFIX}${p.file}${p.line > 0 ? `:${p.line}` : ''}`;
        out.push(
          `| ${p.severity === 'error' ? '❌' : '⚠️'} | \`${cell(where)}\` | ${cell(p.column)} | \`${p.code}\` | ${p.value ? `\`${cell(p.value)}\`` : ''} | ${cell(p.message_vi)}<br>${cell(p.message_en)} |`,
        );
      }
      out.push('', '</details>', '');
      if (problems.length > MAX_PROBLEM_ROWS) {
        out.push(`Chạy \`npm run validate\` trên máy để xem tất cả. / Run \`npm run validate\` locally to see them all.`, '');
      }
    }
  }
  out.push(diffMd && diffMd.trim() ? diffMd.trim() : '> ❔ Không có kết quả so sánh. / No diff: see the log of the "What changed" step.', '');
  return out.join('\n');
}

function arg(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === 'annotations') {
    const input = readFileSync(0, 'utf8').split(/\r?\n/).filter(Boolean);
    const ordered = orderAnnotations(input, readLines(rest[0]));
    if (ordered.length) process.stdout.write(ordered.join('\n') + '\n');
    return 0;
  }
  if (cmd === 'summary') {
    let validate;
    const vf = arg(rest, '--validate');
    try {
      validate = vf && existsSync(vf) ? JSON.parse(readFileSync(vf, 'utf8')) : undefined;
    } catch {
      validate = undefined;
    }
    const df = arg(rest, '--diff');
    const diffMd = df && existsSync(df) ? readFileSync(df, 'utf8') : '';
    process.stdout.write(
      summary({
        validate,
        diffMd,
        changed: readLines(arg(rest, '--changed')),
        outcomes: { validate: process.env.VALIDATE_OUTCOME, build: process.env.BUILD_OUTCOME, diff: process.env.DIFF_OUTCOME },
      }),
    );
    return 0;
  }
  process.stderr.write('usage: pr-report.mjs annotations CHANGED.txt < annotations | summary --validate F --diff F --changed F\n');
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
