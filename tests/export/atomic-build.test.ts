/**
 * The atomic build (src/lib/export/staging.ts, commit.ts) without Astro: a build is a function writing into its
 * staging folder. What staff rely on: a build that fails leaves dist/ as the last good build wrote it; an incremental
 * build touches only the files it writes or prunes; a build killed during its commit is finished by the next build.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, MANIFEST_VERSION, writeManifest, type BuildManifest } from '../../src/lib/export/build-manifest.ts';
import { buildAtomically, stagingDir, type Stage } from '../../src/lib/export/staging.ts';
import { journalPath, writeJournal } from '../../src/lib/export/commit.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(dir: string, rel: string, body: string) {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), body);
}

/** A build: writes `files` into its staging folder, records the manifest listing `listed` (this build's whole site). */
function site(cache: string, files: Record<string, string>, listed: { routes: string[]; pages: Record<string, string[]> }, prune: string[] = []) {
  return async (stage: Stage) => {
    for (const [rel, body] of Object.entries(files)) put(stage.dir, rel, body);
    const m: BuildManifest = { version: MANIFEST_VERSION, outDir: stage.dir, code: 'c', keys: {}, pages: listed.pages, shared: [], routes: listed.routes, public: [] };
    writeManifest(cache, m);
    return prune;
  };
}

/** Every file of a folder → bytes, inode and mtime. */
function snapshot(dir: string) {
  return new Map(listFiles(dir).map((f) => {
    const s = statSync(join(dir, f));
    return [f, `${readFileSync(join(dir, f), 'utf8')} ino=${s.ino} mtime=${s.mtimeMs}`];
  }));
}

/** dist/ after a first (full) build: a page (an Astro route) and its unit's export files. */
async function firstBuild() {
  const dir = mkdtempSync(join(root, 'b-'));
  const out = join(dir, 'dist');
  const cache = join(dir, 'cache');
  const files = { 'don-vi/a/index.html': '<p>a</p>', 'don-vi/b/index.html': '<p>b</p>', 'embed/a/index.html': 'embed a', 'embed/b/index.html': 'embed b', 'data/a.csv': 'a,1' };
  await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, site(cache, files, { routes: ['don-vi/a/index.html', 'don-vi/b/index.html'], pages: { '/a/': ['embed/a/index.html', 'data/a.csv'], '/b/': ['embed/b/index.html'] } }));
  return { out, cache, staging: stagingDir(out) };
}

const listed = { routes: ['don-vi/a/index.html', 'don-vi/b/index.html'], pages: { '/a/': ['embed/a/index.html', 'data/a.csv'], '/b/': ['embed/b/index.html'] } };

describe('an incremental build', () => {
  it('stages only what it writes, and leaves every file it keeps untouched (same bytes, inode and time)', async () => {
    const { out, cache } = await firstBuild();
    const before = snapshot(out);
    let staged: string[] = [];
    await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, async (stage) => {
      expect(stage.previous, 'the first build left its manifest').toBeDefined();
      // b's page is rendered again (Astro overwrites its empty stand-in), a's page is kept (its stand-in stays empty).
      put(stage.dir, 'don-vi/b/index.html', '<p>b, corrected</p>');
      put(stage.dir, 'embed/b/index.html', 'embed b, corrected');
      staged = listFiles(stage.dir).filter((f) => statSync(join(stage.dir, f)).size > 0);
      return site(cache, {}, listed)(stage);
    });
    expect(staged.sort()).toEqual(['don-vi/b/index.html', 'embed/b/index.html']);
    const after = snapshot(out);
    for (const kept of ['don-vi/a/index.html', 'embed/a/index.html', 'data/a.csv']) expect(after.get(kept), kept).toBe(before.get(kept));
    expect(readFileSync(join(out, 'don-vi/b/index.html'), 'utf8')).toBe('<p>b, corrected</p>');
    expect(readFileSync(join(out, 'embed/b/index.html'), 'utf8')).toBe('embed b, corrected');
    expect(existsSync(stagingDir(out))).toBe(false);
    expect(existsSync(journalPath(cache, out)), 'the journal is removed once the commit is done').toBe(false);
  });

  it('deletes the files the manifest prunes and the folders they leave empty', async () => {
    const { out, cache } = await firstBuild();
    await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, site(cache, {}, { routes: ['don-vi/a/index.html'], pages: { '/a/': listed.pages['/a/']! } }, ['don-vi/b/index.html', 'embed/b/index.html']));
    expect(existsSync(join(out, 'don-vi/b'))).toBe(false);
    expect(existsSync(join(out, 'embed/b'))).toBe(false);
    expect(listFiles(out)).toEqual(['data/a.csv', 'don-vi/a/index.html', 'embed/a/index.html']);
  });

  it('puts a folder where the last build had a file of that name', async () => {
    const { out, cache } = await firstBuild();
    await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, site(cache, { 'data/a.csv/index.html': 'now a folder' }, listed, ['data/a.csv']));
    expect(readFileSync(join(out, 'data/a.csv/index.html'), 'utf8')).toBe('now a folder');
  });

  it('that fails leaves dist/ byte for byte (same inodes and times), no staging folder, and the manifest as it was', async () => {
    const { out, cache } = await firstBuild();
    const before = snapshot(out);
    const manifests = new Map(readdirSync(cache).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(cache, f), 'utf8')]));
    const failing = buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, async (stage) => {
      put(stage.dir, 'don-vi/b/index.html', '<p>b, half-written</p>');
      throw new Error('a page failed');
    });
    await expect(failing).rejects.toThrow('a page failed');
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(stagingDir(out))).toBe(false);
    expect(new Map(readdirSync(cache).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(cache, f), 'utf8')]))).toEqual(manifests);
  });

  it('killed during its commit (journal left, some files moved) is finished by the next build before it starts', async () => {
    const { out, cache, staging } = await firstBuild();
    // What a build killed half-way through its commit leaves: the journal, b's page already moved, its embed and a
    // new unit's page still staged, the pruned file still there.
    put(out, 'don-vi/b/index.html', '<p>b, corrected</p>');
    put(staging, 'embed/b/index.html', 'embed b, corrected');
    put(staging, 'don-vi/c/index.html', '<p>c</p>');
    writeJournal(cache, out, { moves: ['don-vi/b/index.html', 'embed/b/index.html', 'don-vi/c/index.html'], prune: ['data/a.csv'] });

    let seen: string[] = [];
    await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, async (stage) => {
      seen = listFiles(out).map((f) => `${f}: ${readFileSync(join(out, f), 'utf8')}`);
      expect(stage.previous, 'the killed build\'s manifest describes dist/ once its commit is finished').toBeDefined();
      return site(cache, {}, { ...listed, routes: [...listed.routes, 'don-vi/c/index.html'] })(stage);
    });
    expect(seen).toEqual(['don-vi/a/index.html: <p>a</p>', 'don-vi/b/index.html: <p>b, corrected</p>', 'don-vi/c/index.html: <p>c</p>', 'embed/a/index.html: embed a', 'embed/b/index.html: embed b, corrected']);
    expect(existsSync(journalPath(cache, out))).toBe(false);
  });

  it('killed before its commit (a staging folder, no journal) is dropped, and the next build starts over', async () => {
    const { out, cache, staging } = await firstBuild();
    const before = snapshot(out);
    put(staging, 'don-vi/b/index.html', '<p>b, never committed</p>');
    let previous: unknown = 'not called';
    await buildAtomically({ outDir: out, cacheDir: cache, incremental: true }, async (stage) => {
      previous = stage.previous;
      expect(listFiles(stage.dir)).toEqual([]);
      expect(snapshot(out)).toEqual(before);
      return site(cache, { 'don-vi/a/index.html': '<p>a, full build</p>' }, listed)(stage);
    });
    expect(previous, 'its manifest may describe files dist/ never got: a full build').toBeUndefined();
    expect(listFiles(out), 'a full build replaces dist/ whole').toEqual(['don-vi/a/index.html']);
  });
});
