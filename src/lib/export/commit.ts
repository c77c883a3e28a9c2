/**
 * The commit of an incremental build (export/staging.ts): every file of the staging folder renamed into the output
 * folder, replacing the old one, then the files the manifest prunes deleted. Before the first rename a journal in the
 * cache folder lists both; each step can be done again, so a build killed during the commit is finished by the next
 * one (`finishCommit`) before anything else. Nothing is ever written into the output folder in place: a file there
 * is replaced by a rename or deleted, so an old hard link into it (the former copy-based staging) is never written
 * through.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface Journal {
  /** Files of the staging folder (relative), each renamed to the same path in the output folder. */
  moves: string[];
  /** Files of the output folder (relative) to delete after the moves. */
  prune: string[];
}

export function journalPath(cacheDir: string, outDir: string): string {
  const id = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `cchc-commit-${id}.json`);
}

/** The journal, written whole or not at all (a temporary file renamed). */
export function writeJournal(cacheDir: string, outDir: string, j: Journal): void {
  const file = journalPath(cacheDir, outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(j));
  renameSync(`${file}.tmp`, file);
}

/** Journal, moves, deletions, then the staging folder (what is left: stand-ins, empty folders) and the journal. */
export function commit(cacheDir: string, outDir: string, staging: string, j: Journal): void {
  const moved = new Set(j.moves);
  writeJournal(cacheDir, outDir, { moves: j.moves, prune: j.prune.filter((f) => !moved.has(f)) });
  finishCommit(cacheDir, outDir, staging);
}

/** Finishes the commit a journal describes, if there is one (a build was killed during it). Returns whether there was. */
export function finishCommit(cacheDir: string, outDir: string, staging: string): boolean {
  const file = journalPath(cacheDir, outDir);
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8')) as Journal;
  const made = new Set<string>();
  for (const f of j.moves) {
    const from = join(staging, f);
    if (existsSync(from)) place(from, join(outDir, f), made); // else moved before the kill
  }
  deleteFiles(outDir, j.prune);
  rmSync(staging, { recursive: true, force: true });
  rmSync(file, { force: true });
  return true;
}

/** Rename `from` onto `to`; a folder where the file goes, or a file where a folder goes, is the old build's: removed. */
function place(from: string, to: string, made: Set<string>) {
  const dir = dirname(to);
  if (!made.has(dir)) {
    makeDir(dir);
    made.add(dir);
  }
  try {
    renameSync(from, to);
  } catch (e) {
    if (!['EISDIR', 'ENOTEMPTY', 'EEXIST'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    rmSync(to, { recursive: true, force: true });
    renameSync(from, to);
  }
}

function makeDir(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    if (!['EEXIST', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    for (let d = dir; d !== dirname(d); d = dirname(d)) {
      if (statSync(d, { throwIfNoEntry: false })?.isFile()) {
        unlinkSync(d);
        break;
      }
    }
    mkdirSync(dir, { recursive: true });
  }
}

/** Delete files (relative to `dir`; gone already is fine), then the folders they leave empty. */
export function deleteFiles(dir: string, files: readonly string[]): void {
  const root = resolve(dir);
  const dirs = new Set<string>();
  for (const f of files) {
    const path = join(root, f);
    try {
      unlinkSync(path);
    } catch {
      // Already gone (a commit done again after a kill).
    }
    dirs.add(dirname(path));
  }
  // Deepest first, so a pinned folder's parent empties after it.
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
    for (let cur = d; cur.startsWith(root + sep) && cur !== root; cur = dirname(cur)) {
      try {
        rmdirSync(cur);
      } catch {
        break; // not empty
      }
    }
  }
}
