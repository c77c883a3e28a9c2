/**
 * A province's published indices over the years: score and rank lines (rank axis reversed), joined across a change
 * of the unit only where unit-changes.csv lets the line continue, the change marked; and its sub-index profile for
 * the latest year against the national median.
 */
import type { UnitChange } from '../../schema/unit-change.ts';
import { periodKey } from '../../values/period.ts';
import { fmtDate, fmtList, fmtPeriod, fmtPeriodShort, fmtValue } from '../../i18n/format.ts';
import { t, tf, type UIKey } from '../../i18n/strings.ts';
import { seriesOf, summarize, type Point } from '../../metrics/series.ts';
import { comparePeriods } from '../../metrics/periods.ts';
import type { IndexFamily } from '../../metrics/families.ts';
import type { Category, ChartSpec, Datum, Marker, TableCell } from '../spec.ts';
import { drawLines } from './lines.ts';
import { chartId, figureCell, Figures, kindOf, metricLabel, numCell, periodRange, sourceRefs, textCell, valueLabel, type BuildContext } from './common.ts';


/** One line of the chart: units drawn as one body (the unit and its renames), and the figures of each. */
interface Strand {
  units: string[];
  label: string;
}

/**
 * The unit's strands: itself with its renames (one line: the same body under another name), and every unit merged
 * into it or it was merged into, each its own line. A unit that absorbed others and kept its id (Hà Nội, 2008)
 * continues its own line; the change is marked.
 */
export function strandsOf(ctx: BuildContext, unitId: string): { strands: Strand[]; changes: UnitChange[] } {
  const { model, locale: l } = ctx;
  const self = [unitId];
  const changes: UnitChange[] = [];
  const seen = new Set<string>([unitId]);
  // Follow renames both ways: a renamed unit is one strand.
  for (let i = 0; i < self.length; i++) {
    const { before, after } = model.lineage(self[i]!);
    for (const c of [...before, ...after]) {
      if (!changes.includes(c)) changes.push(c);
      const other = c.to === self[i] ? c.from : c.to;
      if (c.kind === 'rename' && !seen.has(other)) {
        seen.add(other);
        self.push(other);
      }
    }
  }
  self.sort((a, b) => (model.units.get(a)?.valid_from ?? '').localeCompare(model.units.get(b)?.valid_from ?? ''));
  const strands: Strand[] = [{ units: self, label: self.map((u) => model.unitLabel(u, l)).join(' → ') }];
  for (const c of changes) {
    if (c.kind === 'rename') continue;
    const other = self.includes(c.to) ? c.from : c.to;
    if (seen.has(other)) continue;
    seen.add(other);
    strands.push({ units: [other], label: model.unitLabel(other, l) });
  }
  return { strands, changes: changes.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** What a change does to the lines, in a sentence under the chart. */
function changeNote(ctx: BuildContext, c: UnitChange, continued: boolean): string {
  const { model, locale: l } = ctx;
  const from = model.unitLabel(c.from, l);
  const to = model.unitLabel(c.to, l);
  const date = fmtDate(c.date, l);
  if (c.kind === 'rename') return tf(l, 'renameNote', { date, from, to });
  if (continued)
    return tf(l, 'mergedContinuedNote', { date, from, to });
  return tf(l, 'mergedNewUnitNote', { date, from, change: t(l, `change_${c.kind}` as UIKey), to });
}

/**
 * One index metric (score or rank) of a unit over the years, with the lineage's other units as separate lines.
 * Undefined when fewer than two periods have a figure.
 */
export function indexHistorySpec(ctx: BuildContext, unitId: string, metric: string): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, metric);
  const { strands, changes } = strandsOf(ctx, unitId);
  // One segment per strand and kind of period: a strand is one body, so its renames join.
  const { series, data, sources, figures, drawnUnits, ends, periods, rows } = drawLines(ctx, strands, metric, (key) => (period) => `${key}|${period.kind}|${period.explicitDates ? 'd' : ''}`);
  const alt = ends.map(({ label, first, last }) => `${label}: ${fmtValue(first.value, kind, l)} (${fmtPeriodShort(first.period, l)}) → ${fmtValue(last.value, kind, l)} (${fmtPeriodShort(last.period, l)})`);
  if (series.length === 0 || periods.length < 2) return undefined;
  // A change is marked where it bears on what is drawn: it falls within the drawn years, or a drawn line ends there
  // (Hà Tây 2008; Bắc Ninh and Bắc Giang 2025). Hà Nội's PAR INDEX (from 2012) does not mark 2008.
  const dates = data.filter((d) => d.value !== null).map((d) => d.date!).sort();
  const selfUnits = strands[0]!.units;
  const shown = changes.filter((c) => (c.date >= dates[0]! && c.date <= dates.at(-1)!) || (c.kind !== 'rename' && drawnUnits.has(c.from)));
  const markers: Marker[] = [...new Map(shown.map((c) => [c.date, c])).values()].map((c) => ({ date: c.date, label: `${t(l, `change_${c.kind}` as UIKey)} ${fmtDate(c.date, l)}` }));
  const notes = shown.map((c) => changeNote(ctx, c, selfUnits.includes(c.to) && model.units.get(c.to)?.valid_from === undefined));
  if (data.some((d) => d.value === null)) notes.push(t(l, 'yearGapNote'));
  if (kind === 'rank') notes.push(t(l, 'rankTopNote'));
  const range = periodRange(periods, l);
  const title = metricLabel(ctx, metric);
  const lead = series.map((s) => s.label).join(', ');
  return {
    id: chartId(unitId, metric),
    kind: 'lines',
    locale: l,
    title,
    subtitle: `${lead} · ${range} · ${valueLabel(kind, l)}`,
    ariaLabel: `${title}, ${lead}`,
    alt: `${title}, ${range}${kind === 'rank' ? t(l, 'rankTopAlt') : ''}. ${alt.join('; ')}.${markers.length ? ` ${t(l, 'unitChangesAlt')}: ${fmtList(markers.map((m) => m.label), l)}.` : ''}`,
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories: [],
    series,
    data,
    markers: markers.length ? markers : undefined,
    reverse: kind === 'rank',
    sources: sourceRefs(ctx, sources),
    notes,
    table: { caption: `${title} · ${lead}`, columns: [{ label: t(l, 'period') }, ...series.map((s) => ({ label: s.label, numeric: true }))], rows },
    figures: figures.list(),
  };
}

/**
 * A long axis label in lines of at most `max` characters, broken between words: the bar charts' left margin holds
 * about 21 characters, and "Dịch vụ hỗ trợ doanh nghiệp" would be cut at 360 px.
 */
export function wrapLabel(label: string, max = 20): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * The unit's sub-indices in the latest year it has them, beside the national median of that year: the median the
 * publisher prints when the data has one (a figure of the national unit `vn`), else the portal's median of every
 * province's published sub-index, labelled as ours. Only components on the score's scale (PCI's 0–10 sub-indices,
 * PAPI's dimensions); sub-dimensions with their own maximum each year are left to their own charts.
 */
export function indexProfileSpec(ctx: BuildContext, unitId: string, family: IndexFamily): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  const obs = model.obsByUnit.get(unitId) ?? [];
  const components = family.components.filter((m) => {
    const sc = model.metric(m)?.scale;
    return sc !== undefined && sc.min === 0 && sc.max === 10;
  });
  const unitLevel = model.units.get(unitId)?.level;
  const peersOf = (m: string, pk: string) => [...(model.byPeriod(m).get(pk)?.values.values() ?? [])].filter((o) => model.units.get(o.unit)?.level === unitLevel);
  // A national median needs the whole table: a year where pages reprint a few provinces' sub-indices (PCI 2022) is
  // skipped for the latest year with at least three quarters of the most provinces the sub-index ever had.
  const fullest = new Map(components.map((m) => [m, Math.max(0, ...[...model.byPeriod(m).keys()].map((pk) => peersOf(m, pk).length))]));
  const byYear = new Map<string, { period: Point['period']; points: Map<string, Point> }>();
  for (const m of components) {
    for (const p of seriesOf(obs, m)) {
      if (peersOf(m, p.key).length < 0.75 * fullest.get(m)!) continue;
      const e = byYear.get(p.key) ?? { period: p.period, points: new Map() };
      e.points.set(m, p);
      byYear.set(p.key, e);
    }
  }
  const chosen = [...byYear.values()].filter((e) => e.points.size >= 3).sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  if (!chosen) return undefined;
  const { period, points: latest } = chosen;
  const pk = periodKey(period);
  const here = components.filter((m) => latest.has(m));
  const categories: Category[] = [];
  const data: Datum[] = [];
  const rows: TableCell[][] = [];
  const sources = new Set<string>();
  const figures = new Figures();
  let computedAny = false;
  let publishedAny = false;
  let n = 0;
  const name = model.unitLabel(unitId, l);
  for (const m of here) {
    const p = latest.get(m)!;
    const published = model.byPeriod(m).get(pk)?.values.get('vn');
    const peers = peersOf(m, pk);
    const median = published ? published.value : summarize(peers.map((o) => o.value))?.median;
    if (published) {
      publishedAny = true;
      figures.add(published);
      sources.add(published.source);
    } else {
      computedAny = true;
      figures.add(...peers);
      n = Math.max(n, peers.length);
    }
    // "PCI: Tính minh bạch" → "Tính minh bạch": the title names the index.
    const label = metricLabel(ctx, m).replace(/^[^:]{1,12}:\s*/, '');
    categories.push({ key: m, label: wrapLabel(label) });
    sources.add(p.obs.source);
    figures.addPoint(p);
    data.push({ category: m, series: 'unit', value: p.value, title: `${label} · ${name}: ${fmtValue(p.value, 'score', l)}` });
    data.push({ category: m, series: 'median', value: median ?? null, title: median === undefined ? t(l, 'noData') : `${label} · ${t(l, 'medianWord')}: ${fmtValue(median, 'score', l)}` });
    rows.push([textCell(label), figureCell(ctx, p.obs, p.alternates), median === undefined ? numCell('—') : { text: fmtValue(median, 'score', l), numeric: true, note: published ? undefined : tf(l, 'fromProvincesNote', { n: peers.length }) }]);
  }
  const medianLabel = publishedAny && !computedAny ? t(l, 'nationalMedianPublished') : t(l, 'nationalMedianComputed');
  const title = tf(l, 'subIndicesTitle', { index: metricLabel(ctx, family.score) });
  const above = here.filter((m) => {
    const u = data.find((d) => d.category === m && d.series === 'unit')!.value!;
    const med = data.find((d) => d.category === m && d.series === 'median')!.value;
    return med !== null && u > med;
  });
  const notes = [
    computedAny
      ? tf(l, 'medianComputedNote', { n, period: fmtPeriodShort(period, l) })
      : t(l, 'medianPublishedNote'),
  ];
  return {
    id: chartId(unitId, family.prefix, 'profile'),
    kind: 'grouped-bars',
    locale: l,
    title,
    subtitle: `${name} · ${fmtPeriodShort(period, l)} · ${valueLabel('score', l)}`,
    ariaLabel: `${title}, ${name}`,
    alt: tf(l, 'profileAlt', { title, name, period: fmtPeriod(period, l), above: above.length, count: here.length, aboveList: above.length ? `: ${fmtList(above.map((m) => metricLabel(ctx, m)), l)}` : '' }),
    valueKind: 'score',
    valueLabel: valueLabel('score', l),
    // The sub-indices' own 0–10 scale, so a bar's length reads against the whole scale.
    domain: [0, 10],
    categories,
    series: [
      { key: 'unit', label: name, color: 'blue' },
      { key: 'median', label: medianLabel, color: 'grey', computed: computedAny || undefined },
    ],
    data,
    sources: sourceRefs(ctx, sources),
    notes,
    table: { caption: `${title}, ${name}, ${fmtPeriod(period, l)}`, columns: [{ label: t(l, 'metric') }, { label: name, numeric: true }, { label: medianLabel, numeric: true }], rows },
    figures: figures.list(),
  };
}
