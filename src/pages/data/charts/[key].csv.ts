// /data/charts/<key>.csv: the observations behind one chart (language-neutral; the vi and en charts share data).
import type { APIRoute } from 'astro';
import { exportCatalog, type ExportChart } from '../../../lib/export/catalog.ts';
import { chartCsvResponse } from '../../../lib/export/responses.ts';
export function getStaticPaths() {
  return exportCatalog()
    .charts.filter((c) => c.locale === 'vi')
    .map((chart) => ({ params: { key: chart.key }, props: { chart } }));
}
export const GET: APIRoute = ({ props }) => chartCsvResponse((props as { chart: ExportChart }).chart);
