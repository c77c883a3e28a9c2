/**
 * The ranking of one index in one publication (PCI 2019, PAR INDEX 2023 …): every ranked unit with its published
 * score and rank, grouped as the publisher ranks them (provinces, ministries, regions), the change since the
 * previous year (the portal's computation), a ranking chart per group and, for provinces, a tile-grid map.
 * Pure: model, item and language in.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { fmtNumber, fmtPeriod, fmtPeriodShort, fmtValue } from '../i18n/format.ts';
import type { MetricKind } from '../values/kinds.ts';
import { t, tf } from '../i18n/strings.ts';
import { href, sourceHref, unitHref } from '../i18n/routes.ts';
import { indexFamilies, type IndexFamily } from '../metrics/families.ts';
import type { Observation } from '../schema/observation.ts';
import { periodKey, type Period } from '../values/period.ts';
import { publishedRankingSpec, rankingTable } from '../charts/build/ranking.ts';
import type { TableTwin } from '../charts/spec.ts';
import type { SiteModel } from './model.ts';
import type { PageType } from './page-data.ts';
import { rankingMap, type RankingMap } from './ranking-map.ts';

/** Sources of the publishers themselves: their figure is shown first, other sources' as a note. */
const PUBLISHER_SOURCES = /^(vcci|cecodes)-/;

/** Other headline scores a family published in some years (PAPI's six-dimension total before 2018). */
const OTHER_SCORES: Record<string, readonly string[]> = { papi: ['papi_score_six_dimensions'] };

/** How the publishers group the ranked units (PAR INDEX and SIPAS rank ministries apart from provinces). */
const GROUPS = ['province', 'agency', 'aggregate'] as const;
type GroupLevel = (typeof GROUPS)[number] | 'other';

export interface RankingItem {
  family: IndexFamily;
  /** URL part of the index: `pci`, `par-index`, `service-index`. */
  slug: string;
  /** URL part of the publication: its period label (`2019`, `2024-08-19`). */
  seg: string;
  period: Period;
  /** The headline score this publication printed (PAPI changed it in 2018). */
  score: string;
  /** The same family's publication a year earlier, when there is one. */
  previous?: { period: Period; score: string; seg: string };
}

export interface Figure {
  obs: Observation;
  /** Other sources' figures for the same unit, metric and period. */
  alternates: Observation[];
}

export interface RankingRow {
  unit: string;
  name: string;
  /** Name without "Tỉnh", "Thành phố" (chart and map labels). */
  short: string;
  href?: string;
  score?: Figure;
  rank?: Figure;
  previousScore?: Figure;
  previousRank?: Figure;
  /** Score minus last year's (same metric only), rounded to the printed precision: the portal's computation. */
  scoreChange?: number;
  /** Last year's rank minus this year's (+ = moved up): the portal's computation. */
  rankChange?: number;
}

export interface RankingGroup {
  level: GroupLevel;
  label: string;
  rows: RankingRow[];
}

export interface RankingBody {
  item: RankingItem;
  title: string;
  scoreLabel: string;
  scoreKind: MetricKind;
  groups: RankingGroup[];
  sources: string[];
  sourceLinks: { title: string; href: string }[];
  /** The family's other publications, for the year links. */
  siblings: { label: string; href: string; current: boolean }[];
}

export const familySlug = (f: IndexFamily) => f.prefix.replace(/_/g, '-');
const segOf = (p: Period) => p.label.replace(/[^0-9A-Za-z-]+/g, '-');

/** Every publication of every index family (or of the one whose prefix is given) that has a score or a published rank. */
export function rankingItems(model: SiteModel, onlyPrefix?: string): RankingItem[] {
  const out: RankingItem[] = [];
  for (const family of indexFamilies(model.load.dataset.metrics)) {
    if (onlyPrefix !== undefined && family.prefix !== onlyPrefix) continue;
    const scores = [family.score, ...(OTHER_SCORES[family.prefix] ?? [])];
    const periods = new Map<string, { period: Period; score: string }>();
    for (const m of [...scores, ...(family.rank ? [family.rank] : [])]) {
      for (const [k, e] of model.byPeriod(m)) {
        const has = periods.get(k);
        // The headline score with the most units names the publication's score.
        const score = scores.includes(m) && (!has || !scores.includes(has.score) || e.values.size > (model.byPeriod(has.score).get(k)?.values.size ?? 0)) ? m : has?.score ?? scores[0]!;
        periods.set(k, { period: e.period, score });
      }
    }
    const items = [...periods.values()].sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
    const used = new Set<string>();
    for (const { period, score } of items) {
      let seg = segOf(period);
      for (let n = 2; used.has(seg); n++) seg = `${segOf(period)}-${n}`;
      used.add(seg);
      const year = Number(period.start.slice(0, 4));
      const prev = period.kind === 'year' ? out.findLast((i) => i.family === family && i.period.kind === 'year' && Number(i.period.start.slice(0, 4)) === year - 1) : undefined;
      out.push({ family, slug: familySlug(family), seg, period, score, previous: prev && { period: prev.period, score: prev.score, seg: prev.seg } });
    }
  }
  return out;
}

export const rankingHref = (l: Locale, slug: string, seg: string) => `${href(l, 'indices')}${slug}/${seg}/`;

/** Every figure of a metric for a period, by unit, the publisher's own first. */
function figuresOf(model: SiteModel, metric: string, period: Period): Map<string, Figure> {
  const k = periodKey(period);
  const byUnit = new Map<string, Observation[]>();
  for (const o of model.obsByMetric.get(metric) ?? []) {
    if (periodKey(o.period) !== k) continue;
    const list = byUnit.get(o.unit) ?? [];
    list.push(o);
    byUnit.set(o.unit, list);
  }
  const out = new Map<string, Figure>();
  for (const [u, list] of byUnit) {
    const first = list.find((o) => PUBLISHER_SOURCES.test(o.source)) ?? list[0]!;
    out.set(u, { obs: first, alternates: list.filter((o) => o !== first) });
  }
  return out;
}

/** Decimal places as printed (the CSV keeps Vietnamese text; the value is a float). */
const places = (v: number) => Math.min(4, (String(v).split('.')[1] ?? '').length);

/** a − b rounded to the precision both were published with, so 73,40 − 70,36 is 3,04, not 3,0400000000000063. */
export function difference(a: number, b: number): number {
  const p = Math.max(places(a), places(b));
  return Math.round((a - b) * 10 ** p) / 10 ** p;
}

export const shortName = (name: string) => name.replace(/^(Tỉnh|Thành phố)\s+/u, '').replace(/\s+(Province|City)$/u, '');

function groupLabel(level: GroupLevel, l: Locale): string {
  return t(l, `rankingGroup_${level}`);
}

export function rankingPage(model: SiteModel, item: RankingItem, l: Locale): RankingBody {
  const { family, period, score } = item;
  const scores = figuresOf(model, score, period);
  const ranks = family.rank ? figuresOf(model, family.rank, period) : new Map<string, Figure>();
  const prevScores = item.previous && item.previous.score === score ? figuresOf(model, score, item.previous.period) : new Map<string, Figure>();
  const prevRanks = item.previous && family.rank ? figuresOf(model, family.rank, item.previous.period) : new Map<string, Figure>();
  const scoreKind = (model.metric(score)?.kind ?? 'score') as MetricKind;
  const lower = model.metric(score)?.better === 'lower';
  const units = [...new Set([...scores.keys(), ...ranks.keys()])];
  const groups = new Map<GroupLevel, RankingRow[]>();
  for (const u of units) {
    const unit = model.units.get(u);
    const level: GroupLevel = (GROUPS as readonly string[]).includes(unit?.level ?? '') ? (unit!.level as GroupLevel) : 'other';
    const name = model.unitLabel(u, l);
    const row: RankingRow = {
      unit: u,
      name,
      short: shortName(unit ? (l === 'en' && unit.name_en ? unit.name_en : unit.name) : u),
      href: model.hasPage(u) ? unitHref(l, u) : undefined,
      score: scores.get(u),
      rank: ranks.get(u),
      previousScore: prevScores.get(u),
      previousRank: prevRanks.get(u),
    };
    if (row.score && row.previousScore) row.scoreChange = difference(row.score.obs.value, row.previousScore.obs.value);
    if (row.rank && row.previousRank) row.rankChange = row.previousRank.obs.value - row.rank.obs.value;
    groups.set(level, [...(groups.get(level) ?? []), row]);
  }
  // Published rank first; units without one after, by score.
  const order = (a: RankingRow, b: RankingRow) =>
    (a.rank?.obs.value ?? Infinity) - (b.rank?.obs.value ?? Infinity) ||
    (lower ? 1 : -1) * ((a.score?.obs.value ?? (lower ? Infinity : -Infinity)) - (b.score?.obs.value ?? (lower ? Infinity : -Infinity))) ||
    a.name.localeCompare(b.name, l);
  const levels: GroupLevel[] = [...GROUPS, 'other'];
  const sources = new Set<string>();
  for (const f of [...scores.values(), ...ranks.values()]) for (const o of [f.obs, ...f.alternates]) sources.add(o.source);
  return {
    item,
    title: `${model.metricLabel(family.score, l)} ${fmtPeriod(period, l)}`,
    scoreLabel: model.metricLabel(score, l),
    scoreKind,
    groups: levels.filter((lv) => groups.has(lv)).map((lv) => ({ level: lv, label: groupLabel(lv, l), rows: groups.get(lv)!.sort(order) })),
    sources: [...sources].sort(),
    sourceLinks: [...sources].sort().map((s) => ({ title: model.sourceTitle(s), href: sourceHref(l, s) })),
    siblings: rankingItems(model, item.family.prefix)
      .map((i) => ({ label: fmtPeriodShort(i.period, l), href: rankingHref(l, i.slug, i.seg), current: i.seg === item.seg })),
  };
}

/** A signed change as printed: "+3,04", "−2", "0". */
export function fmtChange(v: number, kind: MetricKind, l: Locale): string {
  const s = kind === 'rank' ? fmtNumber(Math.abs(v), l, 0) : fmtValue(Math.abs(v), kind, l);
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}

const itemsCache = new WeakMap<SiteModel, RankingItem[]>();
const itemsOf = (model: SiteModel) => {
  let hit = itemsCache.get(model);
  if (!hit) itemsCache.set(model, (hit = rankingItems(model)));
  return hit;
};

/** The body the view renders: the groups' tables (page order) and the provinces' map. */
export type RankingPageBody = RankingBody & { map?: RankingMap; tables: TableTwin[] };

export const rankingPageType: PageType<RankingItem, RankingPageBody> = {
  kind: 'ranking',
  section: 'xep-hang',
  items: itemsOf,
  id: (i) => `${i.slug}/${i.seg}`,
  keyId: (i) => `${i.slug}-${i.seg}`,
  href: (l, i) => rankingHref(l, i.slug, i.seg),
  // The publication's scores and ranks, and the year links to its family's other publications (`rankingItems` of
  // that family reads the family's scores and ranks): a PCI figure renders the PCI pages again, not PAPI's.
  dependencies: (_model, i) => ({
    units: [],
    metrics: [i.family.score, ...(OTHER_SCORES[i.family.prefix] ?? []), ...(i.family.rank ? [i.family.rank] : [])],
    sources: [],
    unitWarnings: [],
    sourceWarnings: [],
    hasPage: 'all',
    periodLabels: true,
  }),
  build: (model, i, l) => {
    const body = rankingPage(model, i, l);
    const map = rankingMap(model, body, l);
    const specs: ChartSpec[] = body.groups.map((g) => publishedRankingSpec({ model, locale: l }, body, g)).filter((s): s is ChartSpec => !!s);
    return {
      head: {
        title: body.title,
        description: tf(l, 'rankingPageDescription', { title: body.title }),
        section: 'indices',
        breadcrumbs: [{ label: t(l, 'home'), href: href(l) }, { label: t(l, 'indices'), href: href(l, 'indices') }, { label: body.title }],
      },
      specs,
      body: {
        ...body,
        map,
        // A group with a chart keeps its figures' quotes in the chart's table twin: verbatim table rows printed in
        // the visible table would push the rank and score off a phone's screen.
        tables: body.groups.map((g) => {
          const table = rankingTable({ model, locale: l }, body, g);
          return specs.some((s) => s.id === `xep-hang--${g.level}`) ? { ...table, rows: table.rows.map((r) => r.map(({ quote: _q, ...c }) => c)) } : table;
        }),
      },
    };
  },
};
