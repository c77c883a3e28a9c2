/** A page's charts as ChartData: their site-wide keys, their figures (from the builders) and their content hashes. */
import type { ChartSpec } from '../charts/spec.ts';
// TODO(registry S1 → after the embed branch merges): chartHash, figureContent and EMBED_FORMAT_VERSION move here.
import { chartHash } from '../export/embed.ts';
import type { ChartData } from './page-data.ts';

/** Drop the page's own id from a chart id: `outcomes--sa-dec` on sa-dec's page is `outcomes`. */
export function shortId(specId: string, pageId: string): string {
  const parts = specId.split('--').filter((p) => p !== pageId && p.replace(/_/g, '-') !== pageId);
  return parts.length ? parts.join('--') : specId;
}

/** Site-wide pages: the chart part of the key is the spec id without the page's own prefix (`so-sanh-ky` → `ky`). */
export const siteKey = (section: string, specId: string) => `${section}--${specId.replace(new RegExp(`^${section}(--|-)`), '')}`;

/**
 * The keys of a page's charts in page order: `<section>--<page>--<chart>`, or `<section>--<chart>` on a site-wide
 * page (`pageId` ''), flat ASCII, made unique on the page with `-2`, `-3`….
 */
export function chartKeys(section: string, pageId: string, specIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return specIds.map((id) => {
    const base = (pageId ? `${section}--${pageId}--${shortId(id, pageId)}` : siteKey(section, id)).toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    seen.add(key);
    return key;
  });
}

/** The chart on the page at `href`: its figures are the ones its builder listed (a chart without them is a bug). */
export function chartData(key: string, spec: ChartSpec, href: string): ChartData {
  const observations = spec.figures;
  if (!observations) throw new Error(`chart ${spec.id} (${key}): its builder listed no figures`);
  // Hashed: what the pinned page shows (the spec without its table twin, which the embed page does not have) and
  // its data (the figures).
  const { figures: _figures, table: _table, ...bare } = spec;
  return { key, locale: spec.locale, spec, observations, pageHref: `${href}#${spec.id}`, hash: chartHash({ id: key, observations, spec: bare }) };
}
