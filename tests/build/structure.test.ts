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

  it('the home, indices, ranking, unit, metric, comparison, data-quality and methodology pages and the chart components render their page data: they read no model', () => {
    // A value import of the model (a type import is fine): what the component shows must come from its props.
    const readsModel = /import\s+(?!type\b)[^;]*site\/(model|data)\.ts/;
    const components = ['Chart', 'ChartFigure', 'EmbedPanel', 'Citation', 'Downloads', 'FiguresTable', 'WarningList', 'DataTable', 'ChartLegend'].map((c) => `src/components/${c}.astro`);
    expect(components.filter((f) => readsModel.test(readFileSync(f, 'utf8')))).toEqual([]);
    // These pages list their routes from the model (getStaticPaths); the page itself renders its view.
    for (const file of ['index.astro', 'chi-so/index.astro', 'chi-so/[index]/[year].astro', 'don-vi/[id].astro', 'chi-tieu/[id].astro'].map((f) => `src/pages/[...lang]/${f}`)) {
      const page = readFileSync(file, 'utf8');
      // What follows getStaticPaths: the page itself.
      const body = page.slice(page.indexOf('\n}\n', page.indexOf('export function getStaticPaths')));
      expect(body, file).toContain('viewAt(');
      expect(body.match(/\bsiteModel\(|\bmodel\.|\bsiteData\(|\bcomputedRates\(/g), file).toBeNull();
    }
    // These list their routes from the keys the pass wrote (views.ts routeOne): the whole file reads no model.
    for (const file of ['chat-luong/index.astro', 'phuong-phap/index.astro', 'so-sanh/index.astro'].map((f) => `src/pages/[...lang]/${f}`)) {
      const page = readFileSync(file, 'utf8');
      expect(page, file).toContain('viewAt(');
      expect(page, file).toContain('routeOne(');
      expect(page.match(/\bsiteModel\(|\bmodel\.|\bsiteData\(|\bcomputedRates\(/g), file).toBeNull();
      expect(readsModel.test(page), file).toBe(false);
    }
  });
});
