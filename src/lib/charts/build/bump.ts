/**
 * Ranks over the years for chosen provinces (a bump chart): one line per province, rank 1 at the top. Drawn at
 * build time for the default choice; the comparison picker draws any other choice in the browser (client.ts).
 */
import { indexFamilies } from '../../metrics/families.ts';
import type { SiteModel } from '../../site/model.ts';
import type { ChartSpec } from '../spec.ts';
import { metricLabel, type BuildContext } from './common.ts';
import { seriesSpec } from './compare.ts';
import { BUMP_ID, bumpNote, bumpTitle } from './bump-text.ts';

export { BUMP_ID };

/** The index ranks that have figures, the one with the most years first (PCI: 2005–2024). */
export function bumpMetrics(model: SiteModel): string[] {
  const ranks = indexFamilies(model.load.dataset.metrics)
    .map((f) => f.rank)
    .filter((m): m is string => !!m && model.obsByMetric.has(m));
  return [...ranks].sort((a, b) => model.byPeriod(b).size - model.byPeriod(a).size); // stable: family order breaks ties
}

/**
 * The default choice: the `n` best and `n` worst provinces of the latest year whose table is whole (at least three
 * quarters of the most provinces ranked in any year: news pages reprint only the top of later tables), so the chart
 * shows both ends of the table. Four and four: one colour of the palette each.
 */
export function bumpDefaultUnits(model: SiteModel, rankMetric: string, n = 4): string[] {
  const ranked = [...model.byPeriod(rankMetric).values()].map((e) =>
    [...e.values.values()].filter((o) => model.units.get(o.unit)?.level === 'province').sort((a, b) => a.value - b.value || a.unit.localeCompare(b.unit)),
  );
  const most = Math.max(0, ...ranked.map((r) => r.length));
  const whole = ranked.filter((r) => r.length >= 2 * n && r.length >= 0.75 * most).at(-1);
  return whole ? [...whole.slice(0, n), ...whole.slice(-n)].map((o) => o.unit) : [];
}

/** The chosen units' ranks over the years. */
export function bumpSpec(ctx: BuildContext, rankMetric: string, units: readonly string[]): ChartSpec | undefined {
  const { model, locale: l } = ctx;
  return seriesSpec(
    ctx,
    units.map((u) => ({ unit: u, units: [u], label: model.unitLabel(u, l) })),
    rankMetric,
    { id: BUMP_ID, title: bumpTitle(metricLabel(ctx, rankMetric), l), notes: [bumpNote(l)] },
  );
}
