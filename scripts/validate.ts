// npm run validate -- [--data DIR] [--format human|json|github]
import { parseValidateArgs } from '../src/lib/report/cli-args.ts';
import { runValidate, validatorFailure } from '../src/lib/report/validate.ts';

const args = parseValidateArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
// Whatever fails (out of memory aside, which V8 does not let a program catch), exit 2 with a message, not a stack trace.
process.on('uncaughtException', (e) => {
  const f = validatorFailure(e, args.format);
  if (f.stdout) process.stdout.write(f.stdout + '\n');
  if (f.stderr) process.stderr.write(f.stderr + '\n');
  process.exit(2);
});
const r = runValidate(args.data, args.format);
if (r.stdout) process.stdout.write(r.stdout + '\n');
if (r.stderr) process.stderr.write(r.stderr + '\n');
process.exitCode = r.code;
