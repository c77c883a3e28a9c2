/**
 * The build as a function (scripts/build.ts, tests/browser/build-site.ts): validate with the validator's loader,
 * refuse on errors, then build the site atomically (export/staging.ts). An exception inside the build comes out as a
 * `build-failed` problem naming the data row behind the page (report/build-failure.ts); its stack only with
 * ASTRO_LOG=debug. Returns the exit code: 0 built, 1 data errors or a failed build, 2 the folder could not be read.
 */
import { build, type AstroIntegration } from 'astro';
import { runValidate } from './validate.ts';
import { formatProblemsHuman } from './format.ts';
import { buildFailedProblem } from './build-failure.ts';
import { shareLoadedData } from '../site/data.ts';
import { buildAtomically } from '../export/staging.ts';

export interface SiteBuildOptions {
  dataDir: string;
  outDir: string;
  cacheDir: string;
  /** Render every page instead of keeping the unchanged ones. */
  force?: boolean;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Added to astro.config.mjs's (the tests add one that makes a page throw). */
  integrations?: AstroIntegration[];
  log?: (s: string) => void;
  error?: (s: string) => void;
}

export async function runSiteBuild(o: SiteBuildOptions): Promise<number> {
  const log = o.log ?? console.log;
  const error = o.error ?? console.error;
  process.env.DATA_DIR = o.dataDir;
  // Read by astro.config.mjs's export writer: no manifest, the staging folder emptied.
  if (o.force) process.env.CCHC_FULL_BUILD = '1';
  const check = runValidate(o.dataDir, 'human');
  if (check.code !== 0) {
    if (check.stdout) error(check.stdout);
    if (check.stderr) error(check.stderr);
    error(
      `\nKhông dựng trang vì dữ liệu trong "${o.dataDir}" có lỗi. Sửa các lỗi trên rồi chạy lại.\n` +
        `Not building: the data in "${o.dataDir}" has errors. Fix them and run again.`,
    );
    return check.code;
  }
  const loaded = check.result!;
  shareLoadedData(o.dataDir, loaded);
  log(`Dữ liệu hợp lệ / data valid: ${loaded.dataset.observations.length} số liệu/observations, ${loaded.errors} lỗi/errors, ${loaded.warnings} cảnh báo/warnings.`);
  const debug = o.logLevel === 'debug';
  try {
    await buildAtomically({ outDir: o.outDir, cacheDir: o.cacheDir, incremental: !o.force }, (staging) =>
      build({ root: process.cwd(), outDir: staging, cacheDir: o.cacheDir, force: o.force, logLevel: o.logLevel ?? 'warn', integrations: o.integrations ?? [] }),
    );
  } catch (e) {
    const p = buildFailedProblem(e, loaded.dataset, process.env.BASE_PATH || '/');
    const prefix = o.dataDir.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    const where = p.line > 0 ? prefix : '';
    error(formatProblemsHuman([p], where).join('\n').trimStart());
    if (debug) error(e instanceof Error && e.stack ? e.stack : String(e));
    error(`\nKhông dựng được trang; dist/ giữ nguyên bản dựng trước. / The build failed; dist/ keeps the previous build.`);
    return 1;
  }
  return 0;
}
