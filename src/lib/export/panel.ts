/** What the chart-page components (EmbedPanel, Downloads, Citation) show for one chart: codes, links, citations. */
import type { Locale } from '../i18n/locale.ts';
import type { Source } from '../schema/source.ts';
import type { SourceTable } from '../charts/source-line.ts';
import type { ChartMeta, CitedChart } from '../site/page-view.ts';
import { citationText } from './citation.ts';
import { embedSourceLine } from './embed-page.ts';
import { clampHeight, embedCode, svgSize } from './embed.ts';
import { wrapText } from './fonts.ts';
import { absolute, chartCsvHref, chartSvgHref, datapackageHref, datasetHref, embedHref, embedScriptHref } from './urls.ts';

/**
 * Fixed height of the iframe when the resize script is stripped: the embed page's height at a typical article
 * width (640 px), estimated from the text lines (Noto Sans metrics, the embed page's font sizes) and the chart the
 * page shows at that width (the 360-unit drawing scaled to the column, at most 30rem).
 */
export function iframeHeight(chart: ChartMeta, svg: string, sources: SourceTable, width = 640): number {
  const { spec } = chart;
  const inner = width - 24;
  const lines = (text: string, size: number, weight: 400 | 700 = 400) => Math.max(1, wrapText(text, size, inner, Infinity, weight).length);
  const { width: w, height: h } = svgSize(svg);
  const chartHeight = w > 0 ? (h * Math.min(inner, 480)) / w : 300; // the drawing's column is capped at 30rem (embed-page.ts)
  const legend = spec.series.length > 1 || spec.series.some((s) => s.computed) ? lines(spec.series.map((s) => `■ ${s.label}`).join('    '), 13.6) * 22 + 4 : 0;
  const notes = spec.notes.reduce((sum, n) => sum + lines(n, 12.5) * 17.5 + 4, 0);
  const source = lines(embedSourceLine(chart, sources, '').text, 12.5) * 17.5 + 4;
  // + 16 px of slack: the estimate is within ±2% of the browser's layout (tests/browser/embed.test.ts).
  const total = 16 + 10 + lines(spec.title, 16.8, 700) * 22 + 2 + lines(spec.subtitle, 14) * 19 + 6 + legend + chartHeight + notes + source + 22 + 8;
  return clampHeight(total);
}

/** `svg`: the chart's drawing (the page's, which the embed page shows); `sources`: its publications by id. */
export function embedCodes(chart: ChartMeta, svg: string, sources: SourceTable, site: URL | string | undefined) {
  const script = absolute(embedScriptHref(), site);
  const height = iframeHeight(chart, svg, sources);
  const title = `${chart.spec.title} — ${chart.spec.subtitle}`;
  const pinnedUrl = absolute(embedHref(chart.locale, chart.key, chart.hash), site);
  const latestUrl = absolute(embedHref(chart.locale, chart.key), site);
  return {
    height,
    pinnedUrl,
    latestUrl,
    pinned: embedCode({ src: pinnedUrl, title, height, script }),
    latest: embedCode({ src: latestUrl, title, height, script }),
  };
}

/** The chart's downloads; its PNG is drawn in the browser from `svg` and saved as `pngName` (png-button.ts). */
export function downloadLinks(chart: ChartMeta) {
  return {
    csv: chartCsvHref(chart.key),
    svg: chartSvgHref(chart.locale, chart.key),
    pngName: `${chart.key}.${chart.locale}.png`,
    dataset: datasetHref('observations.csv'),
    datapackage: datapackageHref(),
  };
}

/**
 * Citations of the pinned chart, in both languages (the page's language first): `other` is its other language,
 * `table` the chart's publications by id.
 */
export function citations(chart: ChartMeta, table: ReadonlyMap<string, Source>, site: URL | string | undefined, other?: CitedChart): { locale: Locale; text: string }[] {
  const sources = chart.spec.sources.map((s) => table.get(s.id)).filter((s): s is Source => !!s);
  const url = absolute(embedHref(chart.locale, chart.key, chart.hash), site);
  const title = `${chart.spec.title} (${chart.spec.subtitle})`;
  const mine = { locale: chart.locale, text: citationText({ locale: chart.locale, title, url, sources }) };
  if (!other) return [mine];
  const otherText = citationText({
    locale: other.locale,
    title: `${other.title} (${other.subtitle})`,
    url: absolute(embedHref(other.locale, other.key, other.hash), site),
    sources,
  });
  return [mine, { locale: other.locale, text: otherText }];
}
