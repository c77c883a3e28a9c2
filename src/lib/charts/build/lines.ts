/**
 * The lines of one metric for several members, each member one line drawn from one or more units (a unit and its
 * renames are one body): the one builder behind a unit's series and the comparison (compare.ts `seriesSpec`, with
 * a lineage across mergers) and a province's index history (index-history.ts). Gaps are null points, never zero;
 * which points a line joins is the caller's `segment` rule.
 */
import type { Observation } from '../../schema/observation.ts';
import { periodKey, type Period } from '../../values/period.ts';
import { fmtPeriod, fmtPeriodShort, fmtValue } from '../../i18n/format.ts';
import { seriesOf, type Point } from '../../metrics/series.ts';
import { comparePeriods, midpoint, withMissing } from '../../metrics/periods.ts';
import { CATEGORICAL } from '../palette.ts';
import type { Datum, SeriesDef, TableCell } from '../spec.ts';
import { figureCell, Figures, kindOf, numCell, textCell, type BuildContext } from './common.ts';

export interface LineMember {
  label: string;
  /** Units drawn as this one line. */
  units: readonly string[];
}

/** Per line (its key and its periods, gaps included), the segment id of each point: segments are never joined. */
export type SegmentRule = (key: string, timeline: readonly Period[]) => (period: Period, point: Point | undefined) => string;

export interface Lines {
  /** One per member with a figure; key `s<i>` by the member's place, colour by the same place. */
  series: SeriesDef[];
  data: Datum[];
  sources: Set<string>;
  figures: Figures;
  /** Units whose figures are drawn. */
  drawnUnits: Set<string>;
  /** Each drawn line's first and last point and how many it has, for the alt text. */
  ends: { label: string; first: Point; last: Point; n: number }[];
  /** Periods with a figure, in order, and the table twin's rows (period, then one cell per series). */
  periods: Period[];
  rows: TableCell[][];
}

export function drawLines(ctx: BuildContext, members: readonly LineMember[], metric: string, segment: SegmentRule): Lines {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, metric);
  const out: Lines = { series: [], data: [], sources: new Set(), figures: new Figures(), drawnUnits: new Set(), ends: [], periods: [], rows: [] };
  const table = new Map<string, { period: Period; cells: Map<string, TableCell> }>();
  members.forEach((m, i) => {
    const obs: Observation[] = m.units.flatMap((u) => (model.obsByUnit.get(u) ?? []).filter((o) => o.metric === metric));
    const pts = seriesOf(obs, metric);
    if (pts.length === 0) return;
    const key = `s${i}`;
    out.series.push({ key, label: m.label, color: CATEGORICAL[i % CATEGORICAL.length]! });
    const byKey = new Map(pts.map((p) => [p.key, p]));
    const timeline = withMissing(pts.map((p) => p.period)).map((x) => x.period);
    const segmentOf = segment(key, timeline);
    for (const period of timeline) {
      const p = byKey.get(periodKey(period));
      out.data.push({
        date: midpoint(period),
        series: key,
        value: p ? p.value : null,
        segment: segmentOf(period, p),
        title: p ? `${m.label} · ${fmtPeriodShort(period, l)}: ${fmtValue(p.value, kind, l)}` : undefined,
      });
      if (!p) continue;
      out.drawnUnits.add(p.obs.unit);
      out.sources.add(p.obs.source);
      out.figures.addPoint(p);
      const row = table.get(p.key) ?? { period, cells: new Map() };
      row.cells.set(key, figureCell(ctx, p.obs, p.alternates));
      table.set(p.key, row);
    }
    out.ends.push({ label: m.label, first: pts[0]!, last: pts.at(-1)!, n: pts.length });
  });
  const sorted = [...table.values()].sort((a, b) => comparePeriods(a.period, b.period));
  out.periods = sorted.map((r) => r.period);
  out.rows = sorted.map((r) => [textCell(fmtPeriod(r.period, l)), ...out.series.map((s) => r.cells.get(s.key) ?? numCell('—'))]);
  return out;
}
