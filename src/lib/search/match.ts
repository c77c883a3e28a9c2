/**
 * Search of the portal's units, metrics and sources by name, in the browser (components/SiteSearch.astro) over the
 * index the build writes (index-data.ts). Vietnamese is matched without its marks, so "sa dec", "SA ĐÉC" and "Sa Đéc"
 * find the same unit: a phone keyboard or a reader abroad often types without them.
 */

/** Kinds of entries: unit, metric, source. */
export type SearchKind = 'u' | 'm' | 's';

/**
 * One entry: [kind, id, label vi, label en, context (the index of the entry's province, or -1), other names
 * (aliases, former names) separated by "|"].
 */
export type SearchEntry = [SearchKind, string, string, string, number, string];

export interface SearchIndex {
  v: 1;
  entries: SearchEntry[];
}

/** Lower case, without Vietnamese marks (đ → d), single spaces: what a query and a name are compared as. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Among equally good matches: provinces, other units, metrics, sources. */
const order = (e: SearchEntry) => (e[0] === 'u' ? (e[4] === -1 ? 0 : 1) : e[0] === 'm' ? 2 : 3);

export interface SearchHit {
  entry: SearchEntry;
  /** Lower is better. */
  score: number;
}

/**
 * The entries whose words start with every word of the query, best first: the whole name (in either language), then
 * a name that starts with the query, then every query word starting a word of a name, then of its other names or its
 * province's name.
 * Ties: provinces, then other units, metrics and sources; shorter names first.
 */
export function searchEntries(index: SearchIndex, query: string, locale: 'vi' | 'en', limit = 12): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const folded = foldedNames(index, locale);
  const hits: SearchHit[] = [];
  index.entries.forEach((entry, i) => {
    const f = folded[i]!;
    let score: number;
    if (f.names.includes(q)) score = 0;
    else if (f.names.some((n) => n.startsWith(q))) score = 1;
    else if (words.every((w) => f.nameText.includes(` ${w}`))) score = 2;
    else if (words.every((w) => f.allText.includes(` ${w}`))) score = 3;
    else return;
    hits.push({ entry, score: score * 10 + order(entry) });
  });
  const name = (e: SearchEntry) => (locale === 'vi' ? e[2] : e[3]);
  hits.sort((a, b) => a.score - b.score || name(a.entry).length - name(b.entry).length || name(a.entry).localeCompare(name(b.entry), locale));
  return hits.slice(0, limit);
}

interface Folded {
  /** The name in the page's language, then in the other (an English reader may type the Vietnamese name). */
  names: string[];
  /** " word word …": a query word starts a word where ` ${word}` occurs (one string search instead of a loop). */
  nameText: string;
  /** The same over the names, former names and aliases, the province's names and the id. */
  allText: string;
}
const foldedCache = new WeakMap<SearchIndex, Record<string, Folded[]>>();
function foldedNames(index: SearchIndex, locale: 'vi' | 'en'): Folded[] {
  let byLocale = foldedCache.get(index);
  if (!byLocale) foldedCache.set(index, (byLocale = {}));
  return (byLocale[locale] ??= index.entries.map((e) => {
    const names = [fold(locale === 'vi' ? e[2] : e[3]), fold(locale === 'vi' ? e[3] : e[2])];
    const province = e[4] >= 0 ? index.entries[e[4]] : undefined;
    const other = [e[5], province ? `${province[2]} ${province[3]}` : '', e[1].replace(/[-_]/g, ' ')].join(' ');
    const nameText = ` ${names.join(' ')}`;
    return { names, nameText, allText: `${nameText} ${fold(other)}` };
  }));
}
