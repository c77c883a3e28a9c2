/**
 * Incremental builds: the `cacheKey` of the pages that grow with the data (Astro's `experimental.incrementalBuild`):
 * unit, metric and source pages and the comparison picker's JSON files. When a page's key and code are the same as
 * in the previous build, Astro keeps the page it wrote then, and the build pass keeps the embed pages and
 * downloads of its charts (see `export/build-manifest.ts`).
 *
 * Each key is a digest of everything the page and its charts read, so a kept page is byte for byte what a full
 * build would write (the build date aside: a kept page keeps the day it was made, the day its figures last changed).
 * A unit page's key covers:
 * - every data file that is not an observation file (units, metrics, sources, targets, aliases, unit changes): a
 *   change there can reach any page, so it changes every key;
 * - the unit's figures and those of the units in its lineage, field by field (value, cell as written, period,
 *   source, quote, note, locator, file, line, column) with their warnings: a corrected figure renders one unit's pages again,
 *   not those of every unit in its province's file (a row inserted above moves the lines below, and those units'
 *   pages, whose downloads cite the line, are rendered again too);
 * - the warnings about the unit, which page-wide checks may raise from another file;
 * - which of its parent, children and lineage have a page (links appear when a neighbour gets its first figure);
 * - what the build is told from outside: site URL, base path, PNGs on or off.
 * A metric page or a metric's JSON file reads every figure of the metric, wherever it is: its key covers those
 * figures in the same way (not their files: one province's file holds figures of every metric); a source page
 * likewise the figures taken from the source. Both also cover the reference tables and outside settings
 * above, which units have a page, and the periods whose label is shared (their links spell the dates out).
 * Code is not in the key: Astro hashes each page's module graph and the lockfile itself, and the build pass keeps a
 * digest of the code beside the keys (build/code-digest.ts). Pinned embeds archived in public/ are not either: the
 * build pass never writes them, Astro copies them, and the manifest keeps them.
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
import { RATES } from '../metrics/rates.ts';

/** Bump to rebuild every unit page once (a change of what the key covers). */
const KEY_VERSION = 2;

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

export class PageKeys {
  private readonly model: SiteModel;
  private readonly dir: string;
  private readonly fileHashes = new Map<string, string>();
  private readonly global: string;
  private figures?: { byUnit: Map<string, string>; byMetric: Map<string, string>; bySource: Map<string, string>; shared: string };

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
    const figures = this.figureDigests().byUnit;
    const neighbours = [unit.parent ?? '', ...(m.children.get(unit.id) ?? []).map((c) => c.id), ...lineage];
    const parts = [
      this.global,
      ...[unit.id, ...lineage].map((id) => `${id} ${figures.get(id) ?? 'none'}`),
      neighbours.map((id) => `${id}:${m.hasPage(id) ? 1 : 0}`).join(','),
      ...m.warningsForUnit(unit.id).map((w) => `${w.anchor} ${JSON.stringify(w.problem)}`),
    ];
    return sha(parts.join('\n'));
  }

  /**
   * A metric page's key, and its comparison JSON's: every figure of the metric and, for a rate, of the counts it is
   * computed from (the page lists the portal's computations, site/metric-computed.ts).
   */
  metric(metricId: string): string {
    const f = this.figureDigests();
    const def = RATES.find((r) => r.rate === metricId);
    const inputs = def ? [...new Set([...def.numerators.flat(), ...def.denominators.flat()])].sort() : [];
    return sha([`${this.global}\n${f.shared}\nmetric ${metricId} ${f.byMetric.get(metricId) ?? 'none'}`, ...inputs.map((id) => `count ${id} ${f.byMetric.get(id) ?? 'none'}`)].join('\n'));
  }

  /** A source page's key: every figure taken from the source, and the warnings the page lists about them. */
  source(sourceId: string): string {
    const f = this.figureDigests();
    const warnings = this.model.warningsForSource(sourceId).map((w) => `${w.anchor} ${JSON.stringify(w.problem)}`);
    return sha([this.global, f.shared, `source ${sourceId} ${f.bySource.get(sourceId) ?? 'none'}`, ...warnings].join('\n'));
  }

  /**
   * A key for pages that may show any figure (home, indices, comparison, index rankings): every unit's figures and
   * what metric pages share. Any corrected figure changes it.
   */
  everything(): string {
    const f = this.figureDigests();
    return sha([this.global, f.shared, ...[...f.byUnit].map(([id, d]) => `${id} ${d}`)].join('\n'));
  }

  /** The comparison picker's unit list: the units with figures and the metrics with figures. */
  compareUnits(): string {
    const m = this.model;
    return sha(`${this.global}\nunits ${[...m.obsByUnit.keys()].join(',')}\nmetrics ${m.metricsWithData().map((x) => x.id).join(',')}`);
  }

  /**
   * One pass over every figure: a digest per unit, per metric and per source of its figures in dataset order, every
   * field and warning included; and what metric and source pages share (which units have a page, the periods whose
   * label is shared). A national folder has 4 million figures: each row's shared fields (unit, period, source, quote,
   * note, file, line) are digested once with sha256, and each figure is folded into one pair of words, then into its
   * unit's, metric's and source's running 64-bit digests (`Fold`): ≈ 3 s, where hashing a line of text per figure
   * took tens of seconds.
   */
  private figureDigests() {
    if (this.figures) return this.figures;
    const m = this.model;
    const words = new TextWords();
    const columns = new RecentWords(words);
    const periodText = new Map<Period, string>();
    const byUnit = new Map<string, Fold>();
    const byMetric = new Map<string, Fold>();
    const bySource = new Map<string, Fold>();
    const fold = (map: Map<string, Fold>, id: string) => {
      let f = map.get(id);
      if (!f) map.set(id, (f = new Fold()));
      return f;
    };
    const value = new Float64Array(1);
    const valueWords = new Int32Array(value.buffer);
    let row: Observation | undefined;
    let lastColumn: string | undefined;
    const figure = new Fold();
    let lastUnit: string | undefined;
    let unitFold = figure;
    let lastSource: string | undefined;
    let sourceFold = figure;
    let column = NONE;
    let r0 = 0;
    let r1 = 0;
    const sameRow = (a: Observation, b: Observation) =>
      a.line === b.line && a.file === b.file && a.unit === b.unit && a.unitAsWritten === b.unitAsWritten && a.period === b.period && a.source === b.source && a.quote === b.quote && a.note === b.note && a.locator === b.locator;
    for (const o of m.load.dataset.observations) {
      if (!row || !sameRow(row, o)) {
        row = o;
        let p = periodText.get(o.period);
        if (p === undefined) periodText.set(o.period, (p = JSON.stringify(o.period)));
        const d = createHash('sha256').update(`${o.unit}\t${o.unitAsWritten}\t${p}\t${o.source}\t${o.quote ?? '\0'}\t${o.note ?? '\0'}\t${o.locator ?? '\0'}\t${o.file}\t${o.line}`).digest();
        r0 = d.readInt32LE(0);
        r1 = d.readInt32LE(4);
      }
      value[0] = o.value;
      if (o.column !== lastColumn) column = columns.of((lastColumn = o.column));
      const warnings = m.warningsFor(o);
      const w = warnings.length ? words.of(warnings.map((x) => `${x.anchor} ${JSON.stringify(x.problem)}`).join('\t')) : NONE;
      // The figure as one pair of words, folded into its unit's, metric's and source's digests.
      figure.reset();
      figure.add(r0, r1);
      figure.add(valueWords[0]!, valueWords[1]!);
      figure.addText(o.raw);
      figure.add(column[0], column[1]);
      figure.add(w[0], w[1]);
      if (o.unit !== lastUnit) unitFold = fold(byUnit, (lastUnit = o.unit));
      if (o.source !== lastSource) sourceFold = fold(bySource, (lastSource = o.source));
      unitFold.addFigure(figure);
      fold(byMetric, o.metric).addFigure(figure);
      sourceFold.addFigure(figure);
    }
    const labels = new Map<string, number>();
    for (const p of m.periods) labels.set(p.label, (labels.get(p.label) ?? 0) + 1);
    const sharedLabels = m.periods.filter((p) => labels.get(p.label)! > 1).map((p) => `${p.label}~${p.start}~${p.end}`);
    const shared = sha(`pages ${m.pageUnits.map((u) => u.id).join(',')}\nshared period labels ${sharedLabels.join(',')}`);
    const digests = (map: Map<string, Fold>) => new Map([...map].map(([id, f]) => [id, f.text()]));
    this.figures = { byUnit: digests(byUnit), byMetric: digests(byMetric), bySource: digests(bySource), shared };
    return this.figures;
  }
}

type Words = readonly [number, number];
const NONE: Words = [0, 0];

/**
 * TextWords for the few strings a loop cycles through (a wide row's column names), found by a scan of the last 64
 * instead of a Map lookup, which hashes the string's text again each time here.
 */
class RecentWords {
  private readonly keys: string[] = [];
  private readonly values: Words[] = [];
  private readonly words: TextWords;
  constructor(words: TextWords) {
    this.words = words;
  }
  of(s: string): Words {
    const i = this.keys.indexOf(s);
    if (i >= 0) return this.values[i]!;
    if (this.keys.length >= 64) {
      this.keys.shift();
      this.values.shift();
    }
    const w = this.words.of(s);
    this.keys.push(s);
    this.values.push(w);
    return w;
  }
}

/** Two 32-bit words of a string's sha256, remembered per string (figures repeat the same few cells and columns). */
class TextWords {
  private readonly cache = new Map<string, Words>();
  of(s: string): Words {
    let w = this.cache.get(s);
    if (!w) {
      const d = createHash('sha256').update(s).digest();
      this.cache.set(s, (w = [d.readInt32LE(0), d.readInt32LE(4)]));
    }
    return w;
  }
}

/**
 * A running 64-bit digest of a sequence of words (two lanes of MurmurHash3's 32-bit mixing, seeded differently),
 * order-dependent: a detector of changed figures, not a defence against forgery.
 */
class Fold {
  private a = 0x2545f491;
  private b = 0x6c8e9cf5;
  private count = 0;
  reset(): void {
    this.a = 0x2545f491;
    this.b = 0x6c8e9cf5;
    this.count = 0;
  }
  /** Another fold's state, as one element of this sequence. */
  addFigure(f: Fold): void {
    this.add(f.a, f.b);
    this.count++;
  }
  add(x: number, y: number): void {
    this.a = step(this.a, x);
    this.b = step(this.b, y ^ 0x5bd1e995);
    this.a = step(this.a, y);
    this.b = step(this.b, x ^ 0x27d4eb2f);
  }
  /** A short text (a cell as written), character by character. */
  addText(s: string): void {
    this.add(s.length, 0x3c6ef372);
    for (let i = 0; i < s.length; i += 2) this.add(s.charCodeAt(i), i + 1 < s.length ? s.charCodeAt(i + 1) : -1);
  }
  text(): string {
    return `${(this.a >>> 0).toString(16)}${(this.b >>> 0).toString(16)}:${this.count}`;
  }
}

function step(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export const isObservationFile = (file: string) => /^observations[\\/]/.test(file);

let keys: { model: SiteModel; keys: PageKeys } | undefined;
/** The page keys of this build (DATA_DIR): data files are read and hashed, and figures digested, once per build. */
export function pageKeys(model: SiteModel): PageKeys {
  if (keys?.model !== model) keys = { model, keys: new PageKeys(model, process.env.DATA_DIR || 'data') };
  return keys.keys;
}
