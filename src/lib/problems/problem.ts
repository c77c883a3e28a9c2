/** One finding of the validator. The shape is part of data contract v1 (see README, "Validator output"). */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the data folder, with `/` separators. */
  file: string;
  /** 1-based line as an editor shows it (a quoted field with line breaks spans lines); 0 = the whole file. */
  line: number;
  /** Header name of the cell, or '' when the problem concerns a row or the file. */
  column: string;
  /** Stable kebab-case code; see CATALOG. */
  code: string;
  severity: Severity;
  /** The offending cell as written ('' when none). */
  value: string;
  message_vi: string;
  message_en: string;
}

export interface Bilingual {
  vi: string;
  en: string;
}
