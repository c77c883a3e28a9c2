import { z } from 'zod';
import { optional, required } from './fields.ts';

export const unitAliasColumns = { file: 'unit-aliases.csv', required: ['alias', 'unit'], optional: ['note'] } as const;

/** One row of unit-aliases.csv: another name for a unit (spelling variants, "TP." prefixes…). */
export const unitAliasSchema = z.object({ alias: required, unit: required, note: optional });
export type UnitAlias = z.output<typeof unitAliasSchema>;
