/**
 * Incremental builds: a page's key (its Astro `cacheKey`, and the build pass's, export/build-manifest.ts) is a digest
 * of what its page type's `dependencies()` declares (site/page-data.ts; what a unit page reads is listed in
 * unit-page.ts) plus what can reach any page: the reference tables, the contract version and the build settings.
 * tests/site/dependencies.test.ts fails when a page reads a figure its dependencies do not cover. Code is not in the
 * key: Astro hashes each page's module graph, and the build pass keeps a code digest beside the keys.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Observation } from '../schema/observation.ts';
import type { Period } from '../values/period.ts';
import type { SiteModel, WarningEntry } from './model.ts';
import type { Dependencies } from './page-data.ts';
import { dependenciesOf, type KeyedKind } from './registry.ts';
import { baseUrl, siteUrl } from '../export/urls.ts';

/** Bump to rebuild every page once (a change of what the keys cover). */
const KEY_VERSION = 3;

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const warningLines = (list: readonly WarningEntry[]) => list.map((w) => `${w.anchor} ${JSON.stringify(w.problem)}`);

/** A page's key: the digests of exactly what `deps` declares, and of what every page reads. */
export function pageKey(d: KeyDigests, deps: Dependencies): string {
  const m = d.model;
  const f = d.figureDigests();
  const parts = [d.global];
  if (deps.everything) parts.push(`everything ${d.everything()}`);
  for (const id of deps.units) parts.push(`unit ${id} ${f.byUnit.get(id) ?? 'none'}`);
  for (const id of deps.metrics) parts.push(`metric ${id} ${f.byMetric.get(id) ?? 'none'}`);
  for (const id of deps.sources) parts.push(`source ${id} ${f.bySource.get(id) ?? 'none'}`);
  for (const id of deps.unitWarnings) parts.push(`unit warnings ${id}`, ...warningLines(m.warningsForUnit(id)));
  for (const id of deps.sourceWarnings) parts.push(`source warnings ${id}`, ...warningLines(m.warningsForSource(id)));
  parts.push(deps.hasPage === 'all' ? `pages ${f.pages}` : `has page ${deps.hasPage.map((id) => `${id}:${m.hasPage(id) ? 1 : 0}`).join(',')}`);
  if (deps.periodLabels) parts.push(`shared period labels ${f.periodLabels}`);
  if (deps.withFigures) parts.push(`with figures ${f.withFigures}`);
  return sha(parts.join('\n'));
}

/**
 * The digests keys are made of, computed once per build: data files are read and hashed, and figures digested,
 * once; each page's key then picks the ones its dependencies name.
 */
export class KeyDigests {
  readonly model: SiteModel;
  /** What every page reads: the files that are not observation files, the contract, the build settings. */
  readonly global: string;
  private readonly dir: string;
  private readonly fileHashes = new Map<string, string>();
  private figures?: { byUnit: Map<string, string>; byMetric: Map<string, string>; bySource: Map<string, string>; pages: string; periodLabels: string; withFigures: string };
  private all?: string;

  constructor(model: SiteModel, dataDir: string) {
    this.model = model;
    this.dir = dataDir;
    const shared = model.load.files.filter((f) => !isObservationFile(f)).sort();
    const parts = [
      `v${KEY_VERSION}`,
      `contract ${model.load.contract}`,
      `site ${siteUrl()} ${baseUrl()}`,
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

  /** Any figure and any warning: every unit's figures and every warning, wherever it points. */
  everything(): string {
    if (this.all === undefined) {
      const f = this.figureDigests();
      this.all = sha([...[...f.byUnit].map(([id, d]) => `${id} ${d}`), ...warningLines(this.model.warnings)].join('\n'));
    }
    return this.all;
  }

  /**
   * One pass over every figure: a digest per unit, per metric and per source of its figures in dataset order, every
   * field and warning included; and which units have a page, the periods whose label is shared, which units and
   * metrics have figures. A national folder has 4 million figures: each row's shared fields (unit, period, source,
   * quote, note, file, line) are digested once with sha256, and each figure is folded into one pair of words, then
   * into its unit's, metric's and source's running 64-bit digests (`Fold`), far cheaper than hashing a line of text
   * per figure.
   */
  figureDigests() {
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
    const pages = sha(m.pageUnits.map((u) => u.id).join(','));
    const periodLabels = sha(sharedLabels.join(','));
    const withFigures = sha(`units ${[...m.obsByUnit.keys()].join(',')}\nmetrics ${m.metricsWithData().map((x) => x.id).join(',')}`);
    const digests = (map: Map<string, Fold>) => new Map([...map].map(([id, f]) => [id, f.text()]));
    this.figures = { byUnit: digests(byUnit), byMetric: digests(byMetric), bySource: digests(bySource), pages, periodLabels, withFigures };
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

const digests = new WeakMap<SiteModel, KeyDigests>();
/** The key digests of this build (DATA_DIR), made once per model. */
export function keyDigests(model: SiteModel): KeyDigests {
  let d = digests.get(model);
  if (!d) digests.set(model, (d = new KeyDigests(model, process.env.DATA_DIR || 'data')));
  return d;
}

/** The key of a page (its Astro `cacheKey`), from its declared dependencies. */
export function keyOf(model: SiteModel, kind: KeyedKind, id: string): string {
  return pageKey(keyDigests(model), dependenciesOf(model, kind, id));
}
