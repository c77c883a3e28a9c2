// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { describeBuild, finishExports, setExportOutDir } from './src/lib/export/writer.ts';
import { startBuild } from './src/lib/export/build-manifest.ts';

// BASE_PATH lets GitHub Pages (or any sub-folder host) serve the site under /repo-name/.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://cchc.example.vn';

/**
 * Embed pages and chart downloads are written by src/lib/export/writer.ts as each chart's page is built; the dataset
 * files at the end. Builds are incremental (src/lib/site/page-key.ts, src/lib/export/build-manifest.ts): a unit page
 * whose figures did not change is kept with its exports; the manifest of what the last build wrote lets this one
 * delete what is gone. `npm run build -- --force` renders everything.
 */
function chartExports() {
  /** @type {string | undefined} */
  let outDir;
  /** @type {string | undefined} */
  let cacheDir;
  let publicDir = '';
  /** @type {import('./src/lib/export/build-manifest.ts').BuildManifest | undefined} */
  let previous;
  let startedMs = 0;
  return {
    name: 'cchc-exports',
    hooks: {
      'astro:config:done': (/** @type {{ config: { outDir: URL, cacheDir: URL, publicDir: URL } }} */ { config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        startedMs = Date.now();
        if (outDir && cacheDir) previous = startBuild(cacheDir, outDir, process.env.CCHC_FULL_BUILD === '1');
        setExportOutDir(outDir);
      },
      'astro:build:done': async (/** @type {{ pages: { pathname: string }[], assets: Map<string, URL[]> }} */ { pages, assets }) => {
        if (outDir && cacheDir) console.log(describeBuild(await finishExports(outDir, { cacheDir, publicDir, previous, pages: pages.map((p) => p.pathname), assets, startedMs })));
        setExportOutDir(undefined);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },
  integrations: [chartExports()],
  // Errors without their stack (ASTRO_LOG=debug shows it): the build reports them as problems (src/lib/report/build.ts).
  logger: { entrypoint: './src/lib/report/astro-log.mjs' },
  // A strict Content-Security-Policy in a <meta> of every page (README, "Content-Security-Policy"): scripts and styles
  // from the site itself or by hash (Astro hashes the ones it inlines), nothing from elsewhere, no plugins. Embed pages
  // are not Astro routes and carry their own (src/lib/export/embed-page.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // No Markdown pages: Shiki's inline styles would break the CSP, so highlighting is off (and Astro stops warning).
  markdown: { syntaxHighlight: false },
  // Unit pages carry a cacheKey; the output folder is kept between builds and pruned by the export writer.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
});
