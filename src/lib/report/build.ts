/**
 * The build as a function (scripts/build.ts, tests/browser/build-site.ts), atomically (export/staging.ts): Astro's
 * thread starts bundling the pages while the validator's loader reads the folder; errors refuse the build (the
 * staging folder is removed, the output folder untouched). Then the build pass writes the export files
 * (build/build-site.ts), Astro renders the pages, `finishSite` writes the dataset, lists what to prune and records the
 * manifest, and the commit moves this build's files into the output folder.
 * An exception inside the build comes out as a `build-failed` problem naming the data row behind the page
 * (report/build-failure.ts); its stack only with ASTRO_LOG=debug. Returns the exit code: 0 built, 1 data errors or a
 * failed build, 2 the folder could not be read.
 */
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { runValidate, type ValidateOutcome } from './validate.ts';
import type { LoadResult } from '../dataset/load.ts';
import { formatProblemsHuman } from './format.ts';
import { buildFailedProblem } from './build-failure.ts';
import { shareLoadedData } from '../site/data.ts';
import { buildAtomically } from '../export/staging.ts';
import { describeBuild, finishSite } from '../export/writer.ts';
import { buildSite } from '../build/build-site.ts';
import { codeDigest } from '../build/code-digest.ts';
import { diskEffects } from '../build/effects.ts';
import { fmtNumber } from '../i18n/format.ts';
import { resetViewStore } from '../site/view-store.ts';
import { startAstroThread, type AstroThread, type IntegrationModule } from '../build/astro-thread.ts';
import { storeView } from '../build/store-view.ts';

export interface SiteBuildOptions {
  dataDir: string;
  outDir: string;
  cacheDir: string;
  /** Render every page instead of keeping the unchanged ones. */
  force?: boolean;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Added to astro.config.mjs's, as modules Astro's thread imports (the tests add one that makes a page throw). */
  integrations?: IntegrationModule[];
  log?: (s: string) => void;
  error?: (s: string) => void;
  /** Called with the load result once the folder is valid (the bench counts its figures). */
  validated?: (loaded: LoadResult) => void;
}

export async function runSiteBuild(o: SiteBuildOptions): Promise<number> {
  const log = o.log ?? console.log;
  const error = o.error ?? console.error;
  process.env.DATA_DIR = o.dataDir;
  const debug = o.logLevel === 'debug';
  // Set when the validation refuses the folder: reported as data errors, not as a failed build.
  let refused: ValidateOutcome | undefined;
  let loaded: LoadResult | undefined;
  try {
    const code = codeDigest();
    const stageStart = performance.now();
    const steps: [string, number][] = [];
    let committing = 0;
    await buildAtomically({ outDir: o.outDir, cacheDir: o.cacheDir, incremental: !o.force }, async (stage) => {
      const { previous } = stage;
      const views = viewsDirOf(o.cacheDir);
      resetViewStore(views);
      // Astro's thread starts first: its bundling runs beside the validation on the other core, and its pages wait for
      // the pass's keys (site/views.ts), then for each page's view.
      const astro = startAstroThread({ root: process.cwd(), outDir: stage.dir, cacheDir: o.cacheDir, force: o.force, logLevel: o.logLevel ?? 'warn', views, integrations: o.integrations });
      try {
        const validateStart = performance.now();
        const check = runValidate(o.dataDir, 'human');
        if (check.code !== 0 || !check.result) {
          refused = check;
          throw new Error('refused');
        }
        loaded = check.result;
        o.validated?.(loaded);
        shareLoadedData(o.dataDir, loaded);
        log(`Dữ liệu hợp lệ / data valid: ${loaded.dataset.observations.length} số liệu/observations, ${loaded.errors} lỗi/errors, ${loaded.warnings} cảnh báo/warnings.`);
        const passStart = performance.now();
        const passCpu = process.threadCpuUsage();
        // Kept export files stay in the output folder: the pass looks for them there, and writes into the staging folder.
        const effects = diskEffects(stage.dir, log, stage.outDir, views);
        // Files Astro renders are newer than this (finishSite tells rendered pages from kept ones by it).
        const startedMs = Date.now();
        try {
          const pass = await buildSite(loaded, { dataDir: o.dataDir, previous, code, started: () => astro.keysReady() }, effects);
          await effects.settled();
          // A page Astro renders that the pass kept has no view: built now, on request.
          astro.passDone((path) => storeView(views, path));
          const [vi, en] = [(x: number) => fmtNumber(x, 'vi'), (x: number) => fmtNumber(x, 'en')];
          log(
            `Tệp xuất (nhúng, tải về): ghi mới cho ${vi(pass.rendered)} trang, giữ nguyên của ${vi(pass.kept)} trang. / ` +
              `Export files (embeds, downloads): written for ${en(pass.rendered)} pages, kept for ${en(pass.kept)}.`,
          );
          // The effects' writer thread carries on while Astro renders the pages (the dataset's big file assembled from the
          // unit CSVs, started by the pass).
          const { dataset } = pass;
          const astroStart = performance.now();
          const cpu = process.threadCpuUsage(passCpu);
          const assets = await astro.done;
          const astroEnd = performance.now();
          rmSync(views, { recursive: true, force: true });
          await effects.close();
          const observations = await dataset.observations;
          const closed = performance.now();
          const keptDir = previous ? stage.outDir : undefined;
          const summary = finishSite(stage.dir, { cacheDir: o.cacheDir, publicDir: resolve('public'), previous, keptDir, assets, startedMs, record: effects.record, keys: pass.keys, code, kept: pass.kept, charts: pass.charts, dataset: { files: dataset.files, observations } });
          console.log(describeBuild(summary));
          committing = performance.now();
          // `stage`: the staging folder made ready (stand-ins for the pages kept); `pass cpu`: the main thread's CPU time
          // in the pass (the rest of the pass it waited: for the other threads, for a core); `astro`: what Astro still
          // had to do after the pass; `waited`: how long, beside the pass, it waited for views.
          steps.push(['stage', validateStart - stageStart], ['validate', passStart - validateStart], ['pass', astroStart - passStart], ['pass cpu', (cpu.user + cpu.system) / 1000], ['astro', astroEnd - astroStart], ['waited', astro.waited() * 1000], ['writes', closed - astroEnd], ['finish', committing - closed]);
          return summary.prune;
        } catch (e) {
          await effects.close().catch(() => {});
          throw e;
        }
      } catch (e) {
        await astro.stop();
        rmSync(views, { recursive: true, force: true });
        throw e;
      }
    });
    log(stepTimes([...steps, ['commit', performance.now() - committing]]));
  } catch (e) {
    if (refused) {
      if (refused.stdout) error(refused.stdout);
      if (refused.stderr) error(refused.stderr);
      error(
        `\nKhông dựng trang vì dữ liệu trong "${o.dataDir}" có lỗi. Sửa các lỗi trên rồi chạy lại.\n` +
          `Not building: the data in "${o.dataDir}" has errors. Fix them and run again.`,
      );
      return refused.code;
    }
    const p = buildFailedProblem(e, loaded?.dataset, process.env.BASE_PATH || '/');
    const prefix = o.dataDir.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    const where = p.line > 0 ? prefix : '';
    error(formatProblemsHuman([p], where).join('\n').trimStart());
    if (debug) error(e instanceof Error && e.stack ? e.stack : String(e));
    error(`\nKhông dựng được trang; dist/ giữ nguyên bản dựng trước. / The build failed; dist/ keeps the previous build.`);
    return 1;
  }
  return 0;
}

/** The folder of the pass's page views (site/view-store.ts), in the build's cache folder; removed after Astro. */
export const viewsDirOf = (cacheDir: string) => resolve(join(cacheDir, 'views'));

/**
 * One line of the build's step times: where a slow build's time went, without a profiler. `stage`: a killed build's
 * commit finished, the staging folder prepared; `commit`: this build's files moved into the output folder, or the swap.
 */
function stepTimes(steps: [string, number][]): string {
  return `Thời gian / time: ${steps.map(([n, ms]) => `${n} ${fmtNumber(ms / 1000, 'en', 1)} s`).join(', ')}`;
}
