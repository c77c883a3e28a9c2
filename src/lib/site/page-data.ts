/**
 * What a page of the site is, as data: its head, its charts with the exact figures behind each, and a body of its
 * own type. Each kind of page is one `PageType` (unit-page.ts, metric-page.ts, home-page.ts, indices-page.ts,
 * compare-defaults.ts, ranking-page.ts, units-page.ts, metrics-page.ts, source-page.ts, sources-page.ts); registry.ts
 * lists them in build order.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Section } from '../i18n/routes.ts';
import type { Observation } from '../schema/observation.ts';
import type { SiteModel } from './model.ts';

export type PageKind = 'home' | 'unit' | 'metric' | 'source' | 'indices' | 'compare' | 'units' | 'metrics' | 'sources' | 'quality' | 'methodology' | 'ranking';

/** What a page reads; its key digests exactly this plus the reference tables, contract and build settings. */
export interface Dependencies {
  /** Every field and warning of these units' figures. */
  units: readonly string[];
  /** … of these metrics' figures (a rate: its counts too). */
  metrics: readonly string[];
  /** … of these sources' figures. */
  sources: readonly string[];
  /** Warnings listed about these units and sources. */
  unitWarnings: readonly string[];
  sourceWarnings: readonly string[];
  /** Units whose having a page decides a link. */
  hasPage: readonly string[] | 'all';
  /** The shared period labels (links spell their dates out). */
  periodLabels: boolean;
  /** Home, quality, search: any figure and any warning. */
  everything?: true;
  /** Which units and metrics have figures, not the figures (the comparison picker's lists). */
  withFigures?: true;
}

/** One chart of a page in one language. Field names are those of export/catalog.ts `ExportChart`. */
export interface ChartData {
  /** Site-wide id, flat ASCII: `<section>--<page>--<chart>` ("don-vi--ha-noi--rate"); used in every export URL. */
  key: string;
  locale: Locale;
  /** `spec.figures` is `observations`. */
  spec: ChartSpec;
  /** The published figures behind the chart, exactly as its builder read them. */
  observations: readonly Observation[];
  /** Path of the page that shows the chart, with the chart's anchor: `${href}#${spec.id}`. */
  pageHref: string;
  /** Content hash of this language's chart (its pinned version): figures + spec. */
  hash: string;
}

/** A unit a page names: its label, and the address of its page when it has one. */
export interface UnitLink {
  id: string;
  label: string;
  href?: string;
}

export interface PageHead {
  title: string;
  description: string;
  section?: Section | 'home';
  breadcrumbs: { label: string; href?: string }[];
  ogImage?: string;
}

export interface PageData<B = unknown> {
  kind: PageKind;
  id: string;
  locale: Locale;
  href: string;
  head: PageHead;
  charts: ChartData[];
  body: B;
}

export interface PageType<I, B> {
  kind: PageKind;
  /** The first part of its charts' keys: 'don-vi', 'chi-tieu', 'trang-chu' … */
  section: string;
  items(model: SiteModel): readonly I[];
  /** '' for a site-wide page (one item). */
  id(item: I): string;
  /** The page's part of its charts' keys when not its id (metric ids are snake_case; keys use hyphens). */
  keyId?(item: I): string;
  href(l: Locale, item: I): string;
  dependencies(model: SiteModel, item: I): Dependencies;
  /** Pure: model, item and language in; the page's head, its charts in page order and its body out. */
  build(model: SiteModel, item: I, l: Locale): { head: PageHead; specs: ChartSpec[]; body: B };
  /** Pages of which there are thousands (communes). */
  bulk?(item: I): boolean;
}
