/** The search index (lib/search/index-data.ts): rendered on every build, it is small and names every page. */
import type { APIRoute } from 'astro';
import { siteModel } from '../lib/site/model.ts';
import { searchIndex } from '../lib/search/index-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(searchIndex(siteModel())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
