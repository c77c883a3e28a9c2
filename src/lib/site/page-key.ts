/**
 * Incremental builds: the `cacheKey` of a unit page (Astro's `experimental.incrementalBuild`). When a unit's key and
 * the page's code are the same as in the previous build, Astro keeps the page it wrote then, and the export writer
 * keeps the embed pages and downloads of its charts (see `export/build-manifest.ts`).
 *
 * The key is a digest of everything a unit page and its charts read, so a kept page is byte for byte what a full
 * build would write (the build date aside: a kept page keeps the day it was made, the day its figures last changed):
 * - every data file that is not an observation file (units, metrics, sources, targets, aliases, unit changes): a
 *   change there can reach any page, so it changes every key;
 * - the observation files holding a figure of the unit or of a unit in its lineage (a commune's are its province's
 *   files, so a province's new CSV rebuilds that province's pages only);
 * - the warnings about the unit, which page-wide checks may raise from another file;
 * - which of its parent, children and lineage have a page (links appear when a neighbour gets its first figure);
 * - what the build is told from outside: site URL, base path, PNGs on or off.
 * Code is not in the key: Astro hashes each page's module graph and the lockfile itself. Pinned embeds archived in
 * public/ are not either: Astro copies them over the writer's identical files, and the manifest keeps them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Unit } from '../schema/unit.ts';
import type { SiteModel } from './model.ts';
import { pngEnabled } from '../export/catalog.ts';
import { baseUrl, siteUrl } from '../export/urls.ts';

/** Bump to rebuild every unit page once (a change of what the key covers). */
const KEY_VERSION = 1;

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

export class UnitPageKeys {
  private readonly model: SiteModel;
  private readonly dir: string;
  private readonly fileHashes = new Map<string, string>();
  private readonly global: string;

  constructor(model: SiteModel, dataDir: string) {
    this.model = model;
    this.dir = dataDir;
    const shared = model.load.files.filter((f) => !isObservationFile(f)).sort();
    const parts = [
      `v${KEY_VERSION}`,
      `contract ${model.load.contract}`,
      `site ${siteUrl()} ${baseUrl()}`,
      `png ${pngEnabled()}`,
      ...shared.map((f) => `${f} ${this.fileHash(f)}`),
    ];
    this.global = sha(parts.join('\n'));
  }

  private fileHash(file: string): string {
    let h = this.fileHashes.get(file);
    if (h === undefined) {
      try {
        h = sha(readFileSync(join(this.dir, file)));
      } catch {
        h = 'unreadable';
      }
      this.fileHashes.set(file, h);
    }
    return h;
  }

  /** The unit page's key (the same for its Vietnamese and English page). */
  key(unit: Unit): string {
    const m = this.model;
    const { before, after } = m.lineage(unit.id);
    const lineage = [...before.map((c) => c.from), ...after.map((c) => c.to)];
    const files = new Set<string>();
    for (const id of [unit.id, ...lineage]) for (const o of m.obsByUnit.get(id) ?? []) files.add(o.file);
    const neighbours = [unit.parent ?? '', ...(m.children.get(unit.id) ?? []).map((c) => c.id), ...lineage];
    const parts = [
      this.global,
      ...[...files].sort().map((f) => `${f} ${this.fileHash(f)}`),
      neighbours.map((id) => `${id}:${m.hasPage(id) ? 1 : 0}`).join(','),
      ...m.warningsForUnit(unit.id).map((w) => `${w.anchor} ${JSON.stringify(w.problem)}`),
    ];
    return sha(parts.join('\n'));
  }
}

export const isObservationFile = (file: string) => /^observations[\\/]/.test(file);

let keys: { model: SiteModel; keys: UnitPageKeys } | undefined;
/** The keys of this build's units (DATA_DIR): data files are read and hashed once per build. */
export function unitPageKeys(model: SiteModel): UnitPageKeys {
  if (keys?.model !== model) keys = { model, keys: new UnitPageKeys(model, process.env.DATA_DIR || 'data') };
  return keys.keys;
}
