/**
 * The one bilingual dictionary (src/lib/i18n/strings.ts): every text exists in both languages with the same `{slots}`,
 * and `tf` fills each slot or refuses, so a page never shows "{n}" or a blank where a figure belongs.
 */
import { describe, expect, test } from 'vitest';
import { UI, t, tf } from '../../src/lib/i18n/strings.ts';

/** The slot names of a text (a slot may stand twice in one language and once in the other). */
const slots = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the dictionary', () => {
  test('every text has both languages, non-blank, with the same slots', () => {
    for (const [key, text] of Object.entries(UI)) {
      expect(text.vi.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(slots(text.vi), key).toEqual(slots(text.en));
    }
  });
  test('a text without slots reads the same through t and tf', () => {
    expect(tf('vi', 'yearGapNote', {})).toBe(t('vi', 'yearGapNote'));
  });
});

describe('tf', () => {
  test('fills every slot, a repeated one each time, numbers as written', () => {
    expect(tf('vi', 'mergedContinuedNote', { date: '01/07/2025', from: 'Bắc Giang', to: 'Bắc Ninh' })).toBe(
      '01/07/2025: Bắc Giang nhập vào Bắc Ninh. Bắc Ninh vẫn là đơn vị đó (địa giới mở rộng) nên đường của Bắc Ninh nối liền qua mốc này; Bắc Giang là đường riêng, không cộng vào.',
    );
    expect(tf('en', 'fromProvincesNote', { n: 63 })).toBe('from 63 provinces');
  });
  test('a slot value that looks like a slot is left as it is', () => {
    expect(tf('en', 'bumpTitle', { label: '{label}' })).toBe('{label} over the years');
  });
  test('a missing slot is an error naming the key and the slot', () => {
    expect(() => tf('vi', 'fromProvincesNote', {})).toThrow('fromProvincesNote: no value for {n}');
  });
});
