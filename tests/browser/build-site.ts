/**
 * Build the site from a data folder into a separate output folder (the browser tests never touch dist/):
 * `node tests/browser/build-site.ts <data-dir> <out-dir> [<cache-dir>]`. The same build as `npm run build`
 * (src/lib/report/build.ts): refuses on errors, atomic. The cache folder holds the incremental build's state
 * (default: next to the output folder, so a test build never touches the state of `npm run build`).
 */
import { runSiteBuild } from '../../src/lib/report/build.ts';

const [dataDir = 'tests/site-fixture', outDir = '.cache/site-test', cacheDir = `${outDir}.astro-cache`] = process.argv.slice(2);
process.exit(await runSiteBuild({ dataDir, outDir, cacheDir, logLevel: 'error', log: () => {} }));
