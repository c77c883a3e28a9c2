/**
 * What one run of the import read and wrote, as SHA-256 digests (reference/indices-import.json). The publishers'
 * workbooks are not in the repository (their licence is not stated), so a checkout without them still proves that
 * the committed CSVs are the import's output, byte for byte, and not edited by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = 'reference/indices-import.json';

export interface ImportManifest {
  /** Workbook file name → digest of its bytes. */
  raw: Record<string, string>;
  /** Path under the data folder → digest of the CSV text the import wrote. */
  outputs: Record<string, string>;
  /** Digest of the import's own rows of sources.csv, in order. */
  sources: string;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function importManifest(rawDir: string, files: ReadonlyMap<string, string>, sourceLines: readonly string[]): ImportManifest {
  const raw: Record<string, string> = {};
  for (const name of readdirSync(rawDir).sort()) raw[name] = sha256(readFileSync(path.join(rawDir, name)));
  const outputs: Record<string, string> = {};
  for (const file of [...files.keys()].sort()) outputs[file] = sha256(files.get(file)!);
  return { raw, outputs, sources: sha256(sourceLines.join('\n')) };
}

export const manifestText = (m: ImportManifest) => JSON.stringify(m, null, 2) + '\n';
