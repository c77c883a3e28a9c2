/**
 * The two fonts every build-time image uses (Noto Sans Regular and Bold, OFL, in src/assets/fonts/), and text
 * measurement from their own metrics (cmap + hmtx) so titles wrap inside cards without a browser.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FONT_FAMILY = 'Noto Sans';

/**
 * Folder of the TTF files. Found from the project root (the build and tests run there); FONT_DIR overrides.
 * Not relative to this module: Astro bundles it into dist/.prerender, where import.meta.url points elsewhere.
 */
export function fontDir(): string {
  if (process.env.FONT_DIR) return resolve(process.env.FONT_DIR);
  return resolve(process.cwd(), 'src/assets/fonts');
}

/** Noto Sans Regular, Bold (Vietnamese subset), and DejaVu Sans symbols as the fallback (→ ↑ ≥ ≤). */
export function fontFiles(): string[] {
  const d = fontDir();
  return [join(d, 'NotoSans-Regular-vi.ttf'), join(d, 'NotoSans-Bold-vi.ttf'), join(d, 'DejaVuSans-Symbols.ttf')];
}

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units; undefined when the font has no glyph for the code point. */
  advance: (codePoint: number) => number | undefined;
}

function parseMetrics(buf: Buffer): FontMetrics {
  const numTables = buf.readUInt16BE(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const t = (tag: string) => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`font has no ${tag} table`);
    return o;
  };
  const unitsPerEm = buf.readUInt16BE(t('head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(t('hhea') + 34);
  const hmtx = t('hmtx');
  const advanceOfGlyph = (g: number) => buf.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));

  // cmap: prefer format 12 (full Unicode), else format 4 (BMP), from a Unicode subtable.
  const cmap = t('cmap');
  const n = buf.readUInt16BE(cmap + 2);
  let f4 = -1;
  let f12 = -1;
  for (let i = 0; i < n; i++) {
    const platform = buf.readUInt16BE(cmap + 4 + i * 8);
    const encoding = buf.readUInt16BE(cmap + 6 + i * 8);
    const off = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
    const format = buf.readUInt16BE(off);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = off;
    if (format === 4 && f4 < 0) f4 = off;
  }
  let glyphOf: (cp: number) => number;
  if (f12 >= 0) {
    const groups = buf.readUInt32BE(f12 + 12);
    glyphOf = (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = f12 + 16 + mid * 12;
        const start = buf.readUInt32BE(g);
        const end = buf.readUInt32BE(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return buf.readUInt32BE(g + 8) + (cp - start);
      }
      return 0;
    };
  } else if (f4 >= 0) {
    const segX2 = buf.readUInt16BE(f4 + 6);
    const ends = f4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    glyphOf = (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segX2; i += 2) {
        if (buf.readUInt16BE(ends + i) < cp) continue;
        const start = buf.readUInt16BE(starts + i);
        if (start > cp) return 0;
        const delta = buf.readInt16BE(deltas + i);
        const ro = buf.readUInt16BE(ranges + i);
        if (ro === 0) return (cp + delta) & 0xffff;
        const g = buf.readUInt16BE(ranges + i + ro + 2 * (cp - start));
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  } else throw new Error('font has no Unicode cmap');
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm,
    advance: (cp) => {
      if (cache.has(cp)) return cache.get(cp);
      const g = glyphOf(cp);
      const a = g === 0 ? undefined : advanceOfGlyph(g);
      cache.set(cp, a);
      return a;
    },
  };
}

const metricsCache = new Map<string, FontMetrics>();
function metricsOf(file: string): FontMetrics {
  let m = metricsCache.get(file);
  if (!m) metricsCache.set(file, (m = parseMetrics(readFileSync(file))));
  return m;
}
// By weight (2 = the symbols fallback): textWidth is called for every word wrapped, fontFiles() resolves paths.
const byWeight: (FontMetrics | undefined)[] = [];
const metricsAt = (i: 0 | 1 | 2) => (byWeight[i] ??= metricsOf(fontFiles()[i]!));
export function fontMetrics(weight: 400 | 700 = 400): FontMetrics {
  return metricsAt(weight === 700 ? 1 : 0);
}

/**
 * Width in px of `text` set in Noto Sans at `size` px, symbols Noto lacks measured in the fallback font, as resvg
 * draws them (no kerning: a slight over-estimate, which is the safe side).
 */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  const m = fontMetrics(weight);
  const fallback = metricsAt(2);
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const a = m.advance(cp);
    if (a !== undefined) em += a / m.unitsPerEm;
    else em += (fallback.advance(cp) ?? fallback.unitsPerEm * 0.6) / fallback.unitsPerEm;
  }
  return em * size;
}

/**
 * Greedy word wrap to `maxWidth` px; at most `maxLines` lines, the last one ending in "…" when text was cut.
 * A single word longer than the line is cut with "…".
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = Infinity, weight: 400 | 700 = 400): string[] {
  // Chart titles, legends and notes repeat on every unit page: remember the last few thousand.
  const key = `${size}|${maxWidth}|${maxLines}|${weight}|${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= 5000) wrapped.clear();
    wrapped.set(key, (lines = wrapUncached(text, size, maxWidth, maxLines, weight)));
  }
  return [...lines];
}
const wrapped = new Map<string, string[]>();

function wrapUncached(text: string, size: number, maxWidth: number, maxLines: number, weight: 400 | 700): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const candidate = line ? `${line} ${w}` : w;
    if (textWidth(candidate, size, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      if (lines.length === maxLines) break;
      line = '';
      i--; // retry the word on a fresh line
      continue;
    }
    // One word wider than the line.
    lines.push(ellipsize(w, size, maxWidth, weight));
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    line = '';
  }
  const cut = i < words.length || line !== '';
  if (cut && lines.length) lines[lines.length - 1] = ellipsize(`${lines[lines.length - 1]}…`, size, maxWidth, weight);
  return lines;
}

function ellipsize(text: string, size: number, maxWidth: number, weight: 400 | 700): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const words = text.replace(/…$/, '').split(' ');
  while (words.length > 1 && textWidth(`${words.join(' ')}…`, size, weight) > maxWidth) words.pop();
  const chars = [...words.join(' ').replace(/[,;:.]$/, '')];
  while (chars.length && textWidth(`${chars.join('').trimEnd()}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
