/**
 * Vitest global setup for the browser tests: build the site once from the test data (tests/site-fixture, or
 * SITE_TEST_DATA=data for the real folder) into .cache/site-test/<hash>/, unless that build exists, then serve it
 * on a local port. <hash> covers everything the build reads; a build goes to a private folder first and is renamed
 * into place, so two test runs at once never see each other's half-written site.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

const DATA = process.env.SITE_TEST_DATA || 'tests/site-fixture';
const ROOT = '.cache/site-test';

function hashInputs(): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.') && name !== 'node_modules') walk(join(p, name));
    } else {
      h.update(p);
      h.update(readFileSync(p));
    }
  };
  for (const p of ['src', 'public', DATA, 'astro.config.mjs', 'package-lock.json', 'tests/browser/build-site.ts']) walk(p);
  return h.digest('hex');
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const hash = hashInputs().slice(0, 16);
  const out = join(ROOT, hash);
  if (!existsSync(join(out, 'index.html'))) {
    const tmp = join(ROOT, `tmp-${process.pid}-${Date.now()}`);
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'tests/browser/build-site.ts', DATA, tmp, `${tmp}.astro-cache`], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    rmSync(`${tmp}.astro-cache`, { recursive: true, force: true });
    if (r.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`Site build for the browser tests failed (exit ${r.status})`);
    }
    try {
      renameSync(tmp, out);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another run finished the same build first
    }
  }
  // Drop other builds older than an hour (a concurrent run may still be serving a recent one).
  for (const name of readdirSync(ROOT)) {
    const full = join(ROOT, name);
    const s = statSync(full);
    if (name !== hash && s.isDirectory() && Date.now() - s.mtimeMs > 3_600_000) rmSync(full, { recursive: true, force: true });
  }
  const server = await serveStatic(out);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', out);
  return async () => {
    await server.close();
  };
}
