// npm run fix-csv -- FILE [--out FILE2] [--dry-run]
// Rewrites a CSV saved from Excel/LibreOffice into data contract v1's canonical form and says what it changed.
// Exit 0: done (or nothing to change); 1: the file could not be converted (unknown encoding), nothing written;
// 2: could not run (bad arguments, file unreadable or unwritable).
import { readFileSync, writeFileSync } from 'node:fs';
import { fixCsv, formatChanges } from '../src/lib/fixcsv/fix-csv.ts';

const USAGE = 'Cách dùng / Usage: npm run fix-csv -- FILE [--out FILE2] [--dry-run]';

function parseArgs(argv: readonly string[]): { file: string; out?: string; dryRun: boolean } | { error: string } | { help: true } {
  let file: string | undefined;
  let out: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--dry-run') dryRun = true;
    else if (a === '--out' || a.startsWith('--out=')) {
      const v = a === '--out' ? argv[++i] : a.slice('--out='.length);
      if (!v) return { error: '--out cần tên tệp / --out needs a file name' };
      out = v;
    } else if (a.startsWith('-')) return { error: `Tham số không hợp lệ / unknown argument: ${a}` };
    else if (file === undefined) file = a;
    else return { error: `Chỉ sửa một tệp mỗi lần / one file at a time (got "${file}" and "${a}")` };
  }
  if (file === undefined) return { error: 'Thiếu tên tệp / missing FILE' };
  return { file, out, dryRun };
}

const args = parseArgs(process.argv.slice(2));
if ('help' in args) {
  console.log(USAGE);
  process.exit(0);
}
if ('error' in args) {
  console.error(`${args.error}\n${USAGE}`);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = readFileSync(args.file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  console.error(`Không đọc được tệp ${args.file} (${code}) / Cannot read ${args.file} (${code})`);
  process.exit(2);
}

const result = fixCsv(bytes);
console.log(`fix-csv: ${args.file}`);
for (const line of formatChanges(result.changes)) console.log(`  ${line}`);

if (result.text === null) {
  console.log('Không ghi gì: tệp giữ nguyên. / Nothing written: the file is unchanged.');
  process.exit(1);
}
if (!result.changed) {
  console.log(
    result.changes.length === 0
      ? 'Không có gì cần sửa: tệp đã đúng dạng chuẩn. / Nothing to change: the file is already in canonical form.'
      : 'Không có gì sửa được tự động; xem các dòng ✗ ở trên. / Nothing could be fixed automatically; see the ✗ lines above.',
  );
}

const target = args.out ?? args.file;
if (args.dryRun) {
  if (result.changed || args.out) console.log('Chạy thử (--dry-run): chưa ghi gì. / Dry run: nothing written.');
  process.exit(0);
}
if (!result.changed && !args.out) process.exit(0);
try {
  if (!args.out) writeFileSync(`${args.file}.bak`, bytes);
  writeFileSync(target, result.text);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  console.error(`Không ghi được tệp ${target} (${code}) / Cannot write ${target} (${code})`);
  process.exit(2);
}
console.log(
  args.out
    ? `Đã ghi ${target}. / Wrote ${target}.`
    : `Đã ghi ${target} (bản gốc lưu ở ${args.file}.bak). / Wrote ${target} (original kept as ${args.file}.bak).`,
);
