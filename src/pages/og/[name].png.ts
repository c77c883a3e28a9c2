// /og/site.<vi|en>.png: the portal's default share card.
import type { APIRoute } from 'astro';
import type { Locale } from '../../lib/i18n/locale.ts';
import { siteOgResponse } from '../../lib/export/responses.ts';
import { pngEnabled } from '../../lib/export/catalog.ts';
export const getStaticPaths = () => (pngEnabled() ? (['vi', 'en'] as const) : []).map((l) => ({ params: { name: `site.${l}` }, props: { locale: l } }));
export const GET: APIRoute = ({ props }) => siteOgResponse((props as { locale: Locale }).locale);
