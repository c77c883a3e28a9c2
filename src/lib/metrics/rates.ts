/**
 * Published rates and the counts they can be computed from. Publications use different denominators, so a
 * computed rate is shown beside the published one, labelled as ours, never in its place.
 */
export interface RateDefinition {
  /** The published rate's metric id. */
  rate: string;
  /** Alternative numerators: the first whose parts are all present is used. */
  numerators: readonly (readonly string[])[];
  /** Alternative denominators, likewise. */
  denominators: readonly (readonly string[])[];
}

const RESOLVED = [['resolved'], ['resolved_early', 'resolved_on_time', 'resolved_late'], ['resolved_on_time_or_early', 'resolved_late']] as const;

export const RATES: readonly RateDefinition[] = [
  { rate: 'pct_on_time_or_early', numerators: [['resolved_on_time_or_early'], ['resolved_early', 'resolved_on_time']], denominators: RESOLVED },
  { rate: 'pct_on_time', numerators: [['resolved_on_time']], denominators: RESOLVED },
  { rate: 'pct_early', numerators: [['resolved_early']], denominators: RESOLVED },
  { rate: 'pct_late', numerators: [['resolved_late']], denominators: RESOLVED },
  { rate: 'pct_online', numerators: [['received_online']], denominators: [['received_new'], ['received_total']] },
  { rate: 'pct_postal', numerators: [['received_postal']], denominators: [['received_new'], ['received_total']] },
];

/** Sum of the first alternative whose parts are all present, with the ids used; undefined when none is complete. */
export function firstComplete(values: ReadonlyMap<string, number>, alternatives: readonly (readonly string[])[]): { value: number; parts: readonly string[] } | undefined {
  for (const parts of alternatives) {
    let sum = 0;
    let complete = true;
    for (const p of parts) {
      const v = values.get(p);
      if (v === undefined) {
        complete = false;
        break;
      }
      sum += v;
    }
    if (complete) return { value: sum, parts };
  }
  return undefined;
}

/** The rate computed from counts, in percent, or undefined when the counts are not all published. */
export function computedRate(values: ReadonlyMap<string, number>, def: RateDefinition): { value: number; numerator: number; denominator: number; parts: string } | undefined {
  const num = firstComplete(values, def.numerators);
  const den = firstComplete(values, def.denominators);
  if (!num || !den || den.value === 0) return undefined;
  return { value: (num.value / den.value) * 100, numerator: num.value, denominator: den.value, parts: `(${num.parts.join(' + ')}) / (${den.parts.join(' + ')})` };
}

/** Sum identities of the standard one-stop form: total = parts. */
export const SUMS: readonly { total: string; parts: readonly (readonly string[])[] }[] = [
  { total: 'received_total', parts: [['received_carried_over', 'received_new']] },
  { total: 'received_new', parts: [['received_online', 'received_direct', 'received_postal']] },
  { total: 'resolved', parts: [['resolved_early', 'resolved_on_time', 'resolved_late'], ['resolved_on_time_or_early', 'resolved_late']] },
  { total: 'resolved_on_time_or_early', parts: [['resolved_early', 'resolved_on_time']] },
  { total: 'received_total', parts: [['resolved', 'in_progress']] },
  { total: 'in_progress', parts: [['in_progress_within_deadline', 'in_progress_overdue']] },
];
