import { describe, expect, it } from 'vitest';
import { pickerIndex, unitIds, withUnit, withoutUnit } from './unit-picker.ts';
import { searchEntries } from '../search/match.ts';
import type { CompareUnits } from './compare-data.ts';

describe('unit picker with many units', () => {
  it('keeps the list of ids clean as units are added and removed', () => {
    expect(unitIds(' ha-noi, ,dong-thap,ha-noi ')).toEqual(['ha-noi', 'dong-thap']);
    expect(withUnit('ha-noi', 'dong-thap')).toBe('ha-noi,dong-thap');
    expect(withUnit('ha-noi,dong-thap', 'ha-noi')).toBe('dong-thap,ha-noi');
    expect(withUnit('', 'ha-noi')).toBe('ha-noi');
    expect(withoutUnit('ha-noi,dong-thap', 'ha-noi')).toBe('dong-thap');
  });

  it('finds a unit by its name without marks, with its province as context', () => {
    const units: CompareUnits = {
      units: [
        ['dong-thap', 'Tỉnh Đồng Tháp', 'Dong Thap Province', 'province', 'dong-thap'],
        ['dong-thap-thanh-pho-sa-dec', 'Thành phố Sa Đéc', 'Sa Dec City', 'district', 'dong-thap'],
        ['ha-noi', 'Thành phố Hà Nội', 'Hanoi', 'province', ''],
      ],
      metrics: [],
    };
    const index = pickerIndex(units);
    const [hit] = searchEntries(index, 'sa dec', 'vi');
    expect(hit?.entry[1]).toBe('dong-thap-thanh-pho-sa-dec');
    expect(index.entries[hit!.entry[4]]?.[1]).toBe('dong-thap');
    expect(searchEntries(index, 'sa dec dong thap', 'en')[0]?.entry[1]).toBe('dong-thap-thanh-pho-sa-dec');
    // A province is not its own context.
    expect(index.entries[0]?.[4]).toBe(-1);
  });
});
