/**
 * A page's key digests what its page type's `dependencies()` declare (site/page-key.ts), so a page must read nothing
 * else: every page of the test site is built in both languages on a model that records what it reads, and any read its
 * dependencies do not cover fails. Coverage, read by read:
 * - a figure, however reached (`obsByUnit`, `obsByMetric`, `obsBySource`, `byPeriod`), is read when a field other than
 *   its unit, metric and source is (those pick figures out), and is covered when its unit, its metric or its source is
 *   declared; so are its warnings (`warningsFor`);
 * - whether a unit, metric or source has figures (`has`) is covered by declaring it, and for units and metrics (with
 *   their lists, `keys()`) by `withFigures`;
 * - `warningsForUnit` / `warningsForSource` by `unitWarnings` / `sourceWarnings`; `hasPage(u)` by `hasPage` ('all' or
 *   listing u), the list of units with a page by 'all'; the list of periods by `periodLabels`;
 * - every figure, warning or problem at once (iterating a figure map, `load.dataset.observations`, `warnings`,
 *   `load.problems`) by `everything` alone, which covers every read.
 * Reference tables (units, metrics, sources, targets, unit changes) are in every key and are not recorded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder, type LoadResult } from '../../src/lib/dataset/load.ts';
import { LOCALES } from '../../src/lib/i18n/locale.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import type { Dependencies, PageType } from '../../src/lib/site/page-data.ts';
import { buildPage, dependenciesOf, findPage, PAGE_TYPES, pageRefs, type PageRef } from '../../src/lib/site/registry.ts';
import { unitPageType } from '../../src/lib/site/unit-page.ts';
import { computedRates } from '../../src/lib/site/metric-computed.ts';
import { RATES } from '../../src/lib/metrics/rates.ts';
import { compareMetric, compareUnits } from '../../src/lib/site/compare-data.ts';
import type { Unit } from '../../src/lib/schema/unit.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';

type Read =
  | { kind: 'unitHas' | 'metricHas' | 'sourceHas' | 'unitWarnings' | 'sourceWarnings' | 'hasPage'; id: string }
  | { kind: 'figure' | 'figureWarnings'; o: Observation }
  | { kind: 'pages' | 'periods' | 'unitKeys' | 'metricKeys' | 'everything'; what: string };

function covered(r: Read, d: Dependencies): boolean {
  if (d.everything) return true;
  switch (r.kind) {
    case 'figure':
    case 'figureWarnings':
      return d.units.includes(r.o.unit) || d.metrics.includes(r.o.metric) || d.sources.includes(r.o.source);
    case 'unitHas':
      return d.units.includes(r.id) || !!d.withFigures;
    case 'metricHas':
      return d.metrics.includes(r.id) || !!d.withFigures;
    case 'sourceHas':
      return d.sources.includes(r.id);
    case 'unitWarnings':
      return d.unitWarnings.includes(r.id);
    case 'sourceWarnings':
      return d.sourceWarnings.includes(r.id);
    case 'hasPage':
      return d.hasPage === 'all' || d.hasPage.includes(r.id);
    case 'pages':
      return d.hasPage === 'all';
    case 'periods':
      return d.periodLabels;
    case 'unitKeys':
    case 'metricKeys':
      return !!d.withFigures;
    case 'everything':
      return false;
  }
}

const describeRead = (r: Read) => ('id' in r ? `${r.kind} ${r.id}` : 'o' in r ? `${r.kind} ${r.o.unit} ${r.o.metric} ${r.o.source}` : `${r.kind} (${r.what})`);

/** A figure's fields that say which unit, metric and source it is of: reading them to pick figures reads no figure. */
const IDENTITY = new Set<PropertyKey>(['unit', 'metric', 'source']);

/** Figures whose field reads are recorded, one proxy per figure (so identity holds within one model). */
function recordingFigures(read: (r: Read) => void) {
  const proxies = new Map<Observation, Observation>();
  const originals = new Map<Observation, Observation>();
  const lists = new Map<readonly Observation[], Observation[]>();
  const one = (o: Observation) => {
    let p = proxies.get(o);
    if (!p) {
      p = new Proxy(o, { get: (target, k) => (IDENTITY.has(k) || read({ kind: 'figure', o: target }), Reflect.get(target, k)) });
      proxies.set(o, p);
      originals.set(p, o);
    }
    return p;
  };
  return {
    list(l: readonly Observation[] | undefined): Observation[] | undefined {
      if (!l) return l;
      let p = lists.get(l);
      if (!p) lists.set(l, (p = l.map(one)));
      return p;
    },
    original: (o: Observation) => originals.get(o) ?? o,
  };
}

/** A figure map whose reads are recorded: its figures field by field; `has` and `keys()` as which have figures; anything else as every figure. */
function recordingMap(map: Map<string, Observation[]>, read: (r: Read) => void, figures: ReturnType<typeof recordingFigures>, has: 'unitHas' | 'metricHas' | 'sourceHas', keys: Read) {
  return new Proxy(map, {
    get(target, p) {
      if (p === 'get') return (k: string) => figures.list(target.get(k));
      if (p === 'has') return (k: string) => (read({ kind: has, id: k }), target.has(k));
      if (p === 'keys') return () => (read(keys), target.keys());
      if (p === 'size') return read(keys), target.size;
      const v = Reflect.get(target, p, target) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => (read({ kind: 'everything', what: `figure map ${String(p)}` }), (v as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

/** A fresh model of `load` (no memo shared with other pages) whose reads of figures, warnings and pages are recorded. */
function recordingModel(load: LoadResult): { model: SiteModel; reads: Read[] } {
  const model = new SiteModel(load);
  // The rates the portal computes, made once for every rate before anything is recorded (see pageOutput).
  computedRates(model, RATES[0]!.rate);
  const reads: Read[] = [];
  const read = (r: Read) => void reads.push(r);
  const m = model as unknown as Record<string, unknown>;
  const figures = recordingFigures(read);
  m.obsByUnit = recordingMap(model.obsByUnit, read, figures, 'unitHas', { kind: 'unitKeys', what: 'obsByUnit keys' });
  m.obsByMetric = recordingMap(model.obsByMetric, read, figures, 'metricHas', { kind: 'metricKeys', what: 'obsByMetric keys' });
  m.obsBySource = recordingMap(model.obsBySource, read, figures, 'sourceHas', { kind: 'everything', what: 'obsBySource keys' });
  const hasPage = model.hasPage.bind(model);
  const warningsFor = model.warningsFor.bind(model);
  const warningsForUnit = model.warningsForUnit.bind(model);
  const warningsForSource = model.warningsForSource.bind(model);
  m.hasPage = (id: string) => (read({ kind: 'hasPage', id }), hasPage(id));
  m.warningsFor = (o: Observation) => (read({ kind: 'figureWarnings', o: figures.original(o) }), warningsFor(figures.original(o)));
  m.warningsForUnit = (id: string) => (read({ kind: 'unitWarnings', id }), warningsForUnit(id));
  m.warningsForSource = (id: string) => (read({ kind: 'sourceWarnings', id }), warningsForSource(id));
  const field = (name: string, r: Read) => {
    const value = m[name];
    Object.defineProperty(model, name, { get: () => (read(r), value) });
  };
  field('warnings', { kind: 'everything', what: 'warnings' });
  field('pageUnits', { kind: 'pages', what: 'pageUnits' });
  field('periods', { kind: 'periods', what: 'periods' });
  const dataset = new Proxy(load.dataset, {
    get: (target, p) => (p === 'observations' && read({ kind: 'everything', what: 'load.dataset.observations' }), Reflect.get(target, p)),
  });
  m.load = new Proxy(load, {
    get: (target, p) => (p === 'dataset' ? dataset : (p === 'problems' && read({ kind: 'everything', what: 'load.problems' }), Reflect.get(target, p))),
  });
  return { model, reads };
}

let readCount = 0;
/** The reads of `output` on a recording model that `deps` do not cover, each once. */
function uncovered(load: LoadResult, deps: Dependencies, output: (model: SiteModel) => void): string[] {
  const { model, reads } = recordingModel(load);
  output(model);
  readCount += reads.length;
  return [...new Set(reads.filter((r) => !covered(r, deps)).map(describeRead))];
}

/**
 * What a page shows on a model: both languages of its registry page (the home, unit and metric pages show their page
 * data only, tests/build/structure.test.ts). Not the rates the portal computes (site/metric-computed.ts): made once for every
 * rate, they read every count, and are made before the model records (`recordingModel`); that each rate's rows
 * follow its own counts only is tested on the rows themselves (src/lib/site/page-key.test.ts).
 */
function pageOutput(ref: PageRef) {
  return (model: SiteModel) => {
    buildPage(model, ref);
  };
}

let load: LoadResult;
let model: SiteModel;
beforeAll(() => {
  load = loadDataFolder('tests/site-fixture');
  model = new SiteModel(load);
});

describe('every page reads only what its dependencies declare', () => {
  it('each page of the registry, in both languages', () => {
    const refs = [...pageRefs(model)];
    expect(new Set(refs.map((r) => r.type.kind))).toEqual(new Set(PAGE_TYPES.map((t) => t.kind)));
    readCount = 0;
    const failures = refs.flatMap((ref) => uncovered(load, ref.type.dependencies(model, ref.item), pageOutput(ref)).map((r) => `${ref.type.kind} ${ref.id}: ${r}`));
    expect(failures).toEqual([]);
    // The recording sees the pages' reads (a unit page without figures reads none).
    expect(readCount).toBeGreaterThan(1000);
  });

  it("the comparison picker's files", () => {
    expect(uncovered(load, dependenciesOf(model, 'compare-units', ''), (m) => compareUnits(m))).toEqual([]);
    for (const metric of model.metricsWithData()) {
      expect(uncovered(load, dependenciesOf(model, 'metric', metric.id), (m) => compareMetric(m, metric.id)), metric.id).toEqual([]);
    }
  });

  it('fails a unit page whose dependencies leave out its lineage', () => {
    const dropLineage: PageType<Unit, unknown> = { ...unitPageType, dependencies: (m, u) => ({ ...unitPageType.dependencies(m, u), units: [u.id] }) };
    const ref = findPage(model, 'unit', 'ho-chi-minh')!;
    const missing = uncovered(load, dropLineage.dependencies(model, ref.item as Unit), pageOutput({ ...ref, type: dropLineage as PageType<unknown, unknown> }));
    expect(missing.some((r) => r.startsWith('figure ho-chi-minh-2025 '))).toBe(true);
    // The same page with its declared dependencies passes.
    expect(uncovered(load, ref.type.dependencies(model, ref.item), pageOutput(ref))).toEqual([]);
  });

  it('fails a metric page that reads every figure', () => {
    const ref = findPage(model, 'metric', 'pct_online')!;
    const deps = ref.type.dependencies(model, ref.item);
    expect(uncovered(load, deps, (m) => m.load.dataset.observations.length)).toEqual(['everything (load.dataset.observations)']);
    expect(uncovered(load, { ...deps, everything: true }, (m) => m.load.dataset.observations.length)).toEqual([]);
  });
});
