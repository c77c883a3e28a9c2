/** Static JSON behind the comparison picker: `don-vi.json` (units and metrics) and one `<metric>.json` per metric. */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../lib/site/model.ts';
import { compareMetric, compareUnits } from '../../../lib/site/compare-data.ts';
import { keyOf } from '../../../lib/site/page-key.ts';

export function getStaticPaths() {
  const model = siteModel();
  return [
    { params: { file: 'don-vi' }, cacheKey: keyOf(model, 'compare-units', '') },
    // A metric's file reads what its page reads.
    ...model.metricsWithData().map((m) => ({ params: { file: m.id }, cacheKey: keyOf(model, 'metric', m.id) })),
  ];
}

export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const body = params.file === 'don-vi' ? compareUnits(model) : compareMetric(model, params.file!);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
