/**
 * The tile-grid map as SVG, drawn at build time: each region (a province, or a 2025 province made of several
 * squares) filled by its value's class, its short name and value printed on it; regions without a figure hatched
 * grey, never coloured as a low value. The page prints the legend and the full table beside it.
 */
import { escapeAttr, escapeText } from '../text/escape.ts';
import type { Locale } from '../i18n/locale.ts';
import { ARCHIPELAGOS, GRID_COLS, GRID_ROWS, type Tile } from './tile-grid.ts';

export interface MapRegion {
  unit: string;
  /** Full name (tooltip). */
  name: string;
  /** Two to four letters printed on the square. */
  code: string;
  tiles: readonly Tile[];
  /** Index of the colour class; undefined = no figure. */
  bin?: number;
  /** The value as printed. */
  text?: string;
}

/**
 * Sequential classes, light to dark (ColorBrewer YlGnBu, 5 classes): distinguishable in the common colour-vision
 * deficiencies because lightness alone orders them. Text colour per class keeps 4.5:1 contrast.
 */
export const MAP_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
const TEXT_ON = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'] as const;
export const NO_DATA_FILL = '#d9d9d9';

export interface MapClass {
  from: number;
  to: number;
  color: string;
}

/** Equal-interval classes over the values' range (fewer when there are few distinct values). */
export function mapClasses(values: readonly number[]): MapClass[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const n = Math.min(MAP_COLORS.length, new Set(values).size);
  if (n <= 1) return [{ from: lo, to: hi, color: MAP_COLORS[MAP_COLORS.length - 1]! }];
  const step = (hi - lo) / n;
  // Spread the used colours over the whole ramp so two classes never look alike.
  return Array.from({ length: n }, (_, i) => ({ from: lo + i * step, to: i === n - 1 ? hi : lo + (i + 1) * step, color: MAP_COLORS[Math.round((i * (MAP_COLORS.length - 1)) / (n - 1))]! }));
}

/** The class of a value (the last class includes its upper bound). */
export function classOf(classes: readonly MapClass[], v: number): number {
  const i = classes.findIndex((c) => v < c.to);
  return i === -1 ? classes.length - 1 : i;
}

/**
 * Short codes from the names' initials ("Quảng Ninh" → "QN"). Names that share initials keep more letters: of the
 * last word ("QNa", "QNg"), then of the first word too ("HàG", "HậG" for Hà Giang and Hậu Giang).
 */
export function shortCodes(names: ReadonlyMap<string, string>): Map<string, string> {
  const words = (n: string) => n.replace(/^(Tỉnh|Thành phố|TP\.?)\s+/u, '').replace(/\s+(Province|City)$/u, '').split(/[\s-]+/u).filter(Boolean);
  const cap = (w: string, n: number) => w.slice(0, n).replace(/^./u, (x) => x.toUpperCase());
  const levels = (ws: string[]): string[] => {
    const init = (xs: string[]) => xs.map((w) => cap(w, 1)).join('');
    const last = ws.length > 1 ? init(ws.slice(0, -1)) + cap(ws.at(-1)!, 2) : cap(ws[0] ?? '', 3);
    const both = ws.length > 1 ? cap(ws[0]!, 2) + init(ws.slice(1, -1)) + cap(ws.at(-1)!, ws.length > 2 ? 2 : 1) : last;
    return [init(ws), last, both, ws.length > 1 ? cap(ws[0]!, 2) + init(ws.slice(1, -1)) + cap(ws.at(-1)!, 2) : last];
  };
  const all = new Map([...names].map(([id, n]) => [id, levels(words(n))]));
  const counts = [0, 1, 2, 3].map((k) => {
    const c = new Map<string, number>();
    for (const ls of all.values()) c.set(ls[k]!, (c.get(ls[k]!) ?? 0) + 1);
    return c;
  });
  return new Map([...all].map(([id, ls]) => [id, ls.find((code, k) => counts[k]!.get(code) === 1) ?? ls[3]!]));
}

const S = 40; // square size, SVG units
const PAD = 4;

/** The map as an SVG string: `viewBox` sized to the grid, `width="100%"` so it fits any column. */
export function tileMapSvg(regions: readonly MapRegion[], classes: readonly MapClass[], opts: { locale: Locale; title: string; noData: string }): string {
  const w = GRID_COLS * S + PAD * 2;
  const h = GRID_ROWS * S + PAD * 2;
  const x = (c: number) => PAD + c * S;
  const y = (r: number) => PAD + r * S;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${escapeAttr(opts.title)}" class="tile-map" font-family="system-ui, sans-serif">`,
    `<defs><pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA_FILL}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.5"/></pattern></defs>`,
  );
  for (const r of regions) {
    if (r.tiles.length === 0) continue;
    const fill = r.bin === undefined ? 'url(#map-hatch)' : classes[r.bin]!.color;
    const ink = r.bin === undefined ? '#1a1a1a' : TEXT_ON[MAP_COLORS.indexOf(classes[r.bin]!.color as (typeof MAP_COLORS)[number])]!;
    const tip = `${r.name}: ${r.text ?? opts.noData}`;
    out.push(`<g><title>${escapeText(tip)}</title>`);
    // One square per tile, no gap inside a region: the squares of a merged province read as one region; a faint
    // line marks its old provinces.
    for (const [c, rr] of r.tiles) out.push(`<rect x="${x(c)}" y="${y(rr)}" width="${S}" height="${S}" fill="${fill}" stroke="${fill === 'url(#map-hatch)' ? '#8c8c8c' : fill}" stroke-width="0.5" stroke-opacity="0.6"/>`);
    // The region's outline: every square edge not shared with another square of the same region.
    const has = new Set(r.tiles.map(([c, rr]) => `${c},${rr}`));
    const edges: string[] = [];
    for (const [c, rr] of r.tiles) {
      if (!has.has(`${c},${rr - 1}`)) edges.push(`M${x(c)} ${y(rr)}h${S}`);
      if (!has.has(`${c},${rr + 1}`)) edges.push(`M${x(c)} ${y(rr + 1)}h${S}`);
      if (!has.has(`${c - 1},${rr}`)) edges.push(`M${x(c)} ${y(rr)}v${S}`);
      if (!has.has(`${c + 1},${rr}`)) edges.push(`M${x(c + 1)} ${y(rr)}v${S}`);
    }
    out.push(`<path d="${edges.join('')}" fill="none" stroke="#ffffff" stroke-width="2"/>`);
    const [lc, lr] = r.tiles[0]!;
    out.push(`<text x="${x(lc) + S / 2}" y="${y(lr) + 16}" text-anchor="middle" font-size="12" font-weight="700" fill="${ink}">${escapeText(r.code)}</text>`);
    if (r.text) out.push(`<text x="${x(lc) + S / 2}" y="${y(lr) + 31}" text-anchor="middle" font-size="10.5" fill="${ink}">${escapeText(r.text)}</text>`);
    out.push('</g>');
  }
  for (const a of ARCHIPELAGOS) {
    const [ac, ar] = a.at;
    const dots = [[0.2, 0.5], [0.55, 0.25], [0.85, 0.6], [0.45, 0.8], [1.15, 0.4]].map(([dx, dy]) => `<circle cx="${x(ac + dx!)}" cy="${y(ar + dy!)}" r="2.5" fill="currentColor"/>`);
    const label = a[opts.locale];
    const [l1, l2] = splitLabel(label);
    out.push(`<g>${dots.join('')}<text x="${x(ac)}" y="${y(ar + 1.4)}" font-size="12" fill="currentColor">${escapeText(l1)}</text>${l2 ? `<text x="${x(ac)}" y="${y(ar + 1.4) + 13}" font-size="12" fill="currentColor">${escapeText(l2)}</text>` : ''}</g>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** "Quần đảo Hoàng Sa (Đà Nẵng)" on two lines: the name, then the province in brackets. */
function splitLabel(s: string): [string, string?] {
  const i = s.indexOf(' (');
  return i > 0 ? [s.slice(0, i), s.slice(i + 1)] : [s];
}
