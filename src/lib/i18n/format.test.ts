/** A published figure is shown with the decimals it was printed with. */
import { describe, expect, it } from 'vitest';
import { fmtPrinted, printedDecimals } from './format.ts';

describe('figures as printed', () => {
  it('count the decimals the publisher wrote, never a thousands group', () => {
    expect([printedDecimals('73,40'), printedDecimals('1.512'), printedDecimals('96.8'), printedDecimals('91,43%'), printedDecimals('7')]).toEqual([2, 0, 1, 2, 0]);
  });

  it('keep them in both languages: PCI 2019 Quảng Ninh reads 73,40 (73.40), not 73,4', () => {
    expect(fmtPrinted({ value: 73.4, raw: '73,40' }, 'score', 'vi')).toBe('73,40');
    expect(fmtPrinted({ value: 73.4, raw: '73,40' }, 'score', 'en')).toBe('73.40');
    expect(fmtPrinted({ value: 98.3, raw: '98,30%' }, 'percent', 'vi')).toBe('98,30%');
    expect(fmtPrinted({ value: 1512, raw: '1.512' }, 'count', 'vi')).toBe('1.512');
  });
});
