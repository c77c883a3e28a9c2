import { z } from 'zod';
import { id, optional, optionalDate, optionalUrl, required } from './fields.ts';

export const sourceColumns = {
  file: 'sources.csv',
  required: ['id', 'title', 'url'],
  optional: ['publisher', 'published', 'accessed', 'note'],
} as const;

/** One row of sources.csv: a publication that figures come from. `url` may be blank when none is known. */
export const sourceSchema = z.object({
  id,
  title: required,
  url: optionalUrl,
  publisher: optional,
  published: optionalDate,
  accessed: optionalDate,
  note: optional,
});
export type Source = z.output<typeof sourceSchema>;
