// /og/site.<vi|en>.png: the portal's default share card (what it says: export/share-cards.ts).
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../lib/i18n/locale.ts';
import { siteCardResponse } from '../../lib/export/share-cards.ts';
import { buildCards } from '../../lib/site/views.ts';
export const getStaticPaths = () => (buildCards() ? LOCALES : []).map((l) => ({ params: { name: `site.${l}` }, props: { locale: l } }));
export const GET: APIRoute = ({ props }) => siteCardResponse(buildCards()!, (props as { locale: Locale }).locale);
