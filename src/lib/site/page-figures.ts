/** The exact observations behind the charts assembled for the site-wide pages (home, indices, comparison). */
import type { ChartSpec } from '../charts/spec.ts';
import type { Observation } from '../schema/observation.ts';
import { periodKey } from '../values/period.ts';
import type { SiteModel } from './model.ts';

/** Every figure of `metrics` for `period`, for `units` (all units when not given): drawn values and alternates. */
export function periodFigures(model: SiteModel, metrics: readonly (string | undefined)[], period: string, units?: readonly string[]): Observation[] {
  const only = units ? new Set(units) : undefined;
  return metrics
    .filter((m): m is string => !!m)
    .flatMap((m) => (model.obsByMetric.get(m) ?? []).filter((o) => periodKey(o.period) === period && (!only || only.has(o.unit))));
}

/** Every figure of `metric` for `units`, in every period. */
export function unitFigures(model: SiteModel, metric: string, units: readonly string[]): Observation[] {
  const only = new Set(units);
  return (model.obsByMetric.get(metric) ?? []).filter((o) => only.has(o.unit));
}

/** The spec with the figures behind it attached (see export/catalog.ts `observationsBehind`). */
export function withFigures(spec: ChartSpec | undefined, figures: Observation[]): ChartSpec | undefined {
  return spec ? { ...spec, figures } : undefined;
}
