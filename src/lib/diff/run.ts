/**
 * `npm run diff -- --base REF [--head DIR] [--format human|markdown|json] [--limit N]` as a function:
 * arguments in, printed text and exit code out (0 the diff ran, whatever it found; 2 it could not run).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { DataFolderError, loadDataFolder } from '../dataset/load.ts';
import { diffData, summarise, type DataDiff } from './diff.ts';
import { formatDiffHuman, formatDiffJson, formatDiffMarkdown, type DiffFormat } from './format.ts';
import { DiffError, openSide } from './sides.ts';

export interface DiffArgs {
  base: string;
  head: string;
  format: DiffFormat;
  limit: number;
}

export const DIFF_USAGE = [
  'Cách dùng / usage: npm run diff -- --base REF|DIR [--head DIR] [--format human|markdown|json] [--limit N]',
  '  --base   nhánh, tag, commit git hoặc thư mục (thư mục được ưu tiên) / a git branch, tag or commit, or a folder (a folder wins)',
  '  --head   thư mục dữ liệu mới, mặc định data/ / the new data folder, default data/',
  '  --limit  số dòng tối đa của bảng markdown, mặc định 300 / most rows in the markdown table, default 300',
].join('\n');

export function parseDiffArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DiffArgs | { error: string } | { help: string } {
  const args: Partial<DiffArgs> & { head: string; format: DiffFormat; limit: number } = { head: env.DATA_DIR || 'data', format: 'human', limit: 300 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const next = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') return { help: DIFF_USAGE };
    if (flag === '--base' || flag === '--head') {
      const v = next();
      if (!v) return { error: `${flag} cần một giá trị / ${flag} needs a value\n${DIFF_USAGE}` };
      if (flag === '--base') args.base = v;
      else args.head = v;
    } else if (flag === '--format') {
      const v = next();
      if (v !== 'human' && v !== 'markdown' && v !== 'json') return { error: `--format phải là human, markdown hoặc json / --format must be human, markdown or json (got "${v ?? ''}")` };
      args.format = v;
    } else if (flag === '--limit') {
      const v = Number(next());
      if (!Number.isInteger(v) || v < 1) return { error: `--limit cần một số nguyên dương / --limit needs a positive whole number` };
      args.limit = v;
    } else return { error: `Tham số không hợp lệ / unknown argument: ${a}\n${DIFF_USAGE}` };
  }
  if (!args.base) return { error: `Thiếu --base / --base is required\n${DIFF_USAGE}` };
  return args as DiffArgs;
}

export interface DiffOutcome {
  code: 0 | 2;
  stdout: string;
  stderr: string;
  diff?: DataDiff;
}

export function runDiff(args: DiffArgs, cwd = process.cwd()): DiffOutcome {
  const headDir = resolve(cwd, args.head);
  let base;
  try {
    base = openSide(args.base, headDir, cwd);
  } catch (e) {
    return { code: 2, stdout: '', stderr: e instanceof DiffError ? e.message : String((e as Error)?.message ?? e) };
  }
  try {
    const headLoaded = loadDataFolder(headDir);
    const baseLoaded = loadDataFolder(base.dir);
    const diff = diffData(
      baseLoaded,
      headLoaded,
      summarise(base.label, base.dir, baseLoaded, base.note),
      summarise(args.head, headDir, headLoaded),
    );
    // Head-side paths as the validator prints them: relative to the working directory when inside it.
    const rel = isAbsolute(args.head) && !relative(cwd, args.head).startsWith('..') ? relative(cwd, args.head) : args.head;
    const prefix = rel === '' || rel === '.' ? '' : `${rel.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
    const stdout =
      args.format === 'json' ? formatDiffJson(diff) : args.format === 'markdown' ? formatDiffMarkdown(diff, prefix, args.limit) : formatDiffHuman(diff, prefix);
    return { code: 0, stdout, stderr: '', diff };
  } catch (e) {
    const msg = e instanceof DataFolderError ? e.message : `Lỗi không mong đợi / unexpected failure: ${(e as Error)?.message ?? String(e)}`;
    return { code: 2, stdout: '', stderr: msg };
  } finally {
    base.cleanup();
  }
}
