/**
 * The reference tables as downloads, written back in data-contract form (same columns, ids, ISO dates, contract
 * numbers), so the downloaded package is itself a data folder: units.csv, unit-aliases.csv, unit-changes.csv,
 * metrics.csv, sources.csv, targets.csv, plus observations.csv (observations-csv.ts).
 */
import type { Dataset } from '../dataset/dataset.ts';
import { UNIT_LEVELS, type Unit } from '../schema/unit.ts';
import type { UnitAlias } from '../schema/unit-alias.ts';
import { CHANGE_KINDS, type UnitChange } from '../schema/unit-change.ts';
import { BETTER, METRIC_KINDS, type Metric } from '../schema/metric.ts';
import type { Source } from '../schema/source.ts';
import { TARGET_OPS, type Target } from '../schema/target.ts';
import { toCsv, type ColumnType, type CsvColumn } from './csv.ts';

export interface DescribedColumn<R> extends CsvColumn<R> {
  description: string;
  extra?: Record<string, unknown>;
}

const c = <R>(name: string, type: ColumnType, description: string, get: (r: R) => string | number | undefined, extra?: Record<string, unknown>): DescribedColumn<R> => ({
  name,
  type,
  description,
  get,
  extra,
});
const req = { constraints: { required: true } };

export interface ReferenceTable<R = any> {
  name: string;
  file: string;
  title: string;
  description: string;
  rows: (ds: Dataset) => readonly R[];
  columns: DescribedColumn<R>[];
  primaryKey?: string[];
}

const units: ReferenceTable<Unit> = {
  name: 'units',
  file: 'units.csv',
  title: 'Đơn vị / Units',
  description: 'Administrative units and reporting bodies, with validity windows across the 2025 reorganisation.',
  rows: (ds) => ds.units,
  primaryKey: ['id'],
  columns: [
    c('id', 'string', 'Project id (never reused).', (u) => u.id, req),
    c('name', 'string', 'Official Vietnamese name.', (u) => u.name, req),
    c('level', 'string', 'nation, province, district, commune, agency, centre or aggregate.', (u) => u.level, {
      constraints: { required: true, enum: [...UNIT_LEVELS] },
    }),
    c('parent', 'string', 'Id of the parent unit.', (u) => u.parent),
    c('gso_code', 'string', 'Official code as text (leading zeros kept); may repeat in non-overlapping windows.', (u) => u.gso_code),
    c('valid_from', 'date', 'First day the unit exists (blank: open).', (u) => u.valid_from),
    c('valid_to', 'date', 'Last day the unit exists (blank: open).', (u) => u.valid_to),
    c('name_en', 'string', 'English name.', (u) => u.name_en),
  ],
};

const aliases: ReferenceTable<UnitAlias> = {
  name: 'unit-aliases',
  file: 'unit-aliases.csv',
  title: 'Tên khác / Unit aliases',
  description: 'Other names a unit is written under in publications.',
  rows: (ds) => ds.aliases,
  columns: [
    c('alias', 'string', 'The other name.', (a) => a.alias, req),
    c('unit', 'string', 'Unit id.', (a) => a.unit, req),
    c('note', 'string', 'Note.', (a) => a.note),
  ],
};

const changes: ReferenceTable<UnitChange> = {
  name: 'unit-changes',
  file: 'unit-changes.csv',
  title: 'Thay đổi đơn vị / Unit changes',
  description: 'Edges of mergers, splits, renames and transfers.',
  rows: (ds) => ds.changes,
  columns: [
    c('date', 'date', 'Date the change took effect.', (x) => x.date, req),
    c('from', 'string', 'Unit id before.', (x) => x.from, req),
    c('to', 'string', 'Unit id after.', (x) => x.to, req),
    c('kind', 'string', 'merge, split, rename or transfer.', (x) => x.kind, { constraints: { required: true, enum: [...CHANGE_KINDS] } }),
    c('share', 'number', 'Percent of the territory/population concerned (comma decimal mark).', (x) => x.share, { decimalChar: ',', groupChar: '' }),
    c('source', 'string', 'Source id.', (x) => x.source),
    c('note', 'string', 'Note.', (x) => x.note),
  ],
};

const metrics: ReferenceTable<Metric> = {
  name: 'metrics',
  file: 'metrics.csv',
  title: 'Chỉ tiêu / Metrics',
  description: 'The metric vocabulary.',
  rows: (ds) => ds.metrics,
  primaryKey: ['id'],
  columns: [
    c('id', 'string', 'Metric id.', (m) => m.id, req),
    c('label_vi', 'string', 'Vietnamese label.', (m) => m.label_vi, req),
    c('label_en', 'string', 'English label.', (m) => m.label_en, req),
    c('kind', 'string', 'count, percent, rank, score or points.', (m) => m.kind, { constraints: { required: true, enum: [...METRIC_KINDS] } }),
    c('better', 'string', 'higher, lower or none.', (m) => m.better, { constraints: { required: true, enum: [...BETTER] } }),
    c('description_vi', 'string', 'Vietnamese definition.', (m) => m.description_vi),
    c('description_en', 'string', 'English definition.', (m) => m.description_en),
    c('denominator', 'string', 'Denominator of a rate.', (m) => m.denominator),
    c('scale', 'string', 'Range of a score, e.g. 0-100; on 0-100 a % sign is read as the score.', (m) => (m.scale ? `${m.scale.min}-${m.scale.max}` : undefined)),
  ],
};

const sources: ReferenceTable<Source> = {
  name: 'sources',
  file: 'sources.csv',
  title: 'Nguồn / Sources',
  description: 'Publications the figures come from.',
  rows: (ds) => ds.sources,
  primaryKey: ['id'],
  columns: [
    c('id', 'string', 'Source id.', (s) => s.id, req),
    c('title', 'string', 'Title of the publication.', (s) => s.title, req),
    c('url', 'string', 'Address, when known.', (s) => s.url),
    c('publisher', 'string', 'Publisher.', (s) => s.publisher),
    c('published', 'date', 'Publication date.', (s) => s.published),
    c('accessed', 'date', 'Date the project read it.', (s) => s.accessed),
    c('note', 'string', 'Note.', (s) => s.note),
  ],
};

const targets: ReferenceTable<Target> = {
  name: 'targets',
  file: 'targets.csv',
  title: 'Chỉ tiêu phấn đấu / Targets',
  description: 'Targets set by directives or plans.',
  rows: (ds) => ds.targets,
  columns: [
    c('metric', 'string', 'Metric id.', (t) => t.metric, req),
    c('applies_to', 'string', 'Unit id the target applies to.', (t) => t.unit, req),
    { ...c<Target>('op', 'string', '>=, <=, =, > or <.', (t) => t.op, { constraints: { required: true, enum: [...TARGET_OPS] } }), verbatim: true },
    c('value', 'number', 'Target value (comma decimal mark).', (t) => t.value, { decimalChar: ',', groupChar: '', constraints: { required: true } }),
    c('source', 'string', 'Source id.', (t) => t.source, req),
    c('from', 'date', 'First day the target applies.', (t) => t.from),
    c('to', 'date', 'Last day the target applies.', (t) => t.to),
    c('note', 'string', 'Note.', (t) => t.note),
  ],
};

export const REFERENCE_TABLES: readonly ReferenceTable[] = [units, aliases, changes, metrics, sources, targets];

export function referenceCsv(ds: Dataset, table: ReferenceTable): string {
  return toCsv(table.columns, table.rows(ds));
}
