import { z } from 'zod';
import { id, oneOf, optional, optionalDate, required } from './fields.ts';

export const UNIT_LEVELS = ['nation', 'province', 'district', 'commune', 'agency', 'centre', 'aggregate'] as const;

export const unitColumns = {
  file: 'units.csv',
  required: ['id', 'name', 'level'],
  optional: ['parent', 'gso_code', 'valid_from', 'valid_to', 'name_en'],
} as const;

/** One row of units.csv: an administrative unit or reporting body. */
export const unitSchema = z.object({
  id,
  name: required,
  level: oneOf(UNIT_LEVELS),
  parent: optional,
  gso_code: optional,
  valid_from: optionalDate,
  valid_to: optionalDate,
  name_en: optional,
});
export type Unit = z.output<typeof unitSchema>;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
