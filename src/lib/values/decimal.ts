/**
 * Decimal rounding as a spreadsheet displays a figure and as publishers print it: half away from zero, on the
 * value's 15 significant digits (1.005 prints as 1,01 although the binary value is 1.00499…).
 */

/** `value` rounded to `decimals`, as a decimal string with `.` ("73.40"). */
export function roundDecimal(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const negative = value < 0;
  const [mant, exp = '0'] = Math.abs(value).toPrecision(15).split('e');
  const [int, frac = ''] = mant!.split('.');
  let digits = int! + frac;
  let point = int!.length + Number(exp);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point + decimals + 1, '0');
  const kept = digits.slice(0, point + decimals);
  const roundUp = digits.charCodeAt(point + decimals) >= 53; // '5'
  const n = BigInt(kept === '' ? '0' : kept) + (roundUp ? 1n : 0n);
  const s = n.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  return negative && n !== 0n ? `-${text}` : text;
}

/** Decimals a figure is written with in the contract's form ("73,40" → 2, "73,396" → 3, "1.512" → 0). */
export function decimalsWritten(raw: string): number {
  const s = raw.trim().replace(/%$/u, '');
  const comma = /,(\d+)$/u.exec(s);
  if (comma) return comma[1]!.length;
  const point = /^\d+\.(\d{1,2})$/u.exec(s); // "96.8": a decimal point (the validator warns about it)
  return point ? point[1]!.length : 0;
}

/**
 * Two printings of one figure agree when the less precise one is the other rounded to its decimals: 73,40 and
 * 73,396 agree (a table and the data file), 91% and 91,43% agree, 73,40 and 73,5 do not, nor 91,4% and 91,46%.
 */
export function samePrinted(a: number, aDecimals: number, b: number, bDecimals: number): boolean {
  if (a === b) return true;
  const [lo, loD, hi] = aDecimals <= bDecimals ? [a, aDecimals, b] : [b, bDecimals, a];
  return Number(roundDecimal(hi, loD)) === lo;
}
