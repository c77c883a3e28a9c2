/**
 * Facts about the unit registry that users would notice. The committed data/*.csv files are always checked; the
 * generator is run on the vendored reference/units-2025 and must reproduce the committed files byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readReference } from '../../../scripts/generate-units.ts';
import {
  checkRegistry,
  generateRegistry,
  hyphenVariants,
  nameKey,
  registryFiles,
  slugify,
  toneVariants,
  unitsValidOn,
  windowsOverlap,
  type AliasRow,
  type ChangeRow,
  type UnitRow,
} from './generate-units.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.join(repoRoot, 'data');
// The MIT-licensed reference is vendored in reference/units-2025 (a copy of ../shared/reference/units-2025).
const refDir = path.resolve(repoRoot, 'reference', 'units-2025');

function readData<T>(file: string): T[] {
  const text = readFileSync(path.join(dataDir, file), 'utf8').replace(/^\uFEFF/u, '');
  const res = Papa.parse<T>(text, { header: true, skipEmptyLines: true });
  expect(res.errors).toEqual([]);
  return res.data;
}

const units = readData<UnitRow>('units.csv');
const aliases = readData<AliasRow>('unit-aliases.csv');
const changes = readData<ChangeRow>('unit-changes.csv');
const byId = new Map(units.map((u) => [u.id, u]));
const provinces = units.filter((u) => u.level === 'province');

describe('data/units.csv', () => {
  it('has unique, well-formed ids and known parents', () => {
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    for (const u of units) {
      expect(u.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      if (u.parent) expect(byId.has(u.parent), `${u.id} → ${u.parent}`).toBe(true);
    }
    expect(byId.get('vn')).toMatchObject({ level: 'nation', name: 'Việt Nam', name_en: 'Viet Nam' });
  });

  it('has 63 provinces on 2025-06-30, 63 on 2024-12-31 and 34 on 2025-07-01', () => {
    expect(unitsValidOn(provinces, '2025-06-30')).toHaveLength(63);
    expect(unitsValidOn(provinces, '2024-12-31')).toHaveLength(63);
    expect(unitsValidOn(provinces, '2025-07-01')).toHaveLength(34);
    // The 11 provinces unchanged on 2025-07-01 are one unit each, open after it (Huế starts on 2025-01-01).
    const unchanged = provinces.filter((u) => u.valid_to === '' && (u.valid_from === '' || u.valid_from < '2025-07-01'));
    expect(unchanged).toHaveLength(11);
    expect(byId.get('ha-noi')).toMatchObject({ gso_code: '01', valid_from: '', valid_to: '' });
  });

  it('has the 3,321 communes of 2025-07-01, each under a post-2025 province, with 5-digit codes', () => {
    const communes = units.filter((u) => u.level === 'commune');
    expect(communes).toHaveLength(3321);
    for (const c of communes) {
      expect(c.gso_code).toMatch(/^\d{5}$/u);
      expect(c.valid_from).toBe('2025-07-01');
      const p = byId.get(c.parent);
      expect(p?.level).toBe('province');
      expect(unitsValidOn([p!], '2025-07-01')).toHaveLength(1);
    }
    expect(byId.get('ha-noi-ba-dinh')).toMatchObject({ name: 'Phường Ba Đình', gso_code: '00004', parent: 'ha-noi' });
  });

  it('gives code 82 to Tiền Giang before 2025-07-01 and to the new Đồng Tháp after', () => {
    const code82 = (date: string) => unitsValidOn(provinces, date).filter((u) => u.gso_code === '82');
    expect(code82('2025-06-30').map((u) => u.id)).toEqual(['tien-giang']);
    expect(code82('2025-07-01').map((u) => u.id)).toEqual(['dong-thap-2025']);
    expect(byId.get('dong-thap')).toMatchObject({ gso_code: '87', valid_to: '2025-06-30' });
    expect(byId.get('dong-thap-2025')).toMatchObject({ name: 'Tỉnh Đồng Tháp', valid_from: '2025-07-01' });
  });

  it('never has one gso_code on two units valid at the same time', () => {
    const byCode = new Map<string, UnitRow[]>();
    for (const u of units) if (u.gso_code) byCode.set(u.gso_code, [...(byCode.get(u.gso_code) ?? []), u]);
    for (const [code, list] of byCode) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          expect(windowsOverlap(list[i]!, list[j]!), `${code}: ${list[i]!.id} / ${list[j]!.id}`).toBe(false);
        }
      }
    }
  });

  it('models Thừa Thiên Huế → Thành phố Huế on 2025-01-01, not merged on 2025-07-01', () => {
    expect(byId.get('thua-thien-hue')).toMatchObject({ gso_code: '46', valid_to: '2024-12-31' });
    expect(byId.get('hue')).toMatchObject({ gso_code: '46', valid_from: '2025-01-01', valid_to: '' });
    expect(changes.filter((c) => c.from === 'thua-thien-hue')).toEqual([
      expect.objectContaining({ date: '2025-01-01', to: 'hue', kind: 'rename' }),
    ]);
    expect(changes.filter((c) => c.from === 'hue' || c.to === 'hue').map((c) => c.kind)).toEqual(['rename']);
  });

  it('keeps the districts named in the seeds, ended on 2025-06-30', () => {
    const districts = units.filter((u) => u.level === 'district');
    expect(districts.filter((d) => d.parent === 'ha-noi')).toHaveLength(20);
    expect(byId.get('dong-thap-thanh-pho-sa-dec')).toMatchObject({ parent: 'dong-thap', valid_to: '2025-06-30' });
    expect(byId.get('dong-thap-huyen-chau-thanh')).toMatchObject({ parent: 'dong-thap', valid_to: '2025-06-30' });
    for (const d of districts) expect(d.valid_to).toBe('2025-06-30');
  });
});

describe('the project\'s additions (reference/*-extra.csv)', () => {
  it('has Hà Tây until 2008-07-31, merged into Hà Nội on 2008-08-01 with a cited source', () => {
    expect(byId.get('ha-tay')).toMatchObject({ level: 'province', parent: 'vn', valid_to: '2008-07-31' });
    expect(changes.filter((c) => c.from === 'ha-tay')).toEqual([
      expect.objectContaining({ date: '2008-08-01', to: 'ha-noi', kind: 'merge', source: 'baomoi-2008-mo-rong-ha-noi' }),
    ]);
  });

  it('has the 22 ministries and ministry-level agencies of coord/IDS.md, the merged ones ending on 2025-02-28', () => {
    const agencies = units.filter((u) => u.level === 'agency' && u.parent === 'vn');
    expect(unitsValidOn(agencies, '2025-02-28')).toHaveLength(22);
    expect(unitsValidOn(agencies, '2025-03-01')).toHaveLength(17); // 14 ministries and 3 ministry-level agencies
    const merged = changes.filter((c) => c.date === '2025-03-01').map((c) => `${c.from}→${c.to}`).sort();
    expect(merged).toContain('bo-ke-hoach-va-dau-tu→bo-tai-chinh');
    expect(merged).toContain('bo-tai-nguyen-va-moi-truong→bo-nong-nghiep-va-moi-truong');
    expect(merged).toHaveLength(7);
  });

  it('has the national average and the six socio-economic regions as aggregates', () => {
    const aggregates = units.filter((u) => u.level === 'aggregate' && u.parent === 'vn').map((u) => u.id);
    expect(aggregates).toContain('vn-trung-binh');
    expect(aggregates.filter((id) => id.startsWith('vung-'))).toHaveLength(6);
  });

  it('resolves the abbreviations and unmarked names of the PCI and PAPI tables', () => {
    const aliasOf = (a: string) => aliases.filter((x) => nameKey(x.alias) === nameKey(a)).map((x) => x.unit).sort();
    expect(aliasOf('BRVT')).toEqual(['ba-ria-vung-tau']);
    expect(aliasOf('TT-Hue')).toEqual(['thua-thien-hue']);
    expect(aliasOf('Daklak')).toEqual(['dak-lak']);
    expect(aliasOf('HCMC')).toEqual(['ho-chi-minh', 'ho-chi-minh-2025']);
    expect(aliasOf('Quang Ninh')).toEqual(['quang-ninh']);
    expect(aliasOf('Ha Tay')).toEqual(['ha-tay']);
  });
});

describe('data/unit-changes.csv', () => {
  it('gives every province that ended exactly one outgoing edge, into a unit that exists the next day', () => {
    const ended = provinces.filter((u) => u.valid_to !== '');
    expect(ended).toHaveLength(54); // 52 merged on 2025-07-01 + Thừa Thiên Huế + Hà Tây (2008)
    for (const p of ended) {
      const out = changes.filter((c) => c.from === p.id);
      expect(out, p.id).toHaveLength(1);
      expect(out[0]!.date > p.valid_to).toBe(true);
      expect(unitsValidOn([byId.get(out[0]!.to)!], out[0]!.date)).toHaveLength(1);
    }
    for (const p of provinces.filter((u) => u.valid_to === '')) {
      expect(changes.filter((c) => c.from === p.id), p.id).toEqual([]);
    }
  });

  it('sends Tiền Giang and the old Đồng Tháp into the new Đồng Tháp', () => {
    const into = changes.filter((c) => c.to === 'dong-thap-2025').map((c) => c.from).sort();
    expect(into).toEqual(['dong-thap', 'tien-giang']);
    expect(changes.filter((c) => c.to === 'ho-chi-minh-2025').map((c) => c.from).sort()).toEqual([
      'ba-ria-vung-tau',
      'binh-duong',
      'ho-chi-minh',
    ]);
  });
});

describe('data/unit-aliases.csv', () => {
  it('has no alias that resolves to two units at any date', () => {
    const resolves = new Map<string, Set<string>>();
    const add = (k: string, id: string) => resolves.set(k, (resolves.get(k) ?? new Set()).add(id));
    for (const u of units) add(nameKey(u.name), u.id);
    for (const a of aliases) {
      expect(byId.has(a.unit), a.unit).toBe(true);
      add(nameKey(a.alias), a.unit);
    }
    for (const a of aliases) {
      const u = byId.get(a.unit)!;
      expect(nameKey(a.alias)).not.toBe(nameKey(u.name));
      const clash = [...resolves.get(nameKey(a.alias))!].filter((id) => id !== a.unit && windowsOverlap(u, byId.get(id)!));
      expect(clash, `"${a.alias}" (${a.unit})`).toEqual([]);
    }
    expect(checkRegistry({ units, aliases, changes })).toEqual([]);
  });

  it('resolves the common spellings', () => {
    const to = (alias: string) => aliases.filter((a) => nameKey(a.alias) === nameKey(alias)).map((a) => a.unit).sort();
    expect(to('TP.HCM')).toEqual(['ho-chi-minh', 'ho-chi-minh-2025']);
    expect(to('tphcm')).toEqual(['ho-chi-minh', 'ho-chi-minh-2025']);
    expect(to('HCM City')).toEqual(['ho-chi-minh', 'ho-chi-minh-2025']);
    expect(to('Thừa Thiên - Huế')).toEqual(['thua-thien-hue']);
    expect(to('Thừa Thiên Huế')).toEqual(['thua-thien-hue']);
    expect(to('Huế')).toEqual(['hue']);
    expect(to('Tỉnh Hòa Bình')).toEqual(['hoa-binh']);
    expect(to('Khánh Hoà')).toEqual(['khanh-hoa', 'khanh-hoa-2025']);
    expect(to('Sa Đéc')).toEqual(['dong-thap-thanh-pho-sa-dec']);
    expect(to('Tiền Giang')).toEqual(['tien-giang']);
  });
});

describe('name helpers', () => {
  it('slugifies Vietnamese names', () => {
    expect(slugify('Đồng Tháp')).toBe('dong-thap');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify("Ea H'Leo")).toBe('ea-h-leo');
  });

  it('swaps only word-final oa/oe/uy tone placement', () => {
    expect(toneVariants('Hoà Bình')).toEqual(['Hòa Bình']);
    expect(toneVariants('Thanh Hóa')).toEqual(['Thanh Hoá']);
    expect(toneVariants('Thủy Nguyên')).toEqual(['Thuỷ Nguyên']);
    expect(toneVariants('Hoàng Mai')).toEqual([]);
    expect(toneVariants('Quý Lộc')).toEqual([]);
    expect(hyphenVariants('Bà Rịa - Vũng Tàu')).toEqual(['Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu']);
  });
});

describe('generator (with reference/units-2025)', () => {
  const reg = generateRegistry(readReference(refDir));

  it('produces a consistent registry', () => {
    expect(checkRegistry(reg)).toEqual([]);
  });

  it('is deterministic and matches the committed files byte for byte', () => {
    const again = registryFiles(generateRegistry(readReference(refDir)));
    const files = registryFiles(reg);
    expect(again).toEqual(files);
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(path.join(dataDir, name), 'utf8'), `${name} is stale: run npm run generate-units`).toBe(text);
    }
  });
});
