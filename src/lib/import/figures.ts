/** What the import produces: figures with their cell, and what it left out with the reason. */

/** A problem that stops the import: it names the file, sheet and cell, and says what to do. */
export class ImportError extends Error {
  readonly where: string;
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.where = where;
  }
}

export interface Figure {
  unit: string;
  /** The survey year (`2019`). */
  period: string;
  metric: string;
  /** As printed, in the contract's form (`73,40`). */
  value: string;
  source: string;
  /** `PCI_2019.xlsx!Summary!C49`. */
  locator: string;
}

/** A row, column or sheet that was read and deliberately not imported. */
export interface Skipped {
  where: string;
  what: string;
  reason: string;
}
