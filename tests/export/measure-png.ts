// PNG cost at build time: `node --experimental-strip-types tests/export/measure-png.ts [DATA_DIR]`
// Renders every chart PNG (no longer built: the browser draws it, export/chart-png.ts), a card per chart (never
// built) and the unit share cards the build draws (export/og-image.ts), with resvg and no disk cache, serially
// (CPU per image) and through the look-ahead pipeline (wall time per image on this machine's thread pool).
import { availableParallelism } from 'node:os';

process.env.DATA_DIR = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { chartImageSvg, unitCard, siteCard } = await import('../../src/lib/export/responses.ts');
const { PNG_SCALE } = await import('../../src/lib/export/chart-png.ts');
const { cardUnits } = await import('../../src/lib/export/og-image.ts');
const { IMAGE_WIDTH } = await import('../../src/lib/export/compose.ts');
const { PngPipeline, prepareSvgForRaster, svgToPng, svgToPngAsync } = await import('../../src/lib/export/png.ts');
const { shareCardSvg } = await import('../../src/lib/export/share-card.ts');

const t0 = performance.now();
const charts = exportCatalog().charts;
const tCatalog = performance.now() - t0;
const jobs: { kind: string; svg: () => string; width?: number }[] = [];
for (const c of charts) jobs.push({ kind: 'chart', svg: () => prepareSvgForRaster(chartImageSvg(c)), width: IMAGE_WIDTH * PNG_SCALE });
for (const c of charts) jobs.push({ kind: 'card', svg: () => shareCardSvg({ ...siteCard(c.locale), title: c.spec.title }) });
for (const u of cardUnits()) for (const l of ['vi', 'en'] as const) jobs.push({ kind: 'unit', svg: () => shareCardSvg(unitCard(u.id, l)) });

const svgs = jobs.map((j) => j.svg());
const serial: Record<string, { n: number; ms: number; bytes: number }> = {};
for (let i = 0; i < jobs.length; i++) {
  const t = performance.now();
  const png = svgToPng(svgs[i]!, { width: jobs[i]!.width });
  const s = (serial[jobs[i]!.kind] ??= { n: 0, ms: 0, bytes: 0 });
  s.n++;
  s.ms += performance.now() - t;
  s.bytes += png.length;
}
const t1 = performance.now();
const pipe = new PngPipeline(jobs.map((_, i) => i), (i) => svgToPngAsync(svgs[i]!, { width: jobs[i]!.width }), 4);
for (let i = 0; i < jobs.length; i++) await pipe.get(i);
const wall = performance.now() - t1;

console.log(`data: ${process.env.DATA_DIR}; ${charts.length} charts (vi+en), catalogue ${tCatalog.toFixed(0)} ms; ${availableParallelism()} CPUs`);
for (const [k, s] of Object.entries(serial)) console.log(`${k.padEnd(6)} ${String(s.n).padStart(5)} PNGs  ${(s.ms / s.n).toFixed(1)} ms each (serial)  ${(s.bytes / s.n / 1024).toFixed(0)} KB each`);
console.log(`all    ${String(jobs.length).padStart(5)} PNGs  ${(wall / jobs.length).toFixed(1)} ms each through the pipeline, ${(wall / 1000).toFixed(1)} s in total`);
