/**
 * The page inside the iframe: title, subtitle, legend, the chart, notes, source line and a link back, nothing else.
 * Self-contained (inline CSS, inline script, inline SVG; no /_astro/ assets), so a pinned page kept from an old
 * build works forever. Posts its height to the host page (embed.ts, EMBED_PAGE_SCRIPT). Its own Content-Security-Policy
 * (EMBED_PAGE_CSP): Astro's `security.csp` covers only Astro's routes.
 *
 * Written as a string by the build pass (build/build-site.ts, writer.ts), not by an Astro route: a national build
 * has ≈ 240,000 of them (latest and pinned, vi and en, for every chart), and a template costs microseconds where a
 * route costs milliseconds.
 */
import { createHash } from 'node:crypto';
import type { ExportChart } from './catalog.ts';
import { ogLocale } from '../i18n/locale.ts';
import type { ChartMeta } from '../site/page-view.ts';
import { EMBED_PAGE_SCRIPT, figuresHash } from './embed.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';
import { legendHtml } from './legend.ts';
import { t } from '../i18n/strings.ts';
import type { SourceTable } from '../charts/source-line.ts';
import { sourceLineHtml } from '../charts/source-line-html.ts';
import { absolute, embedHref, versionedDataHref } from './urls.ts';
import { pageOgHref } from './og-image.ts';

const STYLE = `html{background:#fff;color:#1a1a1a;font-family:'Noto Sans',system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0}
.embed{padding:10px 12px 8px;max-width:100%;--chart-bg:#fff;--chart-ink:#1a1a1a}
h1{font-size:1.05rem;line-height:1.3;margin:0 0 2px}
.sub{margin:0 0 6px;color:#575757;font-size:.88rem;line-height:1.35}
.legend{list-style:none;margin:0 0 4px;padding:0;display:flex;flex-wrap:wrap;gap:2px 14px;font-size:.85rem}
.legend li{display:inline-flex;align-items:center;gap:5px}
.legend svg{flex:none}
.chart{max-width:30rem}
.chart-svg{display:block;width:100%;height:auto;overflow:visible;font-family:inherit}
.note,.src,.back{font-size:.78rem;color:#575757;margin:4px 0 0;line-height:1.4}
a{color:#005a8e}
a:focus-visible{outline:2px solid #d55e00;outline-offset:2px}
.back a{font-weight:600}`;

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * Nothing but the page's own style and script, by hash; no request at all (the favicon is a data: URL, links are
 * navigations). The same policy on every embed page, so the browser test of one proves them all.
 */
export const EMBED_PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(EMBED_PAGE_SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface EmbedPageInput {
  chart: ExportChart;
  site: string;
  /** The page's own drawing (360-unit viewBox, width 100%), capped at 30rem so its text stays near body size. */
  svg: string;
  /** The sources table (publishers), for the grouped source line. */
  sourceTable: SourceTable;
}

/**
 * The chart's source line as on its page (charts/source-line-html.ts), its links absolute and opening the portal:
 * a group and "N other sources" link the full list under the chart there. `text`: the line as read.
 */
export function embedSourceLine(chart: ChartMeta, table: SourceTable, site: string): { html: string; text: string } {
  const { spec, locale: l } = chart;
  const listHref = absolute(`${chart.pageHref.replace(/#.*$/, '')}#${spec.id}-sources`, site);
  const s = sourceLineHtml(spec.sources, table, l, { listHref, href: (h) => absolute(h, site), linkAttrs: 'target="_blank" rel="noopener"' });
  return { html: s.line, text: s.text };
}

/**
 * The chart's pinned page, under /embed/v/<hash>/<key>/: its own address, its pinned data and its version. The latest
 * page (/embed/<key>/) is the same document, so it says which version it shows and links to that version's data.
 */
export function embedPageHtml({ chart, site, svg, sourceTable }: EmbedPageInput): string {
  const { spec, locale: l } = chart;
  const showLegend = spec.series.length > 1 || spec.series.some((s) => s.computed) || (spec.rules ?? []).length > 0;
  const pageUrl = absolute(chart.pageHref, site);
  const dataUrl = absolute(versionedDataHref(chart.key, figuresHash(chart.key, chart.observations)), site);
  // The page's share card, not one per chart: a link preview, not the figures (a pinned page's text and data
  // never change; its preview may follow its page).
  const card = absolute(pageOgHref(l, chart.pageHref), site);
  const blank = ' target="_blank" rel="noopener"';
  const meta = (attr: 'name' | 'property', key: string, content: string) => `<meta ${attr}="${key}" content="${escapeAttr(content)}">`;
  const sources = spec.sources.length ? `<p class="src">${embedSourceLine(chart, sourceTable, site).html}</p>` : '';
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${EMBED_PAGE_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="color-scheme" content="light">` +
    `<title>${escapeText(spec.title)} · ${escapeText(t(l, 'portal'))}</title><link rel="canonical" href="${escapeAttr(pageUrl)}"><link rel="icon" href="data:,">` +
    meta('name', 'description', spec.alt) +
    meta('property', 'og:type', 'article') +
    meta('property', 'og:title', `${spec.title} — ${spec.subtitle}`) +
    meta('property', 'og:description', spec.alt) +
    meta('property', 'og:url', absolute(embedHref(l, chart.key, chart.hash), site)) +
    meta('property', 'og:image', card) +
    meta('property', 'og:image:width', '1200') +
    meta('property', 'og:image:height', '630') +
    meta('property', 'og:locale', ogLocale(l)) +
    meta('name', 'twitter:card', 'summary_large_image') +
    meta('name', 'twitter:image', card) +
    `<style>${STYLE}</style></head><body>` +
    `<main class="embed" data-embed-key="${escapeAttr(chart.key)}" data-embed-hash="${chart.hash}"><h1>${escapeText(spec.title)}</h1><p class="sub">${escapeText(spec.subtitle)}</p>` +
    (showLegend ? legendHtml(spec, { hollowFill: '#fff' }) : '') +
    `<div class="chart">${svg}</div>` +
    spec.notes.map((n) => `<p class="note">${escapeText(n)}</p>`).join('') +
    sources +
    `<p class="back"><a href="${escapeAttr(pageUrl)}"${blank}>${escapeText(t(l, 'viewOnPortal'))}</a> · <a href="${escapeAttr(dataUrl)}"${blank} download>${escapeText(t(l, 'getData'))}</a> · ${escapeText(t(l, 'versionOf'))} ${chart.hash}</p>` +
    `</main><script>${EMBED_PAGE_SCRIPT}</script></body></html>\n`;
}
