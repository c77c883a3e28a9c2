/**
 * The comparison page's state and data. State lives in the URL query (`?metric=…&units=a,b&period=…`); a period is
 * written by its label when the label is unambiguous, else as `label~start~end`. The static JSON files behind the
 * picker (one per metric, plus the unit list) are built from the same model, so the picker shows the same figures.
 */
import type { Period } from '../values/period.ts';
import { periodKey } from '../values/period.ts';
import type { SiteModel } from './model.ts';

export interface ComparePeriod {
  token: string;
  label: string;
  kind: Period['kind'];
  start: string;
  end: string;
  explicitDates: boolean;
}

/** A unit of the picker's list as its JSON carries it: a tuple (thousands of units, a few bytes each). */
export type CompareUnitRow = [id: string, vi: string, en: string, level: string, province: string];

/** A unit of the picker's list by field: its names in both languages, its level and its province ('' for none). */
export interface CompareUnit {
  id: string;
  name: { vi: string; en: string };
  level: string;
  province: string;
}

/** The one place that knows the order of a row's fields. */
export const compareUnit = ([id, vi, en, level, province]: CompareUnitRow): CompareUnit => ({ id, name: { vi, en }, level, province });
const rowOf = (u: CompareUnit): CompareUnitRow => [u.id, u.name.vi, u.name.en, u.level, u.province];

const byIdMemo = new WeakMap<CompareUnits, Map<string, CompareUnit>>();
/** The list's units by id (made once per list). */
export function compareUnitsById(units: CompareUnits): Map<string, CompareUnit> {
  let m = byIdMemo.get(units);
  if (!m) byIdMemo.set(units, (m = new Map(units.units.map((r) => compareUnit(r)).map((u) => [u.id, u]))));
  return m;
}

export interface CompareUnits {
  units: CompareUnitRow[];
  metrics: { id: string; vi: string; en: string; kind: string }[];
}

export interface CompareMetric {
  metric: string;
  kind: string;
  better: string;
  label: { vi: string; en: string };
  periods: ComparePeriod[];
  /** Publisher and date too, so the picker's source line groups publications as the site does (source-line.ts). */
  sources: { id: string; title: string; publisher?: string; published?: string }[];
  /** unit id → [period index, value, source index][] (first source per period, as drawn on the site). */
  values: Record<string, [number, number, number][]>;
}

/** URL token of a period: its label, or label~start~end when another period shares the label. */
export function periodToken(model: SiteModel, p: Period): string {
  const same = model.periods.filter((x) => x.label === p.label);
  return same.length > 1 ? `${p.label}~${p.start}~${p.end}` : p.label;
}

/** Period key (label|start|end) of a token, or undefined. */
export function periodFromToken(model: SiteModel, token: string): string | undefined {
  const p = model.periods.find((x) => periodToken(model, x) === token);
  return p ? periodKey(p) : undefined;
}

export function compareUnits(model: SiteModel): CompareUnits {
  const units = [...model.obsByUnit.keys()]
    .map((id) => model.units.get(id))
    .filter((u) => !!u)
    .map((u): CompareUnit => ({ id: u!.id, name: { vi: model.unitLabel(u!, 'vi'), en: model.unitLabel(u!, 'en') }, level: u!.level, province: model.provinceOf(u!)?.id ?? '' }))
    .sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'))
    .map(rowOf);
  const metrics = model.metricsWithData().map((m) => ({ id: m.id, vi: m.label_vi, en: m.label_en, kind: m.kind }));
  return { units, metrics };
}

export function compareMetric(model: SiteModel, metric: string): CompareMetric {
  const m = model.metric(metric)!;
  const byPeriod = model.byPeriod(metric);
  const periods: ComparePeriod[] = [...byPeriod.values()].map((e) => ({
    token: periodToken(model, e.period),
    label: e.period.label,
    kind: e.period.kind,
    start: e.period.start,
    end: e.period.end,
    explicitDates: e.period.explicitDates,
  }));
  const sourceIds: string[] = [];
  const sourceIndex = new Map<string, number>();
  const values: Record<string, [number, number, number][]> = {};
  [...byPeriod.values()].forEach((e, i) => {
    for (const [unit, o] of e.values) {
      let si = sourceIndex.get(o.source);
      if (si === undefined) {
        si = sourceIds.push(o.source) - 1;
        sourceIndex.set(o.source, si);
      }
      (values[unit] ??= []).push([i, o.value, si]);
    }
  });
  return {
    metric,
    kind: m.kind,
    better: m.better,
    label: { vi: m.label_vi, en: m.label_en },
    periods,
    sources: sourceIds.map((id) => ({ id, title: model.sourceTitle(id), publisher: model.sources.get(id)?.publisher, published: model.sources.get(id)?.published })),
    values,
  };
}
