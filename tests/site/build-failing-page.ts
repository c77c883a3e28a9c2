/**
 * `node tests/site/build-failing-page.ts <data-dir> <out-dir> <cache-dir> <unit-id>`: the build of
 * tests/browser/build-site.ts, with a page that throws while it renders: the unit page of <unit-id>. Test-only: the
 * throw comes from an Astro integration given here (a Vite plugin wrapping src/lib/site/unit-page.ts), so the
 * production build has no switch that makes it fail.
 */
import type { AstroIntegration } from 'astro';
import { runSiteBuild } from '../../src/lib/report/build.ts';

const [dataDir, outDir, cacheDir, unitId] = process.argv.slice(2) as [string, string, string, string];

const throwOnUnit: AstroIntegration = {
  name: 'test-throw-on-unit',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'test-throw-on-unit',
              transform(code: string, id: string) {
                if (!id.endsWith('src/lib/site/unit-page.ts')) return undefined;
                return (
                  code.replace('export function keyFigures(', 'function keyFiguresUntouched(') +
                  `\nexport function keyFigures(model, unitId, l) {\n` +
                  `  if (unitId === ${JSON.stringify(unitId)}) throw new TypeError('Cannot read properties of undefined (reading "value")');\n` +
                  `  return keyFiguresUntouched(model, unitId, l);\n}\n`
                );
              },
            },
          ],
        },
      });
    },
  },
};

process.exit(await runSiteBuild({ dataDir, outDir, cacheDir, logLevel: (process.env.ASTRO_LOG as 'debug') || 'error', log: () => {}, integrations: [throwOnUnit] }));
