/**
 * The build pass (build/build-site.ts) on the test site, with its effects in memory: it writes every chart's export
 * files and the units' CSVs, keeps a page whose key and code are unchanged, and renders again exactly the pages whose
 * figures changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BuildManifest } from '../../src/lib/export/build-manifest.ts';
import type { FileBody, MemoryEffects } from '../../src/lib/build/effects.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-build-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One build pass over `dataDir` with fresh modules (a new model, catalogue and keys). */
async function pass(dataDir: string, o: { code: string; previous?: BuildManifest; present?: ReadonlyMap<string, FileBody>; before?: () => Promise<void>; archived?: Set<string> }) {
  vi.resetModules();
  process.env.DATA_DIR = dataDir;
  const { loadDataFolder } = await import('../../src/lib/dataset/load.ts');
  const { shareLoadedData } = await import('../../src/lib/site/data.ts');
  const { buildSite } = await import('../../src/lib/build/build-site.ts');
  const { memoryEffects } = await import('../../src/lib/build/effects.ts');
  const load = loadDataFolder(dataDir);
  shareLoadedData(dataDir, load);
  await o.before?.();
  const effects = memoryEffects(o.present);
  const result = await buildSite(load, { dataDir, code: o.code, previous: o.previous, archived: o.archived ?? new Set() }, effects);
  await effects.close();
  const manifest: BuildManifest = {
    version: 2,
    outDir: root,
    code: o.code,
    keys: Object.fromEntries(result.keys),
    pages: Object.fromEntries([...effects.record.pages].map(([p, f]) => [p, [...f].sort()])),
    shared: [...effects.record.shared],
    routes: [],
    public: [],
  };
  return { result, effects, manifest };
}

/** Pages with a file written by this pass (not kept). */
// The pages the pass built again (each leaves its view for Astro); a kept page only lists its files again.
const renderedPages = (e: MemoryEffects) => [...e.views.keys()].sort();

const data = join(root, 'data');
cpSync('tests/site-fixture', data, { recursive: true });
const first = await pass(data, { code: 'a' });

describe('buildSite', () => {
  it('writes every chart\'s export files, every unit\'s CSV, the whole dataset and the JSON files of search and comparison, each under its page', async () => {
    const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
    const { exportFiles } = await import('../../src/lib/export/writer.ts');
    const { siteModel } = await import('../../src/lib/site/model.ts');
    const model = siteModel();
    const expected = new Set<string>();
    for (const c of exportCatalog().charts) {
      const f = exportFiles(c);
      for (const rel of [f.latest, f.pinned, f.pinnedData, f.csv, f.svg]) expected.add(rel);
    }
    const units = model.pageUnits.filter((u) => (model.obsByUnit.get(u.id) ?? []).length > 0);
    expect(units.length).toBeGreaterThan(3);
    for (const u of units) expected.add(`data/don-vi/${u.id}.csv`);
    // The dataset: a unit with figures and no page of its own has its CSV too, and observations.csv joins them all.
    for (const id of model.obsByUnit.keys()) expected.add(`data/don-vi/${id}.csv`);
    expected.add('data/observations.csv');
    // The search index, and the comparison picker's files: its unit list and each metric's figures.
    expected.add('tim-kiem.json');
    expected.add('so-sanh/du-lieu/don-vi.json');
    for (const m of model.metricsWithData()) expected.add(`so-sanh/du-lieu/${m.id}.json`);
    expect([...first.effects.files.keys()].sort()).toEqual([...expected].sort());
    expect(first.result.charts).toBe(exportCatalog().charts.length);
    expect(first.result.kept).toBe(0);
    // Each file is recorded under the page showing its chart.
    const chart = exportCatalog().byKey('en', 'don-vi--dong-thap-thanh-pho-sa-dec--rate')!;
    expect(first.manifest.pages['/en/don-vi/dong-thap-thanh-pho-sa-dec/']).toContain(exportFiles(chart).latest);
    expect(first.manifest.pages['/don-vi/dong-thap-huyen-chau-thanh/']).toContain('data/don-vi/dong-thap-huyen-chau-thanh.csv');
    expect(first.manifest.pages['/chi-tieu/pct_online/']).toContain('so-sanh/du-lieu/pct_online.json');
    expect(first.manifest.pages['/']).toContain('tim-kiem.json');
    expect(first.manifest.pages['/so-sanh/du-lieu/don-vi.json']).toEqual(['so-sanh/du-lieu/don-vi.json']);
    expect(first.manifest.shared).toContain('data/observations.csv');
    const observations = await first.result.dataset.observations;
    expect(observations.bytes).toBe((first.effects.files.get('data/observations.csv') as Uint8Array).length);
  }, 120_000);

  it('writes the latest embed page and the chart\'s CSV once: as second names of the pinned page and the pinned data', async () => {
    const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
    const { exportFiles } = await import('../../src/lib/export/writer.ts');
    const charts = exportCatalog().charts;
    for (const c of charts) {
      const f = exportFiles(c);
      expect(first.effects.links.get(f.latest), f.latest).toBe(f.pinned);
      expect(first.effects.links.get(f.csv), f.csv).toBe(f.pinnedData);
      expect(first.effects.files.get(f.latest)).toBe(first.effects.files.get(f.pinned));
    }
    // Nothing else is linked: two links per chart and language, less the CSV's in its second language.
    expect(first.effects.links.size).toBe(charts.length + new Set(charts.map((c) => c.key)).size);
    // The page says which version it is, and links that version's data, wherever it is read.
    const c = charts[0]!;
    const html = String(first.effects.files.get(exportFiles(c).latest));
    expect(html).toContain(`/embed/v/${c.hash}/${c.key}/`);
    expect(html).toContain(exportFiles(c).pinnedData);
  });

  it('writes the latest page and the chart\'s CSV in full when their pinned twins are archived (public/ has them)', async () => {
    const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
    const { exportFiles } = await import('../../src/lib/export/writer.ts');
    const archived = new Set(exportCatalog().charts.flatMap((c) => [exportFiles(c).pinnedDir, exportFiles(c).pinnedData]));
    const again = await pass(data, { code: 'a', archived });
    const { exportCatalog: catalog } = await import('../../src/lib/export/catalog.ts');
    const { exportFiles: files } = await import('../../src/lib/export/writer.ts');
    expect(again.effects.links.size).toBe(0);
    for (const c of catalog().charts) {
      const f = files(c);
      expect(again.effects.files.has(f.pinned) || again.effects.files.has(f.pinnedData), f.pinned).toBe(false);
      expect(again.effects.files.get(f.latest), f.latest).toBe(first.effects.files.get(f.latest));
      expect(again.effects.files.get(f.csv), f.csv).toBe(first.effects.files.get(f.csv));
    }
  });

  it('leaves each page\'s view for Astro: its page data without the figures, each chart drawn, the other language cited', async () => {
    const { pageRefs, buildPageIn } = await import('../../src/lib/site/registry.ts');
    const { siteModel } = await import('../../src/lib/site/model.ts');
    const { renderChart } = await import('../../src/lib/charts/render.ts');
    const model = siteModel();
    const hrefs = [...pageRefs(model)].flatMap((r) => (['vi', 'en'] as const).map((l) => r.type.href(l, r.item)));
    expect([...first.effects.views.keys()].sort()).toEqual(hrefs.sort());

    // Views are stored as JSON and their charts' drawings (site/view-store.ts): every view must come back as it went
    // in (no Map, no class), the drawings byte for byte.
    const { parseViewText, viewText } = await import('../../src/lib/site/view-store.ts');
    // A value with toJSON (a loader's figure, dataset/row-observation.ts) is stored as its JSON; any other class fails.
    const plain = (x: unknown): unknown =>
      x instanceof Object && typeof (x as { toJSON?: unknown }).toJSON === 'function' ? plain((x as { toJSON(): unknown }).toJSON())
      : Array.isArray(x) ? x.map(plain)
      : x !== null && typeof x === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(x)) ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, plain(y)]))
      : x;
    for (const v of first.effects.views.values()) expect(parseViewText(viewText(v)), v.href).toEqual(plain(v));
    const drawn = [...first.effects.views.values()].find((v) => v.charts.length > 1)!;
    const odd = { ...drawn, charts: drawn.charts.map((c, i) => ({ ...c, svg: i === 0 ? '<svg>\n"a"\n</svg>\n' : `${c.svg}\u00e9` })) };
    expect(parseViewText(viewText(odd))).toEqual(odd);
    expect(() => parseViewText(`${viewText(odd)}x`)).toThrow(/1 characters after its drawings/);
    // A publication several charts name is stored once for the page, and every chart gets it back.
    const cited = [...first.effects.views.values()].find((v) => v.charts.filter((c) => c.sources.length).length > 1)!;
    const source = cited.charts.find((c) => c.sources.length)!.sources[0]!;
    const naming = cited.charts.filter((c) => c.sources.some((s) => s.id === source.id));
    expect(naming.length, cited.href).toBeGreaterThan(1);
    const stored = viewText(cited);
    expect(stored.split(JSON.stringify(source)).length - 1).toBe(1);
    for (const c of parseViewText(stored).charts.filter((x) => naming.some((n) => n.key === x.key))) expect(c.sources).toContainEqual(source);

    const view = first.effects.views.get('/en/don-vi/dong-thap-thanh-pho-sa-dec/')!;
    const data = buildPageIn(model, [...pageRefs(model)].find((r) => r.id === 'dong-thap-thanh-pho-sa-dec')!, 'en');
    expect(view.head).toEqual(data.head);
    expect(view.body).toEqual(data.body);
    expect(view.charts.map((c) => c.key)).toEqual(data.charts.map((c) => c.key));
    const rate = view.charts.find((c) => c.key === 'don-vi--dong-thap-thanh-pho-sa-dec--rate')!;
    const rateData = data.charts.find((c) => c.key === rate.key)!;
    expect(rate.svg).toBe(renderChart(rateData.spec));
    expect(rate.hash).toBe(rateData.hash);
    // The figures and the plotted data stay in the export files; the view has what the page shows.
    expect('figures' in rate.spec || 'data' in rate.spec || 'observations' in rate).toBe(false);
    expect(rate.spec.table).toEqual(rateData.spec.table);
    const vi = first.effects.views.get('/don-vi/dong-thap-thanh-pho-sa-dec/')!.charts.find((c) => c.key === rate.key)!;
    expect(rate.other).toEqual({ locale: 'vi', key: vi.key, hash: vi.hash, title: vi.spec.title, subtitle: vi.spec.subtitle });
  }, 120_000);

  it('leaves every cacheKey Astro asks for, as page-key.ts computes it', async () => {
    const { keyOf } = await import('../../src/lib/site/page-key.ts');
    const { siteModel } = await import('../../src/lib/site/model.ts');
    const model = siteModel();
    const asked = [
      ...model.pageUnits.map((u) => ['unit', u.id] as const),
      ...model.load.dataset.metrics.map((m) => ['metric', m.id] as const),
      ...model.load.dataset.sources.map((x) => ['source', x.id] as const),
      ['compare-units', ''] as const,
      ['units', ''] as const,
      ['metrics', ''] as const,
    ];
    expect(asked.length).toBeGreaterThan(20);
    for (const [kind, id] of asked) expect(first.effects.keys.get(`${kind}|${id}`), `${kind} ${id}`).toBe(keyOf(model, kind, id));
  }, 120_000);

  it('a second pass over the same data keeps every page and writes nothing', async () => {
    const second = await pass(data, { code: 'a', previous: first.manifest, present: first.effects.files });
    expect(second.result.kept).toBe(first.result.pages);
    expect(second.result.rendered).toBe(0);
    // Nothing but the dataset's big file, assembled again from the kept unit CSVs (every build does), the same bytes.
    expect([...second.effects.files.keys()]).toEqual(['data/observations.csv']);
    expect(second.effects.files.get('data/observations.csv')).toEqual(first.effects.files.get('data/observations.csv'));
    expect([...second.effects.views.keys()], 'Astro does not render a kept page: no view').toEqual([]);
    expect(second.manifest.pages).toEqual(first.manifest.pages);
    expect(second.manifest.keys).toEqual(first.manifest.keys);
  }, 120_000);

  it('a page whose file is gone is written again', async () => {
    const present = new Map(first.effects.files);
    present.delete('embed/don-vi--dong-thap-thanh-pho-sa-dec--rate/index.html');
    const again = await pass(data, { code: 'a', previous: first.manifest, present });
    expect(renderedPages(again.effects)).toEqual(['/don-vi/dong-thap-thanh-pho-sa-dec/']);
    expect(again.effects.files.get('embed/don-vi--dong-thap-thanh-pho-sa-dec--rate/index.html')).toBe(first.effects.files.get('embed/don-vi--dong-thap-thanh-pho-sa-dec--rate/index.html'));
  }, 120_000);

  it('after one figure changes, writes again only the pages that show it, as a full pass writes them', async () => {
    const changed = join(root, 'changed');
    cpSync(data, changed, { recursive: true });
    const file = join(changed, 'observations/dong-thap/chau-thanh.csv');
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('dong-thap-huyen-chau-thanh,2022,pct_online,66%');
    writeFileSync(file, csv.replace('dong-thap-huyen-chau-thanh,2022,pct_online,66%', 'dong-thap-huyen-chau-thanh,2022,pct_online,67%'));

    const incremental = await pass(changed, { code: 'a', previous: first.manifest, present: first.effects.files });
    const rendered = renderedPages(incremental.effects);
    for (const p of ['/don-vi/dong-thap-huyen-chau-thanh/', '/en/don-vi/dong-thap-huyen-chau-thanh/', '/chi-tieu/pct_online/', '/en/chi-tieu/pct_online/']) expect(rendered).toContain(p);
    for (const p of ['/don-vi/dong-thap-thanh-pho-sa-dec/', '/chi-tieu/received_total/']) expect(rendered).not.toContain(p);
    expect(incremental.result.kept).toBeGreaterThan(incremental.result.rendered);
    // Exactly the pages whose key changed, those without export files too.
    const keyChanged = Object.keys(incremental.manifest.keys).filter((p) => incremental.manifest.keys[p] !== first.manifest.keys[p]);
    expect(rendered).toEqual(keyChanged.sort());

    const full = await pass(changed, { code: 'a' });
    for (const [rel, body] of incremental.effects.files) expect(body, rel).toEqual(full.effects.files.get(rel));
    expect(incremental.manifest.pages).toEqual(full.manifest.pages);
  }, 240_000);

  it('another code digest writes every page again', async () => {
    const code = await pass(data, { code: 'b', previous: first.manifest, present: first.effects.files });
    expect(code.result.kept).toBe(0);
    expect(code.result.rendered).toBe(first.result.pages);
    expect([...code.effects.files.keys()].sort()).toEqual([...first.effects.files.keys()].sort());
  }, 120_000);

  it('a page failing in the pass is told by its path, as a page failing in Astro is', async () => {
    const { renderedPath } = await import('../../src/lib/report/build-failure.ts');
    const failing = pass(data, {
      code: 'a',
      before: async () => {
        const { unitPageType } = await import('../../src/lib/site/unit-page.ts');
        const build = unitPageType.build;
        unitPageType.build = (model, unit, l) => {
          if (unit.id === 'dong-thap-thanh-pho-sa-dec' && l === 'en') throw new TypeError('no value');
          return build(model, unit, l);
        };
      },
    });
    await expect(failing).rejects.toThrow('no value');
    expect(renderedPath(await failing.catch((e: unknown) => e))).toBe('/en/don-vi/dong-thap-thanh-pho-sa-dec/');
  }, 120_000);
});
