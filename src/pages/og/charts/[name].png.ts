// /og/charts/<key>.<vi|en>.png: 1200×630 share card of a chart (title, key figure, source).
import type { APIRoute } from 'astro';
import type { ExportChart } from '../../../lib/export/catalog.ts';
import { chartOgPaths, chartOgResponse } from '../../../lib/export/responses.ts';
export const getStaticPaths = chartOgPaths;
export const GET: APIRoute = ({ props }) => chartOgResponse((props as { chart: ExportChart }).chart);
