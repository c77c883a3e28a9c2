// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH lets GitHub Pages (or any sub-folder host) serve the site under /repo-name/.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://cchc.example.vn';

// Embed pages, chart downloads and the dataset are written around the Astro build, not by it (src/lib/report/build.ts,
// src/lib/build/build-site.ts). Builds are incremental (src/lib/site/page-key.ts, src/lib/export/build-manifest.ts):
// a page whose key did not change is kept; `npm run build -- --force` renders everything.

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Four pages at a time: one renders while the others' files are written (one at a time, a page's render waits on its write).
  build: { format: 'directory', concurrency: 4 },
  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },
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
  // Unit pages carry a cacheKey; the output folder is kept between builds and pruned after it (export/writer.ts finishSite).
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
});
