/** Static JSON behind the comparison picker: `don-vi.json` (units and metrics) and one `<metric>.json` per metric. */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../lib/site/model.ts';
import { compareMetric, compareUnits } from '../../../lib/site/compare-data.ts';
import { cacheKeyOf } from '../../../lib/site/views.ts';

export function getStaticPaths() {
  const model = siteModel();
  return [
    { params: { file: 'don-vi' }, cacheKey: cacheKeyOf('compare-units', '') },
    // A metric's file reads what its page reads.
    ...model.metricsWithData().map((m) => ({ params: { file: m.id }, cacheKey: cacheKeyOf('metric', m.id) })),
  ];
}

export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const body = params.file === 'don-vi' ? compareUnits(model) : compareMetric(model, params.file!);
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
