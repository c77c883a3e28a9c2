/**
 * The tile-grid map (src/lib/map): one square per province of 2008–2025, no two provinces on one square, every
 * province of 2025-07-01 drawn as the union of its predecessors' squares, and a province without a figure drawn
 * hatched, never in the colour of a low value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import type { Dataset } from '../../src/lib/dataset/dataset.ts';
import { GRID, tilesOf } from '../../src/lib/map/tile-grid.ts';
import { classOf, mapClasses, MAP_COLORS, shortCodes, tileMapSvg } from '../../src/lib/map/tile-map.ts';

let ds: Dataset;
beforeAll(() => {
  ds = loadDataFolder('data').dataset;
});

const validOn = (day: string) => ds.units.filter((u) => u.level === 'province' && (!u.valid_from || u.valid_from <= day) && (!u.valid_to || u.valid_to >= day));

describe('the 63 provinces', () => {
  it('has a square for each province valid on 2025-06-30 and for nothing else', () => {
    const provinces = validOn('2025-06-30').map((u) => u.id);
    // hue (Thành phố Huế from 2025-01-01) takes thua-thien-hue's square through its rename edge.
    const placed = provinces.filter((id) => id !== 'hue');
    expect(placed).toHaveLength(62);
    expect(Object.keys(GRID).sort()).toEqual([...placed, 'thua-thien-hue'].sort());
    expect(tilesOf('hue', ds.changes)).toEqual([GRID['thua-thien-hue']]);
  });

  it('puts no two provinces on one square', () => {
    const squares = Object.values(GRID).map(([c, r]) => `${c},${r}`);
    expect(new Set(squares).size).toBe(63);
  });
});

describe('the 34 provinces from 2025-07-01', () => {
  it('covers each with the squares of the provinces merged into it, each square once', () => {
    const provinces = validOn('2025-07-01');
    expect(provinces).toHaveLength(34);
    const seen = new Map<string, string>();
    for (const p of provinces) {
      const tiles = tilesOf(p.id, ds.changes);
      expect(tiles.length, p.id).toBeGreaterThan(0);
      for (const [c, r] of tiles) {
        expect(seen.get(`${c},${r}`), `${p.id} and ${seen.get(`${c},${r}`)} share ${c},${r}`).toBeUndefined();
        seen.set(`${c},${r}`, p.id);
      }
    }
    expect(seen.size).toBe(63);
    expect(tilesOf('ho-chi-minh-2025', ds.changes).map(([c, r]) => `${c},${r}`).sort()).toEqual(['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'].map((id) => GRID[id]!.join(',')).sort());
  });
});

describe('the drawing', () => {
  it('hatches a province without a figure and colours the lowest value with the lightest class', () => {
    const classes = mapClasses([50, 60, 70, 80, 90]);
    expect(classes.map((c) => c.color)).toEqual([...MAP_COLORS]);
    expect(classOf(classes, 50)).toBe(0);
    expect(classOf(classes, 90)).toBe(4);
    const svg = tileMapSvg(
      [
        { unit: 'ha-noi', name: 'Hà Nội', code: 'HN', tiles: [GRID['ha-noi']!], bin: 0, text: '50' },
        { unit: 'ca-mau', name: 'Cà Mau', code: 'CM', tiles: [GRID['ca-mau']!] },
      ],
      classes,
      { locale: 'vi', title: 'Bản đồ', noData: 'không có số liệu' },
    );
    expect(svg).toContain(`fill="${MAP_COLORS[0]}"`);
    expect(svg).toMatch(/<title>Cà Mau: không có số liệu<\/title><rect [^>]*fill="url\(#map-hatch\)"/);
    expect(svg).toContain('Quần đảo Hoàng Sa');
    expect(svg).toContain('Quần đảo Trường Sa');
  });

  it('gives provinces that share initials distinct codes', () => {
    const provinces = ds.units.filter((u) => u.level === 'province' && GRID[u.id]);
    const codes = shortCodes(new Map(provinces.map((u) => [u.id, u.name])));
    expect(codes.get('cao-bang')).toBe('CB');
    expect([codes.get('ha-noi'), codes.get('ha-nam')]).toEqual(['HNộ', 'HNa']);
    expect(new Set(codes.values()).size).toBe(63);
    expect(codes.get('ha-giang')).not.toBe(codes.get('hau-giang'));
  });
});
