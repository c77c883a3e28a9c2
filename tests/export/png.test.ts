/** Build-time images: fonts cover Vietnamese, text fits, and every PNG decodes to its declared size. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodePngSize, pngSize, prepareSvgForRaster, resolveCssColours, svgToPng, svgToPngAsync, PngPipeline } from '../../src/lib/export/png.ts';
import { fontMetrics, fontFiles, textWidth, wrapText } from '../../src/lib/export/fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, shareCardSvg } from '../../src/lib/export/share-card.ts';
import { composeChartSvg, IMAGE_WIDTH } from '../../src/lib/export/compose.ts';
import { svgSize } from '../../src/lib/export/embed.ts';
import { renderChart } from '../../src/lib/charts/render.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';

// Every letter of the Vietnamese alphabet with every tone, upper and lower case (NFC).
const BASES = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VI_LETTERS = [...BASES].flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))).concat(['đ']);
const VI_ALL = [...VI_LETTERS, ...VI_LETTERS.map((c) => c.toLocaleUpperCase('vi'))];

describe('fonts', () => {
  it('ship with the project and cover every Vietnamese letter in regular and bold', () => {
    for (const f of fontFiles()) expect(readFileSync(f).length).toBeGreaterThan(10_000);
    for (const weight of [400, 700] as const) {
      const m = fontMetrics(weight);
      const missing = VI_ALL.filter((c) => m.advance(c.codePointAt(0)!) === undefined);
      expect(missing).toEqual([]);
    }
  });
  it('measure text the way it wraps: no line wider than asked', () => {
    const title = 'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn của Thành phố Sa Đéc, tỉnh Đồng Tháp, 6 tháng đầu năm 2022';
    const lines = wrapText(title, 52, 600, 3, 700);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 52, 700)).toBeLessThanOrEqual(600);
    expect(textWidth('Đ', 100)).toBeGreaterThan(0);
  });
});

describe('PNG header and decoding', () => {
  it('reads IHDR and rejects what is not a PNG', () => {
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="37" height="11"><rect width="37" height="11" fill="red"/></svg>');
    expect(pngSize(png)).toMatchObject({ width: 37, height: 11 });
    expect(decodePngSize(png)).toEqual({ width: 37, height: 11 });
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, not at all....'))).toThrow(/signature/);
    const truncated = png.subarray(0, png.length - 20);
    expect(() => decodePngSize(truncated)).toThrow();
    const corrupt = Buffer.from(png);
    corrupt[40] = corrupt[40]! ^ 0xff;
    expect(() => decodePngSize(corrupt)).toThrow();
  });
});

describe('share card', () => {
  const card = (title: string, figure = true) =>
    shareCardSvg({
      locale: 'vi',
      title,
      subtitle: 'Thành phố Sa Đéc · 6 tháng đầu năm 2022',
      figure: figure ? { value: '93,37%', label: 'hồ sơ giải quyết đúng hạn và trước hạn (2.114 trên 2.264)' } : undefined,
      source: 'UBND thành phố Sa Đéc tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm',
      site: 'cchc.example.vn',
    });
  it('is 1200×630 and decodes to that size, with or without a key figure', async () => {
    for (const svg of [card('Tỷ lệ giải quyết đúng hạn'), card('Thành phố Sa Đéc', false)]) {
      expect(svgSize(svg)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      const png = await svgToPngAsync(svg);
      expect(decodePngSize(png)).toEqual({ width: 1200, height: 630 });
    }
  });
  it('keeps a very long title inside the card', () => {
    const long = 'Ủy ban nhân dân '.repeat(30);
    const svg = card(long);
    const texts = [...svg.matchAll(/<text x="(\d+)" y="[\d.]+" font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(3);
    for (const [, x, size, weight, content] of texts) {
      if (svg.includes(`text-anchor="end">${content}`)) continue;
      const w = textWidth(content!.replace(/&amp;/g, '&'), Number(size), Number(weight) === 700 ? 700 : 400);
      expect(Number(x) + w).toBeLessThanOrEqual(CARD_WIDTH - 64 + 0.5);
    }
  });
});

describe('chart image', () => {
  const spec: ChartSpec = {
    id: 'test--rate',
    kind: 'lines',
    locale: 'vi',
    title: 'Tỷ lệ giải quyết đúng và trước hạn',
    subtitle: 'Thành phố Sa Đéc · 6T đầu 2021 – 6T đầu 2023 · %',
    ariaLabel: 'Tỷ lệ giải quyết đúng và trước hạn, Thành phố Sa Đéc',
    alt: 'Tỷ lệ công bố từ 93,09% đến 98,5%.',
    valueKind: 'percent',
    valueLabel: '%',
    categories: [],
    series: [
      { key: 'p', label: 'Công bố', color: 'blue' },
      { key: 'c', label: 'Tính toán của cổng', color: 'orange', computed: true },
    ],
    data: [
      { date: '2021-04-01', series: 'p', value: 93.09 },
      { date: '2021-10-01', series: 'p', value: null },
      { date: '2022-04-01', series: 'p', value: 95.24 },
      { date: '2023-04-01', series: 'p', value: 98.5 },
      { date: '2021-04-01', series: 'c', value: 93.4 },
      { date: '2023-04-01', series: 'c', value: 97.1 },
    ],
    rules: [{ value: 95, label: 'Mục tiêu ≥ 95%' }],
    sources: [{ id: 's', title: 'Báo cáo thử nghiệm: kết quả giải quyết TTHC tỉnh Đồng Tháp', href: '/nguon/s/' }],
    notes: ['Kỳ không có số liệu là khoảng trống trên đường, không phải 0.'],
    table: { caption: 'x', columns: [], rows: [] },
  };
  it('composes title, legend, chart, notes and source; the PNG decodes at 2× the declared SVG size', () => {
    const chartSvg = resolveCssColours(renderChart(spec));
    const svg = composeChartSvg({ spec, chartSvg, footer: { sourceLabel: 'Nguồn', site: 'cchc.example.vn/don-vi/x' } });
    for (const text of [spec.title, 'Tính toán của cổng', 'Nguồn: Báo cáo thử nghiệm', 'cchc.example.vn/don-vi/x']) expect(svg).toContain(text);
    expect(svg).not.toMatch(/var\(--/);
    const size = svgSize(svg);
    expect(size.width).toBe(IMAGE_WIDTH);
    const png = svgToPng(prepareSvgForRaster(svg), { width: IMAGE_WIDTH * 2 });
    expect(decodePngSize(png)).toEqual({ width: size.width * 2, height: Math.round(size.height * 2) });
  });
  it('prepareSvgForRaster points every font at Noto Sans and resolves CSS variables', () => {
    const out = prepareSvgForRaster('<svg width="10" height="10" font-family="system-ui, sans-serif" style="font-family: system-ui"><text fill="var(--plot-background)" stroke="var(--chart-blue, #0072B2)">x</text></svg>');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).not.toContain('system-ui');
    expect(out).toContain('fill="#ffffff"');
    expect(out).toContain('stroke="#0072B2"');
  });
});

describe('PngPipeline', () => {
  it('renders ahead but hands each result out once, in any order', async () => {
    const started: string[] = [];
    const p = new PngPipeline(['a', 'b', 'c', 'd'], async (k) => {
      started.push(k);
      return Buffer.from(k);
    }, 2);
    expect((await p.get('a')).toString()).toBe('a');
    expect(started).toEqual(['a', 'b', 'c']);
    expect((await p.get('d')).toString()).toBe('d');
    expect((await p.get('b')).toString()).toBe('b');
  });
});
