/** Views render; they write nothing and hand nothing over through globals (issue 16, items 1 and 6). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));
}

const VIEWS = ['src/components', 'src/layouts', 'src/pages'].flatMap((d) => files(d, /\.(astro|ts|mjs)$/));

describe('views', () => {
  it('are found', () => {
    expect(VIEWS.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(10);
  });

  it('no .astro file imports the export writer', () => {
    const astro = files('src', /\.astro$/);
    expect(astro.filter((f) => /export\/writer(\.ts)?['"]/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('no view uses globalThis, and nothing reaches them through it', () => {
    expect(VIEWS.filter((f) => /\bglobalThis\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
    // The bench's explicit GC hook (node --expose-gc) is the only global read, and hands nothing over.
    const lib = files('src/lib', /\.(ts|mjs)$/).filter((f) => !f.includes(join('src', 'lib', 'bench')));
    expect(lib.filter((f) => /\bglobalThis\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('no view writes a file', () => {
    const writes = /\bnode:fs\b|\bwrite(File|Sync|UnitCsv)?\s*\(|\bpageRendered\b|\bexportWriter\b/;
    expect(VIEWS.filter((f) => writes.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('every page, endpoint and the layout render what the pass left them: no file of theirs reads the model', () => {
    // Astro renders on its own thread, beside the pass (build/astro-thread.ts), which holds no copy of the data: pages
    // take their paths from the keys the pass wrote (views.ts routeItems, routeOne, routeKeys) and render their view.
    // A value import of the model (a type import is fine) or a call of it, anywhere in the file.
    const readsModel = /import\s+(?!type\b)[^;]*site\/(model|data)\.ts/;
    const calls = /\bsiteModel\(|\bmodel\.(?!ts\b)|\bsiteData\(|\bcomputedRates\(/g;
    const components = ['Chart', 'ChartFigure', 'EmbedPanel', 'Citation', 'Downloads', 'FiguresTable', 'WarningList', 'DataTable', 'ChartLegend', 'SiteSearch'].map((c) => `src/components/${c}.astro`);
    const pages = files('src/pages', /\.(astro|ts)$/);
    expect(pages.length).toBeGreaterThan(14);
    for (const file of [...components, 'src/layouts/Base.astro', ...pages]) {
      const text = readFileSync(file, 'utf8');
      expect(readsModel.test(text), file).toBe(false);
      expect(text.match(calls), file).toBeNull();
    }
    // Every page of the site (not the 404 page and the share-card endpoints) renders its stored view.
    for (const file of pages.filter((f) => f.endsWith('.astro') && !f.endsWith('404.astro'))) expect(readFileSync(file, 'utf8'), file).toContain('viewAt(');
  });
});
