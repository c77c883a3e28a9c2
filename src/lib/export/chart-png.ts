/**
 * A chart's PNG, drawn in the reader's browser from its SVG download: the build writes no PNG (README, "Export
 * files"). The SVG gets the project's fonts inline (svg-fonts.ts) and is drawn on a white canvas at PNG_SCALE× its
 * size. The fonts are fetched only when a reader asks for a PNG, once per page.
 */
import { needsSymbols, svgWithFonts } from './svg-fonts.ts';

/** Drawn at 2× the SVG's size: sharp on high-density screens and in print, as the build's PNGs were. */
export const PNG_SCALE = 2;

// The TTFs of src/assets/fonts/ (OFL; DejaVu's licence), emitted by the bundler beside the script with hashed names.
const FONT_URLS = {
  regular: new URL('../../assets/fonts/NotoSans-Regular-vi.ttf', import.meta.url).href,
  bold: new URL('../../assets/fonts/NotoSans-Bold-vi.ttf', import.meta.url).href,
  symbols: new URL('../../assets/fonts/DejaVuSans-Symbols.ttf', import.meta.url).href,
};

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => fail(r.error);
    r.readAsDataURL(blob);
  });
}

const fonts = new Map<string, Promise<string>>();
/** A font as a `data:` URL, fetched once per page (a failed fetch is tried again on the next press). */
function font(url: string): Promise<string> {
  let p = fonts.get(url);
  if (!p) {
    p = fetchOk(url).then((r) => r.blob()).then(dataUrl);
    p.catch(() => fonts.delete(url));
    fonts.set(url, p);
  }
  return p;
}

/** The PNG of the chart whose SVG download is at `svgUrl` (same origin). */
export async function chartPng(svgUrl: string): Promise<Blob> {
  const svg = await (await fetchOk(svgUrl)).text();
  const [regular, bold, symbols] = await Promise.all([font(FONT_URLS.regular), font(FONT_URLS.bold), needsSymbols(svg) ? font(FONT_URLS.symbols) : undefined]);
  return drawPng(svgWithFonts(svg, { regular, bold, symbols }));
}

/**
 * An SVG drawn on a white canvas at `scale`× its declared size, as a PNG. A `data:` URL, as the page's policy allows
 * for images (img-src 'self' data:), where a `blob:` URL would be blocked.
 */
export async function drawPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0 || canvas.height === 0) throw new Error('no canvas to draw on');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the canvas gave no PNG'))), 'image/png'));
}
