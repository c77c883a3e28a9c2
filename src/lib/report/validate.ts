/** The validator as a function: folder in, printed report and exit code out (0 valid, 1 data errors, 2 could not run). */
import { relative, isAbsolute } from 'node:path';
import { DataFolderError, loadDataFolder, sortProblems, type LoadResult } from '../dataset/load.ts';
import { formatGithub, formatHuman, formatJson, type Format } from './format.ts';
import { listing } from '../problems/log.ts';

export interface ValidateOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
  result?: LoadResult;
}

/** Exit 2 with one line in both languages, never a stack trace: the validator itself failed, not the data. */
export function validatorFailure(e: unknown, format: Format): ValidateOutcome {
  const msg = e instanceof DataFolderError ? e.message : `Lỗi không mong đợi của trình kiểm tra / unexpected failure of the validator: ${(e as Error)?.message ?? String(e)}`;
  if (format === 'json') return { code: 2, stdout: JSON.stringify({ contract: 1, fatal: msg }), stderr: '' };
  return { code: 2, stdout: '', stderr: msg };
}

export function runValidate(data: string, format: Format, cwd = process.cwd()): ValidateOutcome {
  try {
    const result = loadDataFolder(data);
    const rel = isAbsolute(data) && !relative(cwd, data).startsWith('..') ? relative(cwd, data) : data;
    const prefix = rel === '' || rel === '.' ? '' : `${rel.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
    const n = result.dataset.observations.length;
    // Every format prints the same capped listing (50 per file and code, then a note with the count).
    const problems = listing(result.problems, result.totals);
    sortProblems(problems);
    const shown = { ...result, problems };
    const stdout = format === 'json' ? formatJson(shown, n) : format === 'github' ? formatGithub(problems, prefix) : formatHuman(shown, n, prefix);
    return { code: result.errors > 0 ? 1 : 0, stdout, stderr: '', result };
  } catch (e) {
    return validatorFailure(e, format);
  }
}
