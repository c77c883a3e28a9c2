/**
 * Which files of the data folder the contract reads, and which it refuses or ignores (with a problem where useful).
 *
 * Only regular files and folders inside the data folder are read. A symlink could point anywhere (`/proc/self/environ`,
 * `/etc/passwd`: their text would end up in problem values and the pull-request summary), and a device or FIFO could
 * hang the validator: each is refused with a problem and never opened (lstat only). A name that is not UTF-8 cannot be
 * shown or typed, so that file is refused too. None of these stops the run.
 */
import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_FILES = ['units.csv', 'unit-aliases.csv', 'unit-changes.csv', 'metrics.csv', 'sources.csv', 'targets.csv'] as const;
export const REQUIRED_FILES = ['units.csv', 'metrics.csv', 'sources.csv'] as const;
/** Folders that belong to the data folder but hold no data: blank templates for staff. */
const IGNORED_DIRS = new Set(['templates']);

export type Refusal =
  | { file: string; why: 'symlink'; target: string }
  | { file: string; why: 'not-regular'; kind: string }
  | { file: string; why: 'undecodable-name' }
  | { file: string; why: 'hidden' }
  | { file: string; why: 'unreadable'; code: string };

export interface FolderListing {
  reference: Set<string>;
  observations: string[];
  unknownCsv: string[];
  notCsv: string[];
  /** Entries not read, each to be reported (paths relative to the folder, `/` separators). */
  refused: Refusal[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOSSY = new TextDecoder('utf-8');

/** What a non-regular entry is, for the message. */
export function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'unknown';
}

/** The link's target as text, shortened: shown so staff recognise it, never followed. */
function linkTarget(path: string): string {
  try {
    const t = readlinkSync(path, { encoding: 'buffer' });
    const s = LOSSY.decode(t);
    return s.length > 120 ? `${s.slice(0, 117)}…` : s;
  } catch {
    return '?';
  }
}

export function listDataFolder(dir: string): FolderListing {
  const listing: FolderListing = { reference: new Set(), observations: [], unknownCsv: [], notCsv: [], refused: [] };
  const walk = (abs: string, rel: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(abs, { encoding: 'buffer' });
    } catch (e) {
      listing.refused.push({ file: rel || '.', why: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    const entries = names.map((raw) => {
      let name: string | undefined;
      try {
        name = UTF8.decode(raw);
      } catch {
        name = undefined;
      }
      return { raw, name, shown: name ?? LOSSY.decode(raw) };
    });
    entries.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
    for (const { raw, name, shown } of entries) {
      const relPath = rel ? `${rel}/${shown}` : shown;
      if (name === undefined) {
        listing.refused.push({ file: relPath, why: 'undecodable-name' });
        continue;
      }
      if (name.startsWith('.')) {
        listing.refused.push({ file: relPath, why: 'hidden' });
        continue;
      }
      const full = join(abs, name);
      let st: Stats;
      try {
        st = lstatSync(full);
      } catch (e) {
        listing.refused.push({ file: relPath, why: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? String(e) });
        continue;
      }
      if (st.isSymbolicLink()) {
        listing.refused.push({ file: relPath, why: 'symlink', target: linkTarget(full) });
        continue;
      }
      if (st.isDirectory()) {
        if (!(rel === '' && IGNORED_DIRS.has(name))) walk(full, relPath);
        continue;
      }
      if (!st.isFile()) {
        listing.refused.push({ file: relPath, why: 'not-regular', kind: kindOf(st) });
        continue;
      }
      const isCsv = name.toLowerCase().endsWith('.csv');
      if (relPath.startsWith('observations/')) {
        if (isCsv) listing.observations.push(relPath);
        else listing.notCsv.push(relPath);
      } else if ((REFERENCE_FILES as readonly string[]).includes(relPath)) listing.reference.add(relPath);
      else if (isCsv) listing.unknownCsv.push(relPath);
      // Other files at the top (README.md, notes) are not data: ignored silently.
    }
  };
  walk(dir, '');
  return listing;
}
