/**
 * Writes data/units.csv, data/unit-aliases.csv and data/unit-changes.csv from the reference registry.
 *
 *   node --experimental-strip-types scripts/generate-units.ts [--ref DIR] [--out DIR]
 *
 * --ref defaults to reference/units-2025 (the vendored copy of ../shared/reference/units-2025); --out to data/;
 * --extra to reference/, which holds the project's own units-extra.csv, aliases-extra.csv and changes-extra.csv
 * (Hà Tây, ministries, regions, the national average: units the 2025 reference does not know).
 * The reference is derived from github.com/dvhcvn/20250701 (MIT, Copyright (c) 2025 dvhcvn); the notice travels
 * with the data as the `ref-dvhcvn-20250701` row of data/sources.csv.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import {
  checkRegistry,
  generateRegistry,
  registryFiles,
  type AliasRow,
  type ChangeRow,
  type ExtraData,
  type ReferenceData,
  type RefCode915,
  type RefMergesJson,
  type RefNewProvince,
  type RefOldProvince,
  type UnitRow,
} from '../src/lib/registry/generate-units.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`${name} needs a value`);
    process.exit(2);
  }
  return v;
}

function readCsv<T>(file: string): T[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  const res = Papa.parse<T>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  if (res.errors.length > 0) {
    throw new Error(`${file}: ${res.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  }
  return res.data;
}

/** The project's own additions: units-extra.csv, aliases-extra.csv and changes-extra.csv in `dir`. */
export function readExtra(dir: string): ExtraData {
  return {
    units: readCsv<UnitRow>(path.join(dir, 'units-extra.csv')),
    aliases: readCsv<AliasRow>(path.join(dir, 'aliases-extra.csv')),
    changes: readCsv<ChangeRow>(path.join(dir, 'changes-extra.csv')),
  };
}

/** The 2025 reference in `dir`, with the project's additions from `extraDir` (reference/ beside it by default). */
export function readReference(dir: string, extraDir: string = path.dirname(path.resolve(dir))): ReferenceData {
  return {
    old63: readCsv<RefOldProvince>(path.join(dir, 'provinces_2025_old63_to_new34.csv')),
    new34: readCsv<RefNewProvince>(path.join(dir, 'provinces_2025_new34.csv')),
    codes915: readCsv<RefCode915>(path.join(dir, '915_CTK-CSCL.csv')),
    merges: JSON.parse(readFileSync(path.join(dir, 'merges.json'), 'utf8')) as RefMergesJson,
    extra: readExtra(extraDir),
  };
}

function main(): void {
  const refDir = path.resolve(argValue('--ref') ?? path.join(repoRoot, 'reference', 'units-2025'));
  const extraDir = path.resolve(argValue('--extra') ?? path.join(repoRoot, 'reference'));
  const outDir = path.resolve(argValue('--out') ?? path.join(repoRoot, 'data'));

  let ref: ReferenceData;
  try {
    ref = readReference(refDir, extraDir);
  } catch (e) {
    console.error(`Cannot read the reference in ${refDir}: ${(e as Error).message}`);
    process.exit(2);
  }

  const reg = generateRegistry(ref);
  const problems = checkRegistry(reg);
  if (problems.length > 0) {
    for (const p of problems) console.error(`problem: ${p}`);
    process.exit(1);
  }

  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(registryFiles(reg))) writeFileSync(path.join(outDir, name), text, 'utf8');

  const count = (level: string): number => reg.units.filter((u) => u.level === level).length;
  console.log(
    `units.csv: ${reg.units.length} units (${count('province')} provinces, ${count('district')} districts, ` +
      `${count('commune')} communes); unit-aliases.csv: ${reg.aliases.length}; unit-changes.csv: ${reg.changes.length}`,
  );
  if (reg.dropped.length > 0) {
    console.log(`${reg.dropped.length} generated alias candidates left out as ambiguous, e.g.:`);
    for (const d of reg.dropped.slice(0, 5)) console.log(`  "${d.alias}" (${d.unit}; also ${d.conflictsWith.join(', ')})`);
  }
}

// Run only as a script (tests import readReference without writing anything).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
