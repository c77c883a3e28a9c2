/**
 * The national unit list of the synthetic dataset, read from ../shared/reference/units-2025/: the nation, the 63
 * provinces before 2025-07-01, the 34 from that day, and the 3,321 communes of merges.json (parent: the new province).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { slug } from '../text/slug.ts';

export type BenchLevel = 'nation' | 'province' | 'commune';

export interface BenchUnit {
  id: string;
  name: string;
  level: BenchLevel;
  parent: string;
  gso_code: string;
  valid_from: string;
  valid_to: string;
  /** The new province whose folder holds this unit's files (communes), or its own id (provinces, nation). */
  folder: string;
}

export interface BenchUnits {
  nation: BenchUnit;
  /** The 63 provinces that ended on 2025-06-30. */
  old: BenchUnit[];
  /** The 34 provinces from 2025-07-01, each with its communes (already reduced by `scale`). */
  fresh: { unit: BenchUnit; communes: BenchUnit[] }[];
  /** Communes in the reference, before scaling. */
  communesInReference: number;
}

export const MERGE_DAY = '2025-07-01';
export const LAST_DAY_BEFORE = '2025-06-30';

export { slug };

const provinceSlug = (name: string) => slug(name.replace(/^(Tỉnh|Thành phố)\s+/u, ''));

interface MergesJson {
  data: { level1_id: string; name: string; level2s: { level2_id: string; name: string }[] }[];
}

/**
 * Read the reference folder. `scale` (0 < scale ≤ 1) keeps that fraction of each new province's communes (at least
 * one), always the first ones in reference order, so a quick run is a prefix of the full one.
 */
export function readBenchUnits(refDir: string, scale: number): BenchUnits {
  const merges = JSON.parse(readFileSync(join(refDir, 'merges.json'), 'utf8')) as MergesJson;
  const oldCsv = readFileSync(join(refDir, 'provinces_2025_old63_to_new34.csv'), 'utf8');
  const oldRows = Papa.parse<Record<string, string>>(oldCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  const nation: BenchUnit = { id: 'vn', name: 'Việt Nam', level: 'nation', parent: '', gso_code: '', valid_from: '', valid_to: '', folder: 'vn' };
  const old: BenchUnit[] = oldRows.map((r) => {
    const id = provinceSlug(r.old_name!);
    return { id, name: r.old_name!, level: 'province', parent: 'vn', gso_code: r.old_code!, valid_from: '', valid_to: LAST_DAY_BEFORE, folder: id };
  });
  if (old.length !== 63) throw new Error(`expected 63 old provinces in provinces_2025_old63_to_new34.csv, found ${old.length}`);

  let communesInReference = 0;
  const fresh = merges.data.map((p) => {
    const id = `${provinceSlug(p.name)}-2025`;
    const unit: BenchUnit = { id, name: p.name, level: 'province', parent: 'vn', gso_code: p.level1_id, valid_from: MERGE_DAY, valid_to: '', folder: id };
    communesInReference += p.level2s.length;
    const keep = Math.max(1, Math.round(p.level2s.length * scale));
    // Communes get an open window: the benchmark gives them 60 months of figures (see generate.ts).
    const communes = p.level2s.slice(0, keep).map(
      (c): BenchUnit => ({ id: `${slug(c.name)}-${c.level2_id}`, name: c.name, level: 'commune', parent: id, gso_code: c.level2_id, valid_from: '', valid_to: '', folder: id }),
    );
    return { unit, communes };
  });
  if (fresh.length !== 34) throw new Error(`expected 34 new provinces in merges.json, found ${fresh.length}`);

  const ids = new Set<string>();
  for (const u of [nation, ...old, ...fresh.flatMap((f) => [f.unit, ...f.communes])]) {
    if (ids.has(u.id)) throw new Error(`duplicate synthetic unit id ${u.id}`);
    ids.add(u.id);
  }
  return { nation, old, fresh, communesInReference };
}
