/**
 * The float rule: what a figure of the publishers' files is, as the portal stores and shows it.
 *
 * The files hold binary floats (PCI 2019 Quảng Ninh: 73.396484375, a single-precision value) while the publishers'
 * printed tables show them rounded: PCI scores and sub-indices to 2 decimals (73,40), ranks as integers, PAPI
 * dimensions, sub-dimensions and totals to 2 decimals (PAPI 2019 report, Table 3.1: "Ha Noi 5.04 0.74 1.49 1.58
 * 1.23"). A reader must see what the printed table says, so the import writes the printed figure, not the float.
 *
 * Rounding is decimal, half away from zero, on the value's 15 significant digits: what a spreadsheet displays for the
 * cell's 0.00 format. (Rounding the binary value instead would print 1.005 as 1,00.)
 */
import { roundDecimal } from '../values/decimal.ts';

export interface Printed {
  /** The figure as a decimal string with `.` and exactly `decimals` decimals ("73.40"). */
  text: string;
  value: number;
  decimals: number;
}

/** `value` rounded as printed with `decimals` decimals (0 for ranks). */
export function printed(value: number, decimals: number): Printed {
  const text = roundDecimal(value, decimals);
  return { text, value: Number(text), decimals };
}

/**
 * What the workbook itself displays for the cell, when its number format is a fixed number of decimals
 * (" 5.04 " → "5.04"), else undefined. The import checks the rule against it: a difference stops the import.
 */
export function displayedFixed(w: string | undefined): string | undefined {
  const t = w?.trim();
  return t !== undefined && /^-?\d+(\.\d+)?$/u.test(t) ? t : undefined;
}
