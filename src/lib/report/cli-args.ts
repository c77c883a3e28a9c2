/** Arguments of `npm run validate -- [--data DIR] [--format human|json|github]`; bad arguments exit 2. */
import type { Format } from './format.ts';

export interface ValidateArgs {
  data: string;
  format: Format;
}

export function parseValidateArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ValidateArgs | { error: string } {
  const args: ValidateArgs = { data: env.DATA_DIR || 'data', format: 'human' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const next = () => inline ?? argv[++i];
    if (flag === '--data') {
      const v = next();
      if (!v) return { error: '--data cần một thư mục / --data needs a folder' };
      args.data = v;
    } else if (flag === '--format') {
      const v = next();
      if (v !== 'human' && v !== 'json' && v !== 'github') return { error: `--format phải là human, json hoặc github / --format must be human, json or github (got "${v ?? ''}")` };
      args.format = v;
    } else return { error: `Tham số không hợp lệ / unknown argument: ${a}` };
  }
  return args;
}
