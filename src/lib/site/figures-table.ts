/**
 * A list of figures as a table, as published: period, unit or metric, value, the cell as written (with its note and
 * quote), source and where in it. Built with the page's data (the unit page's body) or by a page from the model;
 * FiguresTable.astro renders it.
 */
import type { Observation } from '../schema/observation.ts';
import type { Locale } from '../i18n/locale.ts';
import type { TableCell, TableTwin } from '../charts/spec.ts';
import { fmtPeriod } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import { metricHref, sourceHref, unitHref } from '../i18n/routes.ts';
import { comparePeriods } from '../metrics/periods.ts';
import { figureCell } from '../charts/build/common.ts';
import type { SiteModel } from './model.ts';

/** Which identifying columns the table shows besides period, value and the cell as written. */
export interface FiguresColumns {
  unit?: boolean;
  metric?: boolean;
  source?: boolean;
}

/** Latest period first, then metric, then unit. */
export function figuresTable(model: SiteModel, observations: readonly Observation[], l: Locale, caption: string, show: FiguresColumns): TableTwin {
  const ctx = { model, locale: l };
  const sorted = [...observations].sort((a, b) => comparePeriods(b.period, a.period) || a.metric.localeCompare(b.metric) || a.unit.localeCompare(b.unit));
  const columns = [
    { label: t(l, 'period') },
    ...(show.unit ? [{ label: t(l, 'unit') }] : []),
    ...(show.metric ? [{ label: t(l, 'metric') }] : []),
    { label: t(l, 'value'), numeric: true },
    { label: t(l, 'asWritten') },
    ...(show.source ? [{ label: t(l, 'source') }] : []),
  ];
  const rows: TableCell[][] = sorted.map((o) => {
    const { quote: _q, ...value } = figureCell(ctx, o);
    return [
      { text: fmtPeriod(o.period, l) },
      ...(show.unit ? [{ text: model.unitLabel(o.unit, l), href: model.hasPage(o.unit) ? unitHref(l, o.unit) : undefined }] : []),
      ...(show.metric ? [{ text: model.metricLabel(o.metric, l), href: metricHref(l, o.metric) }] : []),
      value,
      { text: o.raw, note: o.note, quote: o.quote },
      ...(show.source ? [{ text: model.sourceTitle(o.source), href: sourceHref(l, o.source), note: o.locator ? `${o.locator} · ${o.file}:${o.line}` : `${o.file}:${o.line}` }] : []),
    ];
  });
  return { caption, columns, rows };
}
