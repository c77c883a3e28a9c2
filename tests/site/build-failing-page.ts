/**
 * `node tests/site/build-failing-page.ts <data-dir> <out-dir> <cache-dir> <unit-id>`: the build of
 * tests/browser/build-site.ts, with a page that throws while Astro renders it: the unit page of <unit-id>. Test-only:
 * the throw comes from an Astro integration given here (tests/site/throw-on-unit.ts), so the production build has no
 * switch that makes it fail.
 */
import { runSiteBuild } from '../../src/lib/report/build.ts';

const [dataDir, outDir, cacheDir, unitId] = process.argv.slice(2) as [string, string, string, string];
const throwOnUnit = { module: new URL('./throw-on-unit.ts', import.meta.url).href, options: { unitId } };

process.exit(await runSiteBuild({ dataDir, outDir, cacheDir, logLevel: (process.env.ASTRO_LOG as 'debug') || 'error', log: () => {}, integrations: [throwOnUnit] }));
