/**
 * Imports published data files into contract CSVs under the data folder.
 *
 *   npm run import -- indices [--raw DIR] [--data DIR]
 *
 * indices: PCI 2005–2019 and PAPI 2011–2019 from the publishers' workbooks in --raw (default
 * ../shared/reference/indices/raw, relative to the repository) into DIR/observations/indices/*.csv and the import's
 * own rows of DIR/sources.csv (--data, default data/). Prints what it wrote and every row or sheet it skipped, with
 * the reason. An unknown name or layout stops it with the file, sheet and cell. The logic is in src/lib/import/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFolder } from '../src/lib/dataset/load.ts';
import { ImportError } from '../src/lib/import/figures.ts';
import { DEFAULT_RAW_DIR, importIndices } from '../src/lib/import/indices.ts';
import { mergeSources, ownedSourceLines } from '../src/lib/import/writer.ts';
import { importManifest, manifestText, MANIFEST_FILE } from '../src/lib/import/manifest.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const what = process.argv[2];
if (what !== 'indices') {
  console.error('Usage: npm run import -- indices [--raw DIR] [--data DIR]');
  process.exit(2);
}
const rawDir = path.resolve(repoRoot, argValue('--raw') ?? DEFAULT_RAW_DIR);
const dataDir = path.resolve(repoRoot, argValue('--data') ?? 'data');

try {
  const result = importIndices(rawDir, loadDataFolder(dataDir).dataset);
  for (const [file, text] of result.files) {
    mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    writeFileSync(path.join(dataDir, file), text, 'utf8');
    console.log(`${file}: ${result.counts.get(file)} figures`);
  }
  const sourcesFile = path.join(dataDir, 'sources.csv');
  const sources = mergeSources(readFileSync(sourcesFile, 'utf8'), result.sources);
  writeFileSync(sourcesFile, sources, 'utf8');
  console.log(`sources.csv: ${result.sources.length} sources (one per publication)`);
  // Digests of what was read and written, so a checkout without the workbooks can still check the CSVs.
  writeFileSync(path.join(repoRoot, MANIFEST_FILE), manifestText(importManifest(rawDir, result.files, ownedSourceLines(sources))), 'utf8');
  console.log(`${MANIFEST_FILE}: digests of the ${result.files.size} files`);
  console.log(`\nSkipped (not imported), with the reason:`);
  for (const s of result.skipped) console.log(`  ${s.where}  ${s.what}: ${s.reason}`);
} catch (e) {
  if (e instanceof ImportError) {
    console.error(`Import stopped: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
