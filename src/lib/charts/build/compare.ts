/** Spec builders across units: one metric over time for several units, rankings per period, distributions, lineage. */
import type { Observation } from '../../schema/observation.ts';
import { periodKey, type Period } from '../../values/period.ts';
import { fmtDate, fmtList, fmtPeriod, fmtPeriodShort, fmtValue, fmtPrinted } from '../../i18n/format.ts';
import { t, tf, type UIKey } from '../../i18n/strings.ts';
import { summarize } from '../../metrics/series.ts';
import type { IndexFamily } from '../../metrics/families.ts';
import type { Box, Category, ChartSpec, Datum, Marker, Rule, TableCell } from '../spec.ts';
import { unitHref } from '../../i18n/routes.ts';
import { chartId, figureCell, Figures, kindOf, metricLabel, numCell, opSymbol, periodRange, sourceRefs, textCell, valueLabel, type BuildContext } from './common.ts';
import { lineSegments } from './segments.ts';
import { drawLines } from './lines.ts';


interface Member {
  unit: string;
  /** Units drawn as one series (a rename continues the same body). */
  label: string;
}

/**
 * One metric over time for several units: a line per unit, gaps for missing periods. Used for a unit's other
 * metrics and indices, for the comparison across periods, and (with markers) for lineage across the 2025 merger.
 */
export function seriesSpec(
  ctx: BuildContext,
  members: readonly (Member & { units: readonly string[] })[],
  metric: string,
  opts: { id: string; title?: string; subtitleLead?: string; markers?: Marker[]; rules?: Rule[]; notes?: string[]; altLead?: string },
): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, metric);
  // A line joins the figures of one unit (a lineage's units each start a segment) and one run of its period length.
  const { series, data, sources, figures, ends, periods, rows: tableRows } = drawLines(ctx, members, metric, (key, timeline) => {
    const segments = lineSegments(timeline);
    return (period, p) => `${key}|${p ? p.obs.unit : ''}|${segments.get(periodKey(period))}`;
  });
  const altParts = ends.map(({ label, first, last, n }) =>
    n > 1
      ? `${label}: ${fmtValue(first.value, kind, l)} (${fmtPeriodShort(first.period, l)}) → ${fmtValue(last.value, kind, l)} (${fmtPeriodShort(last.period, l)})`
      : `${label}: ${fmtValue(first.value, kind, l)} (${fmtPeriodShort(first.period, l)})`,
  );
  if (series.length === 0 || periods.length < 2) return undefined;
  const range = periodRange(periods, l);
  const title = opts.title ?? metricLabel(ctx, metric);
  const notes = [...(opts.notes ?? [])];
  if (data.some((d) => d.value === null)) notes.push(t(l, 'periodGapNote'));
  const lead = opts.subtitleLead ?? (series.length === 1 ? series[0]!.label : `${series.length} ${t(l, 'units_n')}`);
  return {
    id: chartId(opts.id),
    kind: 'lines',
    locale: l,
    title,
    subtitle: `${lead} · ${range} · ${valueLabel(kind, l)}`,
    ariaLabel: `${title}, ${lead}`,
    alt: `${title}, ${range}. ${opts.altLead ? `${opts.altLead} ` : ''}${altParts.slice(0, 8).join('; ')}${altParts.length > 8 ? '; …' : ''}.`,
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories: [],
    series,
    data,
    rules: opts.rules,
    markers: opts.markers,
    reverse: kind === 'rank',
    sources: sourceRefs(ctx, sources),
    notes,
    table: { caption: `${title} · ${lead}`, columns: [{ label: t(l, 'period') }, ...series.map((s) => ({ label: s.label, numeric: true }))], rows: tableRows },
    figures: figures.list(),
  };
}

/** A single unit's series of one metric, with its targets. */
export function unitMetricSpec(ctx: BuildContext, unitId: string, metric: string): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, metric);
  const rules: Rule[] = (model.targetsByUnit.get(unitId) ?? [])
    .filter((tg) => tg.metric === metric)
    .map((tg) => ({ value: tg.value, label: `${t(l, 'target')} ${opSymbol(tg.op)} ${fmtValue(tg.value, kind, l)}`, from: tg.from, to: tg.to }));
  const spec = seriesSpec(ctx, [{ unit: unitId, units: [unitId], label: model.unitLabel(unitId, l) }], metric, { id: `${unitId}--${metric}`, rules });
  if (spec) {
    for (const tg of (model.targetsByUnit.get(unitId) ?? []).filter((x) => x.metric === metric)) {
      spec.sources = sourceRefs(ctx, [...spec.sources.map((s) => s.id), tg.source]);
      spec.notes.push(`${t(l, 'target')} ${opSymbol(tg.op)} ${fmtValue(tg.value, kind, l)}: ${model.sourceTitle(tg.source)}.`);
    }
  }
  return spec;
}

/**
 * The unit's lineage across mergers, splits and renames (unit-changes.csv): predecessors, the unit and successors as
 * separate lines (a rename continues one line), change dates as markers. Nothing is summed or converted.
 */
export function lineageSpec(ctx: BuildContext, unitId: string, preferred: readonly string[], skip: ReadonlySet<string> = new Set()): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const { before, after } = model.lineage(unitId);
  if (before.length === 0 && after.length === 0) return undefined;
  const members: (Member & { units: string[] })[] = [];
  const renameFrom = before.filter((c) => c.kind === 'rename').map((c) => c.from);
  const renameTo = after.filter((c) => c.kind === 'rename').map((c) => c.to);
  const self = [...renameFrom, unitId, ...renameTo];
  const label = (ids: string[]) => ids.map((id) => model.unitLabel(id, l)).join(' → ');
  for (const c of before) if (c.kind !== 'rename') members.push({ unit: c.from, units: [c.from], label: model.unitLabel(c.from, l) });
  members.push({ unit: unitId, units: self, label: label(self) });
  for (const c of after) if (c.kind !== 'rename') members.push({ unit: c.to, units: [c.to], label: model.unitLabel(c.to, l) });
  const has = (ids: readonly string[], m: string) => ids.some((u) => (model.obsByUnit.get(u) ?? []).some((o) => o.metric === m));
  const candidates = [...preferred, ...model.load.dataset.metrics.map((m) => m.id)].filter((m) => !skip.has(m));
  // A metric published by at least two of the lineage's units (the unit's own first), else there is nothing to join.
  const allUnits = members.flatMap((x) => x.units);
  const withData = (m: string) => allUnits.filter((u) => has([u], m)).length;
  const metric = candidates.find((m) => has([unitId], m) && withData(m) >= 2) ?? candidates.find((m) => withData(m) >= 2);
  if (!metric) return undefined;
  const edges = [...before, ...after];
  const markers: Marker[] = [...new Map(edges.map((c) => [`${c.date}|${c.kind}`, c])).values()].map((c) => ({
    date: c.date,
    label: `${t(l, `change_${c.kind}` as UIKey)} ${fmtDate(c.date, l)}`,
  }));
  const drawn = members.filter((m) => has(m.units, metric));
  return seriesSpec(ctx, drawn, metric, {
    id: `lineage--${unitId}`,
    title: `${t(l, 'lineage')}: ${metricLabel(ctx, metric)}`,
    subtitleLead: drawn.map((m) => m.label).join(', '),
    markers,
    altLead: tf(l, 'lineageAltLead', { dates: fmtList([...new Set(edges.map((c) => fmtDate(c.date, l)))], l) }),
    notes: [
      t(l, 'lineageNote'),
    ],
  });
}

/** Order of units for a metric: best first when the metric has a direction. */
function better(model: BuildContext['model'], metric: string): 'higher' | 'lower' | 'none' {
  return (model.metric(metric)?.better ?? 'none') as 'higher' | 'lower' | 'none';
}

/**
 * Several units for one period, ranked. When there are more than `limit` units, the chart shows the top and
 * bottom halves of the limit and the table lists every unit.
 */
export function rankingSpec(
  ctx: BuildContext,
  metric: string,
  period: string,
  opts: { id: string; units?: readonly string[]; highlight?: string; limit?: number; title?: string; publishedRank?: string },
): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const entry = model.byPeriod(metric).get(period);
  // The index's own published rank, shown beside the portal's ordering when there is one.
  const published = opts.publishedRank ? model.byPeriod(opts.publishedRank).get(period)?.values : undefined;
  if (!entry && !opts.units?.length) return undefined;
  const kind = kindOf(model, metric);
  const dir = better(model, metric);
  const values = entry?.values ?? new Map<string, Observation>();
  const ids = opts.units ? [...opts.units] : [...values.keys()];
  const withValue = ids.filter((u) => values.has(u));
  if (withValue.length === 0) return undefined;
  const sign = dir === 'lower' ? 1 : -1;
  withValue.sort((a, b) => sign * (values.get(a)!.value - values.get(b)!.value) || model.unitLabel(a, l).localeCompare(model.unitLabel(b, l), l));
  const without = ids.filter((u) => !values.has(u));
  // Competition ranking (1, 2, 2, 4): ties share a rank.
  const rankOf = new Map<string, number>();
  withValue.forEach((u, i) => {
    const prev = withValue[i - 1];
    rankOf.set(u, prev !== undefined && values.get(prev)!.value === values.get(u)!.value ? rankOf.get(prev)! : i + 1);
  });
  const limit = opts.limit ?? 30;
  let shown = withValue;
  let omitted = 0;
  if (withValue.length > limit) {
    const half = Math.floor(limit / 2);
    shown = [...withValue.slice(0, half), ...withValue.slice(-half)];
    omitted = withValue.length - shown.length;
  }
  const periodObj = entry?.period ?? model.periods.find((p) => periodKey(p) === period)!;
  // The other sources' figures for a unit's drawn one: listed beside it in the table.
  const alternatesOf = (u: string, o: Observation) => (model.obsByUnit.get(u) ?? []).filter((x) => x !== o && x.metric === metric && periodKey(x.period) === period);
  const figures = new Figures();
  for (const u of shown) {
    const o = values.get(u)!;
    figures.add(o, ...alternatesOf(u, o), published?.get(u));
  }
  const categories: Category[] = [];
  const data: Datum[] = [];
  for (const u of [...shown, ...without]) {
    const o = values.get(u);
    const name = model.unitLabel(u, l);
    const rankText = o ? `${rankOf.get(u)}. ` : '';
    categories.push({ key: u, label: `${rankText}${name}` });
    data.push({ category: u, series: 'value', value: o ? o.value : null, highlight: u === opts.highlight, text: o ? fmtPrinted(o, kind, l) : undefined, title: o ? `${name}: ${fmtPrinted(o, kind, l)}` : t(l, 'noData') });
    if (omitted && u === shown[Math.floor(limit / 2) - 1]) {
      categories.push({ key: '…', label: tf(l, 'moreUnitsRow', { omitted }) });
    }
  }
  // The table lists every unit up to TABLE_LIMIT; beyond it, the first and last halves (like the chart).
  const TABLE_LIMIT = 100;
  const listed = withValue.length > TABLE_LIMIT ? [...withValue.slice(0, TABLE_LIMIT / 2), ...withValue.slice(-TABLE_LIMIT / 2)] : withValue;
  const rows: TableCell[][] = [...listed, ...without].map((u) => {
    const o = values.get(u);
    const alternates = o ? alternatesOf(u, o) : [];
    const row: TableCell[] = [numCell(o ? String(rankOf.get(u)) : '—'), { text: model.unitLabel(u, l), href: model.hasPage(u) ? unitHref(l, u) : undefined }, o ? figureCell(ctx, o, alternates) : numCell('—')];
    if (published) {
      const r = published.get(u);
      row.push(r ? figureCell(ctx, r) : numCell('—'));
    }
    return row;
  });
  const title = opts.title ?? metricLabel(ctx, metric);
  const top = withValue.slice(0, 3).map((u) => `${model.unitLabel(u, l)} ${fmtValue(values.get(u)!.value, kind, l)}`);
  const bottom = withValue.length > 3 ? `${model.unitLabel(withValue.at(-1)!, l)} ${fmtValue(values.get(withValue.at(-1)!)!.value, kind, l)}` : undefined;
  const stats = summarize(withValue.map((u) => values.get(u)!.value))!;
  const order = dir === 'lower' ? t(l, 'lowestFirst') : t(l, 'highestFirst');
  const alt =
    `${title}, ${fmtPeriod(periodObj, l)}, ${withValue.length} ${t(l, 'units_n')}, ${order}. ` +
    tf(l, 'rankingTopAlt', { top: fmtList(top, l) }) +
    (bottom ? tf(l, 'rankingBottomAlt', { bottom }) : '') +
    (withValue.length > 2 ? tf(l, 'rankingMedianAlt', { median: fmtValue(stats.median, kind, l) }) : '') +
    (without.length ? tf(l, 'noDataListAlt', { units: fmtList(without.map((u) => model.unitLabel(u, l)), l) }) : '');
  const notes: string[] = [t(l, 'rankingOrderNote')];
  if (omitted)
    notes.push(
      listed.length < withValue.length
        ? tf(l, 'rankingShownTableShownNote', { shown: shown.length, listed: listed.length, total: withValue.length })
        : tf(l, 'rankingShownNote', { shown: shown.length, total: withValue.length }),
    );
  return {
    id: chartId(opts.id),
    kind: 'ranking',
    locale: l,
    title,
    subtitle: `${fmtPeriod(periodObj, l)} · ${withValue.length} ${t(l, 'units_n')} · ${valueLabel(kind, l)}`,
    ariaLabel: `${title}, ${fmtPeriod(periodObj, l)}`,
    alt,
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories,
    series: [{ key: 'value', label: metricLabel(ctx, metric), color: 'blue' }],
    data,
    reverse: kind === 'rank',
    sources: sourceRefs(ctx, withValue.map((u) => values.get(u)!.source)),
    notes,
    table: {
      caption: `${title}, ${fmtPeriod(periodObj, l)}`,
      columns: [
        { label: t(l, 'orderOursColumn'), numeric: true },
        { label: t(l, 'unit') },
        { label: valueLabel(kind, l), numeric: true },
        ...(published ? [{ label: t(l, 'publishedRank'), numeric: true }] : []),
      ],
      rows,
    },
    figures: figures.list(),
  };
}

/** Distribution of a metric across units, per period (latest `maxPeriods` periods with at least two units). */
export function distributionSpec(ctx: BuildContext, metric: string, opts: { id: string; maxPeriods?: number; dotsUpTo?: number }): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, metric);
  const entries = [...model.byPeriod(metric).values()].filter((e) => e.values.size >= 2).slice(-(opts.maxPeriods ?? 8));
  if (entries.length === 0) return undefined;
  const dotsUpTo = opts.dotsUpTo ?? 60;
  const categories: Category[] = [];
  const data: Datum[] = [];
  const boxes: Box[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<string>();
  const figures = new Figures();
  for (const e of entries) {
    const key = periodKey(e.period);
    const obs = [...e.values.values()];
    figures.add(...obs);
    const s = summarize(obs.map((o) => o.value))!;
    categories.push({ key, label: fmtPeriodShort(e.period, l) });
    boxes.push({ category: key, ...s });
    for (const o of obs) sources.add(o.source);
    if (obs.length <= dotsUpTo)
      for (const o of obs) data.push({ category: key, series: 'value', value: o.value, title: `${model.unitLabel(o.unit, l)} · ${fmtPeriodShort(e.period, l)}: ${fmtValue(o.value, kind, l)}` });
    rows.push([textCell(fmtPeriod(e.period, l)), numCell(String(s.n)), numCell(fmtValue(s.min, kind, l)), numCell(fmtValue(s.q1, kind, l)), numCell(fmtValue(s.median, kind, l)), numCell(fmtValue(s.q3, kind, l)), numCell(fmtValue(s.max, kind, l))]);
  }
  const title = tf(l, 'distributionTitle', { metric: metricLabel(ctx, metric) });
  const last = boxes.at(-1)!;
  const lastPeriod = entries.at(-1)!.period;
  return {
    id: chartId(opts.id),
    kind: 'strip',
    locale: l,
    title,
    subtitle: `${periodRange(entries.map((e) => e.period), l)} · ${t(l, 'oneDotPerUnit')} · ${valueLabel(kind, l)}`,
    ariaLabel: title,
    alt: tf(l, 'distributionAlt', { title, period: fmtPeriod(lastPeriod, l), n: last.n, min: fmtValue(last.min, kind, l), median: fmtValue(last.median, kind, l), max: fmtValue(last.max, kind, l), q1: fmtValue(last.q1, kind, l), q3: fmtValue(last.q3, kind, l) }),
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories,
    series: [{ key: 'value', label: t(l, 'units'), color: 'blue' }],
    data,
    boxes,
    sources: sourceRefs(ctx, sources),
    notes: [
      t(l, 'distributionNote'),
      ...(boxes.some((b) => b.n > dotsUpTo) ? [tf(l, 'quartilesOnlyNote', { dotsUpTo })] : []),
    ],
    table: {
      caption: title,
      columns: [{ label: t(l, 'period') }, { label: 'n', numeric: true }, { label: t(l, 'lowestColumn'), numeric: true }, { label: t(l, 'quartile1'), numeric: true }, { label: t(l, 'medianColumn'), numeric: true }, { label: t(l, 'quartile3'), numeric: true }, { label: t(l, 'highestColumn'), numeric: true }],
      rows,
    },
    figures: figures.list(),
  };
}

/** Component scores of an index at one snapshot: one row per component, one dot per unit. */
export function componentsSpec(ctx: BuildContext, family: IndexFamily, period: string, opts: { id: string }): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const comps = family.components.filter((m) => model.byPeriod(m).has(period));
  if (comps.length === 0) return undefined;
  const kind = kindOf(model, comps[0]!);
  const categories: Category[] = [];
  const data: Datum[] = [];
  const boxes: Box[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<string>();
  const figures = new Figures();
  let periodObj: Period | undefined;
  for (const m of comps) {
    const e = model.byPeriod(m).get(period)!;
    periodObj = e.period;
    const obs = [...e.values.values()];
    figures.add(...obs);
    const s = summarize(obs.map((o) => o.value))!;
    categories.push({ key: m, label: metricLabel(ctx, m) });
    boxes.push({ category: m, ...s });
    for (const o of obs) {
      sources.add(o.source);
      data.push({ category: m, series: 'value', value: o.value, title: `${model.unitLabel(o.unit, l)} · ${metricLabel(ctx, m)}: ${fmtValue(o.value, kind, l)}` });
    }
    rows.push([textCell(metricLabel(ctx, m)), numCell(String(s.n)), numCell(fmtValue(s.min, kind, l)), numCell(fmtValue(s.median, kind, l)), numCell(fmtValue(s.max, kind, l))]);
  }
  const title = tf(l, 'componentsTitle', { index: metricLabel(ctx, family.score) });
  return {
    id: chartId(opts.id),
    kind: 'strip',
    locale: l,
    title,
    subtitle: `${fmtPeriod(periodObj!, l)} · ${t(l, 'oneDotPerUnit')} · ${valueLabel(kind, l)}`,
    ariaLabel: title,
    alt: `${title}, ${fmtPeriod(periodObj!, l)}. ` + boxes.map((b) => `${metricLabel(ctx, b.category)}: ${t(l, 'medianWord')} ${fmtValue(b.median, kind, l)} (${fmtValue(b.min, kind, l)}–${fmtValue(b.max, kind, l)})`).join('; ') + '.',
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories,
    series: [{ key: 'value', label: t(l, 'units'), color: 'blue' }],
    data,
    boxes,
    sources: sourceRefs(ctx, sources),
    notes: [t(l, 'componentsNote')],
    table: { caption: title, columns: [{ label: t(l, 'metric') }, { label: 'n', numeric: true }, { label: t(l, 'lowestColumn'), numeric: true }, { label: t(l, 'medianColumn'), numeric: true }, { label: t(l, 'highestColumn'), numeric: true }], rows },
    figures: figures.list(),
  };
}

/** The period of a metric with the most units (latest among ties): the default "several units for one period". */
export function busiestPeriod(ctx: BuildContext, metric: string, units?: readonly string[]): string | undefined {
  let best: { key: string; n: number; end: string } | undefined;
  for (const [key, e] of ctx.model.byPeriod(metric)) {
    const n = units ? units.filter((u) => e.values.has(u)).length : e.values.size;
    if (n === 0) continue;
    if (!best || n > best.n || (n === best.n && e.period.end >= best.end)) best = { key, n, end: e.period.end };
  }
  return best?.key;
}
