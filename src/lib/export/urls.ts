/**
 * Every URL the export features publish, in one place (base path from Astro, `/` by default). Chart keys are flat
 * ASCII (`don-vi--ha-noi--rate`), so file names are meaningful when saved.
 *
 *   embed, latest         /embed/<key>/                     /en/embed/<key>/   (the versioned page of today's figures:
 *                         the same file under a second name, export/writer.ts)
 *   embed, versioned      /embed/v/<hash>/<key>/            /en/embed/v/<hash>/<key>/
 *   chart data (CSV)      /data/charts/<key>.csv            (language-neutral; the pinned data of today's figures,
 *                         under a second name)
 *   pinned chart data     /data/charts/v/<fhash>/<key>.csv  (the versioned pages' data, one file for both languages:
 *                         <fhash> is the figures' hash, embed.ts figuresHash; until version 5, <versioned>/data.csv)
 *   chart image           /data/charts/<key>.<vi|en>.svg    (the PNG is drawn from it in the reader's browser, png-button.ts)
 *   whole dataset         /data/observations.csv, /data/<table>.csv, /data/datapackage.json
 *   a unit's figures      /data/don-vi/<unit>.csv           (the unit's rows of observations.csv)
 *   share cards           /og/don-vi/<unit>.<vi|en>.png     /og/site.<vi|en>.png   (one per page: an embed shows its page's;
 *                         a commune page the site's, og-image.ts)
 *   resize script         /embed.js
 */
import type { Locale } from '../i18n/locale.ts';
import { basePath } from '../i18n/routes.ts';

/** The site's base path (`/` or `/repo/`), with a trailing slash: read once, in i18n/routes.ts. */
export const baseUrl = basePath;

const lang = (l: Locale) => (l === 'en' ? 'en/' : '');

export const embedHref = (l: Locale, key: string, hash?: string) => `${baseUrl()}${lang(l)}embed/${hash ? `v/${hash}/` : ''}${key}/`;
/** Relative to the output folder: the pinned data of a chart whose figures hash to `figuresHash`. */
export const pinnedDataFile = (key: string, figuresHash: string) => `data/charts/v/${figuresHash}/${key}.csv`;
export const versionedDataHref = (key: string, figuresHash: string) => `${baseUrl()}${pinnedDataFile(key, figuresHash)}`;
export const embedScriptHref = () => `${baseUrl()}embed.js`;
export const chartCsvHref = (key: string) => `${baseUrl()}data/charts/${key}.csv`;
export const chartSvgHref = (l: Locale, key: string) => `${baseUrl()}data/charts/${key}.${l}.svg`;
export const datasetHref = (file: string) => `${baseUrl()}data/${file}`;
export const datapackageHref = () => datasetHref('datapackage.json');
/** Relative to the output folder: the writer's file and the link share it. */
export const unitCsvFile = (unitId: string) => `data/don-vi/${unitId}.csv`;
export const unitCsvHref = (unitId: string) => `${baseUrl()}${unitCsvFile(unitId)}`;
export const unitOgHref = (l: Locale, unitId: string) => `${baseUrl()}og/don-vi/${unitId}.${l}.png`;
export const siteOgHref = (l: Locale) => `${baseUrl()}og/site.${l}.png`;

/** The site's origin: Astro's `site` (astro.config.mjs, SITE_URL) when bundled by Astro, else SITE_URL, else the default. */
export function siteUrl(): string {
  return SITE_ENV || process.env.SITE_URL || 'https://cchc.example.vn';
}
// Astro's `site`, read once (outside Vite the access throws: see i18n/routes.ts).
const SITE_ENV = ((): string | undefined => {
  try {
    return (import.meta as unknown as { env: { SITE?: string } }).env.SITE;
  } catch {
    return undefined;
  }
})();

/** Absolute URL from a path, against Astro's `site` (SITE_URL). */
export function absolute(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** Host (and base path) shown on images: "cchc.example.vn". */
export function siteLabel(site: URL | string | undefined): string {
  if (!site) return '';
  const u = new URL(baseUrl(), site);
  return (u.host + u.pathname).replace(/\/$/, '');
}
