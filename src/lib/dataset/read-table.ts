/** Bytes on disk → a parsed table, with encoding problems reported the way staff can act on them. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProblemSink } from '../problems/log.ts';
import { problem } from '../problems/catalog.ts';
import { decodeCsv } from '../ingest/decode.ts';
import { readCsv, type CsvHead, type RowSink } from '../ingest/read-csv.ts';
import { closest } from '../text/similar.ts';
import { kindOf } from './files.ts';

/**
 * The largest file read. The whole national folder in one wide file is ≈ 35 MB; a file three times that is a mistake
 * (an export with every column, a pasted log), and reading it would need gigabytes. Documented in README, "Files".
 */
export const MAX_FILE_MB = 100;

/**
 * The bytes of a regular file, or a problem. O_NOFOLLOW and O_NONBLOCK: a symlink or a FIFO swapped in after the folder
 * was listed is refused here instead of followed or waited on; fstat then checks what was really opened.
 */
function readRegularFile(path: string, file: string, out: ProblemSink): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === 'ELOOP') out.push(problem('file-symlink', { file, line: 0 }, { a: '?' }));
    else out.push(problem('file-unreadable', { file, line: 0 }, { a: code }));
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      out.push(problem('file-not-regular', { file, line: 0 }, { a: kindOf(st) }));
      return undefined;
    }
    if (st.size > MAX_FILE_MB * 1024 * 1024) {
      out.push(problem('file-too-large', { file, line: 0 }, { a: Math.round(st.size / (1024 * 1024)), b: MAX_FILE_MB }));
      return undefined;
    }
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, bytes, got, st.size - got, null);
      if (n === 0) break;
      got += n;
    }
    return bytes.subarray(0, got);
  } catch (e) {
    out.push(problem('file-unreadable', { file, line: 0 }, { a: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Decode and parse one file: `begin` gets the header and returns what takes each data row. False when the file cannot
 * be read as a table.
 */
export function readTable(
  dir: string,
  file: string,
  known: ReadonlySet<string>,
  keyColumns: readonly string[],
  out: ProblemSink,
  begin: (head: CsvHead) => RowSink | undefined,
): boolean {
  // The fix-csv command is run from the repository, so it gets the path from there.
  const shown = relative(process.cwd(), join(dir, file)).split('\\').join('/');
  const bytes = readRegularFile(join(dir, file), file, out);
  if (!bytes) return false;
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
      out.push(problem('encoding-utf16', { file, line: 1 }, { a: decoded.encoding.toUpperCase(), b: shown }));
    } else {
      const name = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', 'unknown-8bit': '8-bit (không phải UTF-8 / not UTF-8)' }[decoded.encoding];
      out.push(problem('encoding-legacy', { file, line: decoded.line, value: decoded.sample }, { a: name, b: shown, c: decoded.line }));
    }
    return false;
  }
  return readCsv(decoded.text, { file, knownColumns: known, keyColumns, shownPath: shown }, out, begin);
}

export const suggest = (text: string, candidates: Iterable<string>) => {
  const c = closest(text, candidates, 3);
  return c.length ? c.map((x) => `"${x}"`).join(', ') : undefined;
};
