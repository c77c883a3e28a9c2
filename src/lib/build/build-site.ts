/**
 * The build pass, before Astro: walks the page registry, decides which pages' export files are kept from the previous
 * build (same page key, same code digest, every file still there), and writes the export files of the others through
 * `effects` (embed pages, chart CSV and SVG, unit CSVs). Astro then renders the pages, which write
 * nothing; `finishSite` (export/writer.ts) writes the dataset and the manifest once Astro is done.
 */
import type { LoadResult } from '../dataset/load.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import type { BuildManifest } from '../export/build-manifest.ts';
import { renderExport } from '../export/catalog.ts';
import { chartExports, listArchived, startDataset, type DatasetFiles } from '../export/writer.ts';
import { KEYED_FILES, pageFiles } from './page-files.ts';
import { siteUrl } from '../export/urls.ts';
import { shareCards } from '../export/share-cards.ts';
import { siteModel, type SiteModel } from '../site/model.ts';
import { KeyDigests, pageKey } from '../site/page-key.ts';
import { buildPageIn, dependenciesOf, pageRefs } from '../site/registry.ts';
import type { PageData } from '../site/page-data.ts';
import { pageView } from '../site/page-view.ts';
import type { BuildEffects } from './effects.ts';
import { tagRenderError } from '../report/build-failure.ts';
import { forgetPageMemos, forgetPassMemos } from '../util/bounded-cache.ts';

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
  /** Called once every page's key is stored (effects.forAstro), before the first page is built: Astro's pages may read them. */
  started?: () => void;
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
  /**
   * The dataset's files: the unit CSVs, and observations.csv assembled from them on the writer's thread while the pass
   * and Astro go on (a rebuild starts it before its pages, a build from nothing after its last unit page).
   */
  dataset: DatasetFiles;
}

export async function buildSite(load: LoadResult, options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const model: SiteModel = siteModel();
  // The export bodies read the site's model (citations, CSVs): it must be this data's (report/build.ts shares it).
  if (model.load !== load) throw new Error('buildSite: the site model was not built from this load result (shareLoadedData first)');
  const digests = new KeyDigests(model, options.dataDir);
  const cx = { site: options.site ?? siteUrl(), archived: options.archived ?? listArchived() };
  const previous = options.previous && options.previous.code === options.code ? options.previous : undefined;
  const result: Omit<BuildResult, 'dataset'> = { pages: 0, rendered: 0, kept: 0, charts: 0, keys: new Map() };
  const cacheKeys = new Map<string, string>();
  const done = new Set<string>();
  // The files a chart's two languages share (its CSV and pinned data), written or kept so far.
  const shared = new Set<string>();
  // The previous build's files are looked for (on the writer's thread) while the keys are computed.
  const absentSoon = effects.absent(previous ? [...new Set(Object.values(previous.pages).flat())] : []);
  // Every page's key first: Astro's getStaticPaths wait for them (site/views.ts), then render beside the pass.
  const refs = [...pageRefs(model)];
  for (const ref of refs) cacheKeys.set(`${ref.type.kind}|${ref.id}`, pageKey(digests, ref.type.dependencies(model, ref.item)));
  // The comparison picker's unit list, which Astro renders outside the registry (site/registry.ts OTHER_OUTPUTS).
  cacheKeys.set('compare-units|', pageKey(digests, dependenciesOf(model, 'compare-units', '')));
  const cards = shareCards();
  effects.forAstro({ keys: Object.fromEntries(cacheKeys), ...(cards ? { cards } : {}), contract: model.load.contract });
  options.started?.();
  const absent = await absentSoon;
  const lastUnitPage = refs.findLastIndex((r) => r.type.kind === 'unit');
  let dataset: DatasetFiles | undefined;
  const startDatasetOnce = () => {
    if (dataset) return;
    dataset = startDataset(effects);
    // Awaited by the caller after Astro: a failure before then must not end the process as an unhandled rejection.
    dataset.observations.catch(() => {});
  };
  const allThere = (files: readonly string[]) => files.every((f) => !absent.has(f));
  /** The previous build's files of this page when it is kept (same key, every file still there), else undefined. */
  const keptFiles = (page: string, key: string): readonly string[] | undefined => {
    const files = previous?.keys[page] === key ? (previous.pages[page] ?? []) : undefined;
    return files && allThere(files) ? files : undefined;
  };
  // A rebuild writes the CSVs of the unit pages it renders first, so that the dataset's big file is assembled on the
  // writer's thread while the pages are built (a build from nothing starts it after its last unit page).
  const writtenFirst = new Set<string>();
  if (previous) {
    for (const ref of refs) {
      if (ref.type.kind !== 'unit') continue;
      const page = ref.type.href(LOCALES[0]!, ref.item);
      const kept = keptFiles(page, cacheKeys.get(`unit|${ref.id}`)!);
      // Recorded now too (the loop records it again): the dataset takes a kept unit's CSV as it is.
      if (kept) {
        effects.keep(page, kept);
        continue;
      }
      for (const [rel, body] of pageFiles(model, ref)) effects.write(rel, body, page);
      writtenFirst.add(page);
      forgetPageMemos();
    }
    startDatasetOnce();
  }
  for (const [i, ref] of refs.entries()) {
    const key = cacheKeys.get(`${ref.type.kind}|${ref.id}`)!;
    const built = new Map<Locale, PageData>();
    // Each language told by its own path when it fails; the other language is built too, for the citations.
    const pageIn = (l: Locale): PageData => {
      let data = built.get(l);
      if (!data) {
        try {
          data = buildPageIn(model, ref, l);
        } catch (e) {
          throw tagRenderError(e, ref.type.href(l, ref.item));
        }
        built.set(l, data);
      }
      return data;
    };
    for (const l of LOCALES) {
      const page = ref.type.href(l, ref.item);
      result.keys.set(page, key);
      // A page without export files (no charts, no figures) is kept by its key alone.
      const files = keptFiles(page, key);
      if (files) {
        if (files.length === 0) continue;
        effects.keep(page, files);
        for (const f of files) if (f.startsWith('data/charts/') && f.endsWith('.csv')) shared.add(f);
        result.pages++;
        result.kept++;
        continue;
      }
      try {
        const data = pageIn(l);
        // Each chart's citation names its other language's pinned version.
        effects.view(pageView(data, pageIn(LOCALES.find((x) => x !== l)!), renderExport, model.sources));
        const files = l === LOCALES[0] && !writtenFirst.has(page) ? pageFiles(model, ref) : [];
        if (data.charts.length === 0 && files.length === 0 && !writtenFirst.has(page)) continue;
        result.pages++;
        result.rendered++;
        for (const [rel, body] of files) effects.write(rel, body, page);
        for (const chart of data.charts) {
          if (done.has(`${chart.locale}:${chart.key}`)) continue;
          done.add(`${chart.locale}:${chart.key}`);
          result.charts++;
          const { files: out, links, reused } = chartExports(chart, renderExport(chart), cx, shared);
          for (const [rel, body] of out) effects.write(rel, body, page);
          for (const [rel, from] of links) effects.link(rel, from, page);
          // The other language's page links to them too: listed under it, kept with it.
          if (reused.length) effects.keep(page, reused);
        }
      } catch (e) {
        // Told as the data row behind the page, as a page failing in Astro is (report/build-failure.ts).
        throw tagRenderError(e, page);
      }
    }
    forgetPageMemos();
    if (i === lastUnitPage) startDatasetOnce();
  }
  startDatasetOnce();
  // A keyed output without a page: kept by its key, as a page is.
  for (const out of KEYED_FILES) {
    const key = cacheKeys.get(`${out.kind}|`)!;
    const rel = out.file();
    const page = `/${rel}`;
    result.keys.set(page, key);
    const kept = previous?.keys[page] === key ? previous.pages[page] : undefined;
    if (kept && allThere(kept)) effects.keep(page, kept);
    else effects.write(rel, out.body(model), page);
  }
  forgetPassMemos();
  return { ...result, dataset: dataset! };
}
