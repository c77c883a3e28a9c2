/**
 * The metric kinds of the data contract (metrics.csv "kind"), declared once: the schema checks against this list and
 * the number reader and formatters take its type. It lives in values/ because that is the lowest layer that needs it.
 */
export const METRIC_KINDS = ['count', 'percent', 'rank', 'score', 'points'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
