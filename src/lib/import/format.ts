/** A cell's figure as the contract writes it, by the float rule (printed.ts), checked against the workbook's display. */
import { formatContractNumber } from '../export/csv.ts';
import { ImportError } from './figures.ts';
import { displayedFixed, printed } from './printed.ts';
import type { Cell } from './workbook.ts';

/** Ranks are integers; every score and sub-index of PCI and PAPI is printed with 2 decimals. */
export const decimalsFor = (metric: string) => (metric.endsWith('_rank') ? 0 : 2);

/** `73.396484375` → `73,40`; a rank `1.0` → `1`. Stops when the rule and the workbook's own display disagree. */
export function formatPrinted(cell: Cell, metric: string, where: string): string {
  const v = cell.v as number;
  const decimals = decimalsFor(metric);
  if (decimals === 0 && !Number.isInteger(v)) throw new ImportError(where, `rank ${v} is not a whole number`);
  const p = printed(v, decimals);
  const shown = displayedFixed(cell.w);
  // The workbook's own format shows what the publisher saw; where it has the same decimals, it must agree.
  if (shown !== undefined && (shown.split('.')[1]?.length ?? 0) === decimals && shown !== p.text) {
    throw new ImportError(where, `${v} rounds to ${p.text} but the workbook shows ${shown}`);
  }
  return formatContractNumber(p.value, decimals);
}
