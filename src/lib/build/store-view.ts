/**
 * A page's view built on request, after the pass (build/astro-thread.ts): a page Astro renders that the pass kept
 * and left no view for. Drawn the way the pass draws (renderExport), so the page matches its embeds.
 */
import { renderExport } from '../export/catalog.ts';
import { siteModel } from '../site/model.ts';
import { drawnView } from '../site/registry.ts';
import { writeView } from '../site/view-store.ts';

export function storeView(dir: string, path: string): void {
  writeView(dir, drawnView(siteModel(), path, renderExport));
}
