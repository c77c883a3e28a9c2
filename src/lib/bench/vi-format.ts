/**
 * Writing figures the way Vietnamese publications do (data contract v1, "value"), independently of the project's
 * parser, so that the benchmark checks the reader against a second implementation rather than against itself.
 */

/** 1512 → "1.512" (or "1 512" with sep ' '). Non-negative integers only. */
export function viInt(n: number, sep = '.'): string {
  const d = String(n);
  if (d.length <= 3) return d;
  let out = '';
  const head = d.length % 3 || 3;
  out = d.slice(0, head);
  for (let i = head; i < d.length; i += 3) out += sep + d.slice(i, i + 3);
  return out;
}

/** 96.554 → "96,55" (two decimals at most, trailing zeros dropped), with "%" when `sign`. */
export function viPercent(x: number, sign: boolean): string {
  const hundredths = Math.round(x * 100);
  const int = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  let s = String(int);
  if (frac !== 0) s += ',' + (frac % 10 === 0 ? String(frac / 10) : String(frac).padStart(2, '0'));
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
