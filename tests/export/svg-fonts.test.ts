/**
 * The chart SVG made self-contained for the browser's canvas (export/svg-fonts.ts): every text in the canvas
 * families, their fonts inline, the symbols font only when a symbol is drawn; the drawing itself unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CANVAS_FAMILY, needsSymbols, setFontFamily, svgWithFonts } from '../../src/lib/export/svg-fonts.ts';
import { parseSvgRoot, rootSize } from '../../src/lib/export/svg-root.ts';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { chartImageSvg } = await import('../../src/lib/export/responses.ts');

const FONTS = { regular: 'data:font/ttf;base64,UkVH', bold: 'data:font/ttf;base64,Qk9MRA==' };

describe('svgWithFonts', () => {
  const chart = exportCatalog().charts.find((c) => c.locale === 'vi' && c.spec.kind === 'lines')!;
  const svg = chartImageSvg(chart);
  const out = svgWithFonts(svg, FONTS);

  it('sets every font-family, attribute or CSS, to the canvas families, and no other family is left', () => {
    expect(svg).toMatch(/font-family="[^"]*Noto Sans/);
    const families = [...out.matchAll(/font-family(?:="([^"]*)"|\s*:\s*([^;}"]+))/g)].map((m) => m[1] ?? m[2]);
    expect(families.length).toBeGreaterThan(1);
    for (const f of families) expect(f).toMatch(new RegExp(`^'?${CANVAS_FAMILY.text}'?(, '${CANVAS_FAMILY.symbols}', sans-serif)?$`));
    expect(setFontFamily(`<svg style="font-family: system-ui"><text font-family='Arial'>x</text></svg>`, "'A', sans-serif")).toBe(
      `<svg style="font-family: 'A', sans-serif"><text font-family="'A', sans-serif">x</text></svg>`,
    );
  });

  it('puts the regular and bold fonts inline, right inside the root, and keeps the size and the drawing', () => {
    const root = parseSvgRoot(out);
    expect(out.slice(root.end)).toMatch(new RegExp(`^<defs><style>@font-face\\{font-family:'${CANVAS_FAMILY.text}';src:url\\("${FONTS.regular}"\\)[^}]*font-weight:400`));
    expect(out).toContain(`src:url("${FONTS.bold}") format('truetype');font-weight:700`);
    expect(out).not.toContain(CANVAS_FAMILY.symbols + "';src");
    expect(rootSize(root)).toEqual(rootSize(parseSvgRoot(svg)));
    expect(out.replace(/<defs><style>.*?<\/style><\/defs>/, '').replace(/font-family="[^"]*"/g, '')).toBe(svg.replace(/font-family="[^"]*"/g, ''));
  });

  it('adds the symbols font only for a drawing with arrows, operators or shapes', () => {
    expect(needsSymbols('<svg><text>Tỷ lệ ↑</text></svg>')).toBe(true);
    expect(needsSymbols('<svg><text>≥ 95 %</text></svg>')).toBe(true);
    expect(needsSymbols('<svg><text>Tỷ lệ đúng hạn — 96,5 %</text></svg>')).toBe(false);
    const withSymbols = svgWithFonts('<svg width="10" height="10"><text>↑</text></svg>', { ...FONTS, symbols: 'data:font/ttf;base64,U1lN' });
    expect(withSymbols).toContain(`font-family:'${CANVAS_FAMILY.symbols}';src:url("data:font/ttf;base64,U1lN")`);
  });
});
