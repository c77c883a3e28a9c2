/** Spec builders for a unit's own series: dossiers by outcome, published vs computed rates, apology letters, counts. */
import type { Observation } from '../../schema/observation.ts';
import { periodKey, type Period } from '../../values/period.ts';
import { fmtList, fmtPeriod, fmtPeriodShort, fmtValue } from '../../i18n/format.ts';
import { t, tf } from '../../i18n/strings.ts';
import { RATES } from '../../metrics/rates.ts';
import { computedSeries, seriesOf, type ComputedPoint, type Point } from '../../metrics/series.ts';
import { midpoint, withMissing } from '../../metrics/periods.ts';
import { APOLOGY, OUTCOMES, OUTCOME_METRICS } from '../../metrics/families.ts';
import type { ColorToken } from '../palette.ts';
import type { Category, ChartSpec, Datum, Rule, SeriesDef, TableCell } from '../spec.ts';
import { chartId, figureCell, Figures, metricLabel, numCell, opSymbol, periodRange, sourceRefs, textCell, type BuildContext } from './common.ts';
import { barPeriods, hasBreak, lineSegments } from './segments.ts';


/** Bar charts by period draw at most this many periods (the latest); their table lists every period. */
export const MAX_BAR_PERIODS = 14;
const cappedNote = (l: 'vi' | 'en', shown: number, total: number) =>
  tf(l, 'latestPeriodsShown', { shown, total });

function obsOf(ctx: BuildContext, unitId: string): Observation[] {
  return ctx.model.obsByUnit.get(unitId) ?? [];
}

const OUTCOME_COLORS: Record<string, ColorToken> = {
  resolved_early: 'green',
  resolved_on_time: 'blue',
  resolved_on_time_or_early: 'sky',
  resolved_late: 'vermillion',
  in_progress: 'grey',
  in_progress_within_deadline: 'grey',
  in_progress_overdue: 'purple',
};

/** Dossiers by outcome per period: early / on time (or the two together when not split) / late / in progress. */
export function outcomesSpec(ctx: BuildContext, unitId: string): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const obs = obsOf(ctx, unitId);
  const points = new Map<string, Map<string, Point>>();
  for (const m of OUTCOME_METRICS) {
    for (const p of seriesOf(obs, m)) {
      let row = points.get(p.key);
      if (!row) points.set(p.key, (row = new Map()));
      row.set(m, p);
    }
  }
  if (points.size === 0) return undefined;
  const periods = [...points.values()].map((r) => [...r.values()][0]!.period);
  const timeline = withMissing(periods);
  // Per period, which metrics stack: split or joined on-time, split or joined in-progress.
  const chosen = new Map<string, string[]>();
  for (const [k, row] of points) {
    const ids: string[] = [];
    if (OUTCOMES.split.some((m) => row.has(m))) ids.push(...OUTCOMES.split.filter((m) => row.has(m)));
    else if (row.has(OUTCOMES.joined)) ids.push(OUTCOMES.joined);
    if (row.has(OUTCOMES.late)) ids.push(OUTCOMES.late);
    if (OUTCOMES.inProgressSplit.some((m) => row.has(m))) ids.push(...OUTCOMES.inProgressSplit.filter((m) => row.has(m)));
    else if (row.has(OUTCOMES.inProgress)) ids.push(OUTCOMES.inProgress);
    chosen.set(k, ids);
  }
  const used = OUTCOME_METRICS.filter((m) => [...chosen.values()].some((ids) => ids.includes(m)));
  if (used.length === 0) return undefined;
  const series: SeriesDef[] = used.map((m) => ({ key: m, label: metricLabel(ctx, m), color: OUTCOME_COLORS[m] ?? 'grey' }));
  const categories: Category[] = [];
  const data: Datum[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<string>();
  const figures = new Figures();
  const missing: Period[] = [];
  const bars = barPeriods(timeline, MAX_BAR_PERIODS, l);
  for (const { period, missing: isMissing } of timeline) {
    const k = periodKey(period);
    const row = points.get(k);
    const ids = chosen.get(k) ?? [];
    const label = fmtPeriodShort(period, l);
    const drawn = bars.drawn.has(k);
    if (drawn) categories.push({ key: k, label, emptyLabel: ids.length ? undefined : t(l, 'noData') });
    if (isMissing || !row) missing.push(period);
    const cells: TableCell[] = [textCell(fmtPeriod(period, l))];
    for (const m of used) {
      const p = row?.get(m);
      if (p && ids.includes(m) && drawn) {
        data.push({ category: k, series: m, value: p.value, title: `${label} · ${metricLabel(ctx, m)}: ${fmtValue(p.value, 'count', l)}` });
        sources.add(p.obs.source);
      }
      if (p && drawn) figures.addPoint(p);
      cells.push(p ? figureCell(ctx, p.obs, p.alternates) : numCell('—'));
    }
    rows.push(cells);
  }
  const name = model.unitLabel(unitId, l);
  const range = periodRange(timeline.filter((x) => bars.drawn.has(periodKey(x.period))).map((x) => x.period), l);
  const lastKey = timeline.map((x) => periodKey(x.period)).filter((k) => (chosen.get(k) ?? []).length).at(-1)!;
  const lastRow = points.get(lastKey)!;
  const lastPeriod = [...lastRow.values()][0]!.period;
  const lastParts = (chosen.get(lastKey) ?? []).map((m) => `${fmtValue(lastRow.get(m)!.value, 'count', l)} ${metricLabel(ctx, m).toLocaleLowerCase(l)}`);
  const alt =
    tf(l, 'stackedAltLead', { name, range }) +
    `${fmtPeriod(lastPeriod, l)}: ${fmtList(lastParts, l)}.` +
    (missing.length ? tf(l, 'stackedAltNoData', { periods: fmtList(missing.slice(0, 6).map((p) => fmtPeriodShort(p, l)), l), more: missing.length > 6 ? '…' : '' }) : '');
  const notes: string[] = [];
  if (used.includes(OUTCOMES.joined) && used.some((m) => (OUTCOMES.split as readonly string[]).includes(m)))
    notes.push(tf(l, 'joinedShownNote', { joined: metricLabel(ctx, OUTCOMES.joined) }));
  if (missing.length) notes.push(t(l, 'blankNotZero'));
  if (bars.drawn.size < bars.total) notes.push(cappedNote(l, bars.drawn.size, bars.total));
  if (bars.lengthNote) notes.push(bars.lengthNote);
  return {
    id: chartId('outcomes', unitId),
    kind: 'stacked-bars',
    locale: l,
    title: t(l, 'outcomesTitle'),
    subtitle: `${name} · ${range} · ${t(l, 'outcomesValueLabelLong')}`,
    ariaLabel: tf(l, 'outcomesCaption', { name }),
    alt,
    valueKind: 'count',
    valueLabel: t(l, 'outcomesValueLabel'),
    categories,
    series,
    data,
    sources: sourceRefs(ctx, sources),
    notes,
    table: {
      caption: tf(l, 'outcomesCaption', { name }),
      columns: [{ label: t(l, 'period') }, ...used.map((m) => ({ label: metricLabel(ctx, m), numeric: true }))],
      rows,
    },
    figures: figures.list(),
  };
}

const RATE_COLORS: [ColorToken, ColorToken][] = [
  ['blue', 'orange'],
  ['green', 'purple'],
  ['vermillion', 'sky'],
];

/** Formula of a computed rate in metric labels: "(Giải quyết trước hạn + Giải quyết đúng hạn) / (…) × 100". */
export function formulaText(ctx: BuildContext, parts: string): string {
  return `${parts.replace(/[a-z][a-z0-9_]+/g, (id) => metricLabel(ctx, id))} × 100`;
}

type RateTimeline = { timeline: { period: Period; missing: boolean }[]; segments: Map<string, string> };
const NO_POINTS: readonly ComputedPoint[] = [];
// A rate's periods and line segments are the same in both languages: made once per pair of series (metrics/series.ts
// shares a unit's series between its charts and languages).
const rateTimelines = new WeakMap<readonly Point[], WeakMap<readonly ComputedPoint[], RateTimeline>>();
function rateTimeline(published: readonly Point[], computed: readonly ComputedPoint[]): RateTimeline {
  let byComputed = rateTimelines.get(published);
  if (!byComputed) rateTimelines.set(published, (byComputed = new WeakMap()));
  let made = byComputed.get(computed);
  if (!made) {
    const timeline = withMissing([...published, ...computed].map((p) => p.period));
    byComputed.set(computed, (made = { timeline, segments: lineSegments(timeline.map((x) => x.period)) }));
  }
  return made;
}

/**
 * Published rates with the rates computed from counts (ours), over time, with the unit's targets as rules.
 * Several rates (online and postal shares) can share one chart: colour = rate, dashed = our computation.
 */
export function ratesSpec(ctx: BuildContext, unitId: string, rateIds: readonly string[], opts: { id: string; title?: string; requirePublished?: boolean }): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const obs = obsOf(ctx, unitId);
  const series: SeriesDef[] = [];
  const data: Datum[] = [];
  const rows = new Map<string, { period: Period; cells: Map<string, TableCell> }>();
  const sources = new Set<string>();
  const figures = new Figures();
  const notes: string[] = [];
  const altParts: string[] = [];
  const columns: { key: string; label: string }[] = [];
  let rules: Rule[] = [];
  let broken = false;
  rateIds.forEach((rateId, i) => {
    if (!model.metric(rateId)) return;
    const published = seriesOf(obs, rateId);
    const def = RATES.find((r) => r.rate === rateId);
    const computed = def ? computedSeries(obs, def) : NO_POINTS;
    if (published.length === 0 && (computed.length === 0 || opts.requirePublished)) return;
    const [cPub, cComp] = RATE_COLORS[i % RATE_COLORS.length]!;
    const label = metricLabel(ctx, rateId);
    const multi = rateIds.length > 1;
    const { timeline, segments } = rateTimeline(published, computed);
    if (hasBreak(segments)) broken = true;
    const addSeries = (key: string, name: string, colorToken: ColorToken, isComputed: boolean, pts: Map<string, { value: number }>) => {
      series.push({ key, label: name, color: colorToken, computed: isComputed });
      for (const { period } of timeline) {
        const k = periodKey(period);
        const p = pts.get(k);
        data.push({
          date: midpoint(period),
          series: key,
          value: p ? p.value : null,
          segment: `${key}|${segments.get(k)}`,
          title: p ? `${fmtPeriodShort(period, l)} · ${name}: ${fmtValue(p.value, 'percent', l)}` : undefined,
        });
      }
    };
    if (published.length) {
      const key = `${rateId}:published`;
      addSeries(key, multi ? `${label} (${t(l, 'published').toLocaleLowerCase(l)})` : t(l, 'published'), cPub, false, new Map(published.map((p) => [p.key, p])));
      columns.push({ key, label: multi ? `${label}: ${t(l, 'published').toLocaleLowerCase(l)}` : t(l, 'published') });
      for (const p of published) {
        sources.add(p.obs.source);
        figures.addPoint(p);
        const r = rows.get(p.key) ?? { period: p.period, cells: new Map() };
        r.cells.set(key, figureCell(ctx, p.obs, p.alternates));
        rows.set(p.key, r);
      }
      const first = published[0]!;
      const last = published[published.length - 1]!;
      altParts.push(
        published.length > 1
          ? tf(l, 'ratePublishedFromTo', { label, first: fmtValue(first.value, 'percent', l), firstPeriod: fmtPeriodShort(first.period, l), last: fmtValue(last.value, 'percent', l), lastPeriod: fmtPeriodShort(last.period, l) })
          : tf(l, 'ratePublishedOne', { label, first: fmtValue(first.value, 'percent', l), firstPeriod: fmtPeriodShort(first.period, l) }),
      );
    }
    if (computed.length) {
      const key = `${rateId}:computed`;
      addSeries(key, multi ? `${label} (${t(l, 'computed').toLocaleLowerCase(l)})` : t(l, 'computed'), cComp, true, new Map(computed.map((p) => [p.key, p])));
      columns.push({ key, label: multi ? `${label}: ${t(l, 'computed').toLocaleLowerCase(l)}` : t(l, 'computed') });
      for (const c of computed) {
        for (const o of c.inputs) sources.add(o.source);
        figures.add(...c.inputs);
        const r = rows.get(c.key) ?? { period: c.period, cells: new Map() };
        r.cells.set(key, { text: fmtValue(c.value, 'percent', l), numeric: true, note: `${fmtValue(c.numerator, 'count', l)} / ${fmtValue(c.denominator, 'count', l)}` });
        rows.set(c.key, r);
      }
      const formulas = [...new Set(computed.map((c) => c.parts))];
      notes.push(
        `${t(l, 'computed')} (${label}) = ` +
          formulas.map((f) => formulaText(ctx, f)).join(t(l, 'formulaOr')) +
          t(l, 'computedFromCountsNote'),
      );
      const diffs = computed
        .map((c) => ({ c, p: published.find((p) => p.key === c.key) }))
        .filter((x) => x.p && Math.abs(x.p.value - x.c.value) > 0.5);
      for (const { c, p } of diffs.slice(0, 3))
        altParts.push(tf(l, 'rateBothAlt', { period: fmtPeriodShort(c.period, l), published: fmtValue(p!.value, 'percent', l), computed: fmtValue(c.value, 'percent', l) }));
      if (!published.length) altParts.push(tf(l, 'rateOnlyComputedAlt', { label, value: fmtValue(computed.at(-1)!.value, 'percent', l), period: fmtPeriodShort(computed.at(-1)!.period, l) }));
    }
    for (const tg of model.targetsByUnit.get(unitId) ?? []) {
      if (tg.metric !== rateId) continue;
      sources.add(tg.source);
      const label2 = `${t(l, 'target')} ${opSymbol(tg.op)} ${fmtValue(tg.value, 'percent', l)}`;
      rules.push({ value: tg.value, label: label2, from: tg.from, to: tg.to });
      altParts.push(tf(l, 'targetPerSource', { label: label2, source: model.sourceTitle(tg.source) }));
      notes.push(`${label2}: ${model.sourceTitle(tg.source)}${tg.from || tg.to ? ` (${tg.from ?? '…'} → ${tg.to ?? '…'})` : ''}.`);
    }
  });
  if (series.length === 0) return undefined;
  // One period is a figure, not a trend: it is in the key figures and tables, not in a line chart.
  if (rows.size < 2) return undefined;
  rules = rules.length > 3 ? rules.slice(0, 3) : rules;
  const name = model.unitLabel(unitId, l);
  const periods = [...rows.values()].map((r) => r.period).sort((a, b) => (a.end < b.end ? -1 : 1));
  const range = periodRange(periods, l);
  const title = opts.title ?? metricLabel(ctx, rateIds[0]!);
  const hasGap = broken || data.some((d) => d.value === null);
  if (hasGap) notes.push(t(l, 'periodGapNote'));
  const tableRows = [...rows.values()]
    .sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0))
    .map((r) => [textCell(fmtPeriod(r.period, l)), ...columns.map((c) => r.cells.get(c.key) ?? numCell('—'))]);
  return {
    id: chartId(opts.id, unitId),
    kind: 'lines',
    locale: l,
    title,
    subtitle: `${name} · ${range} · %`,
    ariaLabel: `${title}, ${name}`,
    alt: `${title}, ${name}, ${range}. ${altParts.join('. ')}.`,
    valueKind: 'percent',
    valueLabel: '%',
    categories: [],
    series,
    data,
    rules,
    sources: sourceRefs(ctx, sources),
    notes,
    table: { caption: `${title}, ${name}`, columns: [{ label: t(l, 'period') }, ...columns.map((c) => ({ label: c.label, numeric: true }))], rows: tableRows },
    figures: figures.list(),
  };
}

/** Counts side by side per period (apology letters against late dossiers; online level 3 and 4). */
export function groupedCountsSpec(
  ctx: BuildContext,
  unitId: string,
  metricIds: readonly string[],
  opts: { id: string; title: string; colors: ColorToken[]; altLead?: string },
): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const obs = obsOf(ctx, unitId);
  const present = metricIds.filter((m) => model.metric(m) && obs.some((o) => o.metric === m));
  if (present.length < 1) return undefined;
  const bySeries = new Map(present.map((m) => [m, new Map(seriesOf(obs, m).map((p) => [p.key, p]))]));
  const timeline = withMissing([...bySeries.values()].flatMap((m) => [...m.values()].map((p) => p.period)));
  const data: Datum[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<string>();
  const figures = new Figures();
  const categories: Category[] = [];
  const bars = barPeriods(timeline, MAX_BAR_PERIODS, l);
  for (const { period } of timeline) {
    const k = periodKey(period);
    const label = fmtPeriodShort(period, l);
    const any = present.some((m) => bySeries.get(m)!.has(k));
    const drawn = bars.drawn.has(k);
    if (drawn) categories.push({ key: k, label, emptyLabel: any ? undefined : t(l, 'noData') });
    const cells: TableCell[] = [textCell(fmtPeriod(period, l))];
    for (const m of present) {
      const p = bySeries.get(m)!.get(k);
      if (p && drawn) {
        sources.add(p.obs.source);
        figures.addPoint(p);
      }
      if (any && drawn) data.push({ category: k, series: m, value: p ? p.value : null, title: p ? `${label} · ${metricLabel(ctx, m)}: ${fmtValue(p.value, 'count', l)}` : t(l, 'notPublished') });
      cells.push(p ? figureCell(ctx, p.obs, p.alternates) : numCell('—'));
    }
    rows.push(cells);
  }
  const name = model.unitLabel(unitId, l);
  const range = periodRange(timeline.filter((x) => bars.drawn.has(periodKey(x.period))).map((x) => x.period), l);
  const lastK = categories.filter((c) => !c.emptyLabel).at(-1)!.key;
  const lastPeriod = timeline.find((x) => periodKey(x.period) === lastK)!.period;
  const lastParts = present.filter((m) => bySeries.get(m)!.has(lastK)).map((m) => `${metricLabel(ctx, m)} ${fmtValue(bySeries.get(m)!.get(lastK)!.value, 'count', l)}`);
  return {
    id: chartId(opts.id, unitId),
    kind: 'grouped-bars',
    locale: l,
    title: opts.title,
    subtitle: `${name} · ${range} · ${t(l, 'kindCount')}`,
    ariaLabel: `${opts.title}, ${name}`,
    alt: `${opts.title}, ${name}, ${range}. ${fmtPeriod(lastPeriod, l)}: ${fmtList(lastParts, l)}.${opts.altLead ? ` ${opts.altLead}` : ''}`,
    valueKind: 'count',
    valueLabel: t(l, 'kindCount'),
    categories,
    series: present.map((m, i) => ({ key: m, label: metricLabel(ctx, m), color: opts.colors[i % opts.colors.length]! })),
    data,
    sources: sourceRefs(ctx, sources),
    notes: [
      ...(data.some((d) => d.value === null) ? [t(l, 'notPublishedNotZero')] : []),
      ...(bars.drawn.size < bars.total ? [cappedNote(l, bars.drawn.size, bars.total)] : []),
      ...(bars.lengthNote ? [bars.lengthNote] : []),
    ],
    table: { caption: `${opts.title}, ${name}`, columns: [{ label: t(l, 'period') }, ...present.map((m) => ({ label: metricLabel(ctx, m), numeric: true }))], rows },
    figures: figures.list(),
  };
}

/** Apology letters against late (and overdue) dossiers, with how many periods exceed one letter per late dossier. */
export function apologySpec(ctx: BuildContext, unitId: string): ChartSpec | undefined {
  const l = ctx.locale;
  const obs = obsOf(ctx, unitId);
  if (!obs.some((o) => o.metric === APOLOGY.letters)) return undefined;
  const spec = groupedCountsSpec(ctx, unitId, [APOLOGY.letters, ...APOLOGY.late], {
    id: 'apology',
    title: tf(l, 'apologyTitle', { letters: metricLabel(ctx, APOLOGY.letters) }),
    colors: ['blue', 'vermillion', 'purple'],
  });
  if (spec) spec.notes.push(t(l, 'apologyLettersNote'));
  return spec;
}
