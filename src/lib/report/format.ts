/** The validator's three output formats (data contract v1, "The two commands"). */
import type { Problem } from '../problems/problem.ts';
import type { LoadResult } from '../dataset/load.ts';
import { showControls } from '../text/control.ts';

export type Format = 'human' | 'json' | 'github';

export function formatJson(r: Pick<LoadResult, 'contract' | 'errors' | 'warnings' | 'problems'>, observations: number): string {
  const problems = r.problems.map((p) => ({ ...p, message: `${p.message_vi} / ${p.message_en}` }));
  return JSON.stringify({ contract: r.contract, errors: r.errors, warnings: r.warnings, problems, observations }, null, 2);
}

// Workflow-command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…::…` lines; `prefix` turns data-folder paths into repository paths. */
export function formatGithub(problems: readonly Problem[], prefix: string): string {
  return problems
    .map((p) => {
      const props = [`file=${escProp(prefix + p.file)}`];
      if (p.line > 0) props.push(`line=${p.line}`);
      props.push(`title=${escProp(`${p.code}${p.column ? ` [${p.column}]` : ''}`)}`);
      const level = p.severity === 'error' ? 'error' : 'warning';
      return `::${level} ${props.join(',')}::${escData(`${p.message_vi}\n${p.message_en}`)}`;
    })
    .join('\n');
}

/** The problems alone, grouped by file, as `formatHuman` prints them (the build's own failures use it too). */
export function formatProblemsHuman(problems: readonly Problem[], prefix: string): string[] {
  const lines: string[] = [];
  let file = '';
  for (const p of problems) {
    if (p.file !== file) {
      file = p.file;
      lines.push('', `${prefix}${file}`);
    }
    const where = `${p.line > 0 ? `dòng/line ${p.line}` : 'cả tệp/whole file'}${p.column ? `, cột/column ${p.column}` : ''}`;
    const tag = p.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING';
    lines.push(`  ${prefix}${p.file}:${p.line}  ${tag}  ${p.code}  (${where})${p.value ? `  giá trị/value: "${showControls(p.value)}"` : ''}`);
    lines.push(`    ${p.message_vi}`, `    ${p.message_en}`);
  }
  return lines;
}

export function formatHuman(r: Pick<LoadResult, 'contract' | 'errors' | 'warnings' | 'problems' | 'files'>, observations: number, prefix: string): string {
  const lines = formatProblemsHuman(r.problems, prefix);
  lines.push(
    '',
    `Hợp đồng dữ liệu phiên bản ${r.contract} · ${r.files.length} tệp · ${observations} số liệu · ${r.errors} lỗi · ${r.warnings} cảnh báo`,
    `Data contract version ${r.contract} · ${r.files.length} files · ${observations} observations · ${r.errors} errors · ${r.warnings} warnings`,
    r.errors === 0 ? 'Dữ liệu hợp lệ. / The data is valid.' : 'Dữ liệu có lỗi: sửa các lỗi trên rồi chạy lại. / The data has errors: fix them and run again.',
  );
  return lines.join('\n').trimStart();
}
