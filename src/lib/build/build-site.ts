/**
 * The build pass, before Astro: walks the page registry, decides which pages' export files are kept from the previous
 * build (same page key, same code digest, every file still there), and writes the export files of the others through
 * `effects` (embed pages, chart CSV and SVG, unit CSVs). Astro then renders the pages, which write
 * nothing; `finishSite` (export/writer.ts) writes the dataset and the manifest once Astro is done.
 */
import type { LoadResult } from '../dataset/load.ts';
import { LOCALES } from '../i18n/locale.ts';
import type { BuildManifest } from '../export/build-manifest.ts';
import { exportCatalog, renderExport } from '../export/catalog.ts';
import { chartExports, listArchived, unitCsv } from '../export/writer.ts';
import { siteUrl } from '../export/urls.ts';
import { siteModel, type SiteModel } from '../site/model.ts';
import { KeyDigests, pageKey } from '../site/page-key.ts';
import { pageRefs } from '../site/registry.ts';
import type { BuildEffects } from './effects.ts';
import { tagRenderError } from '../report/build-failure.ts';

export interface BuildOptions {
  dataDir: string;
  /** The previous build's manifest, when valid for this output folder: pages whose key and code are unchanged are kept. */
  previous?: BuildManifest;
  /** Digest of the code that shapes the output (build/code-digest.ts). */
  code: string;
  /** Site origin of absolute links (default: export/urls.ts siteUrl). */
  site?: string;
  /** Pinned embed folders archived in public/: never written (default: export/writer.ts listArchived). */
  archived?: ReadonlySet<string>;
}

export interface BuildResult {
  /** Pages (one per language) with export files, and how many were written and kept. */
  pages: number;
  rendered: number;
  kept: number;
  /** Charts whose exports were written (each language counts once). */
  charts: number;
  /** Page path → key. */
  keys: Map<string, string>;
}

export async function buildSite(load: LoadResult, options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const model: SiteModel = siteModel();
  // The export bodies read the site's model (citations, CSVs): it must be this data's (report/build.ts shares it).
  if (model.load !== load) throw new Error('buildSite: the site model was not built from this load result (shareLoadedData first)');
  const digests = new KeyDigests(model, options.dataDir);
  const catalog = exportCatalog();
  const cx = { site: options.site ?? siteUrl(), archived: options.archived ?? listArchived() };
  const previous = options.previous && options.previous.code === options.code ? options.previous : undefined;
  const result: BuildResult = { pages: 0, rendered: 0, kept: 0, charts: 0, keys: new Map() };
  const done = new Set<string>();
  const csvDone = new Set<string>();
  for (const ref of pageRefs(model)) {
    const key = pageKey(digests, ref.type.dependencies(model, ref.item));
    for (const l of LOCALES) {
      const page = ref.type.href(l, ref.item);
      result.keys.set(page, key);
      const files = previous?.keys[page] === key ? previous.pages[page] : undefined;
      if (files && files.every((f) => effects.has(f))) {
        effects.keep(page, files);
        for (const f of files) if (f.startsWith('data/charts/') && f.endsWith('.csv')) csvDone.add(f);
        result.pages++;
        result.kept++;
        continue;
      }
      try {
        const charts = catalog.chartsAt(page);
        const csv = ref.type.kind === 'unit' && l === LOCALES[0] ? unitCsv(model.obsByUnit.get(ref.id) ?? []) : undefined;
        if (charts.length === 0 && !csv) continue;
        result.pages++;
        result.rendered++;
        if (csv) effects.write(csv[0], csv[1], page);
        for (const chart of charts) {
          if (done.has(`${chart.locale}:${chart.key}`)) continue;
          done.add(`${chart.locale}:${chart.key}`);
          result.charts++;
          const csvFile = `data/charts/${chart.key}.csv`;
          const withCsv = !csvDone.has(csvFile);
          csvDone.add(csvFile);
          for (const [rel, body] of chartExports(chart, renderExport(chart), cx, withCsv)) effects.write(rel, body, page);
        }
      } catch (e) {
        // Told as the data row behind the page, as a page failing in Astro is (report/build-failure.ts).
        throw tagRenderError(e, page);
      }
    }
  }
  return result;
}
