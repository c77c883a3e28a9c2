// /data/datapackage.json: Frictionless Data Package with a Table Schema per CSV.
import type { APIRoute } from 'astro';
import { datapackageResponse } from '../../lib/export/responses.ts';
export const GET: APIRoute = () => datapackageResponse();
