/**
 * What the comparison page's two forms offer, in the page's language: the metrics, periods and units to choose from,
 * the default choice marked (so-sanh/index.astro renders it without the model; the picker's script reads the JSON
 * files, compare-data.ts).
 */
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import type { Period } from '../values/period.ts';
import { compareUnit, compareUnits, periodToken } from './compare-data.ts';
import type { CompareDefaults } from './compare-defaults.ts';
import type { SiteModel } from './model.ts';

/** Above this many units the picker is a text field of ids with a search, not a list of checkboxes. */
const MAX_CHECKBOXES = 150;

interface Named {
  id: string;
  label: string;
}

export interface ComparePicker {
  /** The default comparison's metric, named (the notice without JavaScript links it). */
  metric?: Named;
  metrics: Named[];
  /** Every period of the site, latest first, with its URL token; `period`: the default comparison's token. */
  periods: { token: string; period: Period }[];
  period?: string;
  manyUnits: boolean;
  /** A few units: checkboxes grouped by province (the rest under one group), in the list's order. */
  groups: { label: string; units: Named[] }[];
  /** Many units: the first unit's id, the text field's example. */
  example?: string;
  /** The bump chart's rank metrics, and every province with a figure of one of them, by name. */
  rankMetrics: Named[];
  rankUnits: Named[];
}

export function comparePicker(model: SiteModel, l: Locale, d: CompareDefaults): ComparePicker {
  const data = compareUnits(model);
  const choices = data.units.map((r) => compareUnit(r));
  const manyUnits = choices.length > MAX_CHECKBOXES;
  const groups = new Map<string, Named[]>();
  if (!manyUnits) {
    for (const u of choices) {
      const key = u.province ? model.unitLabel(u.province, l) : t(l, 'otherGroup');
      groups.set(key, [...(groups.get(key) ?? []), { id: u.id, label: u.name[l] }]);
    }
  }
  const selected = d.headline ? model.byPeriod(d.headline.metric).get(d.headline.period)?.period : undefined;
  const bump = d.bump;
  const rankUnits = bump
    ? [...new Set(bump.metrics.flatMap((m) => (model.obsByMetric.get(m) ?? []).map((o) => o.unit)))]
        .filter((u) => model.units.get(u)?.level === 'province')
        .sort((a, b) => model.unitLabel(a, l).localeCompare(model.unitLabel(b, l), l))
    : [];
  const named = (id: string): Named => ({ id, label: model.metricLabel(id, l) });
  return {
    ...(d.metric ? { metric: named(d.metric) } : {}),
    metrics: data.metrics.map((m) => ({ id: m.id, label: m[l] })),
    periods: [...model.periods].reverse().map((p) => ({ token: periodToken(model, p), period: p })),
    ...(selected ? { period: periodToken(model, selected) } : {}),
    manyUnits,
    groups: [...groups].map(([label, units]) => ({ label, units })),
    ...(manyUnits && choices[0] ? { example: choices[0].id } : {}),
    rankMetrics: (bump?.metrics ?? []).map(named),
    rankUnits: rankUnits.map((id) => ({ id, label: model.unitLabel(id, l) })),
  };
}
