/**
 * Frictionless Data Package (v1 tabular-data-package profile) describing the whole-dataset download: one resource
 * per CSV, each with a Table Schema (field types, descriptions, comma decimal mark, primary and foreign keys),
 * byte size and sha256 of the file actually served.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../dataset/dataset.ts';
import { observationColumns } from './observations-csv.ts';
import { REFERENCE_TABLES } from './reference-csv.ts';
import type { ColumnType } from './csv.ts';

export interface ResourceFile {
  /** Path relative to datapackage.json. */
  path: string;
  /** Size in bytes and sha256 (hex) of the exact file served (with BOM). */
  bytes: number;
  sha256: string;
}

/** The description of a file written from one string. */
export const resourceFile = (path: string, text: string): ResourceFile => ({ path, bytes: Buffer.byteLength(text, 'utf8'), sha256: sha256(text) });

interface FieldLike {
  name: string;
  type: ColumnType;
  description: string;
  title?: string;
  extra?: Record<string, unknown>;
}

function field(c: FieldLike): Record<string, unknown> {
  const f: Record<string, unknown> = { name: c.name, type: c.type };
  if (c.type === 'date') f.format = 'default';
  if (c.title) f.title = c.title;
  f.description = c.description;
  return { ...f, ...c.extra };
}

const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface PackageOptions {
  /** Absolute URL of the portal (for `homepage`). */
  homepage: string;
  /** Build date, ISO. */
  created: string;
  /** The files, by resource name: `observations` and each reference table name. */
  files: Record<string, ResourceFile>;
}

export function dataPackage(ds: Dataset, opts: PackageOptions): Record<string, unknown> {
  const resource = (name: string, title: string, description: string, fields: FieldLike[], extraSchema: Record<string, unknown> = {}) => {
    const file = opts.files[name];
    if (!file) throw new Error(`datapackage: no file for resource ${name}`);
    return {
      name,
      path: file.path,
      profile: 'tabular-data-resource',
      title,
      description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: file.bytes,
      hash: `sha256:${file.sha256}`,
      dialect: DIALECT,
      schema: { fields: fields.map(field), missingValues: [''], ...extraSchema },
    };
  };
  return {
    profile: 'tabular-data-package',
    name: 'cchc-vietnam',
    title: 'Số liệu cải cách hành chính Việt Nam / Vietnam administrative-reform statistics',
    description:
      'Published one-stop-shop and administrative-reform figures, each with its source publication and verbatim quote, ' +
      'checked against data contract v1. The files form a data folder: put observations.csv under observations/ and ' +
      '`npm run validate -- --data DIR` reads it back. Cells of text columns beginning with = + - @ tab or CR carry a ' +
      "leading apostrophe (spreadsheet formula-injection escaping); remove one leading ' to get the text as published.",
    homepage: opts.homepage,
    created: `${opts.created}T00:00:00Z`,
    keywords: ['cải cách hành chính', 'administrative reform', 'one-stop shop', 'Vietnam', 'PAR INDEX', 'SIPAS'],
    contributors: [{ title: 'Cổng số liệu cải cách hành chính', role: 'publisher', path: opts.homepage }],
    sources: ds.sources.filter((s) => s.url).map((s) => ({ title: s.title, path: s.url })),
    resources: [
      resource(
        'observations',
        'Số liệu / Observations',
        'Every published figure: unit, period, metric, value, source and quote. Contract columns plus x_ columns for readers.',
        observationColumns(ds),
        {
          foreignKeys: [
            { fields: 'unit', reference: { resource: 'units', fields: 'id' } },
            { fields: 'metric', reference: { resource: 'metrics', fields: 'id' } },
            { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
          ],
        },
      ),
      ...REFERENCE_TABLES.map((t) =>
        resource(t.name, t.title, t.description, t.columns, t.primaryKey ? { primaryKey: t.primaryKey } : {}),
      ),
    ],
  };
}
