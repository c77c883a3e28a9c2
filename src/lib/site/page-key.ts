/**
 * Incremental builds: the `cacheKey` of the pages that grow with the data (Astro's `experimental.incrementalBuild`):
 * unit, metric and source pages and the comparison picker's JSON files. When a page's key and code are the same as
 * in the previous build, Astro keeps the page it wrote then, and the export writer keeps the embed pages and
 * downloads of its charts (see `export/build-manifest.ts`).
 *
 * Each key is a digest of everything the page and its charts read, so a kept page is byte for byte what a full
 * build would write (the build date aside: a kept page keeps the day it was made, the day its figures last changed).
 * A unit page's key covers:
 * - every data file that is not an observation file (units, metrics, sources, targets, aliases, unit changes): a
 *   change there can reach any page, so it changes every key;
 * - the observation files holding a figure of the unit or of a unit in its lineage (a commune's are its province's
 *   files, so a province's new CSV rebuilds that province's pages only);
 * - the warnings about the unit, which page-wide checks may raise from another file;
 * - which of its parent, children and lineage have a page (links appear when a neighbour gets its first figure);
 * - what the build is told from outside: site URL, base path, PNGs on or off.
 * A metric page or a metric's JSON file reads every figure of the metric, wherever it is: its key covers those
 * figures field by field (not their files: one province's file holds figures of every metric), with their warnings;
 * a source page likewise the figures taken from the source. Both also cover the reference tables and outside settings
 * above, which units have a page, and the periods whose label is shared (their links spell the dates out).
 * Code is not in the key: Astro hashes each page's module graph and the lockfile itself. Pinned embeds archived in
 * public/ are not either: Astro copies them over the writer's identical files, and the manifest keeps them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Unit } from '../schema/unit.ts';
import type { Observation } from '../schema/observation.ts';
import type { Period } from '../values/period.ts';
import type { SiteModel } from './model.ts';
import { pngEnabled } from '../export/catalog.ts';
import { baseUrl, siteUrl } from '../export/urls.ts';

/** Bump to rebuild every unit page once (a change of what the key covers). */
const KEY_VERSION = 2;

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

export class PageKeys {
  private readonly model: SiteModel;
  private readonly dir: string;
  private readonly fileHashes = new Map<string, string>();
  private readonly global: string;
  private figures?: { byMetric: Map<string, string>; bySource: Map<string, string>; shared: string };

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
  unit(unit: Unit): string {
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

  /** A metric page's key, and its comparison JSON's: every figure of the metric. */
  metric(metricId: string): string {
    const f = this.figureDigests();
    return sha(`${this.global}\n${f.shared}\nmetric ${metricId} ${f.byMetric.get(metricId) ?? 'none'}`);
  }

  /** A source page's key: every figure taken from the source. */
  source(sourceId: string): string {
    const f = this.figureDigests();
    return sha(`${this.global}\n${f.shared}\nsource ${sourceId} ${f.bySource.get(sourceId) ?? 'none'}`);
  }

  /** The comparison picker's unit list: the units with figures and the metrics with figures. */
  compareUnits(): string {
    const m = this.model;
    return sha(`${this.global}\nunits ${[...m.obsByUnit.keys()].join(',')}\nmetrics ${m.metricsWithData().map((x) => x.id).join(',')}`);
  }

  /**
   * One pass over every figure: a digest per metric and per source of the figures in dataset order, every field
   * and warning included; and what those pages share (which units have a page, the periods whose label is shared).
   */
  private figureDigests() {
    if (this.figures) return this.figures;
    const m = this.model;
    const periodText = new Map<Period, string>();
    const byMetric = new DigestsById();
    const bySource = new DigestsById();
    const lineOf = (o: Observation): string => {
      let p = periodText.get(o.period);
      if (p === undefined) periodText.set(o.period, (p = JSON.stringify(o.period)));
      const warnings = m.warningsFor(o);
      const w = warnings.length ? warnings.map((x) => `${x.anchor} ${JSON.stringify(x.problem)}`).join('\t') : '';
      return `${o.unit}\t${o.unitAsWritten}\t${p}\t${o.metric}\t${o.value}\t${o.raw}\t${o.source}\t${o.quote ?? '\0'}\t${o.note ?? '\0'}\t${o.file}\t${o.line}\t${o.column}\t${w}`;
    };
    for (const o of m.load.dataset.observations) {
      const line = lineOf(o);
      byMetric.add(o.metric, line);
      bySource.add(o.source, line);
    }
    const labels = new Map<string, number>();
    for (const p of m.periods) labels.set(p.label, (labels.get(p.label) ?? 0) + 1);
    const sharedLabels = m.periods.filter((p) => labels.get(p.label)! > 1).map((p) => `${p.label}~${p.start}~${p.end}`);
    const shared = sha(`pages ${m.pageUnits.map((u) => u.id).join(',')}\nshared period labels ${sharedLabels.join(',')}`);
    this.figures = { byMetric: byMetric.digests(), bySource: bySource.digests(), shared };
    return this.figures;
  }
}

/**
 * A sha256 per id of the lines added under it, in order. Lines wait in small batches: millions of one-line hash
 * updates cost more than the hashing, and holding every line of a national folder would cost gigabytes.
 */
class DigestsById {
  private readonly open = new Map<string, { hash: ReturnType<typeof createHash>; lines: string[] }>();
  add(id: string, line: string): void {
    let d = this.open.get(id);
    if (!d) this.open.set(id, (d = { hash: createHash('sha256'), lines: [] }));
    if (d.lines.push(line) >= 256) {
      d.hash.update(`${d.lines.join('\n')}\n`);
      d.lines = [];
    }
  }
  digests(): Map<string, string> {
    return new Map([...this.open].map(([id, d]) => [id, d.hash.update(`${d.lines.join('\n')}\n`).digest('hex')]));
  }
}

export const isObservationFile = (file: string) => /^observations[\\/]/.test(file);

let keys: { model: SiteModel; keys: PageKeys } | undefined;
/** The page keys of this build (DATA_DIR): data files are read and hashed, and figures digested, once per build. */
export function pageKeys(model: SiteModel): PageKeys {
  if (keys?.model !== model) keys = { model, keys: new PageKeys(model, process.env.DATA_DIR || 'data') };
  return keys.keys;
}
