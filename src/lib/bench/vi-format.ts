/**
 * Writing figures the way Vietnamese publications do (data contract v1, "value"), independently of the project's
 * parser, so that the benchmark checks the reader against a second implementation rather than against itself.
 * Digits are written by the portal's one formatter (i18n/format.ts), which shares nothing with the parser.
 */
import { fmtNumber } from '../i18n/format.ts';

/** 1512 → "1.512" (or "1 512" with sep ' '). Non-negative integers only. */
export function viInt(n: number, sep = '.'): string {
  return fmtNumber(n, 'vi', 0).replace(/\./g, sep);
}

/** 96.554 → "96,55" (two decimals at most, trailing zeros dropped, no thousands group), with "%" when `sign`. */
export function viPercent(x: number, sign: boolean): string {
  // Rounded to hundredths first, as publications print; the formatter then only writes the digits.
  const s = fmtNumber(Math.round(x * 100) / 100, 'vi', 2).replace(/\./g, '');
  return sign ? s + '%' : s;
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ── Summary formatting ──────────────────────────────────────────────────────────────────

/** 4098960 → "4 098 960" (the thin grouping used in the summary line). */
export function groupSpaces(n: number): string {
  return viInt(Math.round(n), ' ');
}

/** 525123 → "525 k", 1234567 → "1.23 M". */
export function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)} k`;
  return String(Math.round(n));
}

/** Bytes in decimal units (1 GB = 10^9 bytes, the unit of the "≤ 2 GB" target). */
export function bytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${Math.round(n / 1e6)} MB`;
  return `${Math.round(n / 1e3)} kB`;
}

export function seconds(s: number): string {
  return s >= 10 ? `${s.toFixed(1)} s` : `${s.toFixed(2)} s`;
}
