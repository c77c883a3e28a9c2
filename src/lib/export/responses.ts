/**
 * Bodies of the downloads: a chart's CSV and SVG image (written by writer.ts), and the share cards of units and of
 * the site (Astro endpoints under src/pages/og/): one per page, which the page's embeds show too. Unit cards go through a look-ahead pipeline, so the
 * thread pool renders the next images while Astro writes the current one.
 */
import type { Locale } from '../i18n/locale.ts';
import { LOCALES } from '../i18n/locale.ts';
import { fmtPeriod, fmtValue } from '../i18n/format.ts';
import { siteModel } from '../site/model.ts';
import { keyFigures } from '../site/unit-page.ts';
import { siteData } from '../site/data.ts';
import { t, tf, type UIKey } from '../i18n/strings.ts';
import { BoundedCache, pngEnabled, renderExport, type ExportChart } from './catalog.ts';
import { composeChartSvg } from './compose.ts';
import { chartObservationsCsv } from './observations-csv.ts';
import { figuresHash } from './embed.ts';
import { cachedPng, PngPipeline, resolveCssColours } from './png.ts';
import { cardUnits } from './og-image.ts';
import { shareCardSvg, type ShareCard } from './share-card.ts';
import { absolute, siteLabel, siteUrl } from './urls.ts';

const PNG = { 'Content-Type': 'image/png' };

const pngResponse = (png: Buffer) => new Response(new Uint8Array(png) as Uint8Array<ArrayBuffer>, { headers: PNG });

const site = () => siteUrl();

/* ---------- per chart ---------- */

// The pass writes a chart's CSV once for both languages (build-site.ts `shared`): its CSV and its pinned data ask.
const csvCache = new BoundedCache<string>(2);
/** A chart's figures as CSV, each quote once: the same file in both languages. */
export function chartCsv(chart: ExportChart): string {
  return csvCache.get(`${chart.key}|${figuresHash(chart.key, chart.observations)}`, () => chartObservationsCsv(siteData().dataset, chart.observations));
}
const svgCache = new BoundedCache<string>(64);
/** The standalone SVG of a chart (title, legend, chart, notes, source, address). */
export function chartImageSvg(chart: ExportChart): string {
  return svgCache.get(`${chart.locale}:${chart.key}:${chart.hash}`, () => {
    const chartSvg = resolveCssColours(renderExport(chart));
    return composeChartSvg({
      spec: chart.spec,
      chartSvg,
      footer: {
        sourceLabel: chart.spec.sources.length > 1 ? t(chart.locale, 'sources') : t(chart.locale, 'source'),
        site: absolute(chart.pageHref.replace(/#.*$/, ''), site()).replace(/^https?:\/\//, '').replace(/\/$/, ''),
      },
    });
  });
}
/* ---------- share cards ---------- */

export function unitCard(unitId: string, l: Locale): ShareCard {
  const model = siteModel();
  const unit = model.units.get(unitId)!;
  const name = model.unitLabel(unit, l);
  const parent = unit.parent ? model.units.get(unit.parent) : undefined;
  const level = t(l, `level_${unit.level}` as UIKey);
  const subtitleBits = [level, parent && parent.level !== 'nation' ? model.unitLabel(parent, l) : undefined].filter(Boolean);
  const key = keyFigures(model, unitId, l)[0];
  if (!key) return { locale: l, title: name, subtitle: subtitleBits.join(' · '), site: siteLabel(site()), source: undefined, figure: undefined };
  const kind = (model.metric(key.metric)?.kind ?? 'score') as Parameters<typeof fmtValue>[1];
  return {
    locale: l,
    title: name,
    subtitle: subtitleBits.join(' · '),
    figure: { value: fmtValue(key.obs.value, kind, l), label: `${key.label}, ${fmtPeriod(key.obs.period, l)}` },
    source: model.sourceTitle(key.obs.source),
    site: siteLabel(site()),
  };
}

/** A card per unit page and language, bulk pages left out (og-image.ts). */
export function unitOgPaths() {
  if (!pngEnabled()) return [];
  return cardUnits().flatMap((u) => LOCALES.map((l) => ({ params: { name: `${u.id}.${l}` }, props: { unitId: u.id, locale: l } })));
}

let unitCards: PngPipeline<string> | undefined;
export async function unitOgResponse(unitId: string, l: Locale): Promise<Response> {
  if (!unitCards) {
    const names = unitOgPaths().map((p) => p.params.name);
    unitCards = new PngPipeline<string>(names, (name: string) => {
      const dot = name.lastIndexOf('.');
      return cachedPng(shareCardSvg(unitCard(name.slice(0, dot), name.slice(dot + 1) as Locale)));
    });
  }
  return pngResponse(await unitCards.get(`${unitId}.${l}`));
}

export function siteCard(l: Locale): ShareCard {
  const ds = siteData().dataset;
  const units = new Set(ds.observations.map((o) => o.unit)).size;
  return {
    locale: l,
    title: t(l, 'siteName'),
    subtitle: t(l, 'siteTagline'),
    figure: { value: fmtValue(ds.observations.length, 'count', l), label: tf(l, 'siteCardFigureLabel', { units: fmtValue(units, 'count', l) }) },
    source: tf(l, 'siteCardSources', { n: fmtValue(ds.sources.length, 'count', l) }),
    site: siteLabel(site()),
  };
}
export const siteOgResponse = async (l: Locale) => pngResponse(await cachedPng(shareCardSvg(siteCard(l))));
