import type { Unit } from '../schema/unit.ts';
import type { UnitAlias } from '../schema/unit-alias.ts';
import type { UnitChange } from '../schema/unit-change.ts';
import type { Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import type { Target } from '../schema/target.ts';
import type { Observation } from '../schema/observation.ts';
import type { UnitRegistry } from './unit-registry.ts';

/** The typed dataset every page is built from. Only files without errors contribute. */
export interface Dataset {
  units: Unit[];
  aliases: UnitAlias[];
  changes: UnitChange[];
  metrics: Metric[];
  sources: Source[];
  targets: Target[];
  observations: Observation[];
  registry: UnitRegistry;
}
