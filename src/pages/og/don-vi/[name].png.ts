// /og/don-vi/<unit>.<vi|en>.png: 1200×630 share card of a unit page (name, latest key figure, its source).
import type { APIRoute } from 'astro';
import type { Locale } from '../../../lib/i18n/locale.ts';
import { unitOgPaths, unitOgResponse } from '../../../lib/export/responses.ts';
export const getStaticPaths = unitOgPaths;
export const GET: APIRoute = ({ props }) => {
  const { unitId, locale } = props as { unitId: string; locale: Locale };
  return unitOgResponse(unitId, locale);
};
