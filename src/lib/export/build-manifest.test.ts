/** What an incremental build deletes from its output folder: what the last build wrote and this one did not, only. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_VERSION, manifestPath, prunedFiles, startBuild, writeManifest, type BuildManifest } from './build-manifest.ts';
import { deleteFiles } from './commit.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-manifest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(files: string[]): string {
  const dir = mkdtempSync(join(root, 'out-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f);
  }
  return dir;
}

const manifest = (outDir: string, m: Partial<BuildManifest>): BuildManifest => ({ version: MANIFEST_VERSION, outDir, code: '', keys: {}, pages: {}, shared: [], routes: [], public: [], ...m });

describe('prunedFiles', () => {
  it('lists the files of the last build that this build neither wrote nor kept; the commit deletes them and the folders they leave empty', () => {
    const pinnedOld = 'embed/v/aaaaaaaaaaaa/don-vi--x--rate/index.html';
    const pinnedNew = 'embed/v/bbbbbbbbbbbb/don-vi--x--rate/index.html';
    const archived = 'embed/v/cccccccccccc/don-vi--y--rate/index.html';
    const out = folder([pinnedOld, pinnedNew, archived, 'don-vi/gone/index.html', 'don-vi/x/index.html', 'mine.txt']);
    const previous = manifest(out, { pages: { '/don-vi/x/': [pinnedOld], '/don-vi/y/': [archived] }, routes: ['don-vi/gone/index.html', 'don-vi/x/index.html'] });
    // This build: x's chart changed (new pin), y's old pin is now archived in public/, unit "gone" has no page.
    const next = manifest(out, { pages: { '/don-vi/x/': [pinnedNew] }, routes: ['don-vi/x/index.html'], public: [archived] });

    const pruned = prunedFiles(out, previous, next, folder([]));
    expect(pruned).toEqual(['don-vi/gone/index.html', pinnedOld]);
    deleteFiles(out, pruned);
    expect(existsSync(join(out, pinnedOld))).toBe(false);
    expect(existsSync(join(out, 'embed/v/aaaaaaaaaaaa')), 'the old pin folder is removed once empty').toBe(false);
    expect(existsSync(join(out, 'don-vi/gone'))).toBe(false);
    for (const kept of [pinnedNew, archived, 'don-vi/x/index.html', 'mine.txt']) expect(existsSync(join(out, kept)), kept).toBe(true);
  });

  it('lists the Astro assets this build did not write into its staging folder (Astro writes all of its assets every build)', () => {
    const out = folder(['_astro/old.css', '_astro/same.css']);
    const staging = folder(['_astro/same.css', '_astro/new.css']);
    expect(prunedFiles(out, manifest(out, {}), manifest(out, {}), staging)).toEqual(['_astro/old.css']);
  });
});

describe('startBuild', () => {
  it('hands over the manifest of the last build into the same folder, and removes it until this build completes', () => {
    const cache = mkdtempSync(join(root, 'cache-'));
    const out = folder(['index.html']);
    writeManifest(cache, manifest(out, { routes: ['index.html'] }));
    expect(startBuild(cache, out)?.routes).toEqual(['index.html']);
    expect(existsSync(manifestPath(cache, out))).toBe(false);
    expect(existsSync(join(out, 'index.html')), 'an incremental build keeps the folder').toBe(true);
  });

  it('empties the folder and Astro\'s incremental manifest without one (first build, or the last one stopped)', () => {
    const cache = mkdtempSync(join(root, 'cache-'));
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    const out = folder(['index.html', 'stray/index.html']);
    expect(startBuild(cache, out)).toBeUndefined();
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'stray'))).toBe(false);
    expect(existsSync(join(cache, 'incremental-build.json')), 'Astro renders every page').toBe(false);
  });

  it('starts over on --force even with a valid manifest', () => {
    const cache = mkdtempSync(join(root, 'cache-'));
    const out = folder(['index.html']);
    writeManifest(cache, manifest(out, {}));
    expect(startBuild(cache, out, true)).toBeUndefined();
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
