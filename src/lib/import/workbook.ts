/**
 * A publisher's spreadsheet (.xls or .xlsx) as plain cells, read with @e965/xlsx. Only what the import needs: the
 * value as stored, the text the workbook displays for it (its number format applied), and A1 addresses for locators.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from '@e965/xlsx';

export interface Cell {
  /** The stored value: a number (often a single-precision float), a string or a boolean. */
  v: number | string | boolean;
  /** What the workbook shows for it (number format applied), when it says. */
  w?: string;
}

export interface Sheet {
  /** The workbook's file name, as the locator writes it (`PCI_2019.xlsx`). */
  file: string;
  name: string;
  /** Number of rows and columns from A1 to the last used cell; 0 × 0 for an empty sheet. */
  rows: number;
  cols: number;
  cell(r: number, c: number): Cell | undefined;
}

/** `PCI_2019.xlsx!Summary!C49` for row and column indices from 0. */
export function locator(sheet: Sheet, r: number, c: number): string {
  return `${sheet.file}!${sheet.name}!${XLSX.utils.encode_cell({ r, c })}`;
}

export const cellAddress = (r: number, c: number) => XLSX.utils.encode_cell({ r, c });

/** Every sheet of the workbook at `path`, in workbook order. */
export function readWorkbook(path: string): Sheet[] {
  const wb = XLSX.read(readFileSync(path), { cellFormula: false, cellHTML: false, cellText: true, cellDates: false });
  const file = basename(path);
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name]!;
    const ref = ws['!ref'];
    const range = ref ? XLSX.utils.decode_range(ref) : undefined;
    return {
      file,
      name,
      rows: range ? range.e.r + 1 : 0,
      cols: range ? range.e.c + 1 : 0,
      cell(r: number, c: number): Cell | undefined {
        const x = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (!x || x.v === undefined || x.v === null || x.t === 'z' || x.t === 'e') return undefined;
        if (typeof x.v === 'string' && x.v.trim() === '') return undefined;
        if (x.v instanceof Date) return { v: x.v.toISOString() };
        return { v: x.v, w: x.w };
      },
    };
  });
}

/** The cell's text, trimmed, for headers and names ('' for none or a number). */
export function textAt(sheet: Sheet, r: number, c: number): string {
  const x = sheet.cell(r, c);
  return x && typeof x.v === 'string' ? x.v.replace(/\s+/gu, ' ').trim() : '';
}

export function numberAt(sheet: Sheet, r: number, c: number): number | undefined {
  const x = sheet.cell(r, c);
  return x && typeof x.v === 'number' ? x.v : undefined;
}
