// npm run bench -- [--scale F] [--keep] [--phase validate[,build]] [--ref DIR] [--seed N]
// Synthetic national dataset (≈4M observations) → the project's loader: speed, peak memory, and proof the checks ran.
import { parseBenchArgs, USAGE } from '../src/lib/bench/args.ts';
import { runBench } from '../src/lib/bench/run.ts';

const args = parseBenchArgs(process.argv.slice(2));
if ('help' in args) {
  console.log(USAGE);
} else if ('error' in args) {
  console.error(`bench: ${args.error}`);
  process.exitCode = 2;
} else {
  process.exitCode = await runBench(args);
}
