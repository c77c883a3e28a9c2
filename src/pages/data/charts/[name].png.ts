// /data/charts/<key>.<vi|en>.png: the same image rendered at build time with resvg (no browser), 1280 px wide.
import type { APIRoute } from 'astro';
import type { ExportChart } from '../../../lib/export/catalog.ts';
import { chartPngPaths, chartPngResponse } from '../../../lib/export/responses.ts';
export const getStaticPaths = chartPngPaths;
export const GET: APIRoute = ({ props }) => chartPngResponse((props as { chart: ExportChart }).chart);
