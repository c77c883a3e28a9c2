/**
 * Unit registry generator (pure logic): turns the reference data in
 * shared/reference/units-2025 (derived from github.com/dvhcvn/20250701, MIT, Copyright (c) 2025 dvhcvn)
 * into the rows of data/units.csv, data/unit-aliases.csv and data/unit-changes.csv (data contract v1).
 *
 * Rules (see DATA-CONTRACT.md, "Units"):
 * - A unit id is the project's own identifier and never an official code: codes were reused on 2025-07-01.
 * - The 11 provinces that were unchanged on 2025-07-01 (same body, name and code) are one unit with an open window.
 * - Every other old province ends on 2025-06-30, and each new province is a NEW unit (id suffix `-2025`) from
 *   2025-07-01, even when it keeps a constituent's name and code.
 * - Thừa Thiên Huế became Thành phố Huế on 2025-01-01 (code 46 kept): two units and a `rename` edge.
 * - Aliases never resolve to two units valid at the same time; generated candidates that would are dropped.
 *
 * No I/O here: scripts/generate-units.ts reads the files and writes the CSVs.
 */
import Papa from 'papaparse';
import { slug } from '../text/slug.ts';

// ---------------------------------------------------------------------------------------------------------------
// Types

/** A row of provinces_2025_old63_to_new34.csv. */
export interface RefOldProvince {
  old_code: string;
  old_name: string;
  new_code: string;
  new_name: string;
  merge_type: string;
  code_kept: string;
  new_unit_status: string;
}

/** A row of provinces_2025_new34.csv. */
export interface RefNewProvince {
  new_code: string;
  new_name: string;
  new_type: string;
  status: string;
  n_old_units: string;
  old_codes: string;
  old_names: string;
}

/** A row of 915_CTK-CSCL.csv (header `Stt,Mã số,Tên 34 tỉnh sau sáp nhập`). */
export interface RefCode915 {
  Stt: string;
  'Mã số': string;
  'Tên 34 tỉnh sau sáp nhập': string;
}

export interface RefMergePart {
  old_id: string;
  name: string;
  type: string;
}

export interface RefLevel2 {
  level2_id: string;
  name: string;
  merges: RefMergePart[];
}

export interface RefLevel1 {
  level1_id: string;
  name: string;
  merges: RefMergePart[];
  level2s: RefLevel2[];
}

export interface RefMergesJson {
  data: RefLevel1[];
  stats?: { level1_count?: number; level2_count?: number };
}

export interface ReferenceData {
  old63: RefOldProvince[];
  new34: RefNewProvince[];
  codes915: RefCode915[];
  merges: RefMergesJson;
  /** The project's own additions (reference/units-extra.csv, aliases-extra.csv, changes-extra.csv). */
  extra?: ExtraData;
}

/**
 * Units the 2025 reference does not hold (Hà Tây, ministries, regions, the national average), their aliases and
 * lineage, kept in project-owned reference files so the registry stays generated, never edited by hand.
 */
export interface ExtraData {
  units: UnitRow[];
  aliases: AliasRow[];
  changes: ChangeRow[];
}

export type UnitLevel = 'nation' | 'province' | 'district' | 'commune' | 'agency' | 'centre' | 'aggregate';

export interface UnitRow {
  id: string;
  name: string;
  level: UnitLevel;
  parent: string;
  gso_code: string;
  valid_from: string;
  valid_to: string;
  name_en: string;
  x_note: string;
}

export interface AliasRow {
  alias: string;
  unit: string;
  note: string;
}

export interface ChangeRow {
  date: string;
  from: string;
  to: string;
  kind: 'merge' | 'split' | 'rename' | 'transfer';
  share: string;
  source: string;
  note: string;
}

export interface DroppedAlias {
  alias: string;
  unit: string;
  /** The other units the alias would also resolve to during an overlapping window. */
  conflictsWith: string[];
}

export interface Registry {
  units: UnitRow[];
  aliases: AliasRow[];
  changes: ChangeRow[];
  /** Generated alias candidates left out because they would be ambiguous. */
  dropped: DroppedAlias[];
}

export const UNIT_COLUMNS = [
  'id',
  'name',
  'level',
  'parent',
  'gso_code',
  'valid_from',
  'valid_to',
  'name_en',
  'x_note',
] as const;
export const ALIAS_COLUMNS = ['alias', 'unit', 'note'] as const;
export const CHANGE_COLUMNS = ['date', 'from', 'to', 'kind', 'share', 'source', 'note'] as const;

/** The sources.csv id of the reference registry. */
export const REFERENCE_SOURCE_ID = 'ref-dvhcvn-20250701';
export const MERGE_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_MERGE = '2025-06-30';
export const NEW_UNIT_SUFFIX = '-2025';

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

/** Names are compared after NFC, case-folding and whitespace collapsing (data contract v1). */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Lowercase ASCII slug (one definition for the project: src/lib/text/slug.ts). */
export const slugify = slug;

/** ASCII transliteration that keeps letter case (for English names). */
export function asciiName(s: string): string {
  return s
    .normalize('NFC')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

const PROVINCE_PREFIXES = ['Thành phố', 'Tỉnh'] as const;
export type ProvincePrefix = (typeof PROVINCE_PREFIXES)[number] | '';

/** "Tỉnh Đồng Tháp" → { prefix: "Tỉnh", base: "Đồng Tháp" }. Names without a prefix come back whole. */
export function splitProvinceName(name: string): { prefix: ProvincePrefix; base: string } {
  const n = name.normalize('NFC').trim();
  for (const p of PROVINCE_PREFIXES) {
    if (n.startsWith(p + ' ')) return { prefix: p, base: n.slice(p.length + 1).trim() };
  }
  return { prefix: '', base: n };
}

const COMMUNE_TYPES = [
  { vi: 'Đặc khu', en: 'Special Zone' },
  { vi: 'Phường', en: 'Ward' },
  { vi: 'Xã', en: 'Commune' },
] as const;

/** "Phường Ba Đình" → { type: "Phường", en: "Ward", base: "Ba Đình" }. */
export function splitCommuneName(name: string): { type: string; en: string; base: string } {
  const n = name.normalize('NFC').trim();
  for (const t of COMMUNE_TYPES) {
    if (n.startsWith(t.vi + ' ')) return { type: t.vi, en: t.en, base: n.slice(t.vi.length + 1).trim() };
  }
  throw new Error(`Commune name without a known type prefix (Xã/Phường/Đặc khu): "${name}"`);
}

/**
 * Old-style vs new-style tone placement in the open syllables oa, oe, uy ("Hoà"/"Hòa", "Thuỷ"/"Thủy").
 * Only a word-final cluster varies (Hoàng, Quỳnh have a final consonant and never vary) and `qu` + y never varies
 * (Quý). Pairs are [old style, new style].
 */
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function replaceClusters(s: string, style: 'old' | 'new'): string {
  let out = s.normalize('NFC');
  for (const [oldForm, newForm] of TONE_PAIRS) {
    const from = style === 'old' ? newForm : oldForm;
    const to = style === 'old' ? oldForm : newForm;
    for (const [f, t] of [
      [from, to],
      [capitalise(from), capitalise(to)],
    ] as const) {
      // Preceded by anything but q/Q, followed by a non-letter or the end.
      const re = new RegExp(`(?<![qQ])${f}(?![\\p{L}\\p{M}])`, 'gu');
      out = out.replace(re, t);
    }
  }
  return out;
}

/** The old-style and new-style spellings of a name (deduplicated; may contain the name itself). */
export function toneVariants(s: string): string[] {
  const n = s.normalize('NFC');
  return [...new Set([replaceClusters(n, 'old'), replaceClusters(n, 'new')])].filter((v) => v !== n);
}

/** "Bà Rịa - Vũng Tàu" → ["Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu"]. */
export function hyphenVariants(s: string): string[] {
  if (!/\s-\s/u.test(s)) return [];
  return [s.replace(/\s+-\s+/gu, '-'), s.replace(/\s+-\s+/gu, ' ')];
}

/** "Thành phố X" abbreviations: TP. X, TP X, TP.X (Tp./tp. are the same after case-folding). */
function cityAbbreviations(base: string): string[] {
  return [`TP. ${base}`, `TP ${base}`, `TP.${base}`];
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-listed data (not in the reference)

/** Renames of provinces before 2025-07-01 that the reference (a 2025-06-30 snapshot) no longer shows. */
interface EarlierProvinceRename {
  /** The unit that ended. */
  id: string;
  name: string;
  name_en: string;
  gso_code: string;
  valid_to: string;
  /** The unit of the reference (old63) that it became, by code. */
  becameCode: string;
  date: string;
  note: string;
  aliases: Array<{ alias: string; note: string }>;
}

const EARLIER_PROVINCE_RENAMES: EarlierProvinceRename[] = [
  {
    id: 'thua-thien-hue',
    name: 'Tỉnh Thừa Thiên Huế',
    name_en: 'Thua Thien Hue Province',
    gso_code: '46',
    valid_to: '2024-12-31',
    becameCode: '46',
    date: '2025-01-01',
    note:
      'Tỉnh Thừa Thiên Huế trở thành Thành phố Huế (thành phố trực thuộc trung ương) từ 2025-01-01, giữ mã 46; ' +
      'không sáp nhập với tỉnh nào ngày 2025-07-01 (merges.json: unchanged).',
    aliases: [
      { alias: 'Thừa Thiên - Huế', note: 'cách viết có gạch nối' },
      { alias: 'Tỉnh Thừa Thiên - Huế', note: 'cách viết có gạch nối' },
      { alias: 'Thừa Thiên-Huế', note: 'cách viết có gạch nối' },
    ],
  },
];

/** Provinces of the reference that start with one of the renames above (by code): valid_from and a note. */
const PROVINCE_VALID_FROM: Record<string, string> = Object.fromEntries(
  EARLIER_PROVINCE_RENAMES.map((r) => [r.becameCode, r.date]),
);
const RENAMED_FROM_NOTE: Record<string, string> = Object.fromEntries(
  EARLIER_PROVINCE_RENAMES.map((r) => [r.becameCode, `Mang tên này từ ${r.date} (trước đó: ${r.name}; xem unit-changes.csv). `]),
);

/** Extra aliases by province base-name slug; applied to every unit of that name (old and new). */
const PROVINCE_EXTRA_ALIASES: Record<string, Array<{ alias: string; note: string }>> = {
  'ho-chi-minh': [
    { alias: 'TP.HCM', note: 'viết tắt' },
    { alias: 'TP. HCM', note: 'viết tắt' },
    { alias: 'TP HCM', note: 'viết tắt' },
    { alias: 'TPHCM', note: 'viết tắt' },
    { alias: 'HCM', note: 'viết tắt' },
    { alias: 'HCMC', note: 'English abbreviation' },
    { alias: 'HCM City', note: 'English name (HCM CityWeb)' },
    { alias: 'Ho Chi Minh City', note: 'English name' },
    { alias: 'Thành phố Hồ Chí Minh', note: 'tên đầy đủ' },
  ],
  'ha-noi': [
    { alias: 'Hanoi', note: 'English name' },
    { alias: 'Ha Noi', note: 'không dấu' },
    { alias: 'Thủ đô Hà Nội', note: 'cách gọi thường dùng' },
  ],
  'hue': [{ alias: 'Hue City', note: 'English name' }],
  'thua-thien-hue': [{ alias: 'Thua Thien Hue', note: 'không dấu' }],
  'dak-lak': [
    { alias: 'Đăk Lăk', note: 'cách viết khác' },
    { alias: 'Tỉnh Đăk Lăk', note: 'cách viết khác' },
  ],
  'dak-nong': [
    { alias: 'Đăk Nông', note: 'cách viết khác' },
    { alias: 'Tỉnh Đăk Nông', note: 'cách viết khác' },
  ],
  'bac-kan': [
    { alias: 'Bắc Cạn', note: 'cách viết khác' },
    { alias: 'Tỉnh Bắc Cạn', note: 'cách viết khác' },
  ],
};

export const NATION: UnitRow = {
  id: 'vn',
  name: 'Việt Nam',
  level: 'nation',
  parent: '',
  gso_code: '',
  valid_from: '',
  valid_to: '',
  name_en: 'Viet Nam',
  x_note: '',
};

const NATION_ALIASES: Array<{ alias: string; note: string }> = [
  { alias: 'Viet Nam', note: 'không dấu / English' },
  { alias: 'Vietnam', note: 'English' },
  { alias: 'Cả nước', note: 'số liệu toàn quốc' },
  { alias: 'Toàn quốc', note: 'số liệu toàn quốc' },
];

type DistrictType = 'Quận' | 'Huyện' | 'Thị xã' | 'Thành phố';
const DISTRICT_TYPE_EN: Record<DistrictType, string> = {
  'Quận': 'District',
  'Huyện': 'District',
  'Thị xã': 'Town',
  'Thành phố': 'City',
};

interface HandDistrict {
  /** Province base-name slug used as the id prefix. */
  province: string;
  /** Parent unit id (a pre-2025 province). */
  parent: string;
  type: DistrictType;
  base: string;
  gso_code: string;
  /** Add the bare name as an alias (only where it is distinctive). */
  bareAlias: boolean;
  note: string;
}

const SEED_004 = 'Nêu trong seed 004 (Hà Nội, TB 495/TB-VP, 27/10/2023).';
const GSO_NOTE = 'Mã cấp huyện theo danh mục ĐVHC của TCTK (trước 2025-07-01).';
const ABOLISHED = 'Cấp huyện chấm dứt hoạt động từ 2025-07-01.';

function hanoi(type: DistrictType, base: string, gso_code: string): HandDistrict {
  return {
    province: 'ha-noi',
    parent: 'ha-noi',
    type,
    base,
    gso_code,
    bareAlias: true,
    note: `${SEED_004} ${GSO_NOTE} ${ABOLISHED}`,
  };
}

/**
 * Districts named in the seed articles. Not from the reference: listed by hand, with the GSO district codes
 * (3 digits) of the pre-2025 list. valid_from is left open (the body existed before any figure we hold).
 */
export const HAND_DISTRICTS: HandDistrict[] = [
  {
    province: 'dong-thap',
    parent: 'dong-thap',
    type: 'Thành phố',
    base: 'Sa Đéc',
    gso_code: '867',
    bareAlias: true,
    note: `Nêu trong seed 001 (UBND thành phố Sa Đéc, 6 tháng đầu năm 2022). ${GSO_NOTE} ${ABOLISHED}`,
  },
  {
    province: 'dong-thap',
    parent: 'dong-thap',
    type: 'Huyện',
    base: 'Châu Thành',
    gso_code: '877',
    // Many provinces had a Huyện Châu Thành: the bare name would become ambiguous as the registry grows.
    bareAlias: false,
    note:
      `Nêu trong seed 002 (TB 49/TB-VPUBND, 06/8/2020; xã An Nhơn, An Phú Thuận). ${GSO_NOTE} ${ABOLISHED} ` +
      'Nhiều tỉnh có huyện Châu Thành: dùng id, không dùng tên trần.',
  },
  // Bare "Sơn Tây" and "Hoàng Mai" are left out: Quảng Ngãi had a Huyện Sơn Tây and Nghệ An a Thị xã Hoàng Mai.
  { ...hanoi('Thị xã', 'Sơn Tây', '269'), bareAlias: false },
  hanoi('Quận', 'Tây Hồ', '003'),
  { ...hanoi('Quận', 'Hoàng Mai', '008'), bareAlias: false },
  hanoi('Huyện', 'Đan Phượng', '273'),
  hanoi('Huyện', 'Hoài Đức', '274'),
  hanoi('Huyện', 'Gia Lâm', '018'),
  hanoi('Quận', 'Long Biên', '004'),
  hanoi('Quận', 'Đống Đa', '006'),
  hanoi('Huyện', 'Đông Anh', '017'),
  hanoi('Huyện', 'Sóc Sơn', '016'),
  hanoi('Huyện', 'Mê Linh', '250'),
  hanoi('Quận', 'Cầu Giấy', '005'),
  hanoi('Quận', 'Hà Đông', '268'),
  hanoi('Huyện', 'Quốc Oai', '275'),
  hanoi('Huyện', 'Mỹ Đức', '282'),
  hanoi('Huyện', 'Chương Mỹ', '277'),
  hanoi('Huyện', 'Thạch Thất', '276'),
  hanoi('Huyện', 'Thường Tín', '279'),
  hanoi('Quận', 'Thanh Xuân', '009'),
  hanoi('Huyện', 'Thanh Trì', '020'),
];

export function handDistrictId(d: HandDistrict): string {
  return `${d.province}-${slugify(d.type)}-${slugify(d.base)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

function provinceNameEn(name: string): string {
  const { prefix, base } = splitProvinceName(name);
  return `${asciiName(base)} ${prefix === 'Thành phố' ? 'City' : 'Province'}`;
}

function unit(partial: Partial<UnitRow> & Pick<UnitRow, 'id' | 'name' | 'level'>): UnitRow {
  return {
    parent: '',
    gso_code: '',
    valid_from: '',
    valid_to: '',
    name_en: '',
    x_note: '',
    ...partial,
  };
}

function fail(message: string): never {
  throw new Error(`generate-units: ${message}`);
}

/** Check that the three derived province files and merges.json agree; throws on any difference. */
function crossCheckReference(ref: ReferenceData): void {
  const codes915 = new Map(ref.codes915.map((r) => [r['Mã số'].trim(), r['Tên 34 tỉnh sau sáp nhập'].trim()]));
  const new34 = new Map(ref.new34.map((r) => [r.new_code, r]));
  const level1 = new Map(ref.merges.data.map((p) => [p.level1_id, p]));
  if (codes915.size !== 34 || new34.size !== 34 || level1.size !== 34) {
    fail(`expected 34 new provinces, got 915:${codes915.size} new34:${new34.size} merges.json:${level1.size}`);
  }
  for (const [code, r] of new34) {
    const p = level1.get(code) ?? fail(`new province ${code} missing in merges.json`);
    const name915 = codes915.get(code) ?? fail(`new province ${code} missing in 915_CTK-CSCL.csv`);
    if (nameKey(splitProvinceName(name915).base) !== nameKey(splitProvinceName(r.new_name).base)) {
      fail(`name of ${code} differs: 915 "${name915}" vs new34 "${r.new_name}"`);
    }
    if (nameKey(p.name) !== nameKey(r.new_name)) fail(`name of ${code} differs: merges.json "${p.name}"`);
    const olds = p.merges.map((m) => m.old_id).sort();
    if (olds.join('|') !== r.old_codes.split('|').sort().join('|')) {
      fail(`constituents of ${code} differ: merges.json ${olds.join('|')} vs new34 ${r.old_codes}`);
    }
  }
  if (ref.old63.length !== 63) fail(`expected 63 old provinces, got ${ref.old63.length}`);
  for (const o of ref.old63) {
    const p = level1.get(o.new_code) ?? fail(`old province ${o.old_code} maps to unknown ${o.new_code}`);
    const m = p.merges.find((x) => x.old_id === o.old_code) ?? fail(`${o.old_code} not in merges of ${o.new_code}`);
    if (m.type !== o.merge_type) fail(`merge type of ${o.old_code} differs: ${m.type} vs ${o.merge_type}`);
    if (nameKey(m.name) !== nameKey(o.old_name)) fail(`old name of ${o.old_code} differs: ${m.name} vs ${o.old_name}`);
  }
  const n2 = ref.merges.data.reduce((s, p) => s + p.level2s.length, 0);
  if (ref.merges.stats?.level2_count !== undefined && ref.merges.stats.level2_count !== n2) {
    fail(`merges.json stats say ${ref.merges.stats.level2_count} communes, data has ${n2}`);
  }
}

interface AliasCandidate {
  alias: string;
  unit: string;
  note: string;
}

/** Generates the registry. Throws when the reference is inconsistent or ids would collide. */
export function generateRegistry(ref: ReferenceData): Registry {
  crossCheckReference(ref);

  const units: UnitRow[] = [NATION];
  const changes: ChangeRow[] = [];
  const candidates: AliasCandidate[] = NATION_ALIASES.map((a) => ({ ...a, unit: NATION.id }));

  const statusByNewCode = new Map(ref.new34.map((r) => [r.new_code, r.status]));
  /** Province unit id by new code (from 2025-07-01). */
  const newProvinceId = new Map<string, string>();
  /** Province unit id by old code (until 2025-06-30). */
  const oldProvinceId = new Map<string, string>();

  const addProvinceAliases = (u: UnitRow): void => {
    const { prefix, base } = splitProvinceName(u.name);
    const slug = slugify(base);
    const forms: AliasCandidate[] = [];
    if (prefix) forms.push({ alias: base, unit: u.id, note: `tên không có tiền tố "${prefix}"` });
    if (prefix === 'Thành phố') {
      for (const a of cityAbbreviations(base)) forms.push({ alias: a, unit: u.id, note: 'viết tắt "TP."' });
    }
    // English-language tables (PCI, PAPI) write the name without marks: "Quang Ninh", "Ba Ria - Vung Tau".
    if (asciiName(base) !== base) forms.push({ alias: asciiName(base), unit: u.id, note: 'không dấu' });
    for (const extra of PROVINCE_EXTRA_ALIASES[slug] ?? []) forms.push({ ...extra, unit: u.id });
    candidates.push(...forms, ...spellingVariants([{ alias: u.name, unit: u.id, note: '' }, ...forms]));
  };

  // Old (pre-2025-07-01) provinces, sorted by code.
  const old63 = [...ref.old63].sort((a, b) => a.old_code.localeCompare(b.old_code));
  for (const o of old63) {
    const status = statusByNewCode.get(o.new_code) ?? fail(`unknown new code ${o.new_code}`);
    const { base } = splitProvinceName(o.old_name);
    const id = slugify(base);
    if (status === 'unchanged') {
      if (o.old_code !== o.new_code || nameKey(o.old_name) !== nameKey(o.new_name) || o.merge_type !== 'full') {
        fail(`province ${o.old_code} is "unchanged" but its code, name or merge type changed`);
      }
      const u = unit({
        id,
        name: o.old_name,
        level: 'province',
        parent: NATION.id,
        gso_code: o.old_code,
        valid_from: PROVINCE_VALID_FROM[o.old_code] ?? '',
        name_en: provinceNameEn(o.old_name),
        x_note:
          (RENAMED_FROM_NOTE[o.old_code] ?? '') + 'Không thay đổi khi sắp xếp 2025-07-01 (cùng tên, cùng mã).',
      });
      units.push(u);
      oldProvinceId.set(o.old_code, id);
      newProvinceId.set(o.new_code, id);
    } else if (status === 'merged') {
      units.push(
        unit({
          id,
          name: o.old_name,
          level: 'province',
          parent: NATION.id,
          gso_code: o.old_code,
          valid_from: PROVINCE_VALID_FROM[o.old_code] ?? '',
          valid_to: LAST_DAY_BEFORE_MERGE,
          name_en: provinceNameEn(o.old_name),
          x_note: `Sáp nhập vào ${o.new_name} (mới) từ ${MERGE_DATE}.`,
        }),
      );
      oldProvinceId.set(o.old_code, id);
    } else {
      fail(`unknown status "${status}" for new province ${o.new_code}`);
    }
  }

  // New (from 2025-07-01) provinces that are new bodies.
  const new34 = [...ref.new34].sort((a, b) => a.new_code.localeCompare(b.new_code));
  for (const r of new34) {
    if (r.status !== 'merged') continue;
    const id = slugify(splitProvinceName(r.new_name).base) + NEW_UNIT_SUFFIX;
    const names = r.old_names.split('|').join(', ');
    units.push(
      unit({
        id,
        name: r.new_name,
        level: 'province',
        parent: NATION.id,
        gso_code: r.new_code,
        valid_from: MERGE_DATE,
        name_en: provinceNameEn(r.new_name),
        x_note: `Đơn vị mới từ ${MERGE_DATE}, hợp thành từ: ${names}. Mã ${r.new_code} (Công văn 915/CTK-CSCL).`,
      }),
    );
    newProvinceId.set(r.new_code, id);
  }

  // Merge edges: one per old province that ended on 2025-06-30.
  for (const o of old63) {
    if (statusByNewCode.get(o.new_code) !== 'merged') continue;
    const from = oldProvinceId.get(o.old_code) ?? fail(`no unit for old ${o.old_code}`);
    const to = newProvinceId.get(o.new_code) ?? fail(`no unit for new ${o.new_code}`);
    const codeNote =
      o.code_kept === 'yes'
        ? `mã ${o.old_code} được dùng lại cho đơn vị mới`
        : `mã ${o.old_code} không còn dùng; đơn vị mới mang mã ${o.new_code}`;
    changes.push({
      date: MERGE_DATE,
      from,
      to,
      kind: o.merge_type === 'partial' ? 'transfer' : 'merge',
      share: '',
      source: REFERENCE_SOURCE_ID,
      note: `${o.old_name} → ${o.new_name} (mới); ${codeNote}.`,
    });
  }

  // Renames before 2025-07-01 (Thừa Thiên Huế → Thành phố Huế).
  for (const r of EARLIER_PROVINCE_RENAMES) {
    const to = oldProvinceId.get(r.becameCode) ?? fail(`rename target code ${r.becameCode} not found`);
    units.push(
      unit({
        id: r.id,
        name: r.name,
        level: 'province',
        parent: NATION.id,
        gso_code: r.gso_code,
        valid_to: r.valid_to,
        name_en: r.name_en,
        x_note: r.note,
      }),
    );
    changes.push({ date: r.date, from: r.id, to, kind: 'rename', share: '', source: REFERENCE_SOURCE_ID, note: r.note });
  }

  for (const u of units) if (u.level === 'province') addProvinceAliases(u);
  for (const r of EARLIER_PROVINCE_RENAMES) {
    const forms = r.aliases.map((a) => ({ ...a, unit: r.id }));
    candidates.push(...forms, ...spellingVariants(forms));
  }

  // Hand-listed districts.
  const provinceIds = new Set(units.filter((u) => u.level === 'province').map((u) => u.id));
  for (const d of HAND_DISTRICTS) {
    if (!provinceIds.has(d.parent)) fail(`district parent ${d.parent} is not a province`);
    const id = handDistrictId(d);
    const name = `${d.type} ${d.base}`;
    units.push(
      unit({
        id,
        name,
        level: 'district',
        parent: d.parent,
        gso_code: d.gso_code,
        valid_to: LAST_DAY_BEFORE_MERGE,
        name_en: `${asciiName(d.base)} ${DISTRICT_TYPE_EN[d.type]}`,
        x_note: d.note,
      }),
    );
    const forms: AliasCandidate[] = [];
    if (d.bareAlias) forms.push({ alias: d.base, unit: id, note: `tên không có tiền tố "${d.type}"` });
    if (d.type === 'Thành phố') {
      for (const a of cityAbbreviations(d.base)) forms.push({ alias: a, unit: id, note: 'viết tắt "TP."' });
    }
    candidates.push(...forms, ...spellingVariants([{ alias: name, unit: id, note: '' }, ...forms]));
  }

  // New communes/wards (level2s), sorted by province code then commune code.
  const level1 = [...ref.merges.data].sort((a, b) => a.level1_id.localeCompare(b.level1_id));
  for (const p of level1) {
    const parent = newProvinceId.get(p.level1_id) ?? fail(`no unit for new province ${p.level1_id}`);
    const prefix = slugify(splitProvinceName(p.name).base);
    const level2s = [...p.level2s].sort((a, b) => a.level2_id.localeCompare(b.level2_id));
    const slugCount = new Map<string, number>();
    for (const c of level2s) {
      const s = slugify(splitCommuneName(c.name).base);
      slugCount.set(s, (slugCount.get(s) ?? 0) + 1);
    }
    for (const c of level2s) {
      if (!/^\d{5}$/u.test(c.level2_id)) fail(`commune code "${c.level2_id}" is not 5 digits`);
      const { en, base } = splitCommuneName(c.name);
      const s = slugify(base);
      const collides = (slugCount.get(s) ?? 0) > 1;
      const id = `${prefix}-${s}${collides ? `-${c.level2_id}` : ''}`;
      units.push(
        unit({
          id,
          name: c.name,
          level: 'commune',
          parent,
          gso_code: c.level2_id,
          valid_from: MERGE_DATE,
          name_en: `${asciiName(base)} ${en}`,
          x_note: collides ? `Tên trùng slug với đơn vị khác cùng tỉnh: id có thêm mã ${c.level2_id}.` : '',
        }),
      );
      candidates.push(...spellingVariants([{ alias: c.name, unit: id, note: '' }]));
    }
  }

  // The project's own units, aliases and lineage (reference/*-extra.csv).
  const extraAliases = new Set<string>();
  if (ref.extra) {
    units.push(...ref.extra.units.map((u) => unit(u)));
    changes.push(...ref.extra.changes);
    for (const a of ref.extra.aliases) {
      candidates.push({ alias: a.alias, unit: a.unit, note: a.note });
      extraAliases.add(`${a.unit}\u0000${nameKey(a.alias)}`);
    }
  }

  // Ids must be unique and well-formed.
  const seen = new Set<string>();
  for (const u of units) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(u.id)) fail(`malformed id "${u.id}"`);
    if (seen.has(u.id)) fail(`duplicate id "${u.id}"`);
    seen.add(u.id);
  }

  const { aliases, dropped } = resolveAliases(units, candidates);
  // A hand-written alias that turns out ambiguous is a mistake in the extra file, not a candidate to drop quietly.
  for (const d of dropped) {
    if (extraAliases.has(`${d.unit}\u0000${nameKey(d.alias)}`)) fail(`aliases-extra.csv: "${d.alias}" (${d.unit}) also resolves to ${d.conflictsWith.join(', ')}`);
  }
  return {
    units: sortUnits(units),
    aliases,
    changes: [...changes].sort(
      (a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    dropped,
  };
}

/** Tone-placement and hyphen variants of each form (notes say which). */
function spellingVariants(forms: AliasCandidate[]): AliasCandidate[] {
  const out: AliasCandidate[] = [];
  for (const f of forms) {
    const hyphens = hyphenVariants(f.alias);
    for (const h of hyphens) out.push({ alias: h, unit: f.unit, note: 'cách viết dấu gạch nối khác' });
    for (const base of [f.alias, ...hyphens]) {
      for (const v of toneVariants(base)) {
        out.push({ alias: v, unit: f.unit, note: 'dấu thanh kiểu cũ/mới (oà/òa, uỷ/ủy…)' });
      }
    }
  }
  return out;
}

const LEVEL_ORDER: Record<UnitLevel, number> = {
  nation: 0,
  province: 1,
  district: 2,
  commune: 3,
  agency: 4,
  centre: 5,
  aggregate: 6,
};

function sortUnits(units: UnitRow[]): UnitRow[] {
  return [...units].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.id.localeCompare(b.id));
}

/** Inclusive windows; '' is open. ISO dates compare as strings. */
export function windowsOverlap(
  a: { valid_from: string; valid_to: string },
  b: { valid_from: string; valid_to: string },
): boolean {
  const aFrom = a.valid_from || '0000-00-00';
  const aTo = a.valid_to || '9999-99-99';
  const bFrom = b.valid_from || '0000-00-00';
  const bTo = b.valid_to || '9999-99-99';
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * Deduplicates candidates per unit, removes those equal to the unit's own name, and drops every candidate whose
 * key also resolves (by name or alias) to another unit valid during an overlapping window.
 */
function resolveAliases(units: UnitRow[], candidates: AliasCandidate[]): { aliases: AliasRow[]; dropped: DroppedAlias[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const perUnit = new Map<string, AliasCandidate>(); // `${unit}\u0000${key}` → first candidate
  for (const c of candidates) {
    const u = byId.get(c.unit) ?? fail(`alias for unknown unit ${c.unit}`);
    const key = nameKey(c.alias);
    if (key === '' || key === nameKey(u.name)) continue;
    const k = `${c.unit}\u0000${key}`;
    if (!perUnit.has(k)) perUnit.set(k, { ...c, alias: c.alias.normalize('NFC') });
  }
  // Everything a key resolves to: unit names and alias candidates.
  const resolves = new Map<string, Set<string>>();
  const add = (key: string, id: string): void => {
    let s = resolves.get(key);
    if (!s) resolves.set(key, (s = new Set()));
    s.add(id);
  };
  for (const u of units) add(nameKey(u.name), u.id);
  for (const c of perUnit.values()) add(nameKey(c.alias), c.unit);

  const aliases: AliasRow[] = [];
  const dropped: DroppedAlias[] = [];
  for (const c of perUnit.values()) {
    const u = byId.get(c.unit)!;
    const others = [...(resolves.get(nameKey(c.alias)) ?? [])].filter(
      (id) => id !== c.unit && windowsOverlap(u, byId.get(id)!),
    );
    if (others.length > 0) dropped.push({ alias: c.alias, unit: c.unit, conflictsWith: others.sort() });
    else aliases.push({ alias: c.alias, unit: c.unit, note: c.note });
  }
  const cmp = (a: { unit: string; alias: string }, b: { unit: string; alias: string }): number =>
    a.unit.localeCompare(b.unit) || nameKey(a.alias).localeCompare(nameKey(b.alias)) || a.alias.localeCompare(b.alias);
  return { aliases: aliases.sort(cmp), dropped: dropped.sort(cmp) };
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/**
 * CSV text of rows (RFC 4180 quoting by PapaParse, `\n` line ends, trailing newline). Deterministic: the same rows
 * give the same bytes.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<object>): string {
  const data = rows.map((r) => columns.map((c) => String((r as Record<string, unknown>)[c] ?? '')));
  return Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false }) + '\n';
}

/** The three files the generator owns, by file name. */
export function registryFiles(reg: Registry): Record<'units.csv' | 'unit-aliases.csv' | 'unit-changes.csv', string> {
  return {
    'units.csv': toCsv(UNIT_COLUMNS, reg.units),
    'unit-aliases.csv': toCsv(ALIAS_COLUMNS, reg.aliases),
    'unit-changes.csv': toCsv(CHANGE_COLUMNS, reg.changes),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks (used by the CLI and the tests)

/** Units valid on a date (inclusive windows). */
export function unitsValidOn(units: UnitRow[], date: string): UnitRow[] {
  return units.filter((u) => (u.valid_from === '' || u.valid_from <= date) && (u.valid_to === '' || date <= u.valid_to));
}

/** Problems with a registry, as readable strings; empty when it is consistent. */
export function checkRegistry(reg: Pick<Registry, 'units' | 'aliases' | 'changes'>): string[] {
  const problems: string[] = [];
  const byId = new Map<string, UnitRow>();
  for (const u of reg.units) {
    if (byId.has(u.id)) problems.push(`duplicate unit id ${u.id}`);
    byId.set(u.id, u);
  }
  for (const u of reg.units) {
    if (u.parent && !byId.has(u.parent)) problems.push(`unit ${u.id}: unknown parent ${u.parent}`);
    if (u.valid_from && u.valid_to && u.valid_from > u.valid_to) problems.push(`unit ${u.id}: empty window`);
  }
  // gso_code never on two units valid at the same time.
  const byCode = new Map<string, UnitRow[]>();
  for (const u of reg.units) {
    if (!u.gso_code) continue;
    const list = byCode.get(u.gso_code) ?? [];
    for (const other of list) {
      if (windowsOverlap(u, other)) problems.push(`gso_code ${u.gso_code} on ${other.id} and ${u.id} at the same time`);
    }
    list.push(u);
    byCode.set(u.gso_code, list);
  }
  // Aliases: known unit, not ambiguous at any date.
  const resolves = new Map<string, Set<string>>();
  const add = (key: string, id: string): void => {
    let s = resolves.get(key);
    if (!s) resolves.set(key, (s = new Set()));
    s.add(id);
  };
  for (const u of reg.units) add(nameKey(u.name), u.id);
  for (const a of reg.aliases) {
    if (!byId.has(a.unit)) problems.push(`alias "${a.alias}": unknown unit ${a.unit}`);
    else add(nameKey(a.alias), a.unit);
  }
  for (const a of reg.aliases) {
    const u = byId.get(a.unit);
    if (!u) continue;
    for (const id of resolves.get(nameKey(a.alias)) ?? []) {
      if (id !== a.unit && windowsOverlap(u, byId.get(id)!)) {
        problems.push(`alias "${a.alias}" resolves to ${a.unit} and ${id} at the same time`);
      }
    }
  }
  // Changes: known units, from ends the day before, to starts on the date.
  for (const c of reg.changes) {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    if (!from) problems.push(`change ${c.from}→${c.to}: unknown from`);
    if (!to) problems.push(`change ${c.from}→${c.to}: unknown to`);
    if (from && (c.kind === 'merge' || c.kind === 'rename') && !(from.valid_to && from.valid_to < c.date)) {
      problems.push(`change ${c.from}→${c.to}: ${c.from} does not end before ${c.date}`);
    }
    if (to && to.valid_from && to.valid_from > c.date) problems.push(`change ${c.from}→${c.to}: ${c.to} starts after ${c.date}`);
  }
  return problems;
}
