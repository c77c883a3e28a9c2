// /data/charts/<key>.<vi|en>.svg: the standalone chart image (title, legend, chart, notes, source, address).
import type { APIRoute } from 'astro';
import type { ExportChart } from '../../../lib/export/catalog.ts';
import { chartFilePaths, chartSvgResponse } from '../../../lib/export/responses.ts';
export const getStaticPaths = chartFilePaths;
export const GET: APIRoute = ({ props }) => chartSvgResponse((props as { chart: ExportChart }).chart);
