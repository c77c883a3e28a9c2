import type { APIRoute } from 'astro';
import { versionedEmbedPaths } from '../../../../../../lib/export/embed-paths.ts';
import { chartCsvResponse } from '../../../../../../lib/export/responses.ts';
export const getStaticPaths = () => versionedEmbedPaths('en');
export const GET: APIRoute = ({ props }) => chartCsvResponse(props.chart);
