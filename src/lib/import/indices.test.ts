/**
 * The import of the publishers' PCI and PAPI files, as a reader of the portal relies on it: the committed CSVs are
 * exactly what the import makes from the files, every figure is the printed one and says which cell it came from,
 * and anything the import does not understand stops it with the file, sheet and cell.
 *
 * The workbooks are not in the repository (their licence is not stated): they are read from ../shared or
 * INDICES_RAW_DIR. Where a checkout has them, the import is re-run and compared byte for byte; everywhere, the
 * committed CSVs must match the digests the last import recorded (reference/indices-import.json), so a hand edit of
 * a generated file fails either way.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../dataset/load.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { ImportError } from './figures.ts';
import { DEFAULT_RAW_DIR, importIndices, type IndicesImport } from './indices.ts';
import { readPciYear } from './pci.ts';
import { printed } from './printed.ts';
import { readWorkbook } from './workbook.ts';
import { mergeSources, ownedSourceLines } from './writer.ts';
import { MANIFEST_FILE, importManifest, sha256, type ImportManifest } from './manifest.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.join(repoRoot, 'data');
// The read-only copy beside the repository (../shared), or INDICES_RAW_DIR where the checkout has none beside it.
const rawDir = process.env.INDICES_RAW_DIR ?? path.resolve(repoRoot, DEFAULT_RAW_DIR);

const haveWorkbooks = existsSync(rawDir);
let dataset: Dataset;
let result: IndicesImport;
beforeAll(() => {
  dataset = loadDataFolder(dataDir).dataset;
  if (haveWorkbooks) result = importIndices(rawDir, dataset);
}, 120_000);

const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const committed = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
const figure = (file: string, unit: string, metric: string) => rows(committed(file)).find((r) => r.unit === unit && r.metric === metric);

describe('the committed index files', () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, MANIFEST_FILE), 'utf8')) as ImportManifest;

  it('are, byte for byte, what the last import wrote (its digests), with nothing edited by hand', () => {
    expect(Object.keys(manifest.outputs)).toHaveLength(24); // PCI 2005–2019, PAPI 2011–2019
    for (const [file, digest] of Object.entries(manifest.outputs)) expect(sha256(committed(file)), `${file} differs from the import's output: run npm run import -- indices`).toBe(digest);
    expect(sha256(ownedSourceLines(committed('sources.csv')).join('\n'))).toBe(manifest.sources);
  });

  it('shows the figure of the printed table: PCI 2019 Quảng Ninh 73,40, rank 1; PCI 2007 Bình Dương 77,20, rank 1', () => {
    expect(figure('observations/indices/pci-2019.csv', 'quang-ninh', 'pci_score')).toMatchObject({ value: '73,40', locator: 'PCI_2019.xlsx!Summary!C49', source: 'vcci-2019-pci' });
    expect(figure('observations/indices/pci-2019.csv', 'quang-ninh', 'pci_rank')).toMatchObject({ value: '1' });
    expect(figure('observations/indices/pci-2007.csv', 'binh-duong', 'pci_score')).toMatchObject({ value: '77,20' });
    expect(figure('observations/indices/pci-2007.csv', 'binh-duong', 'pci_rank')).toMatchObject({ value: '1' });
    // …and the validator reads them back as those numbers.
    const qn = dataset.observations.filter((o) => o.unit === 'quang-ninh' && o.period.label === '2019' && o.source === 'vcci-2019-pci');
    expect(qn.find((o) => o.metric === 'pci_score')).toMatchObject({ value: 73.4, locator: 'PCI_2019.xlsx!Summary!C49' });
  });

  it.runIf(haveWorkbooks)('were made from these very workbooks, and the digests are the import\'s (where the workbooks are)', () => {
    expect(importManifest(rawDir, result.files, ownedSourceLines(mergeSources(committed('sources.csv'), result.sources)))).toEqual(manifest);
  });
});

describe.runIf(haveWorkbooks)('npm run import -- indices (re-run on the publishers\' workbooks)', () => {
  it('reproduces the committed files byte for byte (run the import after changing it or the raw files)', () => {
    expect([...result.files.keys()].sort()).toHaveLength(24); // PCI 2005–2019, PAPI 2011–2019
    for (const [file, text] of result.files) expect(committed(file), `${file} is stale: run npm run import -- indices`).toBe(text);
    expect(committed('sources.csv')).toBe(mergeSources(committed('sources.csv'), result.sources));
  });

  it('gives every figure its file, sheet and cell, and one source per publication naming the publisher', () => {
    for (const [file, text] of result.files) {
      for (const r of rows(text)) expect(r.locator, file).toMatch(/^(PCI_\d{4}\.xlsx?|PAPI_2011-2019\.xlsx)![^!]+![A-Z]+\d+$/u);
    }
    const ids = result.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(24);
    expect(result.sources.find((s) => s.id === 'vcci-2019-pci')).toMatchObject({ publisher: 'VCCI & USAID', url: 'https://pcivietnam.vn' });
    expect(result.sources.find((s) => s.id === 'cecodes-2019-papi')).toMatchObject({ publisher: 'CECODES, VFF-CRT, RTA & UNDP', url: 'https://papi.org.vn' });
    expect(result.sources.find((s) => s.id === 'vcci-2019-pci')!.note).toContain('84348767096a193634f9d4fb6c4116dbf4789a05');
  });

  it('imports 42 provinces in 2005, 64 with Hà Tây in 2006–2008, 63 afterwards', () => {
    const unitsOf = (file: string) => new Set(rows(result.files.get(`observations/indices/${file}`) ?? "").map((r) => r.unit));
    expect(unitsOf('pci-2005.csv').size).toBe(42);
    expect(unitsOf('pci-2008.csv').size).toBe(64);
    expect(unitsOf('pci-2008.csv').has('ha-tay')).toBe(true);
    expect(unitsOf('pci-2009.csv').has('ha-tay')).toBe(false);
    expect(unitsOf('papi-2019.csv').size).toBe(63);
  });

  it('never imports Min, Median, Max or Highest as a unit, and says why it skipped them', () => {
    const all = [...result.files.values()].flatMap((t) => rows(t));
    const units = new Set(dataset.units.filter((u) => u.level === 'province').map((u) => u.id));
    for (const r of all) expect(units.has(r.unit ?? ""), r.unit).toBe(true);
    const reasons = result.skipped.filter((s) => /"(Min|Median|Max|MIN|MAX|Highest)/u.test(s.what));
    expect(reasons.map((s) => s.where)).toContain('PCI_2019.xlsx!Summary!A67');
    expect(reasons.map((s) => s.where)).toContain('PAPI_2011-2019.xlsx!2019_PAPI!C66');
    for (const s of reasons) expect(s.reason).toMatch(/not a province/u);
  });

  it('keeps blanks blank: PAPI 2014 Bắc Giang has no figure, not a total of 0', () => {
    const bg = rows(result.files.get('observations/indices/papi-2014.csv')!).filter((r) => r.unit === 'bac-giang');
    expect(bg).toEqual([]);
    expect(result.skipped.find((s) => s.where === 'PAPI_2011-2019.xlsx!2014_PAPI!AF17')?.reason).toMatch(/not a score of 0/u);
  });
});

describe('the float rule (printed.ts)', () => {
  it('rounds to the printed decimals as a spreadsheet shows them', () => {
    expect(printed(73.396484375, 2).text).toBe('73.40');
    expect(printed(0.21621622145175934, 2).text).toBe('0.22');
    expect(printed(1.005, 2).text).toBe('1.01'); // the binary value is 1.00499…; the display is 1.01
    expect(printed(7.125, 2).text).toBe('7.13');
    expect(printed(1, 0).text).toBe('1');
    expect(printed(0.004, 2).text).toBe('0.00');
  });
});

describe('what stops the import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pci-'));
  const header = ['Province', 'Rank', 'The Weighted PCI Score', 'Sub-Index 1: Entry Costs', 'Sub-Index 2: Land Access & Tenure'];
  const workbook = (name: string, aoa: unknown[][]) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Summary');
    const file = path.join(dir, name);
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return readWorkbook(file);
  };

  it('an unknown name, naming the file, sheet and cell', () => {
    const sheets = workbook('PCI_2019.xlsx', [header, ['Quang Ninh', 1, 73.4, 7.1, 7.0], ['Atlantis', 2, 70.1, 6.0, 6.0]]);
    expect(() => readPciYear(sheets, 2019, dataset.registry)).toThrow(ImportError);
    expect(() => readPciYear(sheets, 2019, dataset.registry)).toThrow(/PCI_2019\.xlsx!Summary!A3: unknown name "Atlantis"/u);
  });

  it('a column header no rule knows, naming its cell', () => {
    const sheets = workbook('PCI_2019.xlsx', [[...header, 'Sub-Index 11: Happiness'], ['Quang Ninh', 1, 73.4, 7.1, 7.0, 5]]);
    expect(() => readPciYear(sheets, 2019, dataset.registry)).toThrow(/PCI_2019\.xlsx!Summary!F1: column header "sub-index 11: happiness" is not a known PCI column/u);
  });

  it('a row below the table that repeats a province with other figures', () => {
    const sheets = workbook('PCI_2019.xlsx', [header, ['Quang Ninh', 1, 73.4, 7.1, 7.0], [], ['Quang Ninh', 1, 70.0, 7.1, 7.0]]);
    expect(() => readPciYear(sheets, 2019, dataset.registry)).toThrow(/Summary!C4: "Quang Ninh" below the table with pci_score 70,00, but the table says 73,40/u);
  });
});
