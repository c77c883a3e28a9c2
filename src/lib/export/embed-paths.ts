/** getStaticPaths for the embed pages and their data files, per language. */
import type { Locale } from '../i18n/locale.ts';
import { exportCatalog } from './catalog.ts';
import { isArchived } from './archive.ts';

export function latestEmbedPaths(l: Locale) {
  return exportCatalog()
    .charts.filter((c) => c.locale === l)
    .map((chart) => ({ params: { key: chart.key }, props: { chart } }));
}

/** Pinned embeds of this build, except those already archived in public/ (served from there, byte for byte). */
export function versionedEmbedPaths(l: Locale) {
  return exportCatalog()
    .charts.filter((c) => c.locale === l && !isArchived(l, c.hash, c.key))
    .map((chart) => ({ params: { key: chart.key, hash: chart.hash }, props: { chart } }));
}
