/** The integrations Astro's build always has (build/astro-worker.ts): the view store's folder, and its output files. */
import type { AstroIntegration } from 'astro';

/**
 * Hands the folder of the pass's page views to the pages Astro bundles (site/views.ts reads it). A constant per cache
 * folder: a value that changed between builds would change every page's code, and Astro would render them all again.
 */
export function viewStore(dir: string): AstroIntegration {
  return {
    name: 'cchc-views',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.CCHC_VIEWS': JSON.stringify(dir) } } });
      },
    },
  };
}

/** Astro's output files, as `astro:build:done` lists them (the manifest's routes): it observes, it writes nothing. */
export function recordRoutes(): { integration: AstroIntegration; readonly assets: Map<string, URL[]> } {
  let assets = new Map<string, URL[]>();
  const integration: AstroIntegration = {
    name: 'cchc-routes',
    hooks: {
      'astro:build:done': (done) => {
        assets = done.assets;
      },
    },
  };
  return {
    integration,
    get assets() {
      return assets;
    },
  };
}
