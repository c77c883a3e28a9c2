/**
 * A digest of the code that shapes the build's output: every source file under src/lib (tests aside) and the
 * lockfile. The export files of a page are kept from the previous build only when this digest is unchanged too, so a
 * change to a chart builder, a renderer or the embed page template rewrites every export file once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCE = /\.(ts|mjs|js|json|css|woff2?|ttf)$/;
const TEST = /\.test\.ts$/;

export function codeDigest(root = process.cwd()): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (SOURCE.test(e.name) && !TEST.test(e.name)) files.push(p);
    }
  };
  walk(join(root, 'src', 'lib'));
  files.sort();
  const hash = createHash('sha256');
  for (const f of [...files, join(root, 'package-lock.json')]) {
    hash.update(relative(root, f).split(sep).join('/'));
    hash.update('\0');
    try {
      hash.update(readFileSync(f));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}
