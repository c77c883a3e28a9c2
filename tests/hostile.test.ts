/**
 * The hostile-input corpus: every case under tests/fixtures/hostile/<case>/ is a data folder that once broke the
 * validator or the build. Each case is pinned to the problems (code, file, line) the validator must report for it.
 *
 * A case folder holds `case.json` and the files to lay over a copy of its base folder:
 * - `base`: "site-fixture" (tests/site-fixture, a valid folder) or "empty";
 * - `data/`: files copied over the base (same relative paths);
 * - `links`: { "observations/env.csv": "/proc/self/environ" }: symlinks made at test time (never committed, so
 *   no tool that walks the repository follows them);
 * - `generate`: a module in the case folder whose default export (dir: string) => void writes large inputs at test time;
 * - `expect`: { exit, problems: [{ code, file, line, column?, severity? }], stdoutExcludes?: string[], maxStdoutBytes?,
 *   timeoutSeconds? (a hang guard, default 90: inputs that used to run for minutes fail instead of stalling the suite;
 *   speed itself is measured by `npm run bench`) }.
 * The validator runs as a child process with a timeout, so a hang fails the case instead of the suite.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CORPUS = 'tests/fixtures/hostile';

interface ExpectedProblem { code: string; file: string; line: number; column?: string; severity?: 'error' | 'warning' }
interface HostileCase {
  why: string;
  base: 'site-fixture' | 'empty';
  links?: Record<string, string>;
  generate?: string;
  expect: { exit: number; problems: ExpectedProblem[]; stdoutExcludes?: string[]; maxStdoutBytes?: number; timeoutSeconds?: number };
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

async function materialise(name: string, c: HostileCase): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `hostile-${name}-`));
  if (c.base === 'site-fixture') cpSync('tests/site-fixture', dir, { recursive: true });
  const overlay = join(CORPUS, name, 'data');
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  for (const [path, target] of Object.entries(c.links ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    rmSync(join(dir, path), { force: true });
    symlinkSync(target, join(dir, path));
  }
  if (c.generate) {
    const mod = (await import(pathToFileURL(resolve(CORPUS, name, c.generate)).href)) as { default: (dir: string) => void };
    mod.default(dir);
  }
  return dir;
}

describe('hostile-input corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', async (name) => {
    const c = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as HostileCase;
    const dir = await materialise(name, c);
    try {
      const r = spawnSync(
        process.execPath,
        ['--experimental-strip-types', '--no-warnings', '--max-old-space-size=1024', 'scripts/validate.ts', '--data', dir, '--format', 'json'],
        { encoding: 'utf8', timeout: (c.expect.timeoutSeconds ?? 90) * 1000, maxBuffer: 256 * 1024 * 1024 },
      );
      expect(r.error, `validator did not finish: ${String(r.error)}`).toBeUndefined();
      expect(r.status, r.stderr.slice(0, 2000)).toBe(c.expect.exit);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (c.expect.maxStdoutBytes) expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(c.expect.maxStdoutBytes);
      for (const s of c.expect.stdoutExcludes ?? []) expect(r.stdout).not.toContain(s);
      if (c.expect.problems.length === 0) return;
      const json = JSON.parse(r.stdout) as { problems: { code: string; file: string; line: number; column: string; severity: string }[] };
      for (const p of c.expect.problems) {
        const found = json.problems.filter(
          (q) => q.code === p.code && q.file === p.file && q.line === p.line && (p.column === undefined || q.column === p.column),
        );
        expect(found.length, `${p.code} at ${p.file}:${p.line} in ${JSON.stringify(json.problems.slice(0, 20), null, 1)}`).toBeGreaterThan(0);
        if (p.severity) expect(found[0]!.severity).toBe(p.severity);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
