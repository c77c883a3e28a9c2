/**
 * Numbers written as Intl.NumberFormat writes them in vi-VN and en-GB, without Intl: a chart's points, table cells
 * and alt texts format hundreds of thousands of numbers per build, and Intl's `format` is the slow part of it.
 * ICU formats the double's shortest decimal form (String(x)), rounded half away from zero; so does this. Numbers it
 * does not cover (negative, -0, ≥ 10^15, exponent forms) are left to Intl: `undefined`.
 * decimal.test.ts compares both on many numbers.
 */
import type { Locale } from './locale.ts';

const SEPARATORS: Record<Locale, { group: string; point: string }> = { vi: { group: '.', point: ',' }, en: { group: ',', point: '.' } };

/** `x` with `minFrac`…`maxFrac` fraction digits; `shift` 2: as a percent of it (x = 0.9655 → "96,55"; no sign). */
export function fastDecimal(x: number, locale: Locale, minFrac: number, maxFrac: number, shift: 0 | 2 = 0): string | undefined {
  if (!(x >= 0) || x >= 1e15 || Object.is(x, -0)) return undefined;
  const s = String(x);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (shift) {
    frac = frac.padEnd(shift, '0');
    int = (int + frac.slice(0, shift)).replace(/^0+(?=\d)/, '');
    frac = frac.slice(shift);
  }
  if (frac.length > maxFrac) {
    const up = frac.charCodeAt(maxFrac) >= 53; // '5' or more: away from zero
    frac = frac.slice(0, maxFrac);
    if (up) [int, frac] = roundUp(int, frac);
  }
  let end = frac.length;
  while (end > minFrac && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end).padEnd(minFrac, '0');
  const { group, point } = SEPARATORS[locale];
  return frac ? grouped(int, group) + point + frac : grouped(int, group);
}

// int.frac plus one unit of its last digit.
function roundUp(int: string, frac: string): [string, string] {
  const digits = (int + frac).split('');
  let i = digits.length - 1;
  for (; i >= 0; i--) {
    if (digits[i] === '9') digits[i] = '0';
    else {
      digits[i] = String.fromCharCode(digits[i]!.charCodeAt(0) + 1);
      break;
    }
  }
  const all = (i < 0 ? '1' : '') + digits.join('');
  return [all.slice(0, all.length - frac.length) || '0', all.slice(all.length - frac.length)];
}

function grouped(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let i = int.length % 3 || 3;
  let out = int.slice(0, i);
  for (; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}
