/**
 * Citations of a chart or page, in Vietnamese and English: publisher (the portal), year, title, the source
 * publication(s) the figures come from, the URL, and the access date (the build date: the day the page was made
 * from the data, which is what a reader of the page sees).
 */
import type { Locale } from '../i18n/locale.ts';
import { fmtDate, fmtList } from '../i18n/format.ts';
import type { Source } from '../schema/source.ts';

export const PORTAL_NAME = {
  vi: 'Cổng số liệu cải cách hành chính',
  en: 'Vietnam Administrative-Reform Statistics Portal',
} as const;

/** The build date (ISO, Asia/Ho_Chi_Minh): BUILD_DATE=YYYY-MM-DD, else SOURCE_DATE_EPOCH, else today. */
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
export function buildDate(now: Date = new Date()): string {
  const env = process.env.BUILD_DATE;
  if (env && /^\d{4}-\d{2}-\d{2}$/.test(env)) return env;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return dateFormat.format(d);
}

export interface CitationInput {
  locale: Locale;
  /** Title of the chart or page. */
  title: string;
  /** Absolute URL being cited (the versioned one when there is one). */
  url: string;
  sources: readonly Pick<Source, 'title' | 'publisher' | 'published'>[];
  /** ISO access date; default the build date. */
  accessed?: string;
  /** "biểu đồ"/"chart" (default), or another kind of work. */
  kind?: { vi: string; en: string };
}

function sourceText(s: Pick<Source, 'title' | 'publisher' | 'published'>, locale: Locale): string {
  const extra = [s.publisher, s.published ? fmtDate(s.published, locale) : undefined].filter(Boolean).join(', ');
  return extra ? `${s.title} (${extra})` : s.title;
}

/** Plain-text citation, one paragraph. */
export function citationText(c: CitationInput): string {
  const accessed = c.accessed ?? buildDate();
  const year = accessed.slice(0, 4);
  const kind = c.kind ?? { vi: 'biểu đồ', en: 'chart' };
  const titled = c.title.replace(/[.\s]+$/, '');
  const sources = fmtList(c.sources.map((s) => sourceText(s, c.locale)), c.locale);
  if (c.locale === 'vi') {
    return (
      `${PORTAL_NAME.vi} (${year}). ${titled} [${kind.vi}]. ` +
      (sources ? `Số liệu từ: ${sources}. ` : '') +
      `${c.url}. Truy cập ngày ${fmtDate(accessed, 'vi')}.`
    );
  }
  return (
    `${PORTAL_NAME.en} (${year}). ${titled} [${kind.en}]. ` +
    (sources ? `Data from: ${sources}. ` : '') +
    `${c.url}. Accessed ${fmtDate(accessed, 'en', 'long')}.`
  );
}
