/**
 * `node tests/site/build-tampered-view.ts <data-dir> <out-dir> <cache-dir> <page-path>`: the build of
 * tests/browser/build-site.ts, with the stored view of one page changed after the pass and before Astro renders:
 * every chart's title and drawing replaced by markers. Test-only (an Astro integration given here): it shows that the
 * page renders the view the pass stored, not page data it computes again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { runSiteBuild, viewsDirOf } from '../../src/lib/report/build.ts';
import { parseViewText, viewFile, viewText } from '../../src/lib/site/view-store.ts';

const [dataDir, outDir, cacheDir, path] = process.argv.slice(2) as [string, string, string, string];

const tamper: AstroIntegration = {
  name: 'test-tamper-view',
  hooks: {
    'astro:build:start': () => {
      const file = viewFile(viewsDirOf(cacheDir), path);
      const view = parseViewText(readFileSync(file, 'utf8'));
      for (const c of view.charts) {
        c.spec.title = `STORED VIEW ${c.spec.id}`;
        c.svg = `<svg data-stored-view="${c.spec.id}"></svg>`;
      }
      writeFileSync(file, viewText(view));
    },
  },
};

process.exit(await runSiteBuild({ dataDir, outDir, cacheDir, logLevel: 'error', log: () => {}, integrations: [tamper] }));
