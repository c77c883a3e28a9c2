/**
 * Spec builders that run in the browser for the comparison picker, from the static JSON of compare-data.ts.
 * They produce the same ChartSpec shapes (ranking, lines) as the server builders; keep them in step.
 */
import type { Locale } from '../../i18n/locale.ts';
import { fmtList, fmtPeriod, fmtPeriodShort, fmtValue } from '../../i18n/format.ts';
import type { MetricKind } from '../../values/kinds.ts';
import { t, tf } from '../../i18n/strings.ts';
import { periodKey, type Period } from '../../values/period.ts';
import { lineSegments } from './segments.ts';
import { midpoint, withMissing } from '../../metrics/periods.ts';
import { compareUnitsById, type CompareMetric, type CompareUnits } from '../../site/compare-data.ts';
import { CATEGORICAL } from '../palette.ts';
import type { Category, ChartSpec, Datum, SeriesDef, TableCell } from '../spec.ts';


export interface ClientContext {
  locale: Locale;
  units: CompareUnits;
  data: CompareMetric;
  /** Page links: unit page and source page. */
  unitHref: (id: string) => string | undefined;
  sourceHref: (id: string) => string;
}

function nameOf(ctx: ClientContext, id: string): string {
  return compareUnitsById(ctx.units).get(id)?.name[ctx.locale] ?? id;
}

const asPeriod = (p: CompareMetric['periods'][number]): Period => ({ label: p.label, kind: p.kind, start: p.start, end: p.end, explicitDates: p.explicitDates });

function valueLabel(kind: MetricKind, l: Locale): string {
  return kind === 'count' ? t(l, 'kindCount') : kind === 'percent' ? '%' : kind === 'rank' ? t(l, 'kindRank') : kind === 'points' ? t(l, 'kindPoints') : t(l, 'kindScore');
}

/** Several units for one period. */
export function clientRanking(ctx: ClientContext, selected: readonly string[], periodIndex: number): ChartSpec | undefined {
  const { data, locale: l } = ctx;
  const p = data.periods[periodIndex];
  if (!p) return undefined;
  const kind = data.kind as MetricKind;
  const value = (u: string) => data.values[u]?.find((v) => v[0] === periodIndex);
  const withValue = selected.filter((u) => value(u));
  const without = selected.filter((u) => !value(u));
  const sign = data.better === 'lower' ? 1 : -1;
  withValue.sort((a, b) => sign * (value(a)![1] - value(b)![1]));
  const rank = new Map<string, number>();
  withValue.forEach((u, i) => {
    const prev = withValue[i - 1];
    rank.set(u, prev !== undefined && value(prev)![1] === value(u)![1] ? rank.get(prev)! : i + 1);
  });
  const categories: Category[] = [];
  const dataRows: Datum[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<number>();
  for (const u of [...withValue, ...without]) {
    const v = value(u);
    const name = nameOf(ctx, u);
    categories.push({ key: u, label: v ? `${rank.get(u)}. ${name}` : name });
    dataRows.push({ category: u, series: 'value', value: v ? v[1] : null, text: v ? fmtValue(v[1], kind, l) : undefined, title: v ? `${name}: ${fmtValue(v[1], kind, l)}` : t(l, 'noData') });
    if (v) sources.add(v[2]);
    rows.push([{ text: v ? String(rank.get(u)) : '—', numeric: true }, { text: name, href: ctx.unitHref(u) }, { text: v ? fmtValue(v[1], kind, l) : '—', numeric: true }]);
  }
  const title = data.label[l];
  const period = fmtPeriod(asPeriod(p), l);
  const top = withValue.slice(0, 3).map((u) => `${nameOf(ctx, u)} ${fmtValue(value(u)![1], kind, l)}`);
  return {
    id: 'so-sanh-ky',
    kind: 'ranking',
    locale: l,
    title,
    subtitle: `${period} · ${withValue.length} ${t(l, 'units_n')} · ${valueLabel(kind, l)}`,
    ariaLabel: `${title}, ${period}`,
    alt: `${title}, ${period}. ${top.length ? tf(l, 'rankingTopAlt', { top: fmtList(top, l) }) : ''}${without.length ? tf(l, 'noDataListAlt', { units: fmtList(without.map((u) => nameOf(ctx, u)), l) }) : ''}`,
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories,
    series: [{ key: 'value', label: title, color: 'blue' }],
    data: dataRows,
    reverse: kind === 'rank',
    sources: [...sources].map((i) => ({ id: data.sources[i]!.id, title: data.sources[i]!.title, href: ctx.sourceHref(data.sources[i]!.id) })),
    notes: [t(l, 'pickerRankingOrderNote')],
    table: { caption: `${title}, ${period}`, columns: [{ label: t(l, 'orderOursColumn'), numeric: true }, { label: t(l, 'unit') }, { label: valueLabel(kind, l), numeric: true }], rows },
  };
}

/** Each selected unit across periods; `opts` names the bump chart (build/bump.ts) drawn from a rank's data. */
export function clientSeries(ctx: ClientContext, selected: readonly string[], opts: { id?: string; title?: string; notes?: string[] } = {}): ChartSpec | undefined {
  const { data, locale: l } = ctx;
  const kind = data.kind as MetricKind;
  const series: SeriesDef[] = [];
  const points: Datum[] = [];
  const used = new Set<number>();
  const sources = new Set<number>();
  const alt: string[] = [];
  selected.forEach((u, i) => {
    const vals = data.values[u];
    if (!vals?.length) return;
    const key = `s${i}`;
    const name = nameOf(ctx, u);
    series.push({ key, label: name, color: CATEGORICAL[i % CATEGORICAL.length]! });
    const byPeriod = new Map(vals.map((v) => [v[0], v]));
    const periods = vals.map((v) => asPeriod(data.periods[v[0]]!));
    const timeline = withMissing(periods);
    const segments = lineSegments(timeline.map((x) => x.period));
    for (const { period } of timeline) {
      const idx = data.periods.findIndex((p) => p.label === period.label && p.start === period.start && p.end === period.end);
      const v = idx >= 0 ? byPeriod.get(idx) : undefined;
      if (v) {
        used.add(idx);
        sources.add(v[2]);
      }
      points.push({ date: midpoint(period), series: key, value: v ? v[1] : null, segment: `${key}|${segments.get(periodKey(period))}`, title: v ? `${name} · ${fmtPeriodShort(period, l)}: ${fmtValue(v[1], kind, l)}` : undefined });
    }
    const first = vals[0]!;
    const last = vals[vals.length - 1]!;
    alt.push(`${name}: ${fmtValue(first[1], kind, l)} (${fmtPeriodShort(asPeriod(data.periods[first[0]]!), l)}) → ${fmtValue(last[1], kind, l)} (${fmtPeriodShort(asPeriod(data.periods[last[0]]!), l)})`);
  });
  if (series.length === 0) return undefined;
  const idxs = [...used].sort((a, b) => a - b);
  const title = opts.title ?? data.label[l];
  const range = `${fmtPeriodShort(asPeriod(data.periods[idxs[0]!]!), l)} – ${fmtPeriodShort(asPeriod(data.periods[idxs.at(-1)!]!), l)}`;
  const lead = series.length === 1 ? series[0]!.label : `${series.length} ${t(l, 'units_n')}`;
  const rows: TableCell[][] = idxs.map((pi) => [
    { text: fmtPeriod(asPeriod(data.periods[pi]!), l) },
    ...selected
      .filter((u) => data.values[u]?.length)
      .map((u) => {
        const v = data.values[u]!.find((x) => x[0] === pi);
        return { text: v ? fmtValue(v[1], kind, l) : '—', numeric: true };
      }),
  ]);
  return {
    id: opts.id ?? 'so-sanh-qua-ky',
    kind: 'lines',
    locale: l,
    title,
    subtitle: `${lead} · ${range} · ${valueLabel(kind, l)}`,
    ariaLabel: `${title}, ${lead}`,
    alt: `${title}, ${range}. ${alt.join('; ')}.`,
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories: [],
    series,
    data: points,
    reverse: kind === 'rank',
    sources: [...sources].map((i) => ({ id: data.sources[i]!.id, title: data.sources[i]!.title, href: ctx.sourceHref(data.sources[i]!.id) })),
    notes: [...(opts.notes ?? []), ...(points.some((d) => d.value === null) ? [t(l, 'periodGapNote')] : [])],
    table: { caption: `${title} · ${lead}`, columns: [{ label: t(l, 'period') }, ...series.map((s) => ({ label: s.label, numeric: true }))], rows },
  };
}
