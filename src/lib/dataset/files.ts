/** Which files of the data folder the contract reads, and which it ignores (with a warning where useful). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const REFERENCE_FILES = ['units.csv', 'unit-aliases.csv', 'unit-changes.csv', 'metrics.csv', 'sources.csv', 'targets.csv'] as const;
export const REQUIRED_FILES = ['units.csv', 'metrics.csv', 'sources.csv'] as const;
/** Folders that belong to the data folder but hold no data: blank templates for staff. */
const IGNORED_DIRS = new Set(['templates']);

export interface FolderListing {
  reference: Set<string>;
  observations: string[];
  unknownCsv: string[];
  notCsv: string[];
}

const posix = (p: string) => p.split(sep).join('/');

export function listDataFolder(dir: string): FolderListing {
  const listing: FolderListing = { reference: new Set(), observations: [], unknownCsv: [], notCsv: [] };
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(abs, name);
      const rel = posix(relative(dir, full));
      if (statSync(full).isDirectory()) {
        if (!(abs === dir && IGNORED_DIRS.has(name))) walk(full);
        continue;
      }
      const isCsv = name.toLowerCase().endsWith('.csv');
      if (rel.startsWith('observations/')) {
        if (isCsv) listing.observations.push(rel);
        else listing.notCsv.push(rel);
      } else if ((REFERENCE_FILES as readonly string[]).includes(rel)) listing.reference.add(rel);
      else if (isCsv) listing.unknownCsv.push(rel);
      // Other files at the top (README.md, notes) are not data: ignored silently.
    }
  };
  walk(dir);
  return listing;
}
