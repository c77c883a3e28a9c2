/**
 * A table of figures as HTML: numeric cells right-aligned, warnings as flags linking to the data-quality page, the
 * quote a figure was read from under it. One function for the chart pages (DataTable.astro), the table twins of
 * charts, and the comparison picker in the browser (lite.ts).
 *
 * Quotes: a monthly report's sentence backs several figures, and a commune page shows the same month in several
 * charts. With a `QuoteRegistry` for the page, a quote is written in full once and linked to everywhere else, so
 * nothing is lost and the page stays small (a commune page with 60 months was 61 KB gzip, over the 50 KB budget).
 */
import type { TableCell, TableTwin } from './spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';


/**
 * The quotes of one page. The page claims its tables in reading order first (`claimTable`, `claim`); each quote then
 * belongs to the first table that has it, which writes it in full with an anchor, and every later use links to it.
 * Claiming before rendering keeps the links pointing up the page whatever order the components render in.
 */
export class QuoteRegistry {
  private readonly owner = new Map<string, { table: string; id: string }>();
  private readonly written = new Set<string>();
  private readonly prefix: string;
  constructor(prefix = 'trich-dan') {
    this.prefix = prefix;
  }
  claim(table: string, quotes: Iterable<string | undefined>): void {
    for (const q of quotes) if (q && !this.owner.has(q)) this.owner.set(q, { table, id: `${this.prefix}-${this.owner.size + 1}` });
  }
  claimTable(table: string, t: TableTwin): void {
    for (const row of t.rows) this.claim(table, row.map((c) => c.quote));
  }
  /** How `table` writes `quote`: in full with its anchor (`first`), as a link to it, or in full without one (unclaimed). */
  use(table: string, quote: string): { id: string; first: boolean } | undefined {
    const o = this.owner.get(quote);
    if (!o) return undefined;
    const first = o.table === table && !this.written.has(quote);
    if (first) this.written.add(quote);
    return { id: o.id, first };
  }
}

export interface TableOptions {
  /** Show the caption visibly (otherwise only to screen readers). */
  showCaption?: boolean;
  /** The page's quotes, and the name this table claimed them under. */
  quotes?: { registry: QuoteRegistry; table: string };
}

function cellHtml(cell: TableCell, l: Locale, quotes: TableOptions['quotes']): string {
  let inner = cell.href ? `<a href="${escapeAttr(cell.href)}">${escapeText(cell.text)}</a>` : escapeText(cell.text);
  for (const w of cell.warnings ?? []) inner += `<a class="flag" href="${escapeAttr(w.href)}" title="${escapeAttr(w.label)}"><span aria-hidden="true">!</span><span class="visually-hidden">${escapeText(t(l, 'seeWarning'))}</span></a>`;
  if (cell.note) inner += `<span class="cell-note">${escapeText(cell.note)}</span>`;
  if (cell.quote) {
    const q = quotes?.registry.use(quotes.table, cell.quote);
    inner +=
      !q || q.first
        ? `<span class="cell-note"><q class="quote"${q ? ` id="${q.id}"` : ''}>${escapeText(cell.quote)}</q></span>`
        : `<span class="cell-note"><a class="quote-ref" href="#${q.id}">${escapeText(t(l, 'quoteAbove'))}</a></span>`;
  }
  return inner;
}

export function tableHtml(table: TableTwin, l: Locale, { showCaption = false, quotes }: TableOptions = {}): string {
  const head = table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeText(c.label)}</th>`).join('');
  let body = '';
  for (const row of table.rows) {
    body += '<tr>';
    row.forEach((cell, i) => {
      const inner = cellHtml(cell, l, quotes);
      body += i === 0 && !cell.numeric ? `<th scope="row">${inner}</th>` : `<td${cell.numeric ? ' class="num"' : ''}>${inner}</td>`;
    });
    body += '</tr>';
  }
  return (
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeAttr(`${t(l, 'dataTable')}: ${table.caption}`)}"><table>` +
    `<caption${showCaption ? '' : ' class="visually-hidden"'}>${escapeText(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}
