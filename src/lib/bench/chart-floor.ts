/**
 * The `charts` phase: the least any build from nothing must do, timed without Astro and without writing a file.
 * Load the folder, build the site model, then for every page in both languages compute its charts (specs, the
 * figures behind them, the content hash the pinned embed URL needs) and draw each chart once, as the page shows it.
 * Embed pages, downloads, tables, HTML and files come on top of this in a real build, so when this phase alone takes
 * longer than the build's target, no build from nothing can meet it on the machine that ran it.
 */
import { loadDataFolder } from '../dataset/load.ts';
import { shareLoadedData } from '../site/data.ts';
import { siteModel } from '../site/model.ts';
import { exportCatalog, renderExport } from '../export/catalog.ts';
import { LOCALES } from '../i18n/locale.ts';
import type { PhaseContext, PhaseResult } from './phases.ts';
import { groupSpaces, seconds } from './vi-format.ts';

export function chartFloorPhase(ctx: PhaseContext): PhaseResult {
  process.env.EXPORT_PNG = '0';
  process.env.DATA_DIR = ctx.dir;
  const t0 = performance.now();
  const load = loadDataFolder(ctx.dir);
  shareLoadedData(ctx.dir, load);
  const t1 = performance.now();
  const model = siteModel();
  const t2 = performance.now();
  let charts = 0;
  let pages = 0;
  let svgBytes = 0;
  for (const page of exportCatalog().pages()) {
    for (const l of LOCALES) {
      const list = page.charts(l);
      if (list.length) pages++;
      for (const chart of list) {
        svgBytes += renderExport(chart).length;
        charts++;
      }
    }
  }
  const t3 = performance.now();
  const s = (ms: number) => seconds(ms / 1000);
  // Every unit of the folder has a page with charts (a model built from another folder would not).
  const ok = charts > 0 && svgBytes > 0 && model.pageUnits.length >= ctx.data.units - 1;
  return {
    ok,
    details: [
      `  load and validate ${s(t1 - t0)} · site model ${s(t2 - t1)} · charts ${s(t3 - t2)}: ${groupSpaces(charts)} charts on ${groupSpaces(pages)} pages (both languages), ` +
        `${((t3 - t2) / Math.max(1, charts)).toFixed(2)} ms per chart, ${groupSpaces(Math.round(svgBytes / 1e6))} MB of SVG`,
      '  a floor, not a build: no embed pages, downloads, tables, HTML or files. A build from nothing takes at least this long.',
      ...(ok ? [] : ['  NOTHING DRAWN: the folder gave no chart']),
    ],
    rows: ctx.data.rows,
    observations: load.dataset.observations.length,
    value: model,
  };
}
