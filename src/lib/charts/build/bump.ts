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
 * The default choice: the `n` best and `n` worst provinces of the latest year of the rank (as published), so the
 * chart shows both ends of the table. Four and four: one colour of the palette each.
 */
export function bumpDefaultUnits(model: SiteModel, rankMetric: string, n = 4): string[] {
  const periods = [...model.byPeriod(rankMetric).values()];
  for (const e of periods.reverse()) {
    const ranked = [...e.values.values()].filter((o) => model.units.get(o.unit)?.level === 'province').sort((a, b) => a.value - b.value || a.unit.localeCompare(b.unit));
    if (ranked.length >= 2 * n) return [...ranked.slice(0, n), ...ranked.slice(-n)].map((o) => o.unit);
  }
  return [];
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
