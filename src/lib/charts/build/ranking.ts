/**
 * The ranking chart of one index publication and one group of units (ranking-page.ts): every unit with a score, one
 * row each, short names with the published rank before them and the score printed after the dot, so 63 rows read on
 * a phone. Ordered by score (the portal's ordering); the number before a name is the publisher's rank.
 */
import { fmtPeriod, fmtPrinted, fmtValue } from '../../i18n/format.ts';
import type { ChartSpec, TableCell, TableTwin } from '../spec.ts';
import type { RankingBody, RankingGroup } from '../../site/ranking-page.ts';
import { fmtChange } from '../../site/ranking-page.ts';
import { chartId, figureCell, Figures, numCell, sourceRefs, valueLabel, type BuildContext } from './common.ts';
import { t, tf } from '../../i18n/strings.ts';


export function publishedRankingSpec(ctx: BuildContext, body: RankingBody, group: RankingGroup): ChartSpec | undefined {
  const { locale: l } = ctx;
  const { item, scoreKind: kind } = body;
  const lower = ctx.model.metric(item.score)?.better === 'lower';
  const scored = group.rows.filter((r) => r.score).sort((a, b) => (lower ? 1 : -1) * (a.score!.obs.value - b.score!.obs.value) || (a.rank?.obs.value ?? Infinity) - (b.rank?.obs.value ?? Infinity));
  if (scored.length === 0) return undefined;
  const figures = new Figures();
  for (const r of group.rows) for (const f of [r.score, r.rank, r.previousScore, r.previousRank]) if (f) figures.add(f.obs, ...f.alternates);
  const period = fmtPeriod(item.period, l);
  const title = `${body.scoreLabel} ${period}: ${group.label.toLowerCase()}`;
  const prev = item.previous ? fmtPeriod(item.previous.period, l) : undefined;
  const top = scored.slice(0, 3).map((r) => `${r.name} ${fmtValue(r.score!.obs.value, kind, l)}`).join(', ');
  const last = scored.at(-1)!;
  return {
    id: chartId(`xep-hang--${group.level}`),
    kind: 'ranking',
    locale: l,
    title,
    subtitle: `${scored.length} ${t(l, 'unitsWord')} · ${valueLabel(kind, l)}`,
    ariaLabel: title,
    alt: tf(l, 'rankingHighestLowestAlt', { title, top, lowest: last.name, lowestValue: fmtValue(last.score!.obs.value, kind, l) }),
    valueKind: kind,
    valueLabel: valueLabel(kind, l),
    categories: scored.map((r) => ({ key: r.unit, label: r.rank ? `${fmtValue(r.rank.obs.value, 'rank', l)}. ${r.short}` : r.short })),
    series: [{ key: 'value', label: body.scoreLabel, color: 'blue' }],
    data: scored.map((r) => ({ category: r.unit, series: 'value', value: r.score!.obs.value, text: fmtPrinted(r.score!.obs, kind, l), title: `${r.name}: ${fmtPrinted(r.score!.obs, kind, l)}` })),
    // The drawn scores' and printed ranks' sources; other sources' figures are notes in the table.
    sources: sourceRefs(ctx, scored.flatMap((r) => [r.score!.obs.source, ...(r.rank ? [r.rank.obs.source] : [])])),
    notes: [
      t(l, 'publishedRankBeforeName'),
      ...(prev ? [tf(l, 'changeSinceNote', { prev })] : []),
    ],
    table: rankingTable(ctx, body, group),
    figures: figures.list(),
  };
}

/** Every unit of the group, in published-rank order: the page's table and the chart's table twin. */
export function rankingTable(ctx: BuildContext, body: RankingBody, group: RankingGroup): TableTwin {
  const { locale: l } = ctx;
  const { item, scoreKind: kind } = body;
  const prev = item.previous ? fmtPeriod(item.previous.period, l) : undefined;
  const rows: TableCell[][] = group.rows.map((r) => [
    // One quote per row when rank and score were read from the same line: under the score, so rank and name lead.
    r.rank ? { ...figureCell(ctx, r.rank.obs, r.rank.alternates), ...(r.score && r.score.obs.quote === r.rank.obs.quote ? { quote: undefined } : {}) } : numCell('—'),
    { text: r.name, href: r.href },
    r.score ? figureCell(ctx, r.score.obs, r.score.alternates) : numCell('—'),
    ...(prev
      ? [numCell(r.rankChange === undefined ? '—' : fmtChange(r.rankChange, 'rank', l)), numCell(r.scoreChange === undefined ? '—' : fmtChange(r.scoreChange, kind, l))]
      : []),
  ]);
  return {
    caption: `${body.title}: ${group.label.toLowerCase()}`,
    columns: [
      { label: t(l, 'publishedRank'), numeric: true },
      { label: t(l, 'unitColumn') },
      { label: body.scoreLabel, numeric: true },
      ...(prev
        ? [
            { label: tf(l, 'rankChangeColumn', { prev }), numeric: true },
            { label: tf(l, 'scoreChangeColumn', { prev }), numeric: true },
          ]
        : []),
    ],
    rows,
  };
}
