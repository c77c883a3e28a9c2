/**
 * "What changed" between two versions of a data folder: figures added, changed and removed, keyed by
 * unit + period (label|start|end) + metric + source, plus counts of changed reference rows.
 * Works on two LoadResults, so both sides are read by the same loader as the validator and the build.
 */
import type { LoadResult } from '../dataset/load.ts';
import type { Observation } from '../schema/observation.ts';
import type { Period } from '../values/period.ts';

export type ChangeKind = 'added' | 'changed' | 'removed';

/** One side of a figure: the value as read and as written, and where it is. */
export interface FigureSide {
  value: number;
  raw: string;
  file: string;
  line: number;
  column: string;
}

export interface FigureChange {
  kind: ChangeKind;
  unit: string;
  /** The unit's name (head side when it exists there). */
  unitName: string;
  period: Period;
  metric: string;
  source: string;
  before?: FigureSide;
  after?: FigureSide;
}

export interface ReferenceChange {
  file: string;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface SideSummary {
  /** What the user named: a git ref or a folder. */
  label: string;
  /** The folder that was read. */
  dir: string;
  errors: number;
  warnings: number;
  observations: number;
  /** Files (relative to the folder) with at least one error: nothing from them is loaded. */
  filesWithErrors: string[];
  /** Something worth saying about this side (e.g. the ref has no data folder). */
  note?: string;
}

export interface DataDiff {
  base: SideSummary;
  head: SideSummary;
  figures: FigureChange[];
  counts: { added: number; changed: number; removed: number; unchanged: number; notCompared: number };
  reference: ReferenceChange[];
}

export const figureKey = (o: Pick<Observation, 'unit' | 'period' | 'metric' | 'source'>) =>
  [o.unit, `${o.period.label}|${o.period.start}|${o.period.end}`, o.metric, o.source].join('\u0000');

const side = (o: Observation): FigureSide => ({ value: o.value, raw: o.raw, file: o.file, line: o.line, column: o.column });

export function summarise(label: string, dir: string, r: LoadResult, note?: string): SideSummary {
  const files = new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return {
    label,
    dir,
    errors: r.errors,
    warnings: r.warnings,
    observations: r.dataset.observations.length,
    filesWithErrors: [...files].sort(),
    ...(note ? { note } : {}),
  };
}

/** Compare two loaded folders. Figures only one side has, from a file the other side could not load, are "not compared". */
export function diffData(base: LoadResult, head: LoadResult, baseSide: SideSummary, headSide: SideSummary): DataDiff {
  const before = new Map<string, Observation>();
  for (const o of base.dataset.observations) before.set(figureKey(o), o);
  const after = new Map<string, Observation>();
  for (const o of head.dataset.observations) after.set(figureKey(o), o);
  const baseBad = new Set(baseSide.filesWithErrors);
  const headBad = new Set(headSide.filesWithErrors);

  const name = (id: string) => head.dataset.registry.byId.get(id)?.name ?? base.dataset.registry.byId.get(id)?.name ?? id;
  const figures: FigureChange[] = [];
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0, notCompared: 0 };
  const change = (kind: ChangeKind, o: Observation, b?: Observation, a?: Observation) => {
    counts[kind]++;
    figures.push({
      kind,
      unit: o.unit,
      unitName: name(o.unit),
      period: o.period,
      metric: o.metric,
      source: o.source,
      ...(b ? { before: side(b) } : {}),
      ...(a ? { after: side(a) } : {}),
    });
  };

  for (const [k, a] of after) {
    const b = before.get(k);
    if (!b) {
      if (baseBad.has(a.file)) counts.notCompared++;
      else change('added', a, undefined, a);
    } else if (b.value !== a.value) change('changed', a, b, a);
    else counts.unchanged++;
  }
  for (const [k, b] of before) {
    if (after.has(k)) continue;
    if (headBad.has(b.file)) counts.notCompared++;
    else change('removed', b, b, undefined);
  }

  const metricOrder = new Map<string, number>();
  for (const m of [...head.dataset.metrics, ...base.dataset.metrics]) if (!metricOrder.has(m.id)) metricOrder.set(m.id, metricOrder.size);
  const kindOrder: Record<ChangeKind, number> = { changed: 0, added: 1, removed: 2 };
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  figures.sort(
    (x, y) =>
      cmp(x.unitName, y.unitName) ||
      cmp(x.unit, y.unit) ||
      cmp(x.period.start, y.period.start) ||
      cmp(x.period.end, y.period.end) ||
      cmp(x.period.label, y.period.label) ||
      (metricOrder.get(x.metric) ?? 1e9) - (metricOrder.get(y.metric) ?? 1e9) ||
      cmp(x.metric, y.metric) ||
      cmp(x.source, y.source) ||
      kindOrder[x.kind] - kindOrder[y.kind],
  );

  return { base: baseSide, head: headSide, figures, counts, reference: diffReference(base, head) };
}

type Row = Record<string, unknown>;
const strip = (r: Row, drop: readonly string[]) => {
  const o: Row = {};
  for (const k of Object.keys(r).sort()) if (!drop.includes(k) && r[k] !== undefined) o[k] = r[k];
  return JSON.stringify(o);
};

/** Reference files: rows keyed by what identifies them; any other field that differs makes the row "changed". */
function diffReference(base: LoadResult, head: LoadResult): ReferenceChange[] {
  const specs: { file: string; rows: (d: LoadResult) => Row[]; key: (r: Row) => string }[] = [
    { file: 'units.csv', rows: (d) => d.dataset.units as unknown as Row[], key: (r) => String(r.id) },
    { file: 'unit-aliases.csv', rows: (d) => d.dataset.aliases as unknown as Row[], key: (r) => `${r.alias} → ${r.unit}` },
    { file: 'unit-changes.csv', rows: (d) => d.dataset.changes as unknown as Row[], key: (r) => `${r.date} ${r.from} → ${r.to}` },
    { file: 'metrics.csv', rows: (d) => d.dataset.metrics as unknown as Row[], key: (r) => String(r.id) },
    { file: 'sources.csv', rows: (d) => d.dataset.sources as unknown as Row[], key: (r) => String(r.id) },
    {
      file: 'targets.csv',
      rows: (d) => d.dataset.targets as unknown as Row[],
      key: (r) => `${r.metric} ${r.unit} ${r.op} ${r.from ?? ''}…${r.to ?? ''} ${r.source}`,
    },
  ];
  const out: ReferenceChange[] = [];
  for (const s of specs) {
    const index = (d: LoadResult) => {
      const m = new Map<string, string>();
      for (const r of s.rows(d)) m.set(s.key(r), strip(r, ['file', 'line']));
      return m;
    };
    const b = index(base);
    const a = index(head);
    const rc: ReferenceChange = { file: s.file, added: [], changed: [], removed: [] };
    for (const [k, v] of a) {
      const old = b.get(k);
      if (old === undefined) rc.added.push(k);
      else if (old !== v) rc.changed.push(k);
    }
    for (const k of b.keys()) if (!a.has(k)) rc.removed.push(k);
    if (rc.added.length + rc.changed.length + rc.removed.length > 0) out.push(rc);
  }
  return out;
}
