/**
 * Every problem the validator can report: its stable code, severity, and a message in Vietnamese and English
 * that says how to fix it. Messages are pinned by the golden-file tests in tests/validator.test.ts.
 */
import type { Problem, Severity } from './problem.ts';
import { showControls } from '../text/control.ts';
import { figureDigits, MAX_DIGITS } from '../values/number.ts';

/** What a message may mention. `v` is the offending cell as written. */
export interface P {
  v?: string;
  col?: string;
  hint?: string;
  a?: string | number;
  b?: string | number;
  c?: string | number;
}

interface Entry {
  severity: Severity;
  vi: (p: P) => string;
  en: (p: P) => string;
}

// A cell is quoted as written, except control characters, shown as [U+0000] (a terminal would act on them).
const q = (s: unknown) => `"${showControls(String(s ?? ''))}"`;
/** Digits of a figure as written ("1.234.567,5" → 8), for the too-many-digits message. */
const digitsText = (v: string | undefined, vi: boolean) => {
  const n = figureDigits((v ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
  return n > MAX_DIGITS ? `${n} ${vi ? 'chữ số' : 'digits'}` : vi ? 'quá nhiều chữ số' : 'too many digits';
};
const maybe = (s: string | undefined, vi: boolean) => (s ? (vi ? ` Gợi ý: ${s}.` : ` Suggestion: ${s}.`) : '');

export const CATALOG = {
  // ── The folder and the file ───────────────────────────────────────────────────────────
  'file-missing': {
    severity: 'error',
    vi: (p) => `Thiếu tệp bắt buộc ${p.a}. Hãy tạo tệp này (xem mẫu trong data/templates/).`,
    en: (p) => `Required file ${p.a} is missing. Create it (see the templates in data/templates/).`,
  },
  'file-unknown': {
    severity: 'warning',
    vi: () => `Tệp này không thuộc hợp đồng dữ liệu nên bị bỏ qua. Số liệu phải nằm trong thư mục observations/.`,
    en: () => `This file is not part of the data contract and is ignored. Figures belong in the observations/ folder.`,
  },
  'file-not-csv': {
    severity: 'warning',
    vi: () => `Tệp không phải CSV nên bị bỏ qua. Hãy lưu dưới dạng "CSV UTF-8 (phân tách bằng dấu phẩy)".`,
    en: () => `Not a CSV file, so it is ignored. Save it as "CSV UTF-8 (comma delimited)".`,
  },
  'file-symlink': {
    severity: 'error',
    vi: (p) => `Tệp là liên kết tượng trưng (symlink) trỏ tới ${q(p.a)}, nên không được đọc: thư mục dữ liệu chỉ được chứa tệp thật. Xóa liên kết và chép chính tệp CSV vào đây.`,
    en: (p) => `This is a symbolic link (to ${q(p.a)}), so it is not read: the data folder may hold only real files. Delete the link and copy the CSV file itself here.`,
  },
  'file-not-regular': {
    severity: 'error',
    vi: (p) => `Đây không phải tệp thông thường (${p.a}), nên không được đọc. Xóa nó khỏi thư mục dữ liệu.`,
    en: (p) => `This is not a regular file (${p.a}), so it is not read. Remove it from the data folder.`,
  },
  'file-name-undecodable': {
    severity: 'error',
    vi: () => `Tên tệp không phải UTF-8 hợp lệ (ký tự lỗi hiện là "\uFFFD"), nên tệp không được đọc. Đổi tên tệp, chỉ dùng chữ, số, "-" và "_".`,
    en: () => `The file name is not valid UTF-8 (the bad bytes show as "\uFFFD"), so the file is not read. Rename it using letters, digits, "-" and "_".`,
  },
  'file-hidden': {
    severity: 'warning',
    vi: () => `Tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm) bị bỏ qua. Nếu đây là số liệu, hãy đổi tên bỏ dấu chấm ở đầu; nếu không, hãy xóa nó.`,
    en: () => `Hidden file or folder (its name starts with a dot): ignored. If it holds figures, rename it without the leading dot; otherwise delete it.`,
  },
  'file-too-large': {
    severity: 'error',
    vi: (p) => `Tệp quá lớn (${p.a} MB; tối đa ${p.b} MB mỗi tệp), nên không được đọc. Chia số liệu thành nhiều tệp nhỏ hơn, ví dụ mỗi tỉnh hoặc mỗi năm một tệp.`,
    en: (p) => `The file is too large (${p.a} MB; at most ${p.b} MB per file), so it is not read. Split it into smaller files, e.g. one per province or per year.`,
  },
  'too-many-columns': {
    severity: 'error',
    vi: (p) => `Dòng tiêu đề có ${p.a} cột (tối đa ${p.b}), nên tệp không được đọc. Kiểm tra dấu phân cách và xóa các cột trống thừa ở bên phải.`,
    en: (p) => `The header row has ${p.a} columns (at most ${p.b}), so the file is not read. Check the separator and delete the extra empty columns on the right.`,
  },
  'more-errors': {
    severity: 'error',
    vi: (p) => `Còn ${p.a} lỗi "${p.b}" khác trong tệp này không được liệt kê (chỉ liệt kê ${p.c} lỗi đầu tiên mỗi loại). Sửa các lỗi trên rồi chạy lại để xem tiếp.`,
    en: (p) => `${p.a} more "${p.b}" errors in this file are not listed (only the first ${p.c} of each kind are). Fix the ones above and run again to see the rest.`,
  },
  'more-warnings': {
    severity: 'warning',
    vi: (p) => `Còn ${p.a} cảnh báo "${p.b}" khác trong tệp này không được liệt kê (chỉ liệt kê ${p.c} cảnh báo đầu tiên mỗi loại).`,
    en: (p) => `${p.a} more "${p.b}" warnings in this file are not listed (only the first ${p.c} of each kind are).`,
  },
  'file-unreadable': {
    severity: 'error',
    vi: (p) => `Không đọc được tệp (${p.a}). Kiểm tra quyền truy cập tệp.`,
    en: (p) => `The file could not be read (${p.a}). Check its permissions.`,
  },
  'file-empty': {
    severity: 'error',
    vi: () => `Tệp rỗng. Tệp phải có một dòng tiêu đề (tên cột) ở dòng 1.`,
    en: () => `The file is empty. It needs a header row (column names) on line 1.`,
  },
  'encoding-utf16': {
    severity: 'error',
    vi: (p) => `Tệp được lưu bằng mã ${p.a} (Excel "Unicode Text"). Hãy mở lại và chọn Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)", hoặc chạy: npm run fix-csv -- ${p.b}`,
    en: (p) => `The file is encoded as ${p.a} (Excel "Unicode Text"). Re-save it as "CSV UTF-8 (comma delimited)", or run: npm run fix-csv -- ${p.b}`,
  },
  'encoding-legacy': {
    severity: 'error',
    vi: (p) => `Tệp dùng bảng mã cũ ${p.a}, không phải UTF-8 (dòng ${p.c}: ${q(p.v)}). Hãy chuyển sang Unicode (ví dụ bằng UniKey: Công cụ chuyển mã, đích "Unicode"), rồi lưu "CSV UTF-8"; hoặc chạy: npm run fix-csv -- ${p.b}`,
    en: (p) => `The file uses the legacy ${p.a} encoding, not UTF-8 (line ${p.c}: ${q(p.v)}). Convert it to Unicode (e.g. UniKey's converter, target "Unicode") and save as "CSV UTF-8", or run: npm run fix-csv -- ${p.b}`,
  },
  'separator-not-comma': {
    severity: 'error',
    vi: (p) => `Các cột được phân tách bằng ${p.a}, nhưng hợp đồng dữ liệu yêu cầu dấu phẩy. Chạy: npm run fix-csv -- ${p.b} (giữ nguyên mọi số liệu).`,
    en: (p) => `Columns are separated by ${p.c}, but the contract requires commas. Run: npm run fix-csv -- ${p.b} (no figure is changed).`,
  },
  'csv-quote': {
    severity: 'error',
    vi: () => `Dấu ngoặc kép không đóng hoặc đặt sai chỗ. Một ô chứa dấu phẩy hay xuống dòng phải nằm trong "…", và dấu " bên trong phải viết thành "".`,
    en: () => `An unclosed or misplaced double quote. A cell with a comma or a line break must be wrapped in "…", and a " inside it written as "".`,
  },
  // ── The header ────────────────────────────────────────────────────────────────────────
  'title-row': {
    severity: 'error',
    vi: (p) => `Dòng 1 trông như một tiêu đề bảng (${q(p.v)}), không phải tên cột. Xóa các dòng phía trên dòng tên cột (tìm thấy ở dòng ${p.a}).`,
    en: (p) => `Line 1 looks like a table title (${q(p.v)}), not column names. Delete the lines above the header row (found on line ${p.a}).`,
  },
  'header-duplicate': {
    severity: 'error',
    vi: (p) => `Cột ${q(p.v)} xuất hiện hai lần (cột thứ ${p.a} và ${p.b}). Xóa hoặc đổi tên một cột.`,
    en: (p) => `Column ${q(p.v)} appears twice (columns ${p.a} and ${p.b}). Delete or rename one of them.`,
  },
  'column-unknown': {
    severity: 'error',
    vi: (p) => `Cột ${q(p.v)} không có trong hợp đồng dữ liệu.${maybe(p.hint, true)} Cột riêng phải bắt đầu bằng "x_".`,
    en: (p) => `Column ${q(p.v)} is not in the data contract.${maybe(p.hint, false)} Free columns must start with "x_".`,
  },
  'column-near-miss': {
    severity: 'error',
    vi: (p) => `Tên cột ${q(p.v)} gần giống ${q(p.hint)} (khác chữ hoa, dấu hoặc khoảng trắng). Đổi tên cột thành ${q(p.hint)}.`,
    en: (p) => `Column name ${q(p.v)} is close to ${q(p.hint)} (case, accents or spaces differ). Rename it to ${q(p.hint)}.`,
  },
  'column-missing': {
    severity: 'error',
    vi: (p) => `Thiếu cột bắt buộc ${q(p.a)}. Thêm cột này vào dòng tiêu đề.`,
    en: (p) => `Required column ${q(p.a)} is missing. Add it to the header row.`,
  },
  'observation-shape': {
    severity: 'error',
    vi: () => `Không nhận ra dạng bảng số liệu: cần dạng dài (cột metric và value) hoặc dạng rộng (mỗi chỉ tiêu một cột, tên cột là mã chỉ tiêu trong metrics.csv).`,
    en: () => `Unrecognised observation shape: use long (metric and value columns) or wide (one column per metric id from metrics.csv).`,
  },
  // ── Rows ──────────────────────────────────────────────────────────────────────────────
  'row-ragged': {
    severity: 'error',
    vi: (p) => `Dòng có ${p.a} ô nhưng tiêu đề có ${p.b} cột. Kiểm tra dấu phẩy thừa/thiếu, hoặc đặt ô có dấu phẩy trong "…".`,
    en: (p) => `The row has ${p.a} cells but the header has ${p.b} columns. Look for a missing or extra comma, or quote a cell that contains one.`,
  },
  'row-blank': {
    severity: 'warning',
    // One problem for a run of blank lines (a = how many, b = the last line): a million of them are one finding.
    vi: (p) => (p.a ? `${p.a} dòng trống liên tiếp (đến dòng ${p.b}) bị bỏ qua. Có thể xóa các dòng này.` : `Dòng trống bị bỏ qua. Có thể xóa dòng này.`),
    en: (p) => (p.a ? `${p.a} consecutive blank rows (to line ${p.b}) ignored. You may delete them.` : `Blank row ignored. You may delete it.`),
  },
  'row-total': {
    severity: 'error',
    vi: (p) => `Dòng tổng (${q(p.v)}) không được nhập: tổng do cổng tự tính. Xóa dòng này; nếu cơ quan công bố số tổng, hãy nhập nó cho đơn vị tổng hợp (level "aggregate" trong units.csv).`,
    en: (p) => `A total row (${q(p.v)}) must not be committed: totals are computed. Delete it; if a total was published, enter it for an aggregate unit (level "aggregate" in units.csv).`,
  },
  'value-required': {
    severity: 'error',
    vi: (p) => `Ô ${q(p.col)} không được để trống.`,
    en: (p) => `Cell ${q(p.col)} must not be blank.`,
  },
  // ── Values ────────────────────────────────────────────────────────────────────────────
  'value-approximate': {
    severity: 'error',
    vi: (p) => `${q(p.v)} là số ước lượng, không phải số liệu. Để trống ô này và ghi "${p.v}" vào cột note.`,
    en: (p) => `${q(p.v)} is an approximation, not data. Leave the cell blank and write "${p.v}" in the note column.`,
  },
  'value-decimal-point': {
    severity: 'warning',
    vi: (p) => `${q(p.v)} được đọc là số thập phân ${p.a}. Ở Việt Nam dấu thập phân là dấu phẩy: hãy viết ${q(p.hint)}.`,
    en: (p) => `${q(p.v)} was read as the decimal ${p.b}. In Vietnam the decimal mark is a comma: write ${q(p.hint)}.`,
  },
  'count-decimal-point': {
    severity: 'error',
    vi: (p) => `${q(p.v)} không phải số nguyên: số hồ sơ không có phần lẻ. Dấu chấm phân cách hàng nghìn phải đứng trước đúng 3 chữ số (ví dụ 1.512).`,
    en: (p) => `${q(p.v)} is not a whole number: a count has no fraction. A thousands dot must be followed by exactly 3 digits (e.g. 1.512).`,
  },
  'number-ambiguous': {
    severity: 'error',
    vi: (p) => `Không rõ ${q(p.v)} là số nào. Dùng dấu chấm ngăn hàng nghìn (1.512) và dấu phẩy thập phân (96,55).`,
    en: (p) => `${q(p.v)} is ambiguous. Use a dot to group thousands (1.512) and a comma for decimals (96,55).`,
  },
  'number-english-format': {
    severity: 'error',
    vi: (p) => `${q(p.v)} viết theo kiểu tiếng Anh. Hãy viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (1.234,5).`,
    en: (p) => `${q(p.v)} is written English-style. Write it the Vietnamese way: dot for thousands, comma for decimals (1.234,5).`,
  },
  'number-invalid': {
    severity: 'error',
    vi: (p) => `${q(p.v)} không phải là số. Chỉ ghi con số (ví dụ 1.512 hoặc 96,55%); để trống nếu không công bố.`,
    en: (p) => `${q(p.v)} is not a number. Write only the figure (e.g. 1.512 or 96,55%); leave it blank if not published.`,
  },
  'number-too-many-digits': {
    severity: 'error',
    vi: (p) => `${q(p.v)} có ${digitsText(p.v, true)}: một số liệu có tối đa ${MAX_DIGITS} chữ số (không kể số 0 ở đầu): số dài hơn bị máy tính làm tròn mà không báo. Kiểm tra lại số liệu gốc (hai ô dính vào nhau, gõ thừa chữ số?); số thập phân quá dài thì làm tròn còn ${MAX_DIGITS} chữ số.`,
    en: (p) => `${q(p.v)} has ${digitsText(p.v, false)}: a figure may have at most ${MAX_DIGITS} (not counting leading zeros): a longer one is rounded by the computer without notice. Check the published figure (two cells run together, a digit typed twice?); round a long decimal to ${MAX_DIGITS} digits.`,
  },
  'percent-sign-not-percent': {
    severity: 'error',
    vi: (p) => `${q(p.v)} có dấu % nhưng chỉ tiêu ${q(p.col)} không phải tỷ lệ. Bỏ dấu %, hoặc nhập vào chỉ tiêu tỷ lệ tương ứng.`,
    en: (p) => `${q(p.v)} has a % sign but metric ${q(p.col)} is not a percentage. Drop the % or use the matching rate metric.`,
  },
  'value-out-of-range': {
    severity: 'error',
    vi: (p) => `${q(p.v)} nằm ngoài khoảng cho phép của chỉ tiêu ${q(p.col)} (${p.a}). Kiểm tra lại số liệu gốc.`,
    en: (p) => `${q(p.v)} is outside the allowed range of metric ${q(p.col)} (${p.b}). Check the published figure.`,
  },
  'count-not-integer': {
    severity: 'error',
    vi: (p) => `${q(p.v)} không phải số nguyên, nhưng ${q(p.col)} là số đếm/thứ hạng. Nếu ý là ${p.hint ?? 'một số nguyên'}, hãy viết như vậy.`,
    en: (p) => `${q(p.v)} is not a whole number, but ${q(p.col)} is a count or rank. If you meant ${p.hint ?? 'a whole number'}, write that.`,
  },
  'rank-not-positive': {
    severity: 'error',
    vi: (p) => `Thứ hạng ${q(p.v)} phải là số nguyên dương (1 là cao nhất).`,
    en: (p) => `Rank ${q(p.v)} must be a positive whole number (1 is the top).`,
  },
  // ── Periods and dates ─────────────────────────────────────────────────────────────────
  'period-missing': {
    severity: 'error',
    vi: () => `Thiếu kỳ báo cáo. Ghi kỳ như 2022-H1, 2022-Q3, 2022-08, 2022-9M hoặc 2022.`,
    en: () => `The period is missing. Write it as 2022-H1, 2022-Q3, 2022-08, 2022-9M or 2022.`,
  },
  'period-invalid': {
    severity: 'error',
    vi: (p) => `Kỳ ${q(p.v)} không đúng dạng.${maybe(p.hint, true)} Dạng hợp lệ: 2022, 2022-H1, 2022-Q1, 2022-08, 2022-9M, 2022-06-30; kỳ khác thì ghi thêm period_start và period_end.`,
    en: (p) => `Period ${q(p.v)} is not a valid form.${maybe(p.hint, false)} Valid: 2022, 2022-H1, 2022-Q1, 2022-08, 2022-9M, 2022-06-30; for any other label give period_start and period_end.`,
  },
  'period-dates-incomplete': {
    severity: 'error',
    vi: (p) => `Có period_start hoặc period_end nhưng thiếu ${q(p.col)}. Ghi cả hai ngày (YYYY-MM-DD) hoặc bỏ trống cả hai.`,
    en: (p) => `Only one of period_start / period_end is given; ${q(p.col)} is missing. Give both dates (YYYY-MM-DD) or neither.`,
  },
  'period-start-after-end': {
    severity: 'error',
    vi: (p) => `Ngày bắt đầu ${q(p.v)} sau ngày kết thúc ${q(p.a)}. Đổi chỗ hai ngày.`,
    en: (p) => `Start date ${q(p.v)} is after end date ${q(p.a)}. Swap them.`,
  },
  'date-not-iso': {
    severity: 'error',
    vi: (p) => `Ngày ${q(p.v)} phải viết theo dạng năm-tháng-ngày (YYYY-MM-DD)${p.hint ? `: ${p.hint}` : ''}. Có thể chạy npm run fix-csv để đổi tự động.`,
    en: (p) => `Date ${q(p.v)} must be written year-month-day (YYYY-MM-DD)${p.hint ? `: ${p.hint}` : ''}. npm run fix-csv converts it.`,
  },
  'date-invalid': {
    severity: 'error',
    vi: (p) => `${q(p.v)} không phải là ngày hợp lệ. Viết theo dạng YYYY-MM-DD, ví dụ 2025-07-01.`,
    en: (p) => `${q(p.v)} is not a valid date. Write it as YYYY-MM-DD, e.g. 2025-07-01.`,
  },
  'year-before-1000': {
    severity: 'error',
    vi: (p) => `Năm ${q(p.a)} trước năm 1000, gần như chắc chắn là lỗi gõ (0999 thay cho 1999 hay 2019?). Ghi năm đủ bốn chữ số, từ 1000 trở đi: ngày dạng YYYY-MM-DD, kỳ dạng 2022, 2022-Q1.`,
    en: (p) => `Year ${q(p.a)} is before 1000, almost certainly a typo (0999 for 1999 or 2019?). Write a four-digit year from 1000 on: dates as YYYY-MM-DD, periods as 2022, 2022-Q1.`,
  },
  // ── Text ──────────────────────────────────────────────────────────────────────────────
  'text-control-character': {
    severity: 'error',
    vi: (p) => `Ô ${q(p.col)} chứa ký tự điều khiển ${p.a} (ký tự thứ ${p.b}), không nhìn thấy được, thường do sao chép từ PDF, Word hay phần mềm khác; nó làm hỏng trang và tệp tải về. Xóa ký tự đó (gõ lại đoạn chữ quanh nó); nếu cần xuống dòng trong ô, dùng Alt+Enter trong Excel.`,
    en: (p) => `Cell ${q(p.col)} holds the control character ${p.a} (character ${p.b}): invisible, usually pasted from a PDF, Word or another program, and it breaks pages and downloads. Delete it (retype the text around it); for a line break inside a cell use Alt+Enter in Excel.`,
  },
  // ── Units ─────────────────────────────────────────────────────────────────────────────
  'unit-unknown': {
    severity: 'error',
    vi: (p) => `Không tìm thấy đơn vị ${q(p.v)}.${p.hint ? ` Có phải là: ${p.hint}?` : ''} Dùng mã đơn vị (cột id) trong units.csv, hoặc thêm tên gọi khác vào unit-aliases.csv.`,
    en: (p) => `Unit ${q(p.v)} is not known.${p.hint ? ` Did you mean: ${p.hint}?` : ''} Use a unit id from units.csv, or add the name to unit-aliases.csv.`,
  },
  'unit-not-valid-then': {
    severity: 'error',
    vi: (p) => `${q(p.v)} không tồn tại trong kỳ ${p.a}: ${p.hint}. Dùng đơn vị đúng với thời điểm báo cáo, hoặc ghi mã đơn vị (id) nếu báo cáo công bố muộn.`,
    en: (p) => `${q(p.v)} did not exist during ${p.a}: ${p.b}. Use the unit valid at that time, or write the unit id if the report was published late.`,
  },
  'unit-ambiguous': {
    severity: 'error',
    vi: (p) => `Tên ${q(p.v)} ứng với nhiều đơn vị trong kỳ này: ${p.hint}. Dùng mã đơn vị (id) để chỉ rõ.`,
    en: (p) => `Name ${q(p.v)} matches several units in this period: ${p.hint}. Use the unit id instead.`,
  },
  'unit-outside-validity': {
    severity: 'warning',
    vi: (p) => `Đơn vị ${q(p.v)} có hiệu lực ${p.a}, nhưng số liệu thuộc kỳ ${p.b}. Kiểm tra lại đơn vị hoặc kỳ (báo cáo công bố muộn thì giữ nguyên).`,
    en: (p) => `Unit ${q(p.v)} is valid ${p.a}, but the figure is for ${p.b}. Check the unit or the period (keep it if the report came late).`,
  },
  'unit-id-invalid': {
    severity: 'error',
    vi: (p) => `Mã đơn vị ${q(p.v)} chỉ được gồm chữ thường không dấu, chữ số và dấu "-".${maybe(p.hint, true)}`,
    en: (p) => `Unit id ${q(p.v)} may contain only lowercase ASCII letters, digits and "-".${maybe(p.hint, false)}`,
  },
  'id-duplicate': {
    severity: 'error',
    vi: (p) => `Mã ${q(p.v)} đã dùng ở dòng ${p.a}. Mỗi mã chỉ dùng một lần; không dùng lại mã cũ cho đơn vị khác.`,
    en: (p) => `Id ${q(p.v)} is already used on line ${p.a}. Each id is used once and never reused for another body.`,
  },
  'level-invalid': {
    severity: 'error',
    vi: (p) => `Cấp ${q(p.v)} không hợp lệ. Dùng: nation, province, district, commune, agency, centre, aggregate.`,
    en: (p) => `Level ${q(p.v)} is not valid. Use: nation, province, district, commune, agency, centre, aggregate.`,
  },
  'parent-unknown': {
    severity: 'error',
    vi: (p) => `Đơn vị cấp trên ${q(p.v)} không có trong units.csv. Ghi mã (id) của đơn vị cấp trên.`,
    en: (p) => `Parent ${q(p.v)} is not in units.csv. Write the parent's id.`,
  },
  'gso-code-overlap': {
    severity: 'error',
    vi: (p) => `Mã thống kê ${q(p.v)} đã thuộc đơn vị ${q(p.a)} trong cùng thời gian. Một mã chỉ được dùng lại khi thời hạn hiệu lực không chồng nhau (valid_from/valid_to).`,
    en: (p) => `Official code ${q(p.v)} already belongs to ${q(p.a)} at the same time. A code may be reused only when validity windows do not overlap (valid_from/valid_to).`,
  },
  'validity-reversed': {
    severity: 'error',
    vi: (p) => `valid_from ${q(p.v)} sau valid_to ${q(p.a)}. Kiểm tra lại hai ngày.`,
    en: (p) => `valid_from ${q(p.v)} is after valid_to ${q(p.a)}. Check both dates.`,
  },
  'alias-ambiguous': {
    severity: 'error',
    vi: (p) => `Tên gọi ${q(p.v)} trỏ tới hai đơn vị cùng hiệu lực một lúc: ${p.hint}. Xóa một dòng, hoặc ghi tên gọi cụ thể hơn.`,
    en: (p) => `Alias ${q(p.v)} points to two units valid at the same time: ${p.hint}. Delete one row or use a more specific name.`,
  },
  'change-kind-invalid': {
    severity: 'error',
    vi: (p) => `Loại thay đổi ${q(p.v)} không hợp lệ. Dùng: merge, split, rename, transfer.`,
    en: (p) => `Change kind ${q(p.v)} is not valid. Use: merge, split, rename, transfer.`,
  },
  // ── Metrics, sources, targets ─────────────────────────────────────────────────────────
  'scale-invalid': {
    severity: 'error',
    vi: (p) => `Thang ${q(p.v)} không hợp lệ: ghi dạng "thấp-cao", ví dụ ${p.hint ?? '0-100'} hoặc 0-10; để trống nếu chỉ số không có thang cố định.`,
    en: (p) => `Scale ${q(p.v)} is not valid: write it as "low-high", e.g. ${p.hint ?? '0-100'} or 0-10; leave it blank if the index has no fixed range.`,
  },
  'metric-unknown': {
    severity: 'error',
    vi: (p) => `Chỉ tiêu ${q(p.v)} không có trong metrics.csv.${p.hint ? ` Có phải là: ${p.hint}?` : ''} Thêm chỉ tiêu mới vào metrics.csv nếu cần.`,
    en: (p) => `Metric ${q(p.v)} is not in metrics.csv.${p.hint ? ` Did you mean: ${p.hint}?` : ''} Add new metrics to metrics.csv if needed.`,
  },
  'enum-invalid': {
    severity: 'error',
    vi: (p) => `Giá trị ${q(p.v)} của cột ${q(p.col)} không hợp lệ. Dùng một trong: ${p.hint}.`,
    en: (p) => `Value ${q(p.v)} is not allowed in column ${q(p.col)}. Use one of: ${p.hint}.`,
  },
  'source-unknown': {
    severity: 'error',
    vi: (p) => `Nguồn ${q(p.v)} không có trong sources.csv.${p.hint ? ` Có phải là: ${p.hint}?` : ''} Thêm một dòng vào sources.csv (id, title, url).`,
    en: (p) => `Source ${q(p.v)} is not in sources.csv.${p.hint ? ` Did you mean: ${p.hint}?` : ''} Add a row to sources.csv (id, title, url).`,
  },
  'source-unused': {
    severity: 'warning',
    vi: (p) => `Nguồn ${q(p.v)} không được số liệu nào trích dẫn. Xóa dòng này hoặc nhập số liệu từ nguồn đó.`,
    en: (p) => `Source ${q(p.v)} is not cited by any figure. Delete the row or add figures from it.`,
  },
  'url-invalid': {
    severity: 'error',
    vi: (p) => `Địa chỉ ${q(p.v)} không hợp lệ: phải bắt đầu bằng http:// hoặc https://. Để trống nếu không có.`,
    en: (p) => `URL ${q(p.v)} is not valid: it must start with http:// or https://. Leave it blank if there is none.`,
  },
  'url-unsafe-character': {
    severity: 'error',
    vi: (p) => `Địa chỉ có ký tự ${p.a}, không được viết trực tiếp trong URL (dấu cách, ", <, >). Viết dạng mã hóa phần trăm: ${q(p.hint)}.`,
    en: (p) => `The URL holds ${p.a}, which may not be written as such in a URL (space, ", <, >). Write it percent-encoded: ${q(p.hint)}.`,
  },
  'observation-duplicate': {
    severity: 'error',
    vi: (p) => `Số liệu trùng: cùng đơn vị, kỳ, chỉ tiêu và nguồn đã có ở ${p.a}. Xóa một trong hai.`,
    en: (p) => `Duplicate figure: the same unit, period, metric and source is already at ${p.a}. Delete one of them.`,
  },
  // ── Consistency (warnings with the numbers) ───────────────────────────────────────────
  'sources-disagree': {
    severity: 'warning',
    vi: (p) => `Hai nguồn công bố khác nhau: ${p.a}. Cả hai đều được giữ và hiển thị.`,
    en: (p) => `Two sources disagree: ${p.b}. Both are kept and shown.`,
  },
  'sum-mismatch': {
    severity: 'warning',
    vi: (p) => `Số liệu không khớp: ${p.a}. Số công bố được giữ nguyên; kiểm tra lại nguồn.`,
    en: (p) => `Figures do not add up: ${p.b}. The published figures are kept as published; check the source.`,
  },
  'rate-mismatch': {
    severity: 'warning',
    vi: (p) => `Tỷ lệ công bố khác tỷ lệ tính từ số đếm quá 0,5 điểm %: ${p.a}. Có thể do mẫu số khác nhau; cả hai đều được hiển thị.`,
    en: (p) => `The published rate differs from the rate computed from counts by more than 0.5 points: ${p.b}. Denominators may differ; both are shown.`,
  },
  'apology-exceeds-late': {
    severity: 'warning',
    vi: (p) => `Số thư xin lỗi (${p.a}) nhiều hơn số hồ sơ trễ hạn và quá hạn (${p.b}); mỗi hồ sơ trễ hạn chỉ có tối đa một thư. Kiểm tra lại nguồn.`,
    en: (p) => `Apology letters (${p.a}) exceed late and overdue dossiers (${p.b}); there is at most one letter per late dossier. Check the source.`,
  },
  // ── The build ─────────────────────────────────────────────────────────────────────────
  'build-failed': {
    severity: 'error',
    vi: (p) => `Không dựng được trang ${p.a}: ${p.b}. Kiểm tra số liệu trang này hiển thị (bắt đầu từ dòng này của tệp, khi biết), sửa rồi chạy lại; ASTRO_LOG=debug npm run build in chi tiết lỗi. Thư mục dist/ vẫn giữ nguyên bản dựng trước.`,
    en: (p) => `Could not build page ${p.a}: ${p.b}. Check the figures the page shows (starting at this line of this file, when known), fix them and run again; ASTRO_LOG=debug npm run build prints the details. dist/ keeps the previous build unchanged.`,
  },
} satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof CATALOG;

export interface Where {
  file: string;
  line: number;
  column?: string;
  value?: string;
}

/** Build a problem from its code; the severity and both messages come from the catalog, never from the caller. */
export function problem(code: ProblemCode, where: Where, params: P = {}): Problem {
  const entry: Entry = CATALOG[code];
  const p: P = { v: where.value ?? '', col: where.column ?? '', ...params };
  return {
    file: where.file,
    line: where.line,
    column: where.column ?? '',
    code,
    severity: entry.severity,
    value: where.value ?? '',
    message_vi: entry.vi(p),
    message_en: entry.en(p),
  };
}
