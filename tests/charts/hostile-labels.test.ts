/**
 * Issue 15: an `&`, `<`, `>` or `"` in any label is data. Every renderer and every export that writes it (the chart
 * renderers, the SVG download, its PNG, the share card, the legend, the table twin, the embed page and the browser's
 * comparison renderer) writes a well-formed document in which a reader finds the label exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/lib/charts/render.ts';
import { renderPlot } from './plot-oracle.ts';
import { figureHtml, renderLite } from '../../src/lib/charts/lite.ts';
import { tableHtml } from '../../src/lib/charts/table-html.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { composeChartSvg } from '../../src/lib/export/compose.ts';
import { embedPageHtml } from '../../src/lib/export/embed-page.ts';
import { legendHtml } from '../../src/lib/export/legend.ts';
import { decodePngSize, prepareSvgForRaster, resolveCssColours, svgToPng } from '../../src/lib/export/png.ts';
import { shareCardSvg } from '../../src/lib/export/share-card.ts';
import type { ExportChart } from '../../src/lib/export/catalog.ts';
import { elements, parseXml, readableStrings, siteSvgsOfHtml, textContent } from '../site/markup.ts';
import { SPECS } from './specs.ts';

/** What a label may hold: an entity-looking string must stay a literal `&amp;`, a tag a literal `<b>`. */
const MARKUP = ' & <b>"x"</b> (< 5) (> 0) &amp;';
const TEXT_KEYS = new Set(['title', 'subtitle', 'ariaLabel', 'alt', 'valueLabel', 'label', 'emptyLabel', 'text', 'note', 'quote', 'caption']);

/** The spec with MARKUP added to every text a reader sees (titles, labels, tooltips, notes, sources, table). */
function hostile<T>(v: T, key = ''): T {
  if (typeof v === 'string') return (TEXT_KEYS.has(key) || key === 'notes' ? v + MARKUP : v) as T;
  if (Array.isArray(v)) return v.map((x) => hostile(x, key)) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, hostile(x, k)])) as T;
  return v;
}

const SPECS_HOSTILE = Object.entries(SPECS).map(([name, spec]) => [name, hostile(spec)] as const);

/** Parse strictly; the document holds no element a label smuggled in, and every `expected` string as written. */
function readsBack(xml: string, expected: string[], namespaces = false) {
  const root = parseXml(xml, { namespaces });
  expect([...elements(root)].map((e) => e.name)).not.toContain('b');
  const strings = readableStrings(root);
  for (const s of expected) expect(strings, s).toContain(s);
  return root;
}

describe('charts with markup in every label', () => {
  it.each(SPECS_HOSTILE)('%s: the renderer, in both themes, writes well-formed SVG with the name, description and tooltips as written', (_, spec) => {
    const tooltips = spec.data.flatMap((d) => (d.title && d.value !== null ? [d.title] : []));
    for (const theme of ['css', 'static'] as const) {
      const root = readsBack(renderChart(spec, { theme }), [spec.ariaLabel, spec.alt, ...tooltips], theme === 'static');
      expect(root.attrs['aria-label']).toBe(spec.ariaLabel);
    }
  });

  it.each(SPECS_HOSTILE)('%s: the Plot oracle reads the same labels back (the string renderer escapes as a DOM writer does)', (_, spec) => {
    for (const theme of ['css', 'static'] as const) {
      const body = (svg: string) => svg.slice(svg.indexOf('>') + 1);
      expect(body(renderChart(spec, { theme }))).toBe(body(renderPlot(spec, { theme })));
    }
  });

  it.each(SPECS_HOSTILE.filter(([, s]) => s.kind === 'lines' || s.kind === 'ranking'))('%s: the browser renderer (comparison picker) too', (_, spec) => {
    readsBack(renderLite(spec), [spec.ariaLabel, spec.alt, ...spec.categories.map((c) => c.label)]);
    readsBack(figureHtml(spec), [spec.title, spec.subtitle, spec.alt, spec.table.caption, ...spec.notes, ...spec.sources.map((s) => s.title)]);
  });

  it('the legend and the table twin are well-formed with the labels as written', () => {
    const spec = hostile(SPECS.lines!);
    readsBack(legendHtml(spec, { label: `Chú giải${MARKUP}`, targetLabel: `Mục tiêu${MARKUP}` }), [`Chú giải${MARKUP}`, `Mục tiêu${MARKUP}`, ...spec.series.map((s) => s.label)]);
    const table = hostile({ caption: 'Bảng', columns: [{ label: 'Kỳ' }], rows: [[{ text: 'x', note: 'n', quote: 'q', warnings: [{ href: '/chat-luong/#a', label: 'w' }] }]] });
    readsBack(tableHtml(table, 'vi'), [`Bảng số liệu: Bảng${MARKUP}`, `Bảng${MARKUP}`, `Kỳ${MARKUP}`, `x${MARKUP}`, `n${MARKUP}`, `q${MARKUP}`, `w${MARKUP}`]);
  });
});

describe('downloads with markup in every label', () => {
  const spec = hostile(SPECS.lines!);

  it('the SVG image is well-formed: its <title>, <desc>, name, texts and the chart inside it read as written, and resvg draws it', () => {
    const chartSvg = resolveCssColours(renderChart(spec));
    const svg = composeChartSvg({ spec, chartSvg, footer: { sourceLabel: 'Nguồn', site: 'cchc.example.vn/don-vi/x' } });
    const root = readsBack(svg, [spec.ariaLabel, spec.alt, ...spec.data.flatMap((d) => (d.title ? [d.title] : []))], true);
    const child = (name: string) => root.children.find((c) => typeof c !== 'string' && c.name === name);
    expect(textContent(child('title') as never)).toBe(spec.title);
    expect(textContent(child('desc') as never)).toBe(spec.alt);
    const inner = [...elements(root)].filter((e) => e.name === 'svg')[1]!;
    expect(inner.attrs['aria-label']).toBe(spec.ariaLabel);
    const prepared = prepareSvgForRaster(svg);
    readsBack(prepared, [spec.ariaLabel], true);
    expect(decodePngSize(svgToPng(prepared, { width: 320 })).width).toBe(320);
  });

  it('the share card is well-formed and resvg draws it', () => {
    // Short enough for one line each, so each is one <text>.
    const [title, subtitle, source] = [`Đúng hạn${MARKUP}`, `Sa Đéc${MARKUP}`, `Báo cáo${MARKUP}`];
    const card = shareCardSvg({ locale: 'vi', title, subtitle, figure: { value: '95%', label: 'đúng hạn' }, source, site: 'cchc.example.vn' });
    readsBack(card, [title, subtitle, `Nguồn: ${source}`], true);
    expect(decodePngSize(svgToPng(card, { width: 300 })).width).toBe(300);
  });

  it('the embed page carries well-formed SVGs, and its <title>, description and headings escaped', () => {
    const chart = { key: 'don-vi--x--rate', locale: 'vi', spec, observations: [], pageHref: '/don-vi/x/#rate', hash: 'abc123' } as ExportChart;
    const html = embedPageHtml({ chart, site: 'https://cchc.example.vn', svg: renderChart(spec), sourceTable: new Map() });
    const svgs = siteSvgsOfHtml(html);
    expect(svgs.length).toBeGreaterThanOrEqual(2); // legend keys and the drawing
    for (const s of svgs) parseXml(s);
    expect(html).not.toContain('<b>');
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    expect(parseXml(`<t>${title}</t>`).children[0]).toBe(`${spec.title} · Cổng số liệu cải cách hành chính`);
    const description = /<meta name="description" content="([^"]*)">/.exec(html)![1]!;
    expect(parseXml(`<t a="${description}"/>`).attrs.a).toBe(spec.alt);
    expect(readableStrings(parseXml(/<h1>[\s\S]*?<\/h1>/.exec(html)![0]))).toEqual([spec.title]);
  });
});
