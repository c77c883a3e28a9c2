/** Small data folders written by the tests themselves, in a temporary directory. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The project's metric vocabulary: templates must match it. */
export const METRICS_CSV = readFileSync(new URL('../../data/metrics.csv', import.meta.url), 'utf8');

export const UNITS_CSV = [
  'id,name,level,parent,gso_code,valid_from,valid_to,name_en',
  'vn,Việt Nam,nation,,,,,Viet Nam',
  'dong-thap,Tỉnh Đồng Tháp,province,vn,87,,2025-06-30,Dong Thap Province',
  'tien-giang,Tỉnh Tiền Giang,province,vn,82,,2025-06-30,Tien Giang Province',
  'dong-thap-2025,Tỉnh Đồng Tháp,province,vn,82,2025-07-01,,Dong Thap Province',
  'dong-thap-thanh-pho-sa-dec,Thành phố Sa Đéc,district,dong-thap,867,,2025-06-30,Sa Dec City',
  'ha-noi,Thành phố Hà Nội,province,vn,01,,,Ha Noi',
].join('\n');

export const ALIASES_CSV = ['alias,unit,note', 'Sa Đéc,dong-thap-thanh-pho-sa-dec,', 'TP Sa Đéc,dong-thap-thanh-pho-sa-dec,'].join('\n');

export const CHANGES_CSV = [
  'date,from,to,kind,share,source,note',
  '2025-07-01,dong-thap,dong-thap-2025,merge,,ref-units,',
  '2025-07-01,tien-giang,dong-thap-2025,merge,,ref-units,',
].join('\n');

export const SOURCES_CSV = [
  'id,title,url,publisher,published,accessed,note',
  'ref-units,Danh mục đơn vị hành chính,https://example.org/dvhc,,,,',
  'sadec-2022-h1,UBND thành phố Sa Đéc sơ kết CCHC 6 tháng đầu năm 2022,,UBND thành phố Sa Đéc,2022-07-05,,',
].join('\n');

export type Files = Record<string, string | Uint8Array>;

export function tempDir(prefix = 'cchc-staff-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Write a complete data folder: the reference files above, overridden or extended by `files`. */
export function writeDataFolder(dir: string, files: Files = {}): string {
  const all: Files = {
    'units.csv': UNITS_CSV + '\n',
    'unit-aliases.csv': ALIASES_CSV + '\n',
    'unit-changes.csv': CHANGES_CSV + '\n',
    'metrics.csv': METRICS_CSV,
    'sources.csv': SOURCES_CSV + '\n',
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
