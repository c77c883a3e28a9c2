/**
 * Layout detection for the PCI summary sheets, from their headers, never by position: every year differs (sheet
 * names in Vietnamese with or without marks, or English; columns in different orders; 2008 and 2010–2016 print each
 * sub-index as its own ranking, a province-name column before every value column). A header the rules below do
 * not know stops the import: a new layout must be looked at, not guessed.
 */
import { foldName } from '../text/similar.ts';
import { ImportError } from './figures.ts';
import { cellAddress, numberAt, textAt, type Sheet } from './workbook.ts';

export type ColumnRole =
  | { kind: 'metric'; metric: string }
  | { kind: 'name' }
  | { kind: 'order' }
  | { kind: 'ignored'; reason: string };

/** A value column with the name column that labels its rows. */
export interface Block {
  nameCol: number;
  valueCol: number;
  metric: string;
}

export interface SummaryLayout {
  sheet: Sheet;
  /** Rows above the first row of figures. */
  headerRows: number;
  blocks: Block[];
  /** "Thứ tự": the row's position in a table sorted by score (a rank only where no rank column exists). */
  orderCol?: number;
  /** The PCI year a score header names ("PCI 2013"), if any. */
  namedYear?: number;
}

const IGNORED: Array<[RegExp, string]> = [
  [/chua co trong so|unweighted/u, 'PCI chưa có trọng số (không phải chỉ số công bố) / unweighted PCI, not the published index'],
  [/nhom xep hang|pci tier|^excellent$/u, 'nhóm xếp hạng (chữ, không phải số) / ranking tier (a label)'],
  [/^vung$|region/u, 'vùng của tỉnh (chữ) / the province\'s region (a label)'],
  [/dieu kien truyen thong|muc do phat trien|chat luong co so ha tang|khoang cach toi thi truong/u, 'điều kiện truyền thống PCI 2005, không thuộc điểm PCI / PCI 2005 "traditional conditions", not part of the score'],
  [/^ma pci/u, 'mã tỉnh của PCI / PCI province code'],
];

/** Sub-indices by header (Vietnamese or English, folded). Order matters: the first match wins. */
const SUB_INDICES: Array<[RegExp, string]> = [
  [/gia nhap thi truong|entry (soft indices|costs)/u, 'pci_entry_costs'],
  [/tiep can dat dai|land (access|use right)/u, 'pci_land_access'],
  [/minh bach|transparency/u, 'pci_transparency'],
  [/chi phi (ve )?thoi gian|time costs|regulatory compliance/u, 'pci_time_costs'],
  [/khong chinh thuc|informal charges/u, 'pci_informal_charges'],
  [/uu dai (doi voi )?(dnnn|doanh nghiep nha nuoc)|soe bias/u, 'pci_soe_bias'],
  [/canh tranh binh dang|\bbias\b/u, 'pci_policy_bias'],
  [/nang dong|proactivity/u, 'pci_proactivity'],
  [/phat trien khu vuc (kinh te tu nhan|kttn)|private sector development/u, 'pci_private_sector_development'],
  [/ho tro (doanh nghiep|dn)|business supp?ort/u, 'pci_business_support'],
  [/dao tao lao dong|labou?r (training|skills|policy)/u, 'pci_labor_policy'],
  [/law (&|and) order/u, 'pci_law_and_order'],
  [/thiet che phap ly|legal (institutions|sub-index)/u, 'pci_legal_institutions'],
  [/thuc hien chinh sach cua trung uong/u, 'pci_central_policy_implementation'],
];

const NAME_PART = /^(tinh|province|tinh, thanh pho|tinh\/thanh pho)$/u;
const ORDER_PART = /^(thu tu|no|stt)$/u;
const RANK_PART = /^(xep hang|thu hang|rank)$|^thu hang pci|ranking$/u;
const SCORE = /\bpci\b/u;

/** The role of one column from its header rows (folded), looking at its figures only when the header is blank. */
export function columnRole(parts: readonly string[], sheet: Sheet, col: number, headerRows: number): ColumnRole {
  const text = parts.filter((p) => p !== '').join(' ');
  if (text === '') return blankHeaderRole(sheet, col, headerRows);
  for (const [re, reason] of IGNORED) if (re.test(text)) return { kind: 'ignored', reason };
  if (parts.some((p) => NAME_PART.test(p))) return { kind: 'name' };
  if (parts.some((p) => ORDER_PART.test(p))) return { kind: 'order' };
  if (parts.some((p) => RANK_PART.test(p))) return { kind: 'metric', metric: 'pci_rank' };
  for (const [re, metric] of SUB_INDICES) if (re.test(text)) return { kind: 'metric', metric };
  if (SCORE.test(text)) return { kind: 'metric', metric: 'pci_score' };
  throw new ImportError(`${sheet.file}!${sheet.name}!${cellAddress(0, col)}`, `column header "${text}" is not a known PCI column. Teach src/lib/import/pci-layout.ts what it is (or that it is to be skipped, and why).`);
}

/** A column without a header: province names (the paired rankings of 2010–2016) or the position 1, 2, 3… (2006). */
function blankHeaderRole(sheet: Sheet, col: number, headerRows: number): ColumnRole {
  let texts = 0;
  let numbers = 0;
  let sequential = true;
  for (let r = headerRows; r < sheet.rows; r++) {
    const x = sheet.cell(r, col);
    if (!x) continue;
    if (typeof x.v === 'string') texts++;
    else if (typeof x.v === 'number') {
      numbers++;
      if (x.v !== numbers) sequential = false;
    }
  }
  if (texts > 0 && numbers === 0) return { kind: 'name' };
  if (numbers > 0 && texts <= 2 && sequential) return { kind: 'order' }; // "MIN", "MAX" may follow in the name column only
  if (texts === 0 && numbers === 0) return { kind: 'ignored', reason: 'cột trống / empty column' };
  throw new ImportError(`${sheet.file}!${sheet.name}!${cellAddress(0, col)}`, 'a column without a header that holds neither names nor the positions 1, 2, 3…');
}

/** First row with two or more figures (2005's ranking sheet has only score and rank): everything above is header. */
function findHeaderRows(sheet: Sheet): number | undefined {
  for (let r = 0; r < Math.min(sheet.rows, 8); r++) {
    let n = 0;
    for (let c = 0; c < sheet.cols; c++) if (numberAt(sheet, r, c) !== undefined) n++;
    if (n >= 2) return r;
  }
  return undefined;
}

/** Sheets that hold the provinces' scores ("Tổng hợp", "Tong hop", "Bảng tóm tắt chỉ số", "Summary", "Xếp hạng…"). */
export const isSummaryName = (name: string) => /tom tat|tong hop|summary|xep hang/u.test(foldName(name));

/** The layout of a summary sheet, or an ImportError naming the cell that is not understood. */
export function detectSummary(sheet: Sheet): SummaryLayout {
  const headerRows = findHeaderRows(sheet);
  if (headerRows === undefined || headerRows === 0) {
    throw new ImportError(`${sheet.file}!${sheet.name}`, 'no header row above the figures: the layout is not recognised');
  }
  const roles: ColumnRole[] = [];
  let namedYear: number | undefined;
  for (let c = 0; c < sheet.cols; c++) {
    const parts = Array.from({ length: headerRows }, (_, r) => foldName(textAt(sheet, r, c)));
    const role = columnRole(parts, sheet, c, headerRows);
    roles.push(role);
    if (role.kind === 'metric' && (role.metric === 'pci_score' || role.metric === 'pci_rank')) {
      const y = /pci (\d{4})/u.exec(parts.join(' '));
      if (y) namedYear = Number(y[1]);
    }
  }
  const blocks: Block[] = [];
  let orderCol: number | undefined;
  for (let c = 0; c < roles.length; c++) {
    const role = roles[c]!;
    if (role.kind === 'order' && orderCol === undefined) orderCol = c;
    if (role.kind !== 'metric') continue;
    // The nearest name column to the left (paired rankings), else to the right (PCI 2009 prints the rank first).
    let nameCol = c - 1;
    while (nameCol >= 0 && roles[nameCol]!.kind !== 'name') nameCol--;
    if (nameCol < 0) {
      nameCol = c + 1;
      while (nameCol < roles.length && roles[nameCol]!.kind !== 'name') nameCol++;
      if (nameCol === roles.length) nameCol = -1;
    }
    if (nameCol < 0) throw new ImportError(`${sheet.file}!${sheet.name}!${cellAddress(0, c)}`, 'a value column with no province-name column to its left');
    blocks.push({ nameCol, valueCol: c, metric: role.metric });
  }
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.metric)) throw new ImportError(`${sheet.file}!${sheet.name}!${cellAddress(0, b.valueCol)}`, `a second column for ${b.metric}`);
    seen.add(b.metric);
  }
  return { sheet, headerRows, blocks, orderCol, namedYear };
}
