/**
 * The source line under a chart, compact however many publications the chart draws from. A province's PCI history
 * cites one data file per year (vcci-2006-pci … vcci-2019-pci) plus news pages: listed one by one, the line runs to
 * twenty links. Like Our World in Data, the line names each publisher once ("VCCI & USAID, PCI 2005–2019 (15
 * nguồn)") and the chart keeps the full list of publications one click away; no source is ever dropped.
 */
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import type { Source } from '../schema/source.ts';
import type { SourceRef } from './spec.ts';

/** One entry of the line: a single publication, or every publication of one publisher. */
export interface SourceGroup {
  /** "VCCI & USAID, PCI 2005–2019"; a lone publication's title, or on a grouped line its publisher. */
  label: string;
  /** The publication's page, or (for a group) the chart's full list. */
  href: string;
  /** The publications behind the entry, in the chart's order. */
  sources: SourceRef[];
}

export interface SourceLine {
  /** "Nguồn" or "Sources". */
  lead: string;
  /** The entries shown on the line, most publications first. */
  groups: SourceGroup[];
  /** Publications of the entries folded into "and N other sources" (linked to the full list). */
  rest: SourceRef[];
  /** True when the line does not link every publication itself: the chart must show the full list. */
  needsList: boolean;
}

export interface SourceLineOptions {
  /** Where a group and "N other sources" link: the chart's full list ("#chart-id-nguon"). */
  listHref: string;
  /** Entries shown on the line before the rest are folded (the last place goes to "N other sources"). */
  maxGroups?: number;
}

/** What the line reads of a publication; `undefined` where sources.csv leaves it blank. */
type SourceFields = { title: string; publisher?: Source['publisher']; published?: Source['published'] };
/** Publication facts by source id: the site's sources.csv, or the comparison data's copy in the browser. */
export type SourceTable = ReadonlyMap<string, SourceFields>;

const YEAR = /\b(?:19|20)\d{2}\b/g;

/** The publication years named in a title, else the year it was published. */
function yearsOf(ref: SourceRef, row: SourceFields | undefined): number[] {
  const inTitle = (row?.title ?? ref.title).match(YEAR)?.map(Number) ?? [];
  if (inTitle.length) return inTitle;
  return row?.published ? [Number(row.published.slice(0, 4))] : [];
}

/** "2005–2019", "2024", or nothing. */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/**
 * The series a group's titles share once their years are taken out, shortened to its acronym when it names one:
 * "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) 2006: dữ liệu các tỉnh" → "PCI". Undefined when the titles differ.
 */
function seriesName(titles: readonly string[]): string | undefined {
  const bare = new Set(titles.map((x) => x.replace(YEAR, '').replace(/\s+([:,;)])/g, '$1').replace(/\s{2,}/g, ' ').trim()));
  if (bare.size !== 1) return undefined;
  const [name] = bare as Set<string>;
  return name!.match(/\(([A-Z][A-Z0-9 ]{1,15})\)/)?.[1] ?? name;
}

/** "VCCI & USAID, PCI 2005–2019" for one series' editions; the publisher alone when the titles differ (their years would be a guess). */
function groupLabel(publisher: string, refs: readonly SourceRef[], rows: readonly (SourceFields | undefined)[]): string {
  const series = seriesName(refs.map((r, i) => rows[i]?.title ?? r.title));
  if (series === undefined) return publisher;
  return `${publisher}, ${[series, yearSpan(refs.flatMap((r, i) => yearsOf(r, rows[i])))].filter(Boolean).join(' ')}`;
}

/**
 * The chart's source line: up to `maxGroups` sources each linked by its title; more are grouped by publisher (a
 * source without a publisher is its own entry), the largest groups first and ties in the chart's order; a group of
 * one links its publication, a larger group and the folded rest link the full list.
 */
export function sourceLine(
  refs: readonly SourceRef[],
  table: SourceTable,
  l: Locale,
  opts: SourceLineOptions,
): SourceLine {
  const maxGroups = Math.max(1, opts.maxGroups ?? 4);
  const byPublisher = new Map<string, SourceRef[]>();
  // A few sources fit on the line by their titles; grouping starts when they would not.
  const few = refs.length <= maxGroups;
  for (const r of refs) {
    const key = (!few && table.get(r.id)?.publisher?.trim()) || `\u0000${r.id}`;
    byPublisher.set(key, [...(byPublisher.get(key) ?? []), r]);
  }
  const groups: SourceGroup[] = [...byPublisher.entries()]
    .map(([key, members], order) => ({ key, members, order }))
    .sort((a, b) => b.members.length - a.members.length || a.order - b.order)
    .map(({ key, members }) =>
      members.length === 1
        ? // On a grouped line a lone publication is named by its publisher too; its title is in the full list.
          { label: few ? members[0]!.title : (table.get(members[0]!.id)?.publisher?.trim() || members[0]!.title), href: members[0]!.href, sources: members }
        : { label: groupLabel(key, members, members.map((r) => table.get(r.id))), href: opts.listHref, sources: members },
    );
  const shown = groups.length > maxGroups ? groups.slice(0, maxGroups - 1) : groups;
  const rest = groups.slice(shown.length).flatMap((g) => g.sources);
  return {
    lead: t(l, refs.length > 1 ? 'sourcesPlural' : 'source'),
    groups: shown,
    rest,
    needsList: rest.length > 0 || shown.some((g) => g.sources.length > 1),
  };
}

/** "(15 nguồn)" after a group; "và 7 nguồn khác" for the folded rest; "Tất cả 22 nguồn" on the full list. */
export const sourceCount = (n: number, l: Locale) => `(${n} ${t(l, 'sourcesCount')})`;
export const moreSources = (n: number, l: Locale) => `${t(l, 'sourcesMore')} ${n} ${t(l, 'sourcesOther')}`;
export const allSources = (n: number, l: Locale) => `${t(l, 'sourcesAll')} (${n})`;
