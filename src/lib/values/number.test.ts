import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, parseViNumber } from './number.ts';

const ok = (raw: string, kind?: Parameters<typeof parseViNumber>[1]) => {
  const r = parseViNumber(raw, kind);
  if (r.kind !== 'ok') throw new Error(`${raw} → ${JSON.stringify(r)}`);
  return r.value;
};
const code = (raw: string, kind?: Parameters<typeof parseViNumber>[1]) => {
  const r = parseViNumber(raw, kind);
  return r.kind === 'error' ? r.code : r.kind === 'ok' ? (r.warning ?? 'ok') : 'blank';
};

describe('parseViNumber', () => {
  it('reads figures as Vietnamese write them', () => {
    expect(ok('1.512', 'count')).toBe(1512);
    expect(ok('2264', 'count')).toBe(2264);
    expect(ok('1.234.567', 'count')).toBe(1234567);
    expect(ok('96,55', 'percent')).toBe(96.55);
    expect(ok('96,55%', 'percent')).toBe(96.55);
    expect(ok('96,55 %', 'percent')).toBe(96.55);
    expect(ok('1 512', 'count')).toBe(1512);
    expect(ok('1\u00a0512', 'count')).toBe(1512);
    expect(ok('1.512,5', 'score')).toBe(1512.5);
  });
  it('treats blank and dashes as not published, never zero', () => {
    for (const s of ['', '  ', '-', '—', '–']) expect(parseViNumber(s, 'count')).toEqual({ kind: 'blank' });
    expect(ok('0', 'count')).toBe(0);
  });
  it('reads a dot with one or two digits as a decimal point, with a warning, except in counts', () => {
    expect(parseViNumber('96.8%', 'percent')).toMatchObject({ kind: 'ok', value: 96.8, warning: 'value-decimal-point' });
    expect(code('151.10', 'count')).toBe('count-decimal-point');
    expect(code('12.5', 'rank')).toBe('count-decimal-point');
  });
  it('refuses ambiguous, English-style and approximate figures', () => {
    expect(code('1.5123')).toBe('number-ambiguous');
    expect(code('1,234.5')).toBe('number-english-format');
    for (const s of ['gần 900', 'hơn 2.500', '~98%', 'khoảng 1.000', 'trên 95%']) expect(code(s)).toBe('value-approximate');
    expect(code('12a')).toBe('number-invalid');
  });
  it('applies the metric kind', () => {
    expect(code('101%', 'percent')).toBe('value-out-of-range');
    expect(code('-3', 'count')).toBe('value-out-of-range');
    expect(code('1,5', 'count')).toBe('count-not-integer');
    expect(code('0', 'rank')).toBe('rank-not-positive');
    expect(code('95%', 'count')).toBe('percent-sign-not-percent');
    expect(ok('-0,25', 'score')).toBe(-0.25);
  });

  it('reads back every integer formatted with vi-VN grouping', () => {
    const vi = new Intl.NumberFormat('vi-VN');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        expect(ok(vi.format(n), 'count')).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses a figure of more than 15 digits (not counting zeros in front) instead of rounding it', () => {
    expect(code('9'.repeat(400), 'score')).toBe('number-too-many-digits'); // was Infinity
    expect(code('99999999999999999999', 'count')).toBe('number-too-many-digits'); // was 1e20
    expect(code('9007199254740993', 'count')).toBe('number-too-many-digits'); // 2^53 + 1, was …992
    expect(code('9.007.199.254.740.993', 'count')).toBe('number-too-many-digits');
    expect(code('1 000 000 000 000 000', 'count')).toBe('number-too-many-digits');
    expect(code('12345678901234,56', 'score')).toBe('number-too-many-digits');
    expect(code('0,' + '0'.repeat(400) + '1', 'score')).toBe('number-too-many-digits'); // was 0
    expect(code('-1234567890123456', 'score')).toBe('number-too-many-digits');
    expect(ok('999.999.999.999.999', 'count')).toBe(999_999_999_999_999);
    expect(ok('0000000000000000123', 'count')).toBe(123);
    expect(ok('1234567890123,45', 'score')).toBe(1234567890123.45);
    expect(ok('-12345678901234,5', 'score')).toBe(-12345678901234.5);
  });
  it('reads back every decimal of at most 15 digits exactly as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 14 }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (len, fracLen, big) => {
        const digits = (big % 10n ** BigInt(len)).toString().padStart(len, '0');
        const f = Math.min(fracLen, len - 1);
        const raw = f ? `${digits.slice(0, len - f)},${digits.slice(len - f)}` : digits;
        const value = ok(raw, 'score');
        expect(value).toBe(Number(raw.replace(',', '.')));
        expect(Number(value.toPrecision(15))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
  it('reads back every percent formatted by vi-VN, with or without the sign', () => {
    const plain = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const v = hundredths / 100;
        expect(ok(plain.format(v), 'percent')).toBe(v);
        expect(ok(`${plain.format(v)}%`, 'percent')).toBe(v);
        expect(ok(pct.format(v / 100), 'percent')).toBeCloseTo(v, 10);
      }),
      { numRuns: 2000 },
    );
  });
  it('formats as it reads', () => {
    expect(formatNumber(1512)).toBe('1.512');
    expect(formatNumber(96.55)).toBe('96,55');
    expect(formatNumber(1512, 'en')).toBe('1,512');
  });
});
