/**
 * Build the site from a data folder into a separate output folder (the browser tests never touch dist/):
 * `node tests/browser/build-site.ts <data-dir> <out-dir> [<cache-dir>]`. Same validation as `npm run build`: refuses
 * on errors. The cache folder holds the incremental build's state (default: next to the output folder, so a test
 * build never touches the state of `npm run build`).
 */
import { build } from 'astro';
import { runValidate } from '../../src/lib/report/validate.ts';

const [dataDir = 'tests/site-fixture', outDir = '.cache/site-test', cacheDir = `${outDir}.astro-cache`] = process.argv.slice(2);
process.env.DATA_DIR = dataDir;
const check = runValidate(dataDir, 'human');
if (check.code !== 0) {
  console.error(check.stdout || check.stderr);
  process.exit(check.code);
}
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'error' });
