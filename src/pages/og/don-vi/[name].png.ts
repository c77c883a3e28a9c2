// /og/don-vi/<unit>.<vi|en>.png: 1200×630 share card of a unit page (name, latest key figure, its source).
import type { APIRoute } from 'astro';
import { unitCardResponse } from '../../../lib/export/share-cards.ts';
import { buildCards } from '../../../lib/site/views.ts';
export const getStaticPaths = () => (buildCards()?.units ?? []).map(([name]) => ({ params: { name } }));
export const GET: APIRoute = ({ params }) => unitCardResponse(buildCards()!, params.name!);
