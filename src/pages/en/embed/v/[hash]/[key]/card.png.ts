// The pinned embed's share card, kept beside its page so the archive keeps it too.
import type { APIRoute } from 'astro';
import type { ExportChart } from '../../../../../../lib/export/catalog.ts';
import { versionedEmbedPaths } from '../../../../../../lib/export/embed-paths.ts';
import { chartOgResponse } from '../../../../../../lib/export/responses.ts';
import { pngEnabled } from '../../../../../../lib/export/catalog.ts';
export const getStaticPaths = () => (pngEnabled() ? versionedEmbedPaths('en') : []);
export const GET: APIRoute = ({ props }) => chartOgResponse((props as { chart: ExportChart }).chart);
