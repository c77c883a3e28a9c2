/**
 * Pinned embeds stay published: after a deployment build, copy every versioned embed folder of dist/
 * (`embed/v/<hash>/<key>/` and `en/embed/v/<hash>/<key>/`: index.html; self-contained but for its data) and every
 * pinned data file (`data/charts/v/<fhash>/<key>.csv`, shared by both languages' pinned pages) into `public/`, and
 * commit it. Astro copies public/ into every later build, so a pinned URL keeps answering with the same bytes after
 * the data moves on; the build skips what is already archived (`listArchived`, export/writer.ts). Folders archived
 * before format 5 hold their own data.csv, and keep it.
 *
 *   npm run archive-embeds -- [dist] [public]
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EMBED_ROOTS = ['embed/v', 'en/embed/v'];
const DATA_ROOT = 'data/charts/v';

export function archiveDir(): string {
  return resolve(process.env.EMBED_ARCHIVE_DIR || 'public');
}

/**
 * The pinned outputs of a folder (a build or the archive), relative to it: `embed/v/<hash>/<key>/` for a pinned
 * page's folder (with its index.html), `data/charts/v/<fhash>/<key>.csv` for pinned data.
 */
export function* archivedPins(dir: string): Generator<string> {
  for (const prefix of EMBED_ROOTS) {
    const root = join(dir, prefix);
    if (!existsSync(root)) continue;
    for (const hash of readdirSync(root)) {
      for (const key of readdirSync(join(root, hash))) if (existsSync(join(root, hash, key, 'index.html'))) yield `${prefix}/${hash}/${key}/`;
    }
  }
  const data = join(dir, DATA_ROOT);
  if (!existsSync(data)) return;
  for (const hash of readdirSync(data)) for (const file of readdirSync(join(data, hash))) if (file.endsWith('.csv')) yield `${DATA_ROOT}/${hash}/${file}`;
}

/** Copy new pinned embeds and data from a build into the archive; existing ones are never touched. Returns what was added. */
export function archiveVersionedEmbeds(distDir: string, dir = archiveDir()): string[] {
  const have = new Set(archivedPins(dir));
  const added: string[] = [];
  for (const rel of archivedPins(distDir)) {
    if (have.has(rel)) continue;
    cpSync(join(distDir, rel), join(dir, rel), { recursive: true, errorOnExist: true, force: false });
    added.push(rel.replace(/\/$/, ''));
  }
  return added;
}
