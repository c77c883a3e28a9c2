/**
 * The source line under a chart (src/lib/charts/source-line.ts): one publication is linked by its title; several
 * publications of one publisher are one entry with their count and year span, linked to the chart's full list; beyond
 * four entries the rest is "and N other sources". Every source stays reachable: linked from the line itself, or
 * listed in the full list the line then asks for.
 */
import { describe, expect, test } from 'vitest';
import { moreSources, sourceCount, sourceLine, type SourceLine } from '../../src/lib/charts/source-line.ts';
import type { SourceRef } from '../../src/lib/charts/spec.ts';
import { sourceLineHtml } from '../../src/lib/charts/source-line-html.ts';
import { figureHtml } from '../../src/lib/charts/lite.ts';
import { SPECS } from './specs.ts';
import type { Source } from '../../src/lib/schema/source.ts';

type Row = Pick<Source, 'title' | 'publisher' | 'published'>;
const LIST = '#ha-noi--pci-score-sources';
const ref = (id: string, title: string): SourceRef => ({ id, title, href: `/nguon/${id}/` });

/** Rows shaped like data/sources.csv: the publisher's yearly data files, the portal's pages, news articles. */
function table(rows: Record<string, Row>): ReadonlyMap<string, Row> {
  return new Map(Object.entries(rows));
}
const vcci = (y: number): [string, Row] => [`vcci-${y}-pci`, { title: `Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) ${y}: dữ liệu các tỉnh`, publisher: 'VCCI & USAID', published: undefined }];

/** Every source is linked from the line or, when the line asks for it, from the full list; none twice on the line. */
function expectReachable(line: SourceLine, refs: readonly SourceRef[]): void {
  const onLine = [...line.groups.flatMap((g) => g.sources), ...line.rest];
  expect(onLine.map((r) => r.id).sort()).toEqual(refs.map((r) => r.id).sort());
  for (const g of line.groups) if (g.sources.length === 1) expect(g.href).toBe(g.sources[0]!.href);
  const linkedDirectly = line.groups.filter((g) => g.sources.length === 1).length;
  if (linkedDirectly < refs.length) expect(line.needsList).toBe(true);
}

describe('one source', () => {
  const refs = [ref('vcci-2019-pci', 'Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) 2019: dữ liệu các tỉnh')];
  const rows = table(Object.fromEntries([vcci(2019)]));
  test('its title, linked to its page, under the singular lead; no list', () => {
    const vi = sourceLine(refs, rows, 'vi', { listHref: LIST });
    expect(vi).toEqual({ lead: 'Nguồn', groups: [{ label: refs[0]!.title, href: '/nguon/vcci-2019-pci/', sources: refs }], rest: [], needsList: false });
    expect(sourceLine(refs, rows, 'en', { listHref: LIST }).lead).toBe('Source');
    expectReachable(vi, refs);
  });
});

describe('three sources of three publishers', () => {
  const refs = [ref('a', 'Báo cáo CCHC 2021'), ref('b', 'Bài báo'), ref('c', 'Trang không có nhà xuất bản')];
  const rows = table({
    a: { title: 'Báo cáo CCHC 2021', publisher: 'UBND tỉnh Đồng Tháp', published: undefined },
    b: { title: 'Bài báo', publisher: 'Báo Nghệ An', published: '2023-04-11' },
    c: { title: 'Trang không có nhà xuất bản', publisher: undefined, published: undefined },
  });
  test('each linked by its title, in the chart order, under the plural lead; no list', () => {
    const line = sourceLine(refs, rows, 'en', { listHref: LIST });
    expect(line.lead).toBe('Sources');
    expect(line.groups.map((g) => [g.label, g.href])).toEqual([
      ['Báo cáo CCHC 2021', '/nguon/a/'],
      ['Bài báo', '/nguon/b/'],
      ['Trang không có nhà xuất bản', '/nguon/c/'],
    ]);
    expect(line.needsList).toBe(false);
    expectReachable(line, refs);
  });
  test('up to four sources are each linked by title, even when they share a publisher', () => {
    const same = table({ a: { ...rows.get('a')! }, b: { ...rows.get('b')!, publisher: 'UBND tỉnh Đồng Tháp' }, c: { ...rows.get('c')!, publisher: 'UBND tỉnh Đồng Tháp' } });
    const line = sourceLine(refs, same, 'vi', { listHref: LIST });
    expect(line.groups.map((g) => g.href)).toEqual(['/nguon/a/', '/nguon/b/', '/nguon/c/']);
    expect(line.needsList).toBe(false);
  });
  test('a source missing from the table is still its own entry', () => {
    const line = sourceLine([...refs, ref('gone', 'gone')], rows, 'vi', { listHref: LIST });
    expect(line.groups.at(-1)).toMatchObject({ label: 'gone', href: '/nguon/gone/' });
  });
});

describe('25 sources of 3 publishers (a province PCI history)', () => {
  const yearly = Array.from({ length: 15 }, (_, i) => vcci(2005 + i));
  const pages: [string, Row][] = [
    ['pcivietnam-2020-bang-xep-hang', { title: 'Bảng xếp hạng PCI (Điểm số PCI, year=2020)', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
    ['pcivietnam-2021-bang-chi-so', { title: 'Bảng chỉ số PCI', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
    ['pcivietnam-2022-tinh-hai-phong', { title: 'PCI of provinces: Hai Phong', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
    ['pcivietnam-2024-tinh-thanh-hoa', { title: 'PCI of provinces: Thanh Hoa', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
    ['pcivietnam-2019-pci-subindices-en', { title: 'PCI Subindices of 63 provincescities', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
    ['pcivietnam-2022-tinh-phu-tho', { title: 'PCI of provinces: Phu Tho', publisher: 'VCCI (pcivietnam.vn)', published: undefined }],
  ];
  const news: [string, Row][] = [
    ['baonghean-2023-pci-2022', { title: 'Provincial Competitiveness Index (PCI) for 2022 released', publisher: 'Báo Nghệ An', published: '2023-04-11' }],
    ['baonghean-2024-08-pci-2023', { title: 'Nghệ An tổ chức hội thảo tìm giải pháp cải thiện PCI', publisher: 'Báo Nghệ An', published: undefined }],
    ['baonghean-2021', { title: 'PCI 2020 của Nghệ An', publisher: 'Báo Nghệ An', published: '2021-05-01' }],
    ['baonghean-2020', { title: 'PCI 2019 của Nghệ An', publisher: 'Báo Nghệ An', published: '2020-05-01' }],
  ];
  const all = [...news, ...pages, ...yearly];
  // spec.sources come sorted by id (build/common.ts sourceRefs).
  const refs = all.map(([id, r]) => ref(id, r.title)).sort((a, b) => a.id.localeCompare(b.id));
  const rows = table(Object.fromEntries(all));

  test('one entry per publisher, the largest first; a yearly series is named with its span, other titles by the publisher alone', () => {
    const vi = sourceLine(refs, rows, 'vi', { listHref: LIST });
    expect(refs).toHaveLength(25);
    expect(vi.groups.map((g) => [g.label, g.sources.length, g.href])).toEqual([
      ['VCCI & USAID, PCI 2005–2019', 15, LIST],
      ['VCCI (pcivietnam.vn)', 6, LIST],
      ['Báo Nghệ An', 4, LIST],
    ]);
    expect(vi.needsList).toBe(true);
    expectReachable(vi, refs);
  });

  test('on a grouped line a lone publication is named by its publisher, linked to its own page', () => {
    const lone: [string, Row] = ['sggp-2025-pci-2024-tphcm', { title: 'Ho Chi Minh City ranks among top 30 localities', publisher: 'Báo Sài Gòn Giải Phóng (SGGP English)', published: undefined }];
    const line = sourceLine([...refs, ref(lone[0], lone[1].title)], table(Object.fromEntries([...all, lone])), 'vi', { listHref: LIST });
    expect(line.groups.at(-1)).toMatchObject({ label: 'Báo Sài Gòn Giải Phóng (SGGP English)', href: '/nguon/sggp-2025-pci-2024-tphcm/' });
    expectReachable(line, [...refs, ref(lone[0], lone[1].title)]);
  });

  test('the same entries in English, with the count in the page language', () => {
    const en = sourceLine(refs, rows, 'en', { listHref: LIST });
    expect(en.lead).toBe('Sources');
    expect(en.groups.map((g) => g.label)).toEqual(sourceLine(refs, rows, 'vi', { listHref: LIST }).groups.map((g) => g.label));
    expect(sourceCount(15, 'en')).toBe('(15 sources)');
    expect(sourceCount(15, 'vi')).toBe('(15 nguồn)');
    expectReachable(en, refs);
  });

  test('beyond the entries the line holds, the rest is folded into "and N other sources", never dropped', () => {
    const line = sourceLine(refs, rows, 'vi', { listHref: LIST, maxGroups: 2 });
    expect(line.groups.map((g) => g.label)).toEqual(['VCCI & USAID, PCI 2005–2019']);
    expect(line.rest).toHaveLength(10);
    expect(moreSources(line.rest.length, 'vi')).toBe('và 10 nguồn khác');
    expect(moreSources(line.rest.length, 'en')).toBe('and 10 other sources');
    expectReachable(line, refs);
  });
});

describe('one markup wherever the chart is read (source-line-html.ts)', () => {
  const years = Array.from({ length: 15 }, (_, i) => 2005 + i);
  const refs = [...years.map((y) => ref(`vcci-${y}-pci`, vcci(y)[1].title)), ref('vnexpress-1', 'Quảng Ninh dẫn đầu PCI'), ref('baochinhphu-2', 'PCI 2022 công bố')];
  const rows = table(Object.fromEntries([...years.map(vcci), ['vnexpress-1', { title: 'Quảng Ninh dẫn đầu PCI', publisher: 'VnExpress', published: undefined }], ['baochinhphu-2', { title: 'PCI 2022 công bố', publisher: 'Báo Chính phủ', published: undefined }]]));
  const spec = { ...SPECS['lines-en-rank']!, locale: 'vi' as const, id: 'ha-noi--pci-score', sources: refs };
  const links = (html: string) => [...html.matchAll(/<a /g)].length;

  test('the comparison picker groups seventeen publications as the page does, with the full list under the chart', () => {
    const html = figureHtml(spec, rows);
    const line = /<p class="chart-source">(.*?)<\/p>/.exec(html)![1]!;
    expect(line).toBe(sourceLineHtml(refs, rows, 'vi', { listHref: `#${spec.id}-sources` }).line);
    expect(line).toContain('VCCI &amp; USAID, PCI 2005–2019</a> (15 nguồn)');
    expect(links(line)).toBe(3);
    expect(html).toContain(`<ul id="${spec.id}-sources">`);
    expect(links(/<ul id=[^>]*>(.*?)<\/ul>/.exec(html)![1]!)).toBe(17);
  });

  test('without publishers (old comparison data) the line keeps three titles and links the full list for the rest', () => {
    const line = /<p class="chart-source">(.*?)<\/p>/.exec(figureHtml(spec))![1]!;
    expect(links(line)).toBe(4);
    expect(figureHtml(spec)).toContain(`<ul id="${spec.id}-sources">`);
  });

  test('an embed writes the same line with absolute links that open the portal', () => {
    const site = 'https://cchc.example.vn';
    const embed = sourceLineHtml(refs, rows, 'vi', { listHref: `${site}/don-vi/ha-noi/#${spec.id}-sources`, href: (h) => new URL(h, site).href, linkAttrs: 'target="_blank" rel="noopener"' });
    expect(embed.text).toBe('Nguồn: VCCI & USAID, PCI 2005–2019 (15 nguồn); VnExpress; Báo Chính phủ');
    expect(embed.line).toContain(`<a href="${site}/don-vi/ha-noi/#${spec.id}-sources" target="_blank" rel="noopener">VCCI &amp; USAID, PCI 2005–2019</a>`);
  });
});
