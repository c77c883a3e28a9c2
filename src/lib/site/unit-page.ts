/** Everything a unit page shows, assembled from the model: charts in reading order, key figures, lineage, tables. */
import type { Unit } from '../schema/unit.ts';
import type { Observation } from '../schema/observation.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { outcomesSpec, ratesSpec, apologySpec, groupedCountsSpec } from '../charts/build/unit.ts';
import { lineageSpec, unitMetricSpec } from '../charts/build/compare.ts';
import { indexHistorySpec, indexProfileSpec } from '../charts/build/index-history.ts';
import { APOLOGY, HEADLINE_RATE, ONLINE_LEVELS, OUTCOME_METRICS, SHARE_RATES, indexFamilies } from '../metrics/families.ts';
import { RATES } from '../metrics/rates.ts';
import { comparePeriods } from '../metrics/periods.ts';
import { computedSeries, seriesOf } from '../metrics/series.ts';
import type { SiteModel, WarningEntry } from './model.ts';
import { targetTerms, type TargetTerms } from './target-terms.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import type { TableTwin } from '../charts/spec.ts';
import type { MetricKind } from '../values/kinds.ts';
import { figuresTable } from './figures-table.ts';
import { kindOf } from '../charts/build/common.ts';
import { siteOgHref, unitOgHref } from '../export/urls.ts';
import type { PageType, UnitLink } from './page-data.ts';
import { t, tf } from '../i18n/strings.ts';
import { href, unitHref } from '../i18n/routes.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

export interface UnitSection {
  id: string;
  title: string;
  charts: ChartSpec[];
}

export interface KeyFigure {
  metric: string;
  label: string;
  obs: Observation;
  /** Set when the figure is the portal's computation from published counts (then `obs` is its numerator's figure). */
  computed?: { value: number; numerator: number; denominator: number };
}

const sectionsMemo = new WeakMap<SiteModel, BoundedCache<UnitSection[]>>();
/**
 * The unit page's sections and charts. Remembered for the last few pages: the page, its chart catalogue entry and
 * the other language's citations all ask for the same specs.
 */
export function unitSections(model: SiteModel, unit: Unit, l: Locale): UnitSection[] {
  let memo = sectionsMemo.get(model);
  if (!memo) sectionsMemo.set(model, (memo = new BoundedCache(8)));
  return memo.get(`${l}|${unit.id}`, () => buildUnitSections(model, unit, l));
}

function buildUnitSections(model: SiteModel, unit: Unit, l: Locale): UnitSection[] {
  const ctx = { model, locale: l };
  const obs = model.obsByUnit.get(unit.id) ?? [];
  const metricsHere = new Set(obs.map((o) => o.metric));
  for (const tg of model.targetsByUnit.get(unit.id) ?? []) metricsHere.add(tg.metric);
  const covered = new Set<string>();
  const sections: UnitSection[] = [];
  const add = (id: string, title: string, charts: (ChartSpec | undefined)[], metrics: readonly string[]) => {
    const list = charts.filter((c): c is ChartSpec => !!c);
    if (list.length) {
      sections.push({ id, title, charts: list });
      for (const m of metrics) covered.add(m);
    }
  };

  const ratesCountIds = new Set(RATES.flatMap((r) => [...r.numerators.flat(), ...r.denominators.flat()]));
  add(
    'ho-so',
    t(l, 'dossierHandlingSection'),
    [
      outcomesSpec(ctx, unit.id),
      ratesSpec(ctx, unit.id, [HEADLINE_RATE], { id: 'rate' }),
      ratesSpec(ctx, unit.id, ['pct_late'], { id: 'rate-late', requirePublished: true }),
      apologySpec(ctx, unit.id),
    ],
    [...OUTCOME_METRICS, HEADLINE_RATE, 'pct_on_time', 'pct_early', 'pct_late', 'resolved', APOLOGY.letters],
  );
  add(
    'kenh-nop',
    t(l, 'onlineAndPostalSection'),
    [
      ratesSpec(ctx, unit.id, SHARE_RATES, { id: 'shares', title: t(l, 'onlineAndPostalSharesTitle') }),
      groupedCountsSpec(ctx, unit.id, ONLINE_LEVELS, { id: 'online-levels', title: t(l, 'onlineLevelsTitle'), colors: ['sky', 'blue'] }),
    ],
    [...SHARE_RATES, ...ONLINE_LEVELS, 'received_online', 'received_postal'],
  );
  const families = indexFamilies(model.load.dataset.metrics);
  const indexCharts: ChartSpec[] = [];
  const indexMetrics: string[] = [];
  for (const f of families) {
    // Score and rank over the years with the lineage's lines and changes marked, then the latest sub-index profile.
    for (const m of [f.score, f.rank]) {
      if (!m || !metricsHere.has(m)) continue;
      indexMetrics.push(m);
      const spec = indexHistorySpec(ctx, unit.id, m);
      if (spec) indexCharts.push(spec);
    }
    const profile = indexProfileSpec(ctx, unit.id, f);
    if (profile) indexCharts.push(profile);
    for (const m of f.components) {
      if (!metricsHere.has(m)) continue;
      indexMetrics.push(m);
      // A chart over the years for each sub-index on its fixed scale (PCI's ten, PAPI's eight dimensions); PAPI's
      // sub-dimensions (no fixed scale, some thirty) stay in the figures table, or a province page draws 60 charts.
      if (model.metric(m)?.scale && seriesOf(obs, m).length > 1) {
        const spec = unitMetricSpec(ctx, unit.id, m);
        if (spec) indexCharts.push(spec);
      }
    }
  }
  add('chi-so', t(l, 'indices'), indexCharts, indexMetrics);
  // The indices draw their own lineage above; this chart joins the other metrics (the on-time rate first).
  const indexIds = new Set(families.flatMap((f) => [f.score, f.rank, ...f.components].filter((m): m is string => !!m)));
  add('qua-sap-nhap', t(l, 'lineage'), [lineageSpec(ctx, unit.id, [HEADLINE_RATE], indexIds)], []);
  // Every other metric with at least two periods gets its own line chart; the rest are in the figures table.
  const others: ChartSpec[] = [];
  for (const m of model.load.dataset.metrics) {
    if (covered.has(m.id) || !metricsHere.has(m.id) || ratesCountIds.has(m.id)) continue;
    if (seriesOf(obs, m.id).length < 2 && !(model.targetsByUnit.get(unit.id) ?? []).some((x) => x.metric === m.id)) continue;
    const spec = unitMetricSpec(ctx, unit.id, m.id);
    if (spec) others.push(spec);
  }
  add('khac', t(l, 'otherMetricsSection'), others, []);
  return sections;
}

/** The latest published figure of a few headline metrics. */
export function keyFigures(model: SiteModel, unitId: string, l: Locale): KeyFigure[] {
  const obs = model.obsByUnit.get(unitId) ?? [];
  const wanted = [HEADLINE_RATE, 'received_total', 'resolved_late', 'pct_online', 'online_level3_4', 'par_index_score', 'sipas_score', 'service_index_score', 'pci_score', 'papi_score'];
  const out: KeyFigure[] = [];
  for (const m of wanted) {
    const s = seriesOf(obs, m);
    const last = s.at(-1);
    if (last) out.push({ metric: m, label: model.metricLabel(m, l), obs: last.obs });
    else if (m === HEADLINE_RATE) {
      // Not published, but its counts are: show the rate, labelled as ours (Sa Đéc H1/2022: 2114 / 2264).
      const def = RATES.find((r) => r.rate === m);
      const c = def ? computedSeries(obs, def).at(-1) : undefined;
      if (c && c.inputs[0]) {
        out.push({ metric: m, label: model.metricLabel(m, l), obs: c.inputs[0], computed: { value: c.value, numerator: c.numerator, denominator: c.denominator } });
      }
    }
  }
  if (out.length === 0) {
    const latest = [...obs].sort((a, b) => comparePeriods(a.period, b.period)).slice(-4).reverse();
    for (const o of latest) out.push({ metric: o.metric, label: model.metricLabel(o.metric, l), obs: o });
  }
  return out.slice(0, 6);
}

/** A change of the unit's lineage: the unit on its other side, the kind of change and its date. */
export interface LineageLink {
  unit: UnitLink;
  kind: UnitChange['kind'];
  date: string;
}

/** A key figure as the page shows it: its metric's kind (how the value is written) and its source's title. */
export interface KeyFigureView extends KeyFigure {
  kind: MetricKind;
  sourceTitle: string;
}

/** A target of the unit, with the metric its line names: label and kind (how the value is written). */
export interface TargetView extends TargetTerms {
  metric: string;
  label: string;
  kind: MetricKind;
}

/** How many of the unit's figures the page lists (the latest periods in full, up to FIGURES_LIMIT). */
export const FIGURES_LIMIT = 120;

/**
 * Everything the unit page shows besides its charts, so the view renders it without the model: the unit and its
 * parent, lineage, key figures, sections (each naming its charts by spec id; the page data holds the charts),
 * targets, warnings, the figures table and the children with a page.
 */
export interface UnitPageBody {
  unit: Pick<Unit, 'id' | 'level' | 'gso_code' | 'valid_from' | 'valid_to'>;
  name: string;
  /** Left out when it is the nation. */
  parent?: UnitLink;
  lineage: { before: LineageLink[]; after: LineageLink[] };
  keyFigures: KeyFigureView[];
  sections: { id: string; title: string; charts: string[] }[];
  targets: TargetView[];
  warnings: Pick<WarningEntry, 'problem' | 'anchor'>[];
  /** The unit's figures: how many, and the table of those listed (none without figures). */
  figures: { total: number; listed: number; table?: TableTwin };
  children: UnitLink[];
  /** Children without a page (no figures yet). */
  childrenWithout: number;
}

/** A unit as a page names it: its label, linked when it has a page. */
export function unitLink(model: SiteModel, id: string, l: Locale): UnitLink {
  return { id, label: model.unitLabel(id, l), ...(model.hasPage(id) ? { href: unitHref(l, id) } : {}) };
}

function unitBody(model: SiteModel, unit: Unit, l: Locale, sections: UnitSection[]): UnitPageBody {
  const name = model.unitLabel(unit, l);
  const obs = model.obsByUnit.get(unit.id) ?? [];
  const parent = unit.parent ? model.units.get(unit.parent) : undefined;
  const { before, after } = model.lineage(unit.id);
  const kids = model.children.get(unit.id) ?? [];
  const children = kids.filter((c) => model.hasPage(c.id));
  const listed = [...obs].sort((a, b) => comparePeriods(b.period, a.period)).slice(0, FIGURES_LIMIT);
  return {
    unit: { id: unit.id, level: unit.level, gso_code: unit.gso_code, valid_from: unit.valid_from, valid_to: unit.valid_to },
    name,
    ...(parent && parent.level !== 'nation' ? { parent: unitLink(model, parent.id, l) } : {}),
    lineage: {
      before: before.map((c) => ({ unit: unitLink(model, c.from, l), kind: c.kind, date: c.date })),
      after: after.map((c) => ({ unit: unitLink(model, c.to, l), kind: c.kind, date: c.date })),
    },
    keyFigures: keyFigures(model, unit.id, l).map((f) => ({ ...f, kind: kindOf(model, f.metric), sourceTitle: model.sourceTitle(f.obs.source) })),
    sections: sections.map((s) => ({ id: s.id, title: s.title, charts: s.charts.map((c) => c.id) })),
    targets: (model.targetsByUnit.get(unit.id) ?? []).map((tg) => ({
      metric: tg.metric,
      label: model.metricLabel(tg.metric, l),
      kind: kindOf(model, tg.metric),
      ...targetTerms(model, tg),
    })),
    warnings: model.warningsForUnit(unit.id).map((w) => ({ problem: w.problem, anchor: w.anchor })),
    figures: {
      total: obs.length,
      listed: listed.length,
      ...(listed.length ? { table: figuresTable(model, listed, l, tf(l, 'unitFiguresCaption', { name }), { metric: true, source: true }) } : {}),
    },
    children: children.map((c) => unitLink(model, c.id, l)),
    childrenWithout: kids.length - children.length,
  };
}

/**
 * Whether a unit's page has a share card of its own: not when its pages are bulk (communes): thousands of cards
 * few would ever share; those pages show the site's card (export/og-image.ts).
 */
export const ownCard = (unit: Unit): boolean => !unitPageType.bulk?.(unit);

/** A unit page: everything it shows (don-vi/[id].astro renders its view). */
export const unitPageType: PageType<Unit, UnitPageBody> = {
  kind: 'unit',
  section: 'don-vi',
  items: (model) => model.pageUnits,
  id: (unit) => unit.id,
  href: (l, unit) => unitHref(l, unit.id),
  // What the page reads, so what its key digests (site/page-key.ts): its figures and its lineage's, field by field
  // with their warnings (the downloads cite file and line); the warnings about the unit, which page-wide checks may
  // raise from another file; whether its parent, province (breadcrumbs), children and lineage have a page (links
  // appear with a first figure).
  dependencies: (model, unit) => {
    const { before, after } = model.lineage(unit.id);
    const lineage = [...before.map((c) => c.from), ...after.map((c) => c.to)];
    return {
      units: [unit.id, ...lineage],
      metrics: [],
      sources: [],
      unitWarnings: [unit.id],
      sourceWarnings: [],
      hasPage: [...new Set([unit.parent ?? '', model.provinceOf(unit)?.id ?? '', ...(model.children.get(unit.id) ?? []).map((c) => c.id), ...lineage])].filter((id) => id),
      periodLabels: false,
    };
  },
  build: (model, unit, l) => {
    const name = model.unitLabel(unit, l);
    const province = model.provinceOf(unit);
    const sections = unitSections(model, unit, l);
    return {
      head: {
        title: name,
        description: tf(l, 'unitPageDescription', { name }),
        section: 'units',
        breadcrumbs: [
          { label: t(l, 'home'), href: href(l) },
          { label: t(l, 'units'), href: href(l, 'units') },
          ...(province && province.id !== unit.id ? [{ label: model.unitLabel(province, l), href: model.hasPage(province.id) ? unitHref(l, province.id) : undefined }] : []),
          { label: name },
        ],
        ogImage: ownCard(unit) ? unitOgHref(l, unit.id) : siteOgHref(l),
      },
      specs: sections.flatMap((s) => s.charts),
      body: unitBody(model, unit, l, sections),
    };
  },
  bulk: (unit) => unit.level === 'commune',
};
