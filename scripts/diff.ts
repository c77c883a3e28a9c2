// npm run diff -- --base REF|DIR [--head DIR] [--format human|markdown|json] [--limit N]
// Figures added, changed and removed between two versions of the data folder. Logic: src/lib/diff/.
import { parseDiffArgs, runDiff } from '../src/lib/diff/run.ts';

const args = parseDiffArgs(process.argv.slice(2));
if ('help' in args) {
  console.log(args.help);
  process.exit(0);
}
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
const r = runDiff(args);
if (r.stdout) process.stdout.write(r.stdout + '\n');
if (r.stderr) process.stderr.write(r.stderr + '\n');
process.exitCode = r.code;
