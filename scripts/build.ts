// DATA_DIR=DIR npm run build: validate with the same loader as `npm run validate`, refuse on errors, then build dist/
// atomically (a failed build leaves the previous dist/ as it was). Incremental: unit pages whose figures did not
// change are kept from the last build; `-- --force` renders everything.
import { runSiteBuild } from '../src/lib/report/build.ts';

const code = await runSiteBuild({
  dataDir: process.env.DATA_DIR || 'data',
  outDir: 'dist',
  cacheDir: 'node_modules/.astro',
  force: process.argv.includes('--force'),
  logLevel: process.env.ASTRO_LOG === 'debug' ? 'debug' : 'warn',
});
if (code === 0) console.log('Đã dựng trang vào dist/ / site written to dist/');
process.exit(code);
