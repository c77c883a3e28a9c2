// /data/observations.csv and /data/<reference table>.csv: the whole dataset, described by /data/datapackage.json.
import type { APIRoute } from 'astro';
import { datasetCsvResponse, datasetTablePaths } from '../../lib/export/responses.ts';
export const getStaticPaths = datasetTablePaths;
export const GET: APIRoute = ({ params }) => datasetCsvResponse(params.table!);
