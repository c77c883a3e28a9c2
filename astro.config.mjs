// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { finishExports, setExportOutDir } from './src/lib/export/writer.ts';

// BASE_PATH lets GitHub Pages (or any sub-folder host) serve the site under /repo-name/.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://cchc.example.vn';

/** Embed pages and chart downloads are written by src/lib/export/writer.ts as each chart's page is built; the dataset files at the end. */
function chartExports() {
  /** @type {string | undefined} */
  let outDir;
  return {
    name: 'cchc-exports',
    hooks: {
      'astro:config:done': (/** @type {{ config: { outDir: URL } }} */ { config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => setExportOutDir(outDir),
      'astro:build:done': async () => {
        if (outDir) await finishExports(outDir);
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
});
