/** Helpers shared by the spec builders: value labels, source references, table cells for figures, period ranges. */
import type { Observation } from '../../schema/observation.ts';
import type { Period } from '../../values/period.ts';
import type { Metric } from '../../schema/metric.ts';
import type { SiteModel } from '../../site/model.ts';
import { inLocale, type Locale } from '../../i18n/locale.ts';
import { fmtPeriodShort, fmtPrinted } from '../../i18n/format.ts';
import type { MetricKind } from '../../values/kinds.ts';
import { t } from '../../i18n/strings.ts';
import { sourceHref, warningHref } from '../../i18n/routes.ts';
import type { SourceRef, TableCell } from '../spec.ts';

export interface BuildContext {
  model: SiteModel;
  locale: Locale;
}

export function kindOf(model: SiteModel, metric: string): MetricKind {
  return (model.metric(metric)?.kind ?? 'score') as MetricKind;
}

export function valueLabel(kind: MetricKind, l: Locale): string {
  switch (kind) {
    case 'count':
      return t(l, 'kindCount');
    case 'percent':
      return t(l, 'kindPercent');
    case 'rank':
      return t(l, 'kindRank');
    case 'points':
      return t(l, 'kindPoints');
    default:
      return t(l, 'kindScore');
  }
}

export function sourceRefs(ctx: BuildContext, ids: Iterable<string>): SourceRef[] {
  const seen = [...new Set(ids)].sort();
  return seen.map((id) => ({ id, title: ctx.model.sourceTitle(id), href: sourceHref(ctx.locale, id) }));
}

/** A published figure as a table cell: formatted value, its quote, other sources' values, warnings about it. */
export function figureCell(ctx: BuildContext, o: Observation, alternates: readonly Observation[] = []): TableCell {
  const { model, locale: l } = ctx;
  const kind = kindOf(model, o.metric);
  const warnings = [o, ...alternates]
    .flatMap((x) => model.warningsFor(x))
    .filter((w, i, a) => a.indexOf(w) === i)
    .map((w) => ({ href: warningHref(l, w.anchor), label: `${t(l, 'warning')}: ${inLocale(w.problem, 'message', l)}` }));
  const note = alternates.length
    ? alternates.map((a) => `${t(l, 'otherSource')} (${model.sourceTitle(a.source)}): ${fmtPrinted(a, kind, l)}`).join('; ')
    : undefined;
  return { text: fmtPrinted(o, kind, l), numeric: true, quote: o.quote, note, warnings: warnings.length ? warnings : undefined };
}

/**
 * The published figures behind a chart, collected by its builder as it reads them (`spec.figures`): each drawn
 * figure with the figures its table row lists beside it (other sources' values, a published rank), and every figure
 * a drawn mark is computed from (a computed rate's counts, a box's values). Each once, in the order read.
 */
export class Figures {
  private readonly set = new Set<Observation>();
  add(...obs: readonly (Observation | undefined)[]): void {
    for (const o of obs) if (o) this.set.add(o);
  }
  /** A point of a series (metrics/series.ts): its figure and the other sources' figures for the same period. */
  addPoint(p: { obs: Observation; alternates: readonly Observation[] }): void {
    this.add(p.obs, ...p.alternates);
  }
  list(): Observation[] {
    return [...this.set];
  }
}

export const textCell = (text: string, href?: string): TableCell => ({ text, href });
export const numCell = (text: string): TableCell => ({ text, numeric: true });

/** "6T đầu 2021 – 6T đầu 2024", or one period. */
export function periodRange(periods: readonly Period[], l: Locale): string {
  if (periods.length === 0) return '';
  const a = fmtPeriodShort(periods[0]!, l);
  const b = fmtPeriodShort(periods[periods.length - 1]!, l);
  return a === b ? a : `${a} – ${b}`;
}

export const opSymbol = (op: string) => ({ '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' })[op] ?? op;

export function metricLabel(ctx: BuildContext, m: Metric | string): string {
  return typeof m === 'string' ? ctx.model.metricLabel(m, ctx.locale) : inLocale(m, 'label', ctx.locale);
}

/** Chart ids: ASCII, stable across builds. */
export const chartId = (...parts: string[]) => parts.map((p) => p.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()).join('--');
