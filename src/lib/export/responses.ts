/**
 * Bodies of the downloads: a chart's CSV, SVG image and share card (written by writer.ts), and the share cards of
 * units and of the site (Astro endpoints under src/pages/og/). Unit cards go through a look-ahead pipeline, so the
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
import { cachedPng, PngPipeline, resolveCssColours } from './png.ts';
import { shareCardSvg, type ShareCard } from './share-card.ts';
import { absolute, siteLabel, siteUrl } from './urls.ts';

const PNG = { 'Content-Type': 'image/png' };

const pngResponse = (png: Buffer) => new Response(new Uint8Array(png) as Uint8Array<ArrayBuffer>, { headers: PNG });

/** Chart PNGs are drawn at 2× the SVG's width: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

const site = () => siteUrl();

/* ---------- per chart ---------- */

const csvCache = new BoundedCache<string>(16);
/** A chart's figures as CSV, each quote once: the same file in both languages (remembered for the other one). */
export function chartCsv(chart: ExportChart): string {
  return csvCache.get(chart.key, () => chartObservationsCsv(siteData().dataset, chart.observations));
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

export function chartCard(chart: ExportChart): ShareCard {
  const { spec, locale: l } = chart;
  const seriesOrder = new Map(spec.series.map((s, i) => [s.key, i] as const));
  const catOrder = new Map(spec.categories.map((c, i) => [c.key, i] as const));
  const drawn = spec.data.filter((d) => d.value !== null);
  // The key figure: the highlighted datum, else the latest value of the first series.
  const datum =
    drawn.find((d) => d.highlight) ??
    [...drawn].sort(
      (a, b) =>
        (seriesOrder.get(a.series) ?? 99) - (seriesOrder.get(b.series) ?? 99) ||
        (spec.kind === 'ranking' ? (catOrder.get(a.category ?? '') ?? 0) - (catOrder.get(b.category ?? '') ?? 0) : 0) ||
        (spec.kind === 'ranking' ? 0 : (b.date ?? '').localeCompare(a.date ?? '') || (catOrder.get(b.category ?? '') ?? 0) - (catOrder.get(a.category ?? '') ?? 0)),
    )[0];
  let figure: ShareCard['figure'];
  if (datum && datum.value !== null) {
    const title = datum.title ?? '';
    const cut = title.lastIndexOf(': ');
    const series = spec.series.find((s) => s.key === datum.series);
    figure = { value: fmtValue(datum.value, spec.valueKind, l), label: cut > 0 ? title.slice(0, cut) : (series?.label ?? spec.valueLabel) };
  }
  return { locale: l, title: spec.title, subtitle: spec.subtitle, figure, source: spec.sources.map((s) => s.title).join('; '), site: siteLabel(site()) };
}

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

export function unitOgPaths() {
  if (!pngEnabled()) return [];
  return siteModel().pageUnits.flatMap((u) => LOCALES.map((l) => ({ params: { name: `${u.id}.${l}` }, props: { unitId: u.id, locale: l } })));
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
