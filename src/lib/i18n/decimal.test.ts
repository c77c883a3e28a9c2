/**
 * decimal.ts writes numbers exactly as Intl.NumberFormat does in vi-VN and en-GB (the shortest decimal form of the
 * double, rounded half away from zero): checked on counts, published decimals, ties, nines that carry, and random
 * doubles, in both languages, for every digit setting the formatters use; and left to Intl where it does not apply.
 */
import { describe, expect, it } from 'vitest';
import { fastDecimal } from './decimal.ts';
import { intlLocale, LOCALES } from './locale.ts';
import { mulberry32 } from '../bench/prng.ts';

const SETTINGS: [number, number][] = [[0, 0], [0, 1], [0, 2], [1, 1], [2, 2], [3, 3], [4, 4], [6, 6]];

function values(): number[] {
  const rng = mulberry32(20261206);
  const out = [0, 1, 5, 9.995, 0.005, 1.005, 0.285, 1.255, 99.995, 999.5, 999_999.995, 12.345, 0.125, 2.5, 1e14 + 0.5, 123_456_789, 96.55, 93.37, 0.1 + 0.2];
  for (let i = 0; i < 20_000; i++) {
    const r = rng.next();
    if (r < 0.25) out.push(rng.int(0, 10_000_000));
    else if (r < 0.5) out.push(rng.int(0, 100_000) / 100);
    else if (r < 0.65) out.push((rng.int(0, 20_000) + 0.5) / 1000);
    else if (r < 0.8) out.push(rng.next() * 100);
    else if (r < 0.9) out.push(rng.next() * 1e9);
    else out.push(rng.next() / 100);
  }
  return out;
}

describe('numbers as Intl writes them', () => {
  const all = values();
  for (const l of LOCALES) {
    it(`${l}: numbers and percents, every digit setting`, () => {
      let compared = 0;
      for (const [min, max] of SETTINGS) {
        const nf = new Intl.NumberFormat(intlLocale(l), { minimumFractionDigits: min, maximumFractionDigits: max });
        const pf = new Intl.NumberFormat(intlLocale(l), { style: 'percent', minimumFractionDigits: min, maximumFractionDigits: max });
        for (const v of all) {
          const n = fastDecimal(v, l, min, max);
          if (n !== undefined) expect(n, `${v} ${min}-${max}`).toBe(nf.format(v));
          const p = fastDecimal(v / 100, l, min, max, 2);
          if (p !== undefined) expect(`${p}%`, `${v}% ${min}-${max}`).toBe(pf.format(v / 100));
          if (n !== undefined && p !== undefined) compared++;
        }
      }
      expect(compared).toBeGreaterThan(0.99 * SETTINGS.length * all.length);
    });
  }

  it('leaves to Intl what it does not write: negatives, -0, huge numbers, exponent forms, NaN', () => {
    for (const v of [-1, -0, 1e15, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY]) expect(fastDecimal(v, 'vi', 0, 2), String(v)).toBeUndefined();
  });

  it('groups thousands and writes the decimal point of each language', () => {
    expect(fastDecimal(1512, 'vi', 0, 0)).toBe('1.512');
    expect(fastDecimal(1512, 'en', 0, 0)).toBe('1,512');
    expect(fastDecimal(0.9655, 'vi', 0, 2, 2)).toBe('96,55');
    expect(fastDecimal(9.995, 'en', 0, 2)).toBe('10');
  });
});
