/** The embed page names a chart's sources as its page does (charts/source-line.ts): many are grouped by publisher. */
import { describe, expect, it } from 'vitest';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { embedPageHtml } = await import('../../src/lib/export/embed-page.ts');
const { sourceLine } = await import('../../src/lib/charts/source-line.ts');
const { siteModel } = await import('../../src/lib/site/model.ts');

const site = 'https://cchc.example.vn';
const srcLine = (html: string) => /<p class="src">(.*?)<\/p>/.exec(html)?.[1];

describe('embed page source line', () => {
  it('lists a few sources by title, each linked to its page', () => {
    const chart = exportCatalog().charts.find((c) => c.spec.sources.length >= 2)!;
    const html = embedPageHtml({ chart, site, svg: '', sourceTable: siteModel().sources });
    const line = srcLine(html)!;
    for (const s of chart.spec.sources) expect(line).toContain(`<a href="${new URL(s.href, site).href}" target="_blank" rel="noopener">`);
    expect(line.split('</a>; <a').length).toBe(chart.spec.sources.length);
  });

  it('groups many publications of one publisher as the page does, linking the full list under the chart', () => {
    const base = exportCatalog().byKey('vi', 'don-vi--dong-thap-thanh-pho-sa-dec--rate')!;
    const sources = Array.from({ length: 6 }, (_, i) => ({ id: `vcci-${2010 + i}-pci`, title: `Chỉ số PCI ${2010 + i}`, href: `/nguon/vcci-${2010 + i}-pci/` }));
    const table = new Map(sources.map((s) => [s.id, { title: s.title, publisher: 'VCCI', published: undefined }]));
    const chart = { ...base, spec: { ...base.spec, sources } };
    const line = srcLine(embedPageHtml({ chart, site, svg: '', sourceTable: table }))!;
    const page = sourceLine(sources, table, 'vi', { listHref: '#x' });
    expect(page.groups.map((g) => g.label)).toEqual(['VCCI, Chỉ số PCI 2010–2015']);
    const list = `${site}${base.pageHref.replace(/#.*$/, '')}#${base.spec.id}-sources`;
    expect(line).toBe(`Nguồn: <a href="${list}" target="_blank" rel="noopener">VCCI, Chỉ số PCI 2010–2015</a> (6 nguồn)`);
  });
});
