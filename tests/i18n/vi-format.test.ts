import { describe, expect, it } from 'vitest';
import { groupSpaces, viInt, viPercent } from '../../src/lib/bench/vi-format.ts';

// The bench writes its figures through the portal's formatter; these are the spellings its generated CSVs rely on.
describe('bench figures', () => {
  it('groups thousands with a dot or the given separator', () => {
    expect(viInt(7)).toBe('7');
    expect(viInt(1512)).toBe('1.512');
    expect(viInt(4098960, ' ')).toBe('4 098 960');
    expect(groupSpaces(4098960.4)).toBe('4 098 960');
  });
  it('writes percents with a decimal comma, at most two decimals and no thousands group', () => {
    expect(viPercent(96.554, true)).toBe('96,55%');
    expect(viPercent(96.5, false)).toBe('96,5');
    expect(viPercent(100, true)).toBe('100%');
    expect(viPercent(0.049, false)).toBe('0,05');
    expect(viPercent(1234.5, false)).toBe('1234,5');
  });
});
