/**
 * PCI, one workbook per survey year (PCI_2005.xls … PCI_2019.xlsx): the weighted score, the rank and every
 * sub-index of every province, from the summary sheet(s). Sub-index detail sheets (indicators) are not imported.
 */
import type { UnitRegistry } from '../dataset/unit-registry.ts';
import { ImportError, type Figure, type Skipped } from './figures.ts';
import { EXTRACT_REASON, isHeaderWord, isStatisticRow, resolveProvince, STATISTIC_REASON } from './names.ts';
import { detectSummary, isSummaryName, type SummaryLayout } from './pci-layout.ts';
import { formatPrinted } from './format.ts';
import { locator, textAt, type Sheet } from './workbook.ts';

/** Provinces in each PCI year (README of the data files): a different count means a row was lost or misread. */
export const PCI_PROVINCES = (year: number) => (year === 2005 ? 42 : year <= 2008 ? 64 : 63);

export const pciSourceId = (year: number) => `vcci-${year}-pci`;

interface Read {
  figure: Figure;
  /** The printed text, to compare a figure met twice. */
  text: string;
}

export interface PciYear {
  figures: Figure[];
  skipped: Skipped[];
}

/** Figures of one PCI year from its workbook's sheets. */
export function readPciYear(sheets: readonly Sheet[], year: number, registry: UnitRegistry): PciYear {
  const skipped: Skipped[] = [];
  const layouts: SummaryLayout[] = [];
  for (const sheet of sheets) {
    const where = `${sheet.file}!${sheet.name}`;
    if (sheet.rows === 0) {
      skipped.push({ where, what: 'sheet', reason: 'bảng trống / empty sheet' });
      continue;
    }
    if (!isSummaryName(sheet.name)) {
      skipped.push({ where, what: 'sheet', reason: 'bảng chỉ tiêu của một chỉ số thành phần; điểm chỉ số lấy từ bảng tổng hợp / indicator sheet of one sub-index; its score is read from the summary' });
      continue;
    }
    const layout = detectSummary(sheet);
    if (layout.namedYear !== undefined && layout.namedYear !== year) {
      skipped.push({ where, what: 'sheet', reason: `bảng ghi "PCI ${layout.namedYear}", không phải PCI ${year} (bản sao của năm trước) / headed PCI ${layout.namedYear}: a stale copy, not PCI ${year}` });
      continue;
    }
    layouts.push(layout);
  }
  if (layouts.length === 0) throw new ImportError(sheets[0]?.file ?? `PCI ${year}`, 'no summary sheet recognised');
  // The sheet with the most columns of figures is the summary; another (2005's ranking sheet) adds what it lacks.
  layouts.sort((a, b) => b.blocks.length - a.blocks.length);

  const byKey = new Map<string, Read>();
  for (const layout of layouts) {
    for (const r of readSummary(layout, year, registry, skipped)) {
      const key = `${r.figure.unit}|${r.figure.metric}`;
      const had = byKey.get(key);
      if (!had) byKey.set(key, r);
      else if (had.text !== r.text) {
        throw new ImportError(r.figure.locator, `${r.figure.metric} of ${r.figure.unit} is ${r.text} here but ${had.text} at ${had.figure.locator}`);
      }
    }
  }
  addRanksFromOrder(layouts[0]!, year, registry, byKey);
  const figures = [...byKey.values()].map((r) => r.figure);
  checkComplete(figures, year, sheets[0]!.file);
  return { figures, skipped };
}

/** Every figure of one summary sheet, block by block, with the rows it skipped. */
function readSummary(layout: SummaryLayout, year: number, registry: UnitRegistry, skipped: Skipped[]): Read[] {
  const { sheet } = layout;
  const out: Read[] = [];
  const nameCols = [...new Set(layout.blocks.map((b) => b.nameCol))];
  const skippedRows = new Set<number>();
  // The table ends at the first row without any province name; below it, only statistics or repeated rows may stand.
  let end = sheet.rows;
  for (let r = layout.headerRows; r < sheet.rows; r++) {
    if (nameCols.every((c) => textAt(sheet, r, c) === '')) {
      end = r;
      break;
    }
  }
  const main = new Map<string, Read>();
  for (let r = layout.headerRows; r < end; r++) {
    for (const b of layout.blocks) {
      const name = textAt(sheet, r, b.nameCol);
      const at = locator(sheet, r, b.nameCol);
      if (name === '') continue;
      if (isStatisticRow(name)) {
        if (!skippedRows.has(r)) skipped.push({ where: at, what: `row "${name}"`, reason: STATISTIC_REASON });
        skippedRows.add(r);
        continue;
      }
      const unit = resolveProvince(registry, name, year, at);
      const x = sheet.cell(r, b.valueCol);
      const where = locator(sheet, r, b.valueCol);
      if (!x || typeof x.v !== 'number') throw new ImportError(where, `${b.metric} of "${name}" is ${x ? `"${String(x.v)}"` : 'blank'}, not a number`);
      const text = formatPrinted(x, b.metric, where);
      const key = `${unit}|${b.metric}`;
      if (main.has(key)) throw new ImportError(where, `"${name}" appears twice in the ${b.metric} column (also ${main.get(key)!.figure.locator})`);
      const read: Read = { figure: { unit, period: String(year), metric: b.metric, value: text, source: pciSourceId(year), locator: where }, text };
      main.set(key, read);
      out.push(read);
    }
  }
  checkBelowTable(layout, end, year, registry, main, skipped);
  return out;
}

/**
 * Below the table's first blank row: statistics (Min, Median, Max), a repeated header, a province's row again (PCI
 * 2017–2019: Hà Nội; 2008–2016: a one-province extract) and that province's ranks per sub-index. Nothing there is
 * imported; a province row must repeat the table's figures exactly, or the import stops.
 */
function checkBelowTable(layout: SummaryLayout, end: number, year: number, registry: UnitRegistry, main: Map<string, Read>, skipped: Skipped[]): void {
  const { sheet } = layout;
  const firstName = Math.min(...layout.blocks.map((b) => b.nameCol));
  for (let r = end; r < sheet.rows; r++) {
    const name = textAt(sheet, r, firstName);
    const at = locator(sheet, r, firstName);
    if (name === '') continue;
    if (isStatisticRow(name)) {
      skipped.push({ where: at, what: `row "${name}"`, reason: STATISTIC_REASON });
      continue;
    }
    if (isHeaderWord(name)) {
      skipped.push({ where: at, what: `row "${name}"`, reason: EXTRACT_REASON });
      continue;
    }
    const unit = resolveProvince(registry, name, year, at);
    for (const b of layout.blocks) {
      const x = sheet.cell(r, b.valueCol);
      if (!x || typeof x.v !== 'number') continue;
      const where = locator(sheet, r, b.valueCol);
      const first = main.get(`${unit}|${b.metric}`);
      const text = formatPrinted(x, b.metric, where);
      if (!first || first.text !== text) throw new ImportError(where, `"${name}" below the table with ${b.metric} ${text}, but the table says ${first?.text ?? 'nothing'}`);
    }
    skipped.push({ where: at, what: `row "${name}"`, reason: `lặp lại số liệu của bảng / repeats the table's figures` });
  }
}

/**
 * PCI 2006 and 2008 print no rank column: their summary is sorted by the weighted score and numbered ("Thứ tự"),
 * and that printed number is the rank a reader of the table sees. Two provinces may print the same rounded score
 * (2006: 52,18 twice); the publisher's order then follows the unrounded score, so the stored scores must strictly
 * decrease down the table, or the import stops (an exact tie would need the publisher's own rank).
 */
function addRanksFromOrder(layout: SummaryLayout, year: number, registry: UnitRegistry, byKey: Map<string, Read>): void {
  if ([...byKey.values()].some((r) => r.figure.metric === 'pci_rank')) return;
  const score = layout.blocks.find((b) => b.metric === 'pci_score');
  const { sheet, orderCol } = layout;
  if (!score || orderCol === undefined) throw new ImportError(`${sheet.file}!${sheet.name}`, `PCI ${year}: no rank column and no numbered score column to take the rank from`);
  let previous: number | undefined;
  let position = 0;
  for (let r = layout.headerRows; r < sheet.rows; r++) {
    const name = textAt(sheet, r, score.nameCol);
    if (name === '') break;
    if (isStatisticRow(name)) continue;
    const unit = resolveProvince(registry, name, year, locator(sheet, r, score.nameCol));
    const s = byKey.get(`${unit}|pci_score`)!;
    const stored = sheet.cell(r, score.valueCol)!.v as number;
    const order = sheet.cell(r, orderCol);
    const where = locator(sheet, r, orderCol);
    position++;
    if (!order || order.v !== position) throw new ImportError(where, `position ${position} expected in the "Thứ tự" column`);
    if (previous !== undefined && !(stored < previous)) throw new ImportError(s.figure.locator, `scores not strictly decreasing (${stored} after ${previous}): the position is not a rank`);
    previous = stored;
    byKey.set(`${unit}|pci_rank`, { figure: { ...s.figure, metric: 'pci_rank', value: String(position), locator: where }, text: String(position) });
  }
}

/** Every province of the year, each with a score, a rank and the same sub-indices. */
function checkComplete(figures: Figure[], year: number, file: string): void {
  const byUnit = new Map<string, Set<string>>();
  for (const f of figures) {
    if (!byUnit.has(f.unit)) byUnit.set(f.unit, new Set());
    byUnit.get(f.unit)!.add(f.metric);
  }
  if (byUnit.size !== PCI_PROVINCES(year)) throw new ImportError(file, `${byUnit.size} provinces read, ${PCI_PROVINCES(year)} expected for PCI ${year}`);
  const sets = [...byUnit.entries()].map(([u, s]) => [u, [...s].sort().join(',')] as const);
  const first = sets[0]![1];
  for (const [u, s] of sets) if (s !== first) throw new ImportError(file, `${u} has ${s}; others have ${first}`);
  if (!first.includes('pci_score') || !first.includes('pci_rank')) throw new ImportError(file, `PCI ${year}: score or rank missing (${first})`);
}
