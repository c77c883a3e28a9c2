// Numbers in the string drawings: JavaScript's own text, cut to 2 decimals when longer (the exponent kept).
import { describe, expect, it } from 'vitest';
import { num } from '../../src/lib/charts/render-string.ts';

// The rule as first written: the text, then cut when it has more than 2 decimals.
const byText = (v: number): string => {
  const s = String(v);
  const dot = s.indexOf('.');
  if (dot < 0 || s.length - dot <= 3) return s;
  if (s.includes('e')) return s.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));
  return String(Math.round(v * 100) / 100);
};

describe('num', () => {
  it('writes coordinates and values as their text cut to 2 decimals', () => {
    expect([num(0), num(-0), num(12), num(96.55), num(1.005), num(2.675), num(123.456789), num(-3.14159), num(40070292586526.2)]).toEqual(['0', '0', '12', '96.55', '1', '2.68', '123.46', '-3.14', '40070292586526.2']);
    expect([num(1e-7), num(1.2345e-7), num(1e21), num(2.4482099410642744e24)]).toEqual(['1e-7', '1.23e-7', '1e+21', '2.45e+24']);
  });

  it('agrees with the rule on random values of every size', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 200_000; i++) {
      const v = (rnd() - 0.3) * 10 ** Math.floor(rnd() * 34 - 10);
      for (const x of [v, Math.round(v * 100) / 100, Math.round(v * 10) / 10, Math.round(v)]) expect(num(x), String(x)).toBe(byText(x));
    }
  });
});
