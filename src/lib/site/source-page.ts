/** A source page: one publication, its quotes, targets, unit changes, warnings and figures (nguon/[id].astro). */
import type { Source } from '../schema/source.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import type { Observation } from '../schema/observation.ts';
import type { TableTwin } from '../charts/spec.ts';
import type { MetricKind } from '../values/kinds.ts';
import type { Period } from '../values/period.ts';
import type { WarningEntry } from './model.ts';
import type { PageType, UnitLink } from './page-data.ts';
import { kindOf } from '../charts/build/common.ts';
import { t, tf } from '../i18n/strings.ts';
import { href, metricHref, sourceHref } from '../i18n/routes.ts';
import { figuresTable } from './figures-table.ts';
import { unitLink } from './unit-page.ts';

/** Large publications (a national report) are listed up to a limit; the rest is on the unit and metric pages. */
export const SOURCE_FIGURES_LIMIT = 400;
/** How many verbatim quotes the page lists. */
const QUOTES_LIMIT = 150;

/** A metric as a line names it: its label and page, and its kind (how its value is written). */
export interface MetricRef {
  id: string;
  label: string;
  href: string;
  kind: MetricKind;
}

/** A figure read from a quote. */
export interface QuotedFigure {
  unit: UnitLink;
  period: Period;
  metric: MetricRef;
  value: number;
}

/**
 * Everything the source page shows, so its view renders it without the model: the publication's row of sources.csv,
 * its quotes (each sentence once, with the figures read from it), targets, unit changes, warnings and figures.
 */
export interface SourcePageBody {
  source: Source;
  quotes: { text: string; figures: QuotedFigure[] }[];
  targets: { unit: UnitLink; metric: MetricRef; op: string; value: number; note?: string }[];
  changes: { date: string; from: UnitLink; to: UnitLink; kind: UnitChange['kind'] }[];
  warnings: Pick<WarningEntry, 'problem' | 'anchor'>[];
  /** The source's figures: how many, of how many units, and the table of the first SOURCE_FIGURES_LIMIT (none without figures). */
  figures: { total: number; units: number; table?: TableTwin };
}

export const sourcePageType: PageType<Source, SourcePageBody> = {
  kind: 'source',
  section: 'nguon',
  items: (model) => model.load.dataset.sources,
  id: (source) => source.id,
  href: (l, source) => sourceHref(l, source.id),
  // Its figures and the warnings about it; whether any unit it names has a page (links); the shared period labels.
  dependencies: (_model, source) => ({ units: [], metrics: [], sources: [source.id], unitWarnings: [], sourceWarnings: [source.id], hasPage: 'all', periodLabels: true }),
  build: (model, source, l) => {
    const obs = model.obsBySource.get(source.id) ?? [];
    const metric = (id: string): MetricRef => ({ id, label: model.metricLabel(id, l), href: metricHref(l, id), kind: kindOf(model, id) });
    const quotes = new Map<string, Observation[]>();
    for (const o of obs) if (o.quote) quotes.set(o.quote, [...(quotes.get(o.quote) ?? []), o]);
    return {
      head: {
        title: source.title,
        description: t(l, 'siteTagline'),
        section: 'sources',
        breadcrumbs: [{ label: t(l, 'home'), href: href(l) }, { label: t(l, 'sources'), href: href(l, 'sources') }, { label: source.title }],
      },
      specs: [],
      body: {
        source,
        quotes: [...quotes].slice(0, QUOTES_LIMIT).map(([text, list]) => ({
          text,
          figures: list.map((o) => ({ unit: unitLink(model, o.unit, l), period: o.period, metric: metric(o.metric), value: o.value })),
        })),
        targets: (model.targetsBySource.get(source.id) ?? []).map((tg) => ({
          unit: unitLink(model, tg.unit, l),
          metric: metric(tg.metric),
          op: tg.op,
          value: tg.value,
          ...(tg.note ? { note: tg.note } : {}),
        })),
        changes: (model.changesBySource.get(source.id) ?? []).map((c) => ({ date: c.date, from: unitLink(model, c.from, l), to: unitLink(model, c.to, l), kind: c.kind })),
        warnings: model.warningsForSource(source.id).map((w) => ({ problem: w.problem, anchor: w.anchor })),
        figures: {
          total: obs.length,
          units: new Set(obs.map((o) => o.unit)).size,
          ...(obs.length ? { table: figuresTable(model, obs.slice(0, SOURCE_FIGURES_LIMIT), l, tf(l, 'figuresFrom', { title: source.title }), { unit: true, metric: true }) } : {}),
        },
      },
    };
  },
};
