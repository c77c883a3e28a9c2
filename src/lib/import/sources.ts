/**
 * One source row per publication: each PCI year (VCCI & USAID) and each PAPI year (CECODES, VFF-CRT, RTA & UNDP).
 * The publisher and the edition are the source; the GitHub copy is only where the file was retrieved.
 */
import { papiSourceId } from './papi.ts';
import { pciSourceId } from './pci.ts';

export const RETRIEVED_FROM = 'github.com/mdtrinh/vietnam_elections';
export const RETRIEVED_COMMIT = '84348767096a193634f9d4fb6c4116dbf4789a05';

export interface SourceRow {
  id: string;
  title: string;
  url: string;
  publisher: string;
  published: string;
  accessed: string;
  note: string;
}

/** Ids the import owns in sources.csv (it rewrites exactly these rows). */
export const OWNED_SOURCE = /^(vcci-\d{4}-pci|cecodes-\d{4}-papi)$/u;

export function pciSource(year: number, file: string): SourceRow {
  return {
    id: pciSourceId(year),
    title: `Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) ${year}: dữ liệu các tỉnh`,
    url: 'https://pcivietnam.vn',
    publisher: 'VCCI & USAID',
    published: '',
    accessed: '',
    note:
      `Ấn phẩm PCI ${year} (năm khảo sát ${year}) của VCCI và USAID. Tệp dữ liệu của nhà xuất bản, lấy từ kho công khai ` +
      `${RETRIEVED_FROM} (commit ${RETRIEVED_COMMIT}, Data/PCI/${file.replace('_', ' ')}); nhập bằng npm run import -- indices, ` +
      `mỗi số liệu ghi ô nguồn ở cột locator (${file}!…). Điểm làm tròn 2 chữ số thập phân như bảng in.`,
  };
}

export function papiSource(year: number, file: string): SourceRow {
  return {
    id: papiSourceId(year),
    title: `Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) ${year}: điểm các tỉnh`,
    url: 'https://papi.org.vn',
    publisher: 'CECODES, VFF-CRT, RTA & UNDP',
    published: '',
    accessed: '',
    note:
      `Ấn phẩm PAPI ${year} (năm khảo sát ${year}) của CECODES, VFF-CRT, RTA và UNDP. Bảng ${year}_PAPI của tệp dữ liệu ` +
      `${file}, lấy từ kho công khai ${RETRIEVED_FROM} (commit ${RETRIEVED_COMMIT}, Data/PAPI/); nhập bằng npm run import -- ` +
      `indices, mỗi số liệu ghi ô nguồn ở cột locator. Điểm làm tròn 2 chữ số thập phân như bảng in của báo cáo PAPI.`,
  };
}
