/**
 * Routes of the portal. One scheme for both languages: ASCII Vietnamese segments, English under `/en/`
 * (`/don-vi/dong-thap/` and `/en/don-vi/dong-thap/`). Every link in the site is built here, so a route is named once.
 */
import type { Locale } from './locale.ts';

/*
 * The site's base path from Astro (`/` or `/repo/`), always with a trailing slash. `import.meta.env.BASE_URL` and
 * `.SITE` (export/urls.ts) are written out in full so that Vite replaces each with its value. Any other spelling
 * (`import.meta.env?.X`) makes Vite inline the whole environment object, with the shell's `_` (the command that started
 * the build: /usr/bin/npm, npx, nohup…): the page code then differs between two ways of starting the same build, and
 * Astro's incremental build renders every page again (tests/site/incremental-build.test.ts starts each build with
 * another `_`). Outside Vite (scripts, the bench) `import.meta.env` is undefined: the access throws and BASE_PATH applies.
 * Read once: a throw per link cost ≈ 7 ms per unit page in the scripts.
 */
const BASE = ((): string => {
  let b = '/';
  try {
    b = (import.meta as unknown as { env: { BASE_URL?: string } }).env.BASE_URL ?? '/';
  } catch {
    // Outside Vite (the build pass before Astro, scripts): the same BASE_PATH astro.config.mjs reads.
    b = process.env.BASE_PATH || '/';
  }
  return b.endsWith('/') ? b : `${b}/`;
})();
export const basePath = (): string => BASE;
const base = basePath;

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
/** The search index (language-neutral: it holds both languages' names), relative to the output folder; its address. */
export const searchIndexFile = () => 'tim-kiem.json';
export const searchIndexHref = () => `${base()}${searchIndexFile()}`;
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
/** Static JSON behind the comparison picker (one file per metric; language-neutral), relative to the output folder; its address. */
export const compareDataFile = (metric?: string) => `${SECTIONS.compare}/du-lieu/${metric ? `${metric}.json` : 'don-vi.json'}`;
export const compareDataHref = (metric?: string) => `${base()}${compareDataFile(metric)}`;

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
