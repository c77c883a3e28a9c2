/**
 * The source line's markup, one writer for the portal page, the embed page and the comparison picker, so a chart
 * cites its publications the same way wherever it is read (grouping rules: source-line.ts).
 */
import type { Locale } from '../i18n/locale.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';
import { allSources, moreSources, sourceCount, sourceLine, type SourceGroup, type SourceTable } from './source-line.ts';
import type { SourceRef } from './spec.ts';

export interface SourceLineHtmlOptions {
  /** Where a group and "N other sources" link: "#<chart-id>-sources" on the page, the page's URL of it in an embed. */
  listHref: string;
  /** Every href as written into the markup (an embed makes them absolute). */
  href?: (href: string) => string;
  /** Attributes added to each link (an embed opens the portal in a new tab). */
  linkAttrs?: string;
}

export interface SourceLineHtml {
  /** The line's inner markup: "Nguồn: <a>…</a> (15 nguồn); <a>và 2 nguồn khác</a>". */
  line: string;
  /** The line as read, for measuring its height. */
  text: string;
  /** True when the chart must carry the full list (some publication is not linked from the line itself). */
  needsList: boolean;
}

export function sourceLineHtml(refs: readonly SourceRef[], table: SourceTable, l: Locale, opts: SourceLineHtmlOptions): SourceLineHtml {
  const href = opts.href ?? ((h: string) => h);
  const attrs = opts.linkAttrs ? ` ${opts.linkAttrs}` : '';
  const src = sourceLine(refs, table, l, { listHref: opts.listHref });
  const link = (h: string, label: string) => `<a href="${escapeAttr(href(h))}"${attrs}>${escapeText(label)}</a>`;
  const count = (g: SourceGroup) => (g.sources.length > 1 ? ` ${sourceCount(g.sources.length, l)}` : '');
  const more = src.rest.length > 0 ? moreSources(src.rest.length, l) : '';
  const html = [...src.groups.map((g) => `${link(g.href, g.label)}${escapeText(count(g))}`), ...(more ? [link(opts.listHref, more)] : [])];
  const text = [...src.groups.map((g) => `${g.label}${count(g)}`), ...(more ? [more] : [])];
  return { line: `${escapeText(src.lead)}: ${html.join('; ')}`, text: `${src.lead}: ${text.join('; ')}`, needsList: src.needsList };
}

/** The full list under a chart whose line groups its publications: `<details>` holding `<ul id=listId>`. */
export function sourceListHtml(refs: readonly SourceRef[], l: Locale, listId: string): string {
  const items = refs.map((s) => `<li><a href="${escapeAttr(s.href)}">${escapeText(s.title)}</a></li>`).join('');
  return `<details class="chart-sources"><summary>${escapeText(allSources(refs.length, l))}</summary><ul id="${escapeAttr(listId)}">${items}</ul></details>`;
}

/** Both, as a figure shows them: the line, then the list when the line needs it. */
export function figureSourcesHtml(refs: readonly SourceRef[], table: SourceTable, l: Locale, chartId: string): string {
  if (refs.length === 0) return '';
  const listId = `${chartId}-sources`;
  const s = sourceLineHtml(refs, table, l, { listHref: `#${listId}` });
  return `<p class="chart-source">${s.line}</p>${s.needsList ? sourceListHtml(refs, l, listId) : ''}`;
}
