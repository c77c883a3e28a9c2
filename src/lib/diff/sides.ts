/**
 * The two sides of a diff as folders on disk: a folder is used as it is; a git ref has its data folder
 * extracted with `git archive REF -- data | tar -x` into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';

export class DiffError extends Error {}

export interface OpenedSide {
  label: string;
  dir: string;
  note?: string;
  cleanup: () => void;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function git(cwd: string, args: string[]) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new DiffError(`Không chạy được git / could not run git: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

/**
 * `spec` is a folder or a git ref. `headDir` is the head data folder: its path inside the repository says which
 * folder to read from the ref (`data` when the head folder is outside the repository).
 */
export function openSide(spec: string, headDir: string, cwd = process.cwd()): OpenedSide {
  const asPath = resolve(cwd, spec);
  if (isDir(asPath)) return { label: spec, dir: asPath, cleanup: () => {} };

  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    throw new DiffError(
      `"${spec}" không phải thư mục, và ${cwd} không nằm trong kho git. / "${spec}" is not a folder, and ${cwd} is not inside a git repository.`,
    );
  }
  const commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${spec}^{commit}`]);
  if (!commit.ok) {
    throw new DiffError(
      `"${spec}" không phải thư mục hay phiên bản git (nhánh, tag, commit) đã biết. Trong GitHub Actions, cần "fetch-depth: 0" khi checkout. / ` +
        `"${spec}" is neither a folder nor a known git ref (branch, tag, commit). In GitHub Actions, check out with "fetch-depth: 0".`,
    );
  }
  const headAbs = resolve(cwd, headDir);
  const rel = relative(top.out, headAbs);
  const inRepo = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const path = (inRepo ? rel : 'data').split(/[\\/]+/).join('/');

  const tmp = mkdtempSync(join(tmpdir(), 'cchc-diff-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  try {
    const dir = join(tmp, 'tree', ...path.split('/'));
    const label = `${spec} (${path}/)`;
    const listed = git(top.out, ['ls-tree', '-d', '--name-only', commit.out, '--', path]);
    if (!listed.ok || listed.out === '') {
      // The ref predates the data folder: everything in head is new.
      mkdirSync(dir, { recursive: true });
      return { label, dir, note: `${spec} chưa có thư mục ${path}/ / ${spec} has no ${path}/ folder`, cleanup };
    }
    const tar = join(tmp, 'base.tar');
    const archived = git(top.out, ['archive', '--format=tar', '-o', tar, commit.out, '--', path]);
    if (!archived.ok) throw new DiffError(`git archive ${spec} -- ${path}: ${archived.err}`);
    mkdirSync(join(tmp, 'tree'));
    const x = spawnSync('tar', ['-x', '-f', tar, '-C', join(tmp, 'tree')], { encoding: 'utf8' });
    if (x.error || x.status !== 0) throw new DiffError(`tar -x ${tar}: ${x.error?.message ?? x.stderr.trim()}`);
    return { label, dir, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
