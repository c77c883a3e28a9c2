/**
 * Routes of the portal. One scheme for both languages: ASCII Vietnamese segments, English under `/en/`
 * (`/don-vi/dong-thap/` and `/en/don-vi/dong-thap/`). Every link in the site is built here, so a route is named once.
 */
import type { Locale } from './locale.ts';

/** Site base path from Astro (`/` or `/repo/`), always with a trailing slash. Spelled out in full: see export/urls.ts. */
function base(): string {
  let b = '/';
  try {
    b = (import.meta as unknown as { env: { BASE_URL?: string } }).env.BASE_URL ?? '/';
  } catch {
    b = '/';
  }
  return b.endsWith('/') ? b : `${b}/`;
}

export const SECTIONS = {
  units: 'don-vi',
  metrics: 'chi-tieu',
  compare: 'so-sanh',
  indices: 'chi-so',
  sources: 'nguon',
  methodology: 'phuong-phap',
  quality: 'chat-luong',
} as const;
export type Section = keyof typeof SECTIONS;

/** Path of a page: href('en', 'units', 'dong-thap') → /en/don-vi/dong-thap/ */
export function href(locale: Locale, section?: Section, id?: string): string {
  const parts: string[] = [];
  if (locale === 'en') parts.push('en');
  if (section) parts.push(SECTIONS[section]);
  if (id) parts.push(encodeURIComponent(id));
  return base() + (parts.length ? `${parts.join('/')}/` : '');
}

export const homeHref = (l: Locale) => href(l);
export const unitHref = (l: Locale, id: string) => href(l, 'units', id);
export const metricHref = (l: Locale, id: string) => href(l, 'metrics', id);
export const sourceHref = (l: Locale, id: string) => href(l, 'sources', id);
/** A warning on the data-quality page. */
export const warningHref = (l: Locale, anchor: string) => `${href(l, 'quality')}#${anchor}`;
/** Comparison page with its state in the query string. */
export function compareHref(l: Locale, state: { metric?: string; units?: readonly string[]; period?: string } = {}): string {
  const q = new URLSearchParams();
  if (state.metric) q.set('metric', state.metric);
  if (state.units?.length) q.set('units', state.units.join(','));
  if (state.period) q.set('period', state.period);
  const s = q.toString();
  return href(l, 'compare') + (s ? `?${s}` : '');
}
/** Static JSON behind the comparison picker (one file per metric; language-neutral). */
export const compareDataHref = (metric?: string) => `${base()}${SECTIONS.compare}/du-lieu/${metric ? `${metric}.json` : 'don-vi.json'}`;

/** The same page in the other language: strip or add the `/en/` prefix after the base. */
export function switchLocaleHref(pathname: string, to: Locale): string {
  const b = base();
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  if (rest === 'en' || rest.startsWith('en/')) rest = rest.slice(2).replace(/^\//, '');
  return b + (to === 'en' ? `en/${rest}` : rest);
}

/** Astro `getStaticPaths` parameter for the `[...lang]` segment: undefined for Vietnamese (no prefix), 'en'. */
export const langParam = (l: Locale): string | undefined => (l === 'en' ? 'en' : undefined);
export const localeFromParam = (p: string | undefined): Locale => (p === 'en' ? 'en' : 'vi');
