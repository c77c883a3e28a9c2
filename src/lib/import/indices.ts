/**
 * `npm run import -- indices`: the publishers' PCI and PAPI data files into contract CSVs. Reads every workbook of
 * the raw folder, resolves names through the data folder's registry, and returns the files to write and what it
 * left out (with reasons). It writes nothing itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset/dataset.ts';
import { ImportError, type Figure, type Skipped } from './figures.ts';
import { readPapiSheet } from './papi.ts';
import { readPciYear } from './pci.ts';
import { papiSource, pciSource, type SourceRow } from './sources.ts';
import { readWorkbook } from './workbook.ts';
import { figuresCsv } from './writer.ts';

/** Relative to the repository: the read-only copy of the publishers' files beside it. */
export const DEFAULT_RAW_DIR = '../shared/reference/indices/raw';
export const OUTPUT_DIR = 'observations/indices';

export interface IndicesImport {
  /** Path under the data folder → CSV text. */
  files: Map<string, string>;
  sources: SourceRow[];
  skipped: Skipped[];
  /** Figures by file, for the summary. */
  counts: Map<string, number>;
}

export function importIndices(rawDir: string, dataset: Pick<Dataset, 'registry' | 'metrics'>): IndicesImport {
  if (!existsSync(rawDir)) throw new ImportError(rawDir, 'raw folder not found (give it with --raw DIR)');
  const metricOrder = dataset.metrics.map((m) => m.id);
  const metrics = new Set(metricOrder);
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  const sources: SourceRow[] = [];
  const skipped: Skipped[] = [];
  const add = (name: string, figures: Figure[]) => {
    for (const f of figures) if (!metrics.has(f.metric)) throw new ImportError(f.locator, `${f.metric} is not in data/metrics.csv`);
    files.set(`${OUTPUT_DIR}/${name}`, figuresCsv(figures, metricOrder));
    counts.set(`${OUTPUT_DIR}/${name}`, figures.length);
  };

  const names = readdirSync(rawDir).sort();
  const pci = names.map((n) => [n, /^PCI_(\d{4})\.xlsx?$/u.exec(n)] as const).filter((x) => x[1] !== null);
  const papi = names.filter((n) => /^PAPI_\d{4}-\d{4}\.xlsx$/u.test(n));
  if (pci.length === 0 && papi.length === 0) throw new ImportError(rawDir, 'no PCI_YYYY.xls(x) or PAPI_YYYY-YYYY.xlsx file');
  for (const n of names) if (!pci.some(([p]) => p === n) && !papi.includes(n)) throw new ImportError(join(rawDir, n), 'a file the import does not know');

  for (const [file, m] of pci) {
    const year = Number(m![1]);
    const r = readPciYear(readWorkbook(join(rawDir, file)), year, dataset.registry);
    add(`pci-${year}.csv`, r.figures);
    skipped.push(...r.skipped);
    sources.push(pciSource(year, file));
  }
  for (const file of papi) {
    for (const sheet of readWorkbook(join(rawDir, file))) {
      const r = readPapiSheet(sheet, metrics, dataset.registry);
      add(`papi-${r.year}.csv`, r.figures);
      skipped.push(...r.skipped);
      sources.push(papiSource(r.year, file));
    }
  }
  return { files, sources, skipped, counts };
}
