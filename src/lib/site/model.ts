/**
 * The dataset indexed the way pages read it: figures by unit, metric and source; which units get a page; warnings
 * tied to the figures they concern. Built once per build from `siteData()`.
 */
import { BoundedCache } from '../util/bounded-cache.ts';
import type { LoadResult } from '../dataset/load.ts';
import type { Observation } from '../schema/observation.ts';
import type { Unit } from '../schema/unit.ts';
import type { Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import type { Target } from '../schema/target.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import type { Problem } from '../problems/problem.ts';
import { normName } from '../text/similar.ts';
import { periodKey, type Period } from '../values/period.ts';
import { comparePeriods, uniquePeriods } from '../metrics/periods.ts';
import { drawsOver } from '../metrics/preferred.ts';
import { fmtDate } from '../i18n/format.ts';
import { inLocale, type Locale } from '../i18n/locale.ts';
import { builtOnce, siteData } from './data.ts';
import { slug } from '../text/slug.ts';
import { tf } from '../i18n/strings.ts';

export interface WarningEntry {
  problem: Problem;
  /** Stable anchor on the data-quality page. */
  anchor: string;
  /** Figures the warning is about (same file and line; same column when the column is a metric column). */
  figures: Observation[];
  units: string[];
  sources: string[];
}

const LEVEL_ORDER: Record<string, number> = { nation: 0, province: 1, district: 2, commune: 3, agency: 4, centre: 5, aggregate: 6 };

/** The list under `k`, made empty the first time. */
function listOf<K, V>(m: Map<K, V[]>, k: K): V[] {
  let l = m.get(k);
  if (!l) m.set(k, (l = []));
  return l;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => void listOf(m, k).push(v);

export { slug };

export class SiteModel {
  readonly load: LoadResult;
  readonly units = new Map<string, Unit>();
  readonly metrics = new Map<string, Metric>();
  readonly sources = new Map<string, Source>();
  readonly obsByUnit = new Map<string, Observation[]>();
  readonly obsByMetric = new Map<string, Observation[]>();
  readonly obsBySource = new Map<string, Observation[]>();
  readonly targetsByUnit = new Map<string, Target[]>();
  readonly targetsByMetric = new Map<string, Target[]>();
  readonly targetsBySource = new Map<string, Target[]>();
  readonly changesBySource = new Map<string, UnitChange[]>();
  readonly children = new Map<string, Unit[]>();
  readonly warnings: WarningEntry[] = [];
  private readonly warningsByFigure = new Map<Observation, WarningEntry[]>();
  private readonly warningsByUnitId = new Map<string, WarningEntry[]>();
  private readonly warningsBySourceId = new Map<string, WarningEntry[]>();
  private readonly sharedNames = new Set<string>();
  /** Units that get a page: any with figures or targets, every province, the nation. */
  readonly pageUnits: Unit[];
  private readonly pageIds: Set<string>;
  readonly periods: Period[];

  constructor(load: LoadResult) {
    this.load = load;
    const ds = load.dataset;
    for (const u of ds.units) this.units.set(u.id, u);
    for (const m of ds.metrics) this.metrics.set(m.id, m);
    for (const s of ds.sources) this.sources.set(s.id, s);
    // A row's figures share its unit and source: their lists are looked up again only when those change.
    let unit: string | undefined;
    let source: string | undefined;
    let ofUnit: Observation[] = [];
    let ofSource: Observation[] = [];
    for (const o of ds.observations) {
      if (o.unit !== unit) ofUnit = listOf(this.obsByUnit, (unit = o.unit));
      if (o.source !== source) ofSource = listOf(this.obsBySource, (source = o.source));
      ofUnit.push(o);
      ofSource.push(o);
      push(this.obsByMetric, o.metric, o);
    }
    for (const t of ds.targets) {
      push(this.targetsByUnit, t.unit, t);
      push(this.targetsByMetric, t.metric, t);
      push(this.targetsBySource, t.source, t);
    }
    for (const c of ds.changes) if (c.source) push(this.changesBySource, c.source, c);
    for (const u of ds.units) if (u.parent) push(this.children, u.parent, u);
    const names = new Map<string, number>();
    for (const u of ds.units) names.set(normName(u.name), (names.get(normName(u.name)) ?? 0) + 1);
    for (const [n, c] of names) if (c > 1) this.sharedNames.add(n);

    const withPage = ds.units.filter((u) => this.obsByUnit.has(u.id) || this.targetsByUnit.has(u.id) || u.level === 'province' || u.level === 'nation');
    this.pageUnits = withPage.sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
    this.pageIds = new Set(this.pageUnits.map((u) => u.id));
    this.periods = uniquePeriods(ds.observations.map((o) => o.period));
    this.indexWarnings(load.problems);
  }

  private indexWarnings(problems: readonly Problem[]) {
    // The figures on the warnings' lines, found by file and line: a few warnings against millions of figures.
    const warned = new Map<string, Map<number, Observation[]>>();
    for (const p of problems) {
      if (p.severity !== 'warning') continue;
      let lines = warned.get(p.file);
      if (!lines) warned.set(p.file, (lines = new Map()));
      lines.set(p.line, []);
    }
    let file: string | undefined;
    let lines: Map<number, Observation[]> | undefined;
    for (const o of this.load.dataset.observations) {
      if (o.file !== file) lines = warned.get((file = o.file));
      lines?.get(o.line)?.push(o);
    }
    const metricIds = new Set(this.metrics.keys());
    const seen = new Map<string, number>();
    for (const p of problems) {
      if (p.severity !== 'warning') continue;
      const onLine = warned.get(p.file)!.get(p.line)!;
      // A warning on a metric column (wide) or the value column (long) concerns that figure; on other columns, the row.
      const exact = onLine.filter((o) => o.column === p.column);
      const figures = exact.length ? exact : metricIds.has(p.column) ? [] : onLine;
      let anchor = `w-${slug(p.file)}-${p.line}-${slug(p.column) || 'dong'}-${p.code}`;
      const n = seen.get(anchor) ?? 0;
      seen.set(anchor, n + 1);
      if (n > 0) anchor += `-${n + 1}`;
      const units = [...new Set(figures.map((o) => o.unit))];
      const sources = [...new Set(figures.map((o) => o.source))];
      if (p.code === 'source-unused' && this.sources.has(p.value)) sources.push(p.value);
      const w: WarningEntry = { problem: p, anchor, figures, units, sources };
      this.warnings.push(w);
      for (const o of figures) push(this.warningsByFigure, o, w);
      for (const u of units) push(this.warningsByUnitId, u, w);
      for (const s of sources) push(this.warningsBySourceId, s, w);
    }
  }

  hasPage(unitId: string): boolean {
    return this.pageIds.has(unitId);
  }
  warningsFor(o: Observation): readonly WarningEntry[] {
    return this.warningsByFigure.get(o) ?? [];
  }
  warningsForUnit(id: string): readonly WarningEntry[] {
    return this.warningsByUnitId.get(id) ?? [];
  }
  warningsForSource(id: string): readonly WarningEntry[] {
    return this.warningsBySourceId.get(id) ?? [];
  }

  metric(id: string): Metric | undefined {
    return this.metrics.get(id);
  }
  metricLabel(id: string, l: Locale): string {
    const m = this.metrics.get(id);
    return m ? inLocale(m, 'label', l) : id;
  }
  metricDescription(id: string, l: Locale): string | undefined {
    const m = this.metrics.get(id);
    return m ? inLocale(m, 'description', l) : undefined;
  }
  sourceTitle(id: string): string {
    return this.sources.get(id)?.title ?? id;
  }

  /** The unit's name in the language (English name when given). */
  unitName(u: Unit | string, l: Locale): string {
    const unit = typeof u === 'string' ? this.units.get(u) : u;
    if (!unit) return String(u);
    return l === 'en' && unit.name_en ? unit.name_en : unit.name;
  }
  private readonly labels = new Map<string, string>();
  /**
   * The name, with its validity window when another unit carries the same name ("Tỉnh Đồng Tháp (đến 30/06/2025)").
   * Memoised per unit and language: rankings ask for thousands of labels, and `normName` folds accents each time.
   */
  unitLabel(u: Unit | string, l: Locale): string {
    const unit = typeof u === 'string' ? this.units.get(u) : u;
    if (!unit) return String(u);
    if (this.units.get(unit.id) !== unit) return this.makeUnitLabel(unit, l); // not this model's: not memoised
    const k = `${l}:${unit.id}`;
    let label = this.labels.get(k);
    if (label === undefined) this.labels.set(k, (label = this.makeUnitLabel(unit, l)));
    return label;
  }

  private makeUnitLabel(unit: Unit, l: Locale): string {
    const name = this.unitName(unit, l);
    if (!this.sharedNames.has(normName(unit.name))) return name;
    const parent = unit.parent && unit.level !== 'province' ? this.units.get(unit.parent) : undefined;
    const bits: string[] = [];
    if (parent && parent.level !== 'nation') bits.push(this.unitName(parent, l));
    if (unit.valid_to) bits.push(tf(l, 'unitValidUntil', { date: fmtDate(unit.valid_to, l) }));
    else if (unit.valid_from) bits.push(tf(l, 'unitValidFrom', { date: fmtDate(unit.valid_from, l) }));
    return bits.length ? `${name} (${bits.join(', ')})` : name;
  }

  /** The province a unit belongs to (itself for a province), for grouping. */
  provinceOf(u: Unit): Unit | undefined {
    let cur: Unit | undefined = u;
    for (let i = 0; cur && i < 6; i++) {
      if (cur.level === 'province') return cur;
      cur = cur.parent ? this.units.get(cur.parent) : undefined;
    }
    return undefined;
  }

  /** Units with figures for a metric and period, and the metrics with figures at all. */
  metricsWithData(): Metric[] {
    return this.load.dataset.metrics.filter((m) => this.obsByMetric.has(m.id));
  }

  private unitCounts: Map<string, number> | undefined;
  /** How many units have figures of the metric (counted once for both languages' pages). */
  unitsWithMetric(metricId: string): number {
    if (!this.unitCounts) {
      this.unitCounts = new Map();
      for (const [id, obs] of this.obsByMetric) {
        const units = new Set<string>();
        let last: string | undefined;
        for (const o of obs) if (o.unit !== last) units.add((last = o.unit));
        this.unitCounts.set(id, units.size);
      }
    }
    return this.unitCounts.get(metricId) ?? 0;
  }

  /** Latest period of the unit's figures. */
  latestPeriod(unitId: string): Period | undefined {
    const obs = this.obsByUnit.get(unitId);
    if (!obs?.length) return undefined;
    return obs.map((o) => o.period).sort(comparePeriods).at(-1);
  }

  /** Predecessors and successors from unit-changes.csv, with the edges. */
  lineage(unitId: string): { before: UnitChange[]; after: UnitChange[] } {
    const changes = this.load.dataset.changes;
    return { before: changes.filter((c) => c.to === unitId), after: changes.filter((c) => c.from === unitId) };
  }

  // For the last few metrics only: kept for every metric, a national model grows by ≈ 170 MB that each later
  // collection walks again (a metric's page, its rankings and its rates ask one after the other).
  private readonly byPeriodCache = new BoundedCache<Map<string, { period: Period; values: Map<string, Observation> }>>(4);
  /** Observations grouped by period key for one metric (chronological): unit → the drawn observation (metrics/preferred.ts). Memoised. */
  byPeriod(metric: string): Map<string, { period: Period; values: Map<string, Observation> }> {
    return this.byPeriodCache.get(metric, () => this.groupByPeriod(metric));
  }

  private groupByPeriod(metric: string): Map<string, { period: Period; values: Map<string, Observation> }> {
    const out = new Map<string, { period: Period; values: Map<string, Observation> }>();
    for (const o of this.obsByMetric.get(metric) ?? []) {
      const k = periodKey(o.period);
      let e = out.get(k);
      if (!e) out.set(k, (e = { period: o.period, values: new Map() }));
      const drawn = e.values.get(o.unit);
      if (!drawn || drawsOver(o, drawn)) e.values.set(o.unit, o);
    }
    return new Map([...out.entries()].sort((a, b) => comparePeriods(a[1].period, b[1].period)));
  }
}

let model: SiteModel | undefined;
/** The model of the current build (DATA_DIR), built once. */
export function siteModel(): SiteModel {
  // A build handing over a new load result (a second build in one process) gets a model of that one.
  const load = siteData();
  if (model?.load !== load) model = builtOnce(load, 'model', () => new SiteModel(load));
  return model;
}
