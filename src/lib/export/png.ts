/**
 * SVG → PNG at build time with @resvg/resvg-js: no browser, no system fonts. Only the project's Noto Sans files are
 * loaded, and every font-family in the SVG is pointed at them, so Vietnamese renders the same everywhere.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync, crc32 } from 'node:zlib';
import { FONT_FAMILY, fontFiles } from './fonts.ts';
import { sha256Hex } from './hash.ts';
import { parseSvgRoot, replaceSvgRoot, rootAttr } from './svg-root.ts';
import { setFontFamily } from './svg-fonts.ts';

/**
 * Make an SVG rasterisable by resvg with our fonts: every `font-family` (attribute or CSS) becomes Noto Sans,
 * `var(--plot-background)` and other CSS custom properties become concrete colours, `currentColor` gets a colour
 * on the root, and the root has the SVG namespace.
 */
export function prepareSvgForRaster(svg: string, opts: { color?: string; background?: string } = {}): string {
  const color = opts.color ?? '#1a1a1a';
  const background = opts.background ?? '#ffffff';
  let s = setFontFamily(svg, `'${FONT_FAMILY}', sans-serif`);
  s = resolveCssColours(s.replace(/var\(--plot-background\)/g, background), color);
  const root = parseSvgRoot(s);
  const attrs = root.attrs.map(([n, v]): [string, string] => [n, n === 'color' ? color : v]);
  if (!rootAttr(root, 'xmlns')) attrs.push(['xmlns', 'http://www.w3.org/2000/svg']);
  if (!rootAttr(root, 'color')) attrs.push(['color', color]);
  return replaceSvgRoot(s, root, attrs);
}

/**
 * A page drawing's colours as plain values: each CSS custom property becomes its fallback (the light theme's hex),
 * or `color` when it has none. The image downloads are the page drawing with this applied, not a second drawing.
 */
export function resolveCssColours(svg: string, color = '#1a1a1a'): string {
  return svg.replace(/var\(--[\w-]+\s*,\s*([^()]+|[^()]*\([^()]*\)[^()]*)\)/g, '$1').replace(/var\(--[\w-]+\)/g, color);
}

export interface PngOptions {
  /** Output width in px (the height follows the aspect ratio). Default: the SVG's own width. */
  width?: number;
  /** Background fill; default white (a transparent PNG looks broken on dark apps). */
  background?: string;
}

function resvgOptions(o: PngOptions): ResvgRenderOptions {
  return {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: o.background ?? '#ffffff',
    fitTo: o.width ? { mode: 'width', value: o.width } : { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

/** Render synchronously. The SVG should already be prepared (prepareSvgForRaster) if it came from Plot. */
export function svgToPng(svg: string, o: PngOptions = {}): Buffer {
  return new Resvg(svg, resvgOptions(o)).render().asPng();
}

/** Render on libuv's thread pool (parallel with other renders; only PNG encoding runs on the main thread). */
export async function svgToPngAsync(svg: string, o: PngOptions = {}): Promise<Buffer> {
  const img = await renderAsync(svg, resvgOptions(o));
  return img.asPng();
}

/* ---------- cache: identical SVG + options + fonts → identical PNG, kept across builds in .cache/ ---------- */

let fontsKey: string | undefined;
function fontsFingerprint(): string {
  if (!fontsKey) fontsKey = sha256Hex(fontFiles().map((f) => sha256Hex(readFileSync(f))).join(':')).slice(0, 16);
  return fontsKey;
}

export function pngCacheDir(): string {
  return resolve(process.env.PNG_CACHE_DIR || join(process.cwd(), '.cache', 'png'));
}

/** Render with a content-addressed disk cache (PNG_CACHE=0 disables it). */
export async function cachedPng(svg: string, o: PngOptions = {}): Promise<Buffer> {
  if (process.env.PNG_CACHE === '0') return svgToPngAsync(svg, o);
  const key = sha256Hex(`resvg-2.6.2|${fontsFingerprint()}|${JSON.stringify(o)}|${svg}`);
  const dir = join(pngCacheDir(), key.slice(0, 2));
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await svgToPngAsync(svg, o);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch {
    // A read-only cache is not an error: the PNG is still returned.
  }
  return png;
}

/* ---------- bounded look-ahead: endpoints are called one by one; render the next few in parallel ---------- */

/**
 * Astro calls a static endpoint once per path, one after another. `PngPipeline` renders ahead: asking for item i
 * starts items i…i+depth on the thread pool, so the 2+ cores are busy while Astro writes files. Each result is
 * handed out once and then dropped, so memory stays bounded.
 */
export class PngPipeline<K> {
  private readonly order: K[];
  private readonly index = new Map<K, number>();
  private readonly pending = new Map<K, Promise<Buffer>>();
  private readonly render: (key: K) => Promise<Buffer>;
  private readonly depth: number;
  constructor(keys: readonly K[], render: (key: K) => Promise<Buffer>, depth = 4) {
    this.order = [...keys];
    this.order.forEach((k, i) => this.index.set(k, i));
    this.render = render;
    this.depth = depth;
  }
  private start(k: K): Promise<Buffer> {
    let p = this.pending.get(k);
    if (!p) {
      p = this.render(k);
      p.catch(() => undefined); // surfaced when awaited
      this.pending.set(k, p);
    }
    return p;
  }
  async get(k: K): Promise<Buffer> {
    const i = this.index.get(k);
    const p = this.start(k);
    if (i !== undefined) for (let j = i + 1; j <= i + this.depth && j < this.order.length; j++) this.start(this.order[j]!);
    try {
      return await p;
    } finally {
      this.pending.delete(k);
    }
  }
}

/* ---------- PNG header ---------- */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(buf: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number } {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 33 || !b.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature');
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: first chunk is not IHDR');
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  if (width === 0 || height === 0) throw new Error('PNG with zero size');
  return { width, height, bitDepth: b[24]!, colorType: b[25]! };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decode enough of a PNG to prove it is whole: every chunk's CRC, IHDR first, IEND last, and the inflated IDAT
 * stream exactly `height × (1 + ceil(width × channels × bitDepth / 8))` bytes (non-interlaced). Returns the size.
 */
export function decodePngSize(buf: Uint8Array): { width: number; height: number } {
  const head = pngSize(buf);
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let off = 8;
  const idat: Buffer[] = [];
  let sawEnd = false;
  let interlace = 0;
  while (off < b.length) {
    if (off + 12 > b.length) throw new Error('PNG truncated in a chunk header');
    const len = b.readUInt32BE(off);
    const type = b.toString('latin1', off + 4, off + 8);
    if (off + 12 + len > b.length) throw new Error(`PNG truncated in chunk ${type}`);
    const crc = b.readUInt32BE(off + 8 + len);
    if (crc32(b.subarray(off + 4, off + 8 + len)) !== crc) throw new Error(`PNG chunk ${type}: bad CRC`);
    if (type === 'IHDR') interlace = b[off + 8 + 12]!;
    if (type === 'IDAT') idat.push(b.subarray(off + 8, off + 8 + len));
    off += 12 + len;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  if (!sawEnd) throw new Error('PNG without IEND');
  if (interlace !== 0) throw new Error('interlaced PNG: not produced by this project');
  const channels = CHANNELS[head.colorType];
  if (!channels) throw new Error(`PNG colour type ${head.colorType} unknown`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = 1 + Math.ceil((head.width * channels * head.bitDepth) / 8);
  if (raw.length !== stride * head.height) throw new Error(`PNG pixel data is ${raw.length} bytes; ${head.width}×${head.height} needs ${stride * head.height}`);
  return { width: head.width, height: head.height };
}
