/**
 * Chart defects real figures showed (issue 17 item 5), each drawn the way a reader meets it:
 * - an axis never shows one tick label twice: precision follows the ticks' step (0,26% … 0,34%, not "0,3%" ×4);
 * - a line breaks where periods of its length are missing, also when the periods carry their own dates;
 * - bars of periods of different lengths (a quarter's total next to months) are not drawn side by side;
 * - ranking labels stay on one line inside the chart, without "Tỉnh"/"Thành phố", the full name in a <title>.
 * - rank axes start at 1, in whole ranks, rank 1 at the top; a bump chart names each line at its end (issue 17).
 * Every renderer is held to it: the site's (render.ts), the Plot oracle (plot-oracle.ts) and the browser's lite.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChart } from '../../src/lib/charts/render.ts';
import { renderPlot } from './plot-oracle.ts';
import { renderLite } from '../../src/lib/charts/lite.ts';
import { axisTickFormat, rankAxis, tickDigits, yearlyDates, yearMidpoint } from '../../src/lib/charts/ticks.ts';
import { checkChartSvg, chartSvgsOf } from '../../src/lib/charts/svg-check.ts';
import { lineSegments, periodLength } from '../../src/lib/charts/build/segments.ts';
import { outcomesSpec, ratesSpec } from '../../src/lib/charts/build/unit.ts';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { periodFromLabel, type Period } from '../../src/lib/values/period.ts';
import type { ChartSpec } from '../../src/lib/charts/spec.ts';
import { SPECS } from './specs.ts';
import { bumpLabelProblems, rankAxisProblems } from './chart-checks.ts';
import { buildCatalog } from '../../src/lib/export/catalog.ts';

/** The labels of each value/time axis of an SVG (the groups Plot and the string renderers mark tabular-nums). */
const axes = (svg: string): string[][] =>
  [...svg.matchAll(/<g[^>]*font-variant="tabular-nums"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!));

const tiny: ChartSpec = {
  ...SPECS.lines!,
  id: 'tiny-rate',
  rules: [],
  markers: [],
  series: [{ key: 'pub', label: 'Công bố', color: 'blue' }],
  data: [
    { date: '2021-04-01', series: 'pub', value: 0.26, segment: 'p' },
    { date: '2021-10-01', series: 'pub', value: 0.3, segment: 'p' },
    { date: '2022-04-01', series: 'pub', value: 0.34, segment: 'p' },
  ],
};

describe('tick labels follow the span of the data', () => {
  test('a rate between 0,26% and 0,34%: every axis label distinct, in Plot, the string renderer and lite', () => {
    for (const svg of [renderChart(tiny), renderPlot(tiny), renderLite(tiny)]) {
      const value = axes(svg).find((a) => a.some((x) => x.endsWith('%')))!;
      expect(value.length).toBeGreaterThan(2);
      expect(new Set(value).size).toBe(value.length);
      expect(value).toContain('0,3%');
      expect(value.some((x) => /^0,\d\d%$/.test(x))).toBe(true);
      expect(checkChartSvg(svg, 'tiny').filter((d) => d.code === 'tick-label-repeated')).toEqual([]);
    }
  });

  test('a count axis over 0–2 dossiers and a percent ranking over 0,26–0,34 have no repeated label', () => {
    const counts: ChartSpec = { ...SPECS['grouped-bars']!, data: [{ category: 'a', series: 'letters', value: 2 }, { category: 'a', series: 'late', value: 1 }] };
    const ranking: ChartSpec = {
      ...SPECS['ranking-percent']!,
      data: SPECS['ranking-percent']!.data.map((d, i) => ({ ...d, value: d.value === null ? null : [0.26, 0.3, 0.34][i]! })),
    };
    for (const svg of [renderChart(counts), renderPlot(counts), renderChart(ranking), renderLite(ranking)]) {
      const labels = axes(svg).flat();
      expect(labels.length).toBeGreaterThan(2);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  test('precision is the step\'s: whole numbers stay whole, 0.02 steps get 2 digits, English uses its own separator', () => {
    expect(tickDigits([93, 94, 95], 'percent', 'vi')).toBe(1); // maximum digits: "93%" is still written without ",0"
    expect(tickDigits([0.26, 0.28, 0.3], 'percent', 'vi')).toBe(2);
    expect(tickDigits([0, 0.5, 1, 1.5], 'count', 'vi')).toBe(1);
    expect(tickDigits([0, 1000, 2000], 'count', 'vi')).toBe(0);
    const f = axisTickFormat('percent', 'en');
    const ticks = [0.26, 0.28, 0.3];
    expect(ticks.map((t, i) => f(t, i, ticks))).toEqual(['0.26%', '0.28%', '0.3%']);
    expect(axisTickFormat('percent', 'vi')(93)).toBe('93%');
  });

  test('the site check finds a repeated label and text outside the frame', () => {
    const bad = '<svg viewBox="0 0 100 50" font-size="13" data-chart-kind="lines"><g font-variant="tabular-nums"><text x="10" y="20">0,3%</text><text x="40" y="20">0,3%</text></g><text x="90" y="40">Thành phố Hồ Chí Minh</text></svg>';
    expect(chartSvgsOf(`<p>x</p>${bad}<p>y</p>`)).toEqual([bad]);
    expect(checkChartSvg(bad, 'bad').map((d) => d.code).sort()).toEqual(['text-outside-viewbox', 'tick-label-repeated']);
  });
});

const period = (label: string, start?: string, end?: string): Period => {
  const std = periodFromLabel(label);
  return start && end ? { label, kind: std?.kind ?? 'custom', start, end, explicitDates: true } : { label, ...std!, explicitDates: false };
};

describe('gaps and lengths of periods', () => {
  let dir: string;
  let model: SiteModel;
  const UNIT = 'lai-chau';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chart-defects-'));
    cpSync('tests/site-fixture', dir, { recursive: true });
    // Months "tháng 7" … running 21/6–20/7 (their own dates), none for October to December; and a quarter's total.
    const rows = [
      ['2021-07', '2021-06-21', '2021-07-20', '97,1', '120', '4'],
      ['2021-08', '2021-07-21', '2021-08-20', '96,5', '131', '5'],
      ['2021-09', '2021-08-21', '2021-09-20', '98,0', '140', '3'],
      ['2022-01', '2021-12-21', '2022-01-20', '95,2', '150', '8'],
      ['2022-02', '2022-01-21', '2022-02-20', '96,0', '110', '4'],
    ];
    const lines = ['unit,period,period_start,period_end,metric,value,source'];
    for (const [p, a, b, rate, ok, late] of rows) {
      lines.push(`${UNIT},${p},${a},${b},pct_on_time_or_early,"${rate}",test-bao-cao-dong-thap`);
      lines.push(`${UNIT},${p},${a},${b},resolved_on_time_or_early,${ok},test-bao-cao-dong-thap`);
      lines.push(`${UNIT},${p},${a},${b},resolved_late,${late},test-bao-cao-dong-thap`);
    }
    lines.push(`${UNIT},2021-Q3,,,resolved_on_time_or_early,391,test-bao-cao-dong-thap`, `${UNIT},2021-Q3,,,resolved_late,12,test-bao-cao-dong-thap`);
    writeFileSync(join(dir, 'observations/lai-chau-thang.csv'), `${lines.join('\n')}\n`);
    model = new SiteModel(loadDataFolder(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('segments: a new one after missing months, one per length, calendar and own-dated apart', () => {
    const seg = lineSegments([
      period('2021-08', '2021-07-21', '2021-08-20'),
      period('2021-09', '2021-08-21', '2021-09-20'),
      period('2022-01', '2021-12-21', '2022-01-20'),
      period('2021'),
      period('2022'),
      period('2021-Q3'),
    ]);
    const at = (label: string) => [...seg.entries()].find(([k]) => k.startsWith(`${label}|`))![1];
    expect(at('2021-08')).toBe(at('2021-09'));
    expect(at('2022-01')).not.toBe(at('2021-09'));
    expect(at('2021')).toBe(at('2022'));
    expect(new Set([at('2021'), at('2021-Q3'), at('2021-09')]).size).toBe(3);
    expect(periodLength(period('năm 2023', '2022-12-07', '2023-12-04'))).toBe('year');
  });

  test('a line does not run from 09/2021 to 01/2022 across three months without figures (Plot and string renderer)', () => {
    const spec = ratesSpec({ model, locale: 'vi' }, UNIT, ['pct_on_time_or_early'], { id: 'rate' })!;
    const pub = spec.data.filter((d) => d.series.endsWith(':published'));
    const seg = (iso: string) => pub.find((d) => d.date! >= iso)!.segment;
    expect(seg('2021-09-01')).not.toBe(seg('2022-01-01'));
    expect(seg('2021-08-01')).toBe(seg('2021-09-01'));
    expect(spec.notes).toContain('Kỳ không có số liệu là khoảng trống trên đường, không phải 0.');
    for (const svg of [renderChart(spec), renderPlot(spec)]) {
      // Line runs: each M…L… of the series' paths (axis ticks start at the origin, the computed figures' diamonds close with Z).
      const runs = [...svg.matchAll(/<path d="(M[^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((d) => !d.startsWith('M0,') && !d.endsWith('Z'))
        .flatMap((d) => d.split('M').filter(Boolean).map((run) => run.split('L').length));
      // Jul–Sep 2021 and Jan–Feb 2022, for the published rate and for the rate computed from the counts.
      expect(runs.sort()).toEqual([2, 2, 3, 3]);
    }
  });

  test('monthly bars are not set beside a quarter\'s total; the quarter stays in the table and the note says why', () => {
    const spec = outcomesSpec({ model, locale: 'vi' }, UNIT)!;
    expect(spec.categories.map((c) => c.label).some((l) => /Q|quý/i.test(l))).toBe(false);
    expect(spec.categories.length).toBeGreaterThanOrEqual(5);
    expect(spec.table.rows.some((r) => /Q|Quý|quý/.test(r[0]!.text))).toBe(true);
    expect(spec.notes.join(' ')).toMatch(/chỉ vẽ các kỳ tháng.*chỉ có trong bảng số liệu/);
    const en = outcomesSpec({ model, locale: 'en' }, UNIT)!;
    expect(en.notes.join(' ')).toMatch(/draws monthly periods only/);
  });
});

describe('ranking labels', () => {
  const long: ChartSpec = {
    ...SPECS['ranking-percent']!,
    categories: [
      { key: 'hue', label: '1. Tỉnh Thừa Thiên Huế' },
      { key: 'dt', label: '12. Thành phố Hồ Chí Minh (đến 30/06/2025) — Trung tâm Phục vụ hành chính công thành phố' },
      { key: 'hn', label: '3. Thành phố Hà Nội' },
      { key: 'lc', label: 'Tỉnh Lai Châu' },
    ],
  };

  test('one line each, inside the chart, without the province prefix; the full name in a <title>', () => {
    for (const [name, svg] of [['plot', renderChart(long)], ['lite', renderLite(long)]] as const) {
      expect(checkChartSvg(svg, name)).toEqual([]);
      expect(svg).not.toContain('<tspan');
      expect(svg).toMatch(/>1\. Thừa Thiên Huế</);
      expect(svg).toContain('<title>12. Thành phố Hồ Chí Minh (đến 30/06/2025) — Trung tâm Phục vụ hành chính công thành phố</title>');
      expect(svg).toMatch(/12\. Hồ Chí Minh[^<]*…</);
    }
  });
});

describe('text of bar and strip charts stays inside the chart (found by `npm run check-site` on the real data)', () => {
  test('a long own-dated period label ends in "…" within the margin; "500.000" at the end of the axis has room; tick labels do not touch', () => {
    const spec: ChartSpec = {
      ...SPECS['stacked-bars']!,
      categories: [{ key: 'y', label: 'năm 2023 (7/12/2022–4/12/2023)' }, ...SPECS['stacked-bars']!.categories.slice(0, 1)],
      data: [
        { category: 'y', series: 'joined', value: 85000 },
        { category: 'h1-21', series: 'late', value: 1200 },
      ],
    };
    const grouped: ChartSpec = { ...SPECS['grouped-bars']!, data: [{ category: 'a', series: 'letters', value: 120000 }, { category: 'c', series: 'late', value: 150 }] };
    const strip: ChartSpec = { ...SPECS.strip!, data: SPECS.strip!.data.map((d) => ({ ...d, value: d.value === null ? null : d.value * 5000 })), boxes: SPECS.strip!.boxes!.map((b) => ({ ...b, min: b.min * 5000, q1: b.q1 * 5000, median: b.median * 5000, q3: b.q3 * 5000, max: b.max * 5000 })) };
    const wide: ChartSpec = { ...spec, data: [{ category: 'y', series: 'joined', value: 480000 }] };
    for (const [name, svg] of [
      ['stacked plot', renderChart(spec)],
      ['stacked wide', renderChart(wide)],
      ['stacked wide string', renderPlot(wide)],
      ['stacked string', renderPlot(spec)],
      ['grouped plot', renderChart(grouped)],
      ['grouped string', renderPlot(grouped)],
      ['strip', renderChart(strip)],
    ] as const) expect(checkChartSvg(svg, name)).toEqual([]);
    expect(renderChart(spec)).toMatch(/>năm 2023 \(7\/12\/2022–[^<]*…</);
  });
});


describe('time axis of a long series (found by `npm run check-site` on the merged provinces\' lineage charts)', () => {
  test('twenty years of figures: year labels that do not touch, in Plot and the string renderer', () => {
    const years = Array.from({ length: 20 }, (_, i) => 2006 + i);
    const spec: ChartSpec = { ...tiny, data: years.map((y, i) => ({ date: `${y}-07-01`, series: 'pub', value: 50 + i, segment: 'p' })) };
    for (const svg of [renderChart(spec), renderPlot(spec)]) {
      expect(checkChartSvg(svg, 'years')).toEqual([]);
      expect(axes(svg).find((a) => a.includes('2010'))).toEqual(['2010', '2015', '2020', '2025']);
    }
  });
});

describe('yearly figures (PCI, PAPI, PAR INDEX): each year\'s label under its point', () => {
  // A yearly figure is drawn at the middle of its year (metrics/periods.ts midpoint): 2 July, 1 July in a leap year.
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const mid = (y: number) => yearMidpoint(y).toISOString().slice(0, 10);
  const spec: ChartSpec = { ...tiny, data: years.map((y, i) => ({ date: mid(y), series: 'pub', value: 50 + i, segment: 'p' })) };
  /** x of the text element whose content is `label` (translate(x,…) or x="…"). */
  const labelX = (svg: string, label: string) => {
    const m = svg.match(new RegExp(`<text[^>]*?(?:translate\\(([\\d.]+)|x="([\\d.]+)")[^>]*>${label}</text>`));
    return m ? Number(m[1] ?? m[2]) : NaN;
  };
  /** x of each vertex of the longest line path. */
  const vertexXs = (svg: string) => {
    const paths = [...svg.matchAll(/<path[^>]* d="(M[^"]*L[^"]*)"/g)].map((m) => m[1]!);
    const longest = paths.sort((a, b) => b.split('L').length - a.split('L').length)[0] ?? '';
    return [...longest.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
  };

  test('dates in the middle of their year are yearly; a day or a month is not', () => {
    expect(years.map(mid)).toEqual(['2018-07-02', '2019-07-02', '2020-07-01', '2021-07-02', '2022-07-02', '2023-07-02']);
    expect(yearlyDates(years.map(mid))).toBe(true);
    expect(yearlyDates(['2019-07-02', '2019-08-16'])).toBe(false);
    expect(yearlyDates([])).toBe(false);
  });

  test('site, Plot and browser renderers put "2019" under the 2019 point, not at 1 January between two points', () => {
    for (const svg of [renderChart(spec), renderPlot(spec), renderLite(spec)]) {
      const xs = vertexXs(svg);
      expect(xs).toHaveLength(years.length);
      years.forEach((y, i) => expect(Math.abs(labelX(svg, String(y)) - xs[i]!)).toBeLessThan(0.6));
    }
  });

  test('two years of figures are labelled by year, not by quarter; one year gets its own label', () => {
    const two: ChartSpec = { ...spec, data: spec.data.slice(0, 2) };
    expect(axes(renderChart(two)).find((a) => a.includes('2018'))).toEqual(['2018', '2019']);
    const one: ChartSpec = { ...spec, data: spec.data.slice(0, 1) };
    expect(axes(renderChart(one)).find((a) => a.includes('2018'))).toEqual(['2018']);
  });
});

describe('every chart of the test site and every golden spec (issues 16 and 17)', () => {
  const catalog = buildCatalog(new SiteModel(loadDataFolder('tests/site-fixture')));
  const drawn = [...catalog.charts.map((c) => ({ name: `${c.locale}:${c.key}`, spec: c.spec })), ...Object.entries(SPECS).map(([name, spec]) => ({ name, spec }))].map((c) => ({ ...c, svg: renderChart(c.spec) }));
  const bumps = drawn.filter((c) => c.spec.kind === 'lines' && c.spec.valueKind === 'rank' && c.spec.series.length >= 2);

  test('no axis shows a tick label twice; no text outside the viewBox', () => {
    expect(drawn.length).toBeGreaterThan(100);
    expect(drawn.flatMap((c) => checkChartSvg(c.svg, c.name))).toEqual([]);
  });

  test('rank axes start at 1, in whole ranks, rank 1 at the top (site and browser renderers)', () => {
    const ranks = drawn.filter((c) => c.spec.kind === 'lines' && c.spec.valueKind === 'rank');
    expect(ranks.length).toBeGreaterThan(2);
    expect(ranks.flatMap((c) => [...rankAxisProblems(c.spec, c.svg), ...rankAxisProblems(c.spec, renderLite(c.spec))])).toEqual([]);
    // The check sees a rank axis drawn as numbers from 0 (the drawing before issue 17).
    const old = SPECS['lines-en-rank']!;
    expect(rankAxisProblems(old, renderPlot({ ...old, domain: [0, 1600] })).join()).toMatch(/starts at 0.*top rank tick is "0"/);
  });

  test('a unit ranked first every year is drawn at the top of ranks 1–5, not alone between 1 and 2', () => {
    expect(rankAxis(1)).toEqual({ domain: [1, 5], ticks: [1, 2, 3, 4, 5] });
    expect(rankAxis(63).domain).toEqual([1, 63]);
  });

  test('rank ticks are evenly spaced: 1, 3, 5, 7 rather than 1, 2, 4, 6; larger steps give 1 and round ranks', () => {
    expect(rankAxis(8).ticks).toEqual([1, 3, 5, 7]);
    expect(rankAxis(9).ticks).toEqual([1, 3, 5, 7, 9]);
    expect(rankAxis(34).ticks).toEqual([1, 10, 20, 30]);
    expect(rankAxis(63).ticks).toEqual([1, 20, 40, 60]);
    const first = { ...SPECS['lines-en-rank']!, data: SPECS['lines-en-rank']!.data.map((d) => ({ ...d, value: d.value === null ? null : 1 })), domain: undefined };
    const labels = [...renderChart(first).matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['1', '5']));
  });

  test('line-end labels narrow the plot, and its year labels thin out instead of touching (two ministries, 2017–2025)', () => {
    const years = [2017, 2018, 2019, 2021, 2022, 2023, 2024];
    const spec: ChartSpec = {
      ...SPECS['lines-en-rank']!,
      locale: 'vi',
      series: [{ key: 's0', label: 'Bộ Tài chính', color: 'blue' }, { key: 's1', label: 'Bộ Kế hoạch và Đầu tư', color: 'orange' }],
      data: [...years.map((y, i) => ({ date: `${y}-07-01`, series: 's0', value: 3 + (i % 3), segment: 'a' })), { date: '2024-07-01', series: 's1', value: 14, segment: 'b' }],
      markers: [{ date: '2025-03-01', label: 'sáp nhập 01/03/2025' }],
    };
    for (const svg of [renderChart(spec), renderLite(spec)]) {
      expect(bumpLabelProblems(spec, svg)).toEqual([]);
      expect(checkChartSvg(svg, spec.id)).toEqual([]);
    }
  });

  test('bump charts name every line at its end, the names apart (site and browser renderers)', () => {
    expect(bumps.length).toBeGreaterThan(0);
    expect(bumps.flatMap((c) => [...bumpLabelProblems(c.spec, c.svg), ...bumpLabelProblems(c.spec, renderLite(c.spec))])).toEqual([]);
    expect(bumpLabelProblems(bumps[0]!.spec, renderPlot(bumps[0]!.spec))).toEqual([`${bumps[0]!.spec.id}: a bump chart without line-end labels`]);
  });

  test('line-end labels of lines ending at the same rank are moved apart, and stay inside the drawing', () => {
    const spec = bumps[0]!.spec;
    const last = spec.data.reduce((a, d) => (d.date! > a ? d.date! : a), '');
    const tied: ChartSpec = { ...spec, id: 'tied', data: spec.data.map((d) => (d.date === last && d.value !== null ? { ...d, value: 1 } : d)) };
    for (const svg of [renderChart(tied), renderLite(tied)]) {
      expect(bumpLabelProblems(tied, svg)).toEqual([]);
      expect(checkChartSvg(svg, 'tied')).toEqual([]);
    }
  });

  test('every drawing scales: a viewBox and width="100%", no fixed height', () => {
    for (const svg of [...drawn.map((c) => c.svg), renderLite(SPECS.lines!), renderLite(SPECS['ranking-percent']!)]) {
      const root = /^<svg[^>]*>/.exec(svg)![0];
      expect(root).toMatch(/ viewBox="0 0 360 \d+(\.\d+)?"/);
      expect(root).toContain(' width="100%"');
      expect(root).not.toMatch(/ height=/);
    }
  });
});
