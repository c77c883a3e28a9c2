/**
 * `node tests/site/build-tampered-view.ts <data-dir> <out-dir> <cache-dir> <page-path>`: the build of
 * tests/browser/build-site.ts, with the stored view of one page changed after the pass stored it and before Astro
 * renders it (tests/site/tamper-view.ts): it shows that the page renders the view the pass stored, not page data it
 * computes again.
 */
import { runSiteBuild, viewsDirOf } from '../../src/lib/report/build.ts';

const [dataDir, outDir, cacheDir, path] = process.argv.slice(2) as [string, string, string, string];
const tamper = { module: new URL('./tamper-view.ts', import.meta.url).href, options: { views: viewsDirOf(cacheDir), path } };

process.exit(await runSiteBuild({ dataDir, outDir, cacheDir, logLevel: 'error', log: () => {}, integrations: [tamper] }));
