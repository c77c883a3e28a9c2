/**
 * The import's output as contract CSV text: one long-shape file per index and year
 * (`observations/indices/pci-2019.csv`), and its own rows of sources.csv. Deterministic: the same workbooks give
 * the same bytes, so a test can re-run the import and compare with the committed files.
 */
import Papa from 'papaparse';
import type { Figure } from './figures.ts';
import { OWNED_SOURCE, type SourceRow } from './sources.ts';

export const FIGURE_COLUMNS = ['unit', 'period', 'metric', 'value', 'source', 'locator'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'url', 'publisher', 'published', 'accessed', 'note'] as const;

const csv = (columns: readonly string[], rows: ReadonlyArray<object>) =>
  Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => String((r as Record<string, unknown>)[c] ?? ''))) }, { newline: '\n', quotes: false }) + '\n';

/** Figures sorted by unit, then by the metric's place in metrics.csv. */
export function figuresCsv(figures: readonly Figure[], metricOrder: readonly string[]): string {
  const pos = new Map(metricOrder.map((m, i) => [m, i]));
  const sorted = [...figures].sort((a, b) => a.unit.localeCompare(b.unit) || (pos.get(a.metric) ?? 1e9) - (pos.get(b.metric) ?? 1e9));
  return csv(FIGURE_COLUMNS, sorted);
}

/**
 * sources.csv with the import's rows replaced: every other line is kept byte for byte, and the import's rows
 * (single-line by construction) go at the end in order. Re-running changes nothing.
 */
export function mergeSources(existing: string, rows: readonly SourceRow[]): string {
  for (const r of rows) if (/[\r\n]/u.test(Object.values(r).join(''))) throw new Error(`source ${r.id}: a line break would break the merge`);
  const lines = existing.replace(/\n+$/u, '').split('\n');
  const header = lines[0]!;
  const columns = header.replace(/^\uFEFF/u, '').split(',');
  if (columns.join(',') !== SOURCE_COLUMNS.join(',')) throw new Error(`sources.csv: header "${header}" is not ${SOURCE_COLUMNS.join(',')}`);
  const kept = lines.filter((l, i) => i === 0 || !OWNED_SOURCE.test(l.split(',')[0] ?? ''));
  const ours = csv(SOURCE_COLUMNS, rows).split('\n').slice(1).filter((l) => l !== '');
  return [...kept, ...ours].join('\n') + '\n';
}

/** The import's own rows of sources.csv, as written (one line each, by construction). */
export const ownedSourceLines = (sourcesCsv: string): string[] =>
  sourcesCsv.replace(/\n+$/u, '').split('\n').slice(1).filter((l) => OWNED_SOURCE.test(l.split(',')[0] ?? ''));
