/** Bytes on disk → a parsed table, with encoding problems reported the way staff can act on them. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { problem } from '../problems/catalog.ts';
import { decodeCsv } from '../ingest/decode.ts';
import { readCsv, type CsvTable } from '../ingest/read-csv.ts';
import { closest } from '../text/similar.ts';

/** Decode and parse one file into a table, or undefined when it cannot be read as a table. */
export function readTable(dir: string, file: string, known: ReadonlySet<string>, keyColumns: readonly string[], out: Problem[]): CsvTable | undefined {
  // The fix-csv command is run from the repository, so it gets the path from there.
  const shown = relative(process.cwd(), join(dir, file)).split('\\').join('/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(dir, file));
  } catch (e) {
    out.push(problem('file-unreadable', { file, line: 0 }, { a: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return undefined;
  }
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
      out.push(problem('encoding-utf16', { file, line: 1 }, { a: decoded.encoding.toUpperCase(), b: shown }));
    } else {
      const name = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows', 'unknown-8bit': '8-bit (không phải UTF-8 / not UTF-8)' }[decoded.encoding];
      out.push(problem('encoding-legacy', { file, line: decoded.line, value: decoded.sample }, { a: name, b: shown, c: decoded.line }));
    }
    return undefined;
  }
  const table = readCsv(decoded.text, { file, knownColumns: known, keyColumns, shownPath: shown }, out);
  return table.usable ? table : undefined;
}

export const suggest = (text: string, candidates: Iterable<string>) => {
  const c = closest(text, candidates, 3);
  return c.length ? c.map((x) => `"${x}"`).join(', ') : undefined;
};
