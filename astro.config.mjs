// @ts-check
import { defineConfig } from 'astro/config';

// BASE_PATH lets GitHub Pages (or any sub-folder host) serve the site under /repo-name/.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://cchc.example.vn';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales: ['vi', 'en'], defaultLocale: 'vi', routing: { prefixDefaultLocale: false } },
});
