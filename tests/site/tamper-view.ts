/**
 * Test-only Astro integration (tests/site/build-tampered-view.ts): once the pass has stored the view of `path`, and
 * before Astro renders it, every chart's title and drawing in it is replaced by markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parseViewText, viewFile, viewText } from '../../src/lib/site/view-store.ts';

export default function tamperView({ views, path }: { views: string; path: string }): AstroIntegration {
  return {
    name: 'test-tamper-view',
    hooks: {
      'astro:build:start': async () => {
        const file = viewFile(views, path);
        // Astro's thread starts beside the pass: the view may not be stored yet.
        for (let waited = 0; !existsSync(file); waited += 20) {
          if (waited > 120_000) throw new Error(`no view of ${path} stored`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const view = parseViewText(readFileSync(file, 'utf8'));
        for (const c of view.charts) {
          c.spec.title = `STORED VIEW ${c.spec.id}`;
          c.svg = `<svg data-stored-view="${c.spec.id}"></svg>`;
        }
        writeFileSync(file, viewText(view));
      },
    },
  };
}
