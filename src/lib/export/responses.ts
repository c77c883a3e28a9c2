/**
 * Bodies of the downloads: a chart's CSV and SVG image (written by writer.ts), and what the share cards of units and
 * of the site say (drawn by the Astro endpoints under src/pages/og/, share-cards.ts): one per page, which the page's
 * embeds show too.
 */
import type { Locale } from '../i18n/locale.ts';
import { fmtPeriod, fmtValue } from '../i18n/format.ts';
import { siteModel } from '../site/model.ts';
import { keyFigures } from '../site/unit-page.ts';
import { siteData } from '../site/data.ts';
import { t, tf, type UIKey } from '../i18n/strings.ts';
import { BoundedCache, renderExport, type ExportChart } from './catalog.ts';
import { resolveCssColours } from './png.ts';
import type { ShareCard } from './share-card.ts';
import { composeChartSvg } from './compose.ts';
import { chartObservationsCsv } from './observations-csv.ts';
import { figuresHash } from './embed.ts';
import { absolute, siteLabel, siteUrl } from './urls.ts';

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
