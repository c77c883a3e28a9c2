// DATA_DIR=DIR npm run build: validate with the same loader as `npm run validate`, refuse on errors, then build dist/.
// Incremental: unit pages whose figures did not change are kept from the last build; `-- --force` renders everything.
import { build } from 'astro';
import { runValidate } from '../src/lib/report/validate.ts';
import { shareLoadedData } from '../src/lib/site/data.ts';

const dataDir = process.env.DATA_DIR || 'data';
process.env.DATA_DIR = dataDir;
const check = runValidate(dataDir, 'human');
if (check.code !== 0) {
  if (check.stdout) console.error(check.stdout);
  if (check.stderr) console.error(check.stderr);
  console.error(
    `\nKhông dựng trang vì dữ liệu trong "${dataDir}" có lỗi. Sửa các lỗi trên rồi chạy lại.\n` +
      `Not building: the data in "${dataDir}" has errors. Fix them and run again.`,
  );
  process.exit(check.code);
}
const { errors, warnings } = check.result!;
shareLoadedData(dataDir, check.result!);
console.log(`Dữ liệu hợp lệ / data valid: ${check.result!.dataset.observations.length} số liệu/observations, ${errors} lỗi/errors, ${warnings} cảnh báo/warnings.`);
const force = process.argv.includes('--force');
if (force) process.env.CCHC_FULL_BUILD = '1';
await build({ root: process.cwd(), force, logLevel: process.env.ASTRO_LOG === 'debug' ? 'debug' : 'warn' });
console.log('Đã dựng trang vào dist/ / site written to dist/');
