/**
 * Pinned embeds stay published: after a deployment build, copy every versioned embed folder of dist/
 * (`embed/v/<hash>/<key>/` and `en/embed/v/<hash>/<key>/`: index.html, data.csv; self-contained) into
 * `public/`, and commit it. Astro copies public/ into every later build, so a pinned URL keeps answering with the
 * same bytes after the data moves on; the versioned routes skip hashes already archived (`isArchived`).
 *
 *   npm run archive-embeds -- [dist] [public]
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../i18n/locale.ts';

const PREFIX: Record<Locale, string> = { vi: 'embed/v', en: 'en/embed/v' };

export function archiveDir(): string {
  return resolve(process.env.EMBED_ARCHIVE_DIR || 'public');
}

/** True when this pinned embed is already in the archive (then the build must not generate it again). */
export function isArchived(l: Locale, hash: string, key: string, dir = archiveDir()): boolean {
  return existsSync(join(dir, PREFIX[l], hash, key, 'index.html'));
}

/** Copy new pinned embeds from a build into the archive; existing ones are never touched. Returns what was added. */
export function archiveVersionedEmbeds(distDir: string, dir = archiveDir()): string[] {
  const added: string[] = [];
  for (const l of ['vi', 'en'] as const) {
    const from = join(distDir, PREFIX[l]);
    if (!existsSync(from)) continue;
    for (const hash of readdirSync(from)) {
      for (const key of readdirSync(join(from, hash))) {
        if (isArchived(l, hash, key, dir)) continue;
        const rel = join(PREFIX[l], hash, key);
        cpSync(join(from, hash, key), join(dir, rel), { recursive: true, errorOnExist: true, force: false });
        added.push(rel);
      }
    }
  }
  return added;
}
