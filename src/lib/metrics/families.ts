/**
 * Groupings of metric ids the pages need: index families (PAR INDEX, SIPAS, PAPI, PCI, the QĐ 766 service index),
 * the dossier outcome categories, and the shares. Only ids live here; every label comes from metrics.csv.
 */
import type { Metric } from '../schema/metric.ts';

export interface IndexFamily {
  /** Id prefix shared by the family's metrics. */
  prefix: string;
  /** The headline score (its label names the family). */
  score: string;
  rank?: string;
  /** Component scores: every other metric with the prefix. */
  components: string[];
}

const INDEX_PREFIXES = ['par_index', 'sipas', 'papi', 'pci', 'service_index'] as const;

/** The index families present in metrics.csv, in a fixed order. */
export function indexFamilies(metrics: readonly Metric[]): IndexFamily[] {
  const ids = new Set(metrics.map((m) => m.id));
  const out: IndexFamily[] = [];
  for (const prefix of INDEX_PREFIXES) {
    const score = `${prefix}_score`;
    if (!ids.has(score)) continue;
    const rank = ids.has(`${prefix}_rank`) ? `${prefix}_rank` : undefined;
    const components = metrics.map((m) => m.id).filter((id) => id.startsWith(`${prefix}_`) && id !== score && id !== rank);
    out.push({ prefix, score, rank, components });
  }
  return out;
}

export function familyOf(metricId: string, families: readonly IndexFamily[]): IndexFamily | undefined {
  return families.find((f) => metricId === f.score || metricId === f.rank || f.components.includes(metricId));
}

/**
 * Dossier outcomes, in stacking order. `resolved_on_time_or_early` is drawn only when the publication does not split
 * it into early and on time; in-progress is split into within-deadline and overdue when published.
 */
export const OUTCOMES = {
  split: ['resolved_early', 'resolved_on_time'],
  joined: 'resolved_on_time_or_early',
  late: 'resolved_late',
  inProgress: 'in_progress',
  inProgressSplit: ['in_progress_within_deadline', 'in_progress_overdue'],
} as const;

/** Metrics the outcome chart draws (any of them present makes the chart). */
export const OUTCOME_METRICS: readonly string[] = [...OUTCOMES.split, OUTCOMES.joined, OUTCOMES.late, OUTCOMES.inProgress, ...OUTCOMES.inProgressSplit];

/** Published shares of channels and the counts they come from. */
export const SHARE_RATES: readonly string[] = ['pct_online', 'pct_postal'];
/** The headline rate of the portal. */
export const HEADLINE_RATE = 'pct_on_time_or_early';
/** Apology letters are compared with late dossiers. */
export const APOLOGY = { letters: 'apology_letters', late: ['resolved_late', 'in_progress_overdue'] } as const;
/** Online service levels. */
export const ONLINE_LEVELS: readonly string[] = ['online_level3', 'online_level4'];
