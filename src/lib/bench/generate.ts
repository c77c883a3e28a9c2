/**
 * The synthetic national dataset of `npm run bench`: a data folder (contract v1) with every unit of the 2025 registry,
 * 60 monthly periods and 20 metrics in wide shape, ≈4M observations, written the way staff write figures
 * (1.512; 96,55%; quotes with commas and line breaks; BOM and CRLF on some files; names instead of ids on some rows).
 *
 * Figures are internally consistent (sums add up, rates match their counts) so that a correct loader reports nothing
 * but the few realistic problems injected here, whose file, line and column are returned in `expected`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mulberry32, seedOf, type Rng } from './prng.ts';
import { readBenchUnits, type BenchUnit, type BenchUnits } from './reference.ts';
import { csvField, viInt, viPercent } from './vi-format.ts';

export interface BenchMetric {
  id: string;
  kind: 'count' | 'percent';
  better: 'higher' | 'lower' | 'none';
  label_vi: string;
  label_en: string;
}

/** 20 metrics of the contract vocabulary: the counts of the standard one-stop form and four published rates. */
export const BENCH_METRICS: readonly BenchMetric[] = [
  { id: 'received_total', kind: 'count', better: 'none', label_vi: 'Tổng số hồ sơ tiếp nhận', label_en: 'Dossiers received (total)' },
  { id: 'received_carried_over', kind: 'count', better: 'none', label_vi: 'Hồ sơ kỳ trước chuyển qua', label_en: 'Carried over' },
  { id: 'received_new', kind: 'count', better: 'none', label_vi: 'Hồ sơ mới tiếp nhận', label_en: 'Newly received' },
  { id: 'received_online', kind: 'count', better: 'higher', label_vi: 'Tiếp nhận trực tuyến', label_en: 'Received online' },
  { id: 'received_direct', kind: 'count', better: 'none', label_vi: 'Tiếp nhận trực tiếp', label_en: 'Received in person' },
  { id: 'received_postal', kind: 'count', better: 'none', label_vi: 'Tiếp nhận qua bưu chính công ích', label_en: 'Received by post' },
  { id: 'resolved', kind: 'count', better: 'none', label_vi: 'Hồ sơ đã giải quyết', label_en: 'Resolved' },
  { id: 'resolved_early', kind: 'count', better: 'higher', label_vi: 'Giải quyết trước hạn', label_en: 'Resolved early' },
  { id: 'resolved_on_time', kind: 'count', better: 'higher', label_vi: 'Giải quyết đúng hạn', label_en: 'Resolved on time' },
  { id: 'resolved_late', kind: 'count', better: 'lower', label_vi: 'Giải quyết quá hạn', label_en: 'Resolved late' },
  { id: 'in_progress', kind: 'count', better: 'none', label_vi: 'Hồ sơ đang giải quyết', label_en: 'In progress' },
  { id: 'in_progress_overdue', kind: 'count', better: 'lower', label_vi: 'Đang giải quyết, quá hạn', label_en: 'In progress, overdue' },
  { id: 'apology_letters', kind: 'count', better: 'none', label_vi: 'Thư xin lỗi', label_en: 'Apology letters' },
  { id: 'results_by_post', kind: 'count', better: 'none', label_vi: 'Trả kết quả qua bưu chính', label_en: 'Results returned by post' },
  { id: 'pct_on_time_or_early', kind: 'percent', better: 'higher', label_vi: 'Tỷ lệ đúng và trước hạn', label_en: 'On time or early (%)' },
  { id: 'pct_late', kind: 'percent', better: 'lower', label_vi: 'Tỷ lệ quá hạn', label_en: 'Late (%)' },
  { id: 'pct_online', kind: 'percent', better: 'higher', label_vi: 'Tỷ lệ tiếp nhận trực tuyến', label_en: 'Received online (%)' },
  { id: 'pct_postal', kind: 'percent', better: 'none', label_vi: 'Tỷ lệ tiếp nhận qua bưu chính', label_en: 'Received by post (%)' },
  { id: 'online_level3', kind: 'count', better: 'higher', label_vi: 'Hồ sơ trực tuyến mức độ 3', label_en: 'Online, level 3' },
  { id: 'online_level4', kind: 'count', better: 'higher', label_vi: 'Hồ sơ trực tuyến mức độ 4', label_en: 'Online, level 4' },
];

export const BENCH_SOURCES = [
  { id: 'bench-cong-dvcqg', title: 'Cổng Dịch vụ công quốc gia: số liệu giải quyết TTHC toàn quốc (tổng hợp)', url: 'https://dichvucong.gov.vn/p/home/dvc-thong-ke.html', publisher: 'Văn phòng Chính phủ' },
  { id: 'bench-bc-tinh', title: 'Báo cáo tình hình giải quyết thủ tục hành chính hằng tháng của UBND tỉnh, thành phố', url: '', publisher: 'UBND tỉnh, thành phố' },
  { id: 'bench-bc-xa', title: 'Báo cáo kết quả giải quyết TTHC tại Bộ phận Một cửa cấp xã, 2021–2023', url: '', publisher: 'UBND cấp xã' },
  { id: 'bench-httt-tthc', title: 'Hệ thống thông tin giải quyết TTHC cấp tỉnh: số liệu cấp xã, 2024–2025', url: 'https://dichvucong.gov.vn/', publisher: 'UBND tỉnh, thành phố' },
] as const;

export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const MONTHS = YEARS.length * 12;

export interface ExpectedProblem {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: string;
  /** What was injected, for the printout. */
  what: string;
}

export interface GeneratedDataset {
  dir: string;
  /** CSV files written (reference files + observation files). */
  files: number;
  observationFiles: number;
  /** Data rows (records after the header) in observation files. */
  rows: number;
  /** Cells with a value in observation files. */
  observations: number;
  /** Observations a correct loader keeps: those of files without errors. */
  expectedObservations: number;
  bytes: number;
  units: number;
  communes: number;
  communesInReference: number;
  metrics: number;
  expected: ExpectedProblem[];
}

export interface GenerateOptions {
  dir: string;
  refDir: string;
  /** Fraction of communes, 0 < scale ≤ 1. */
  scale: number;
  seed: number;
  /**
   * Inject the 3 error problems too (default true). The build phase generates without them: like `npm run build`, it
   * refuses a folder with errors. The 5 warnings are injected either way (a build publishes them).
   */
  errors?: boolean;
  /** Every observation row in this one file (the bigfile phase: one large file instead of one per province a year). */
  singleFile?: string;
  /** With singleFile: write it in the long shape (one line per figure). */
  long?: boolean;
}

// ── Figures ─────────────────────────────────────────────────────────────────────────────

interface Figures {
  carried: number;
  fresh: number;
  online: number;
  direct: number;
  postal: number;
  total: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  inProgress: number;
  overdue: number;
  apology: number;
  byPost: number;
  level3: number;
  level4: number;
}

/** Tết in February, the year-end rush in December. */
const SEASON = [1.0, 0.72, 1.05, 1.0, 1.02, 1.0, 0.95, 1.0, 1.03, 1.05, 1.08, 1.2];

/** One month of one unit: every sum of the form holds, every part is non-negative. */
function figures(rng: Rng, base: number, month: number): Figures {
  const moy = month % 12;
  const fresh = Math.max(12, Math.round(base * SEASON[moy]! * (1 + 0.03 * (month / 12)) * rng.between(0.85, 1.15)));
  const onlineShare = Math.min(0.92, Math.max(0.05, 0.15 + 0.6 * (month / (MONTHS - 1)) + rng.between(-0.05, 0.05)));
  const online = Math.round(fresh * onlineShare);
  const postal = Math.round((fresh - online) * rng.between(0.01, 0.06));
  const direct = fresh - online - postal;
  const carried = Math.round(fresh * rng.between(0.04, 0.2));
  const total = carried + fresh;
  const resolved = Math.round(total * rng.between(0.84, 0.97));
  const inProgress = total - resolved;
  const overdue = Math.round(inProgress * rng.between(0, 0.08));
  const late = Math.round(resolved * rng.between(0, 0.035));
  const early = Math.round((resolved - late) * rng.between(0.1, 0.45));
  const onTime = resolved - late - early;
  const apology = Math.floor((late + overdue) * rng.next());
  const byPost = Math.round(resolved * rng.between(0.01, 0.05));
  const level4 = Math.round(online * rng.between(0.2, 0.6));
  const level3 = Math.round((online - level4) * rng.between(0.5, 0.9));
  return { carried, fresh, online, direct, postal, total, resolved, early, onTime, late, inProgress, overdue, apology, byPost, level3, level4 };
}

const pct = (num: number, den: number) => (num / den) * 100;

interface Style {
  /** Thousands separator of counts: '.' (most publications) or ' '. */
  sep: string;
  /** Percent cells with a "%" sign. */
  percentSign: boolean;
}

/** Cells of one row, by metric id, as written. */
function cells(f: Figures, s: Style, rng: Rng): Record<string, string> {
  const n = (v: number) => viInt(v, s.sep);
  const p = (v: number) => viPercent(v, s.percentSign);
  // About 1% of "online, level 4" cells are not published: blank or a dash, never zero.
  const l4 = rng.chance(0.01) ? (rng.chance(0.5) ? '' : '-') : n(f.level4);
  return {
    received_total: n(f.total),
    received_carried_over: n(f.carried),
    received_new: n(f.fresh),
    received_online: n(f.online),
    received_direct: n(f.direct),
    received_postal: n(f.postal),
    resolved: n(f.resolved),
    resolved_early: n(f.early),
    resolved_on_time: n(f.onTime),
    resolved_late: n(f.late),
    in_progress: n(f.inProgress),
    in_progress_overdue: n(f.overdue),
    apology_letters: n(f.apology),
    results_by_post: n(f.byPost),
    pct_on_time_or_early: p(pct(f.early + f.onTime, f.resolved)),
    pct_late: p(pct(f.late, f.resolved)),
    pct_online: p(pct(f.online, f.fresh)),
    pct_postal: p(pct(f.postal, f.fresh)),
    online_level3: n(f.level3),
    online_level4: l4,
  };
}

function quoteFor(u: BenchUnit, label: string, f: Figures, multiline: boolean): string {
  const [y, m] = label.split('-');
  const head = `Tháng ${Number(m)}/${y}, ${u.name} tiếp nhận ${viInt(f.total)} hồ sơ (${viInt(f.online)} hồ sơ trực tuyến), đã giải quyết ${viInt(f.resolved)} hồ sơ`;
  const tail = `trong đó ${viInt(f.early + f.onTime)} hồ sơ đúng và trước hạn, đạt ${viPercent(pct(f.early + f.onTime, f.resolved), true)}; theo "Báo cáo tháng" của đơn vị.`;
  return multiline ? `${head};\n${tail}` : `${head}, ${tail}`;
}

// ── Files ───────────────────────────────────────────────────────────────────────────────

const BASE_COLUMNS = ['unit', 'period', 'period_start', 'period_end', 'source'] as const;
const TAIL_COLUMNS = ['quote', 'note'] as const;

/** One CSV file being written: rows, and the editor line each one starts on. */
class CsvFile {
  readonly path: string;
  readonly header: string[];
  /** Long shape: the metric columns of a row become one line each (metric, value), blanks left out. */
  private readonly long: readonly string[] | undefined;
  private readonly parts: string[] = [];
  private line = 2; // after the header
  rows = 0;
  observations = 0;
  hasError = false;
  constructor(path: string, header: string[], longMetrics?: readonly string[]) {
    this.path = path;
    this.long = longMetrics;
    this.header = longMetrics ? [...BASE_COLUMNS, 'metric', 'value', ...TAIL_COLUMNS] : header;
  }
  /** Append a row (cells by column name); returns its first line. */
  add(values: Record<string, string>): number {
    if (this.long) return this.addLong(values);
    const text = this.header.map((h) => csvField(values[h] ?? '')).join(',');
    const at = this.line;
    this.parts.push(text);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
    this.line++;
    this.rows++;
    return at;
  }
  private addLong(values: Record<string, string>): number {
    const at = this.line;
    let first = true;
    for (const m of this.long!) {
      const v = values[m] ?? '';
      if (v === '' || v === '-') continue;
      // The quote and note once per wide row, on its first line.
      const cells: Record<string, string | undefined> = { ...values, metric: m, value: v, quote: first ? values.quote : '', note: first ? values.note : '' };
      first = false;
      const text = this.header.map((h) => csvField(cells[h] ?? '')).join(',');
      this.parts.push(text);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
      this.line++;
      this.rows++;
    }
    if (first) this.line = at; // nothing written (a total row with only blanks)
    return at;
  }
  write(dir: string, bom: boolean, crlf: boolean): number {
    const eol = crlf ? '\r\n' : '\n';
    const text = (bom ? '\uFEFF' : '') + this.header.join(',') + eol + this.parts.join(eol) + eol;
    const buf = Buffer.from(text, 'utf8');
    const full = join(dir, this.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, buf);
    return buf.length;
  }
}

function writeReference(dir: string, name: string, header: readonly string[], rows: readonly Record<string, string>[]): number {
  const text = [header.join(','), ...rows.map((r) => header.map((h) => csvField(r[h] ?? '')).join(','))].join('\n') + '\n';
  const buf = Buffer.from(text, 'utf8');
  writeFileSync(join(dir, name), buf);
  return buf.length;
}

// ── Injected problems ───────────────────────────────────────────────────────────────────

/**
 * Realistic mistakes, all in old-province files so that they exist at every --scale: 3 errors (each drops its file)
 * and 5 warnings. `old` indexes the 63 old provinces in reference order; `month` is 1-based.
 */
type Injection =
  | { code: 'row-total'; old: number; year: number }
  | { code: 'value-approximate'; old: number; year: number; month: number }
  | { code: 'number-ambiguous'; old: number; year: number; month: number }
  | { code: 'sum-mismatch'; old: number; year: number; month: number }
  | { code: 'rate-mismatch'; old: number; year: number; month: number }
  | { code: 'value-decimal-point'; old: number; year: number; month: number }
  | { code: 'apology-exceeds-late'; old: number; year: number; month: number }
  | { code: 'unit-outside-validity'; old: number; year: number };

export const INJECTIONS: readonly Injection[] = [
  { code: 'row-total', old: 3, year: 2022 },
  { code: 'value-approximate', old: 10, year: 2023, month: 5 },
  { code: 'number-ambiguous', old: 20, year: 2021, month: 8 },
  { code: 'sum-mismatch', old: 5, year: 2024, month: 3 },
  { code: 'rate-mismatch', old: 15, year: 2022, month: 11 },
  { code: 'value-decimal-point', old: 25, year: 2023, month: 2 },
  { code: 'apology-exceeds-late', old: 35, year: 2021, month: 6 },
  { code: 'unit-outside-validity', old: 45, year: 2025 },
];

/** The injections the loader reports as errors (each drops its file). */
const ERROR_CODES: readonly Injection['code'][] = ['row-total', 'value-approximate', 'number-ambiguous'];

// ── The folder ──────────────────────────────────────────────────────────────────────────

const label = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
const monthIndex = (year: number, month: number) => (year - YEARS[0]) * 12 + (month - 1);
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Reporting month "tháng m": from the 21st of the month before to the 20th. */
function reportingMonth(year: number, month: number): [string, string] {
  const py = month === 1 ? year - 1 : year;
  const pm = month === 1 ? 12 : month - 1;
  return [iso(py, pm, 21), iso(year, month, 20)];
}

interface UnitStream {
  unit: BenchUnit;
  rng: Rng;
  base: number;
  style: Style;
}

function stream(unit: BenchUnit, seed: number, lo: number, hi: number, style: Style): UnitStream {
  const rng = mulberry32(seedOf(unit.id, seed));
  const base = Math.exp(rng.between(Math.log(lo), Math.log(hi)));
  return { unit, rng, base, style };
}

export function generateDataset(opts: GenerateOptions): GeneratedDataset {
  const { dir, seed } = opts;
  const units: BenchUnits = readBenchUnits(opts.refDir, opts.scale);
  mkdirSync(join(dir, 'observations'), { recursive: true });
  const expected: ExpectedProblem[] = [];
  let bytes = 0;

  // Reference files.
  const allUnits = [units.nation, ...units.old, ...units.fresh.flatMap((f) => [f.unit, ...f.communes])];
  bytes += writeReference(dir, 'units.csv', ['id', 'name', 'level', 'parent', 'gso_code', 'valid_from', 'valid_to'], allUnits as unknown as Record<string, string>[]);
  bytes += writeReference(
    dir,
    'metrics.csv',
    ['id', 'label_vi', 'label_en', 'kind', 'better'],
    BENCH_METRICS as unknown as Record<string, string>[],
  );
  bytes += writeReference(dir, 'sources.csv', ['id', 'title', 'url', 'publisher'], BENCH_SOURCES as unknown as Record<string, string>[]);

  const metricIds = BENCH_METRICS.map((m) => m.id);
  let fileNo = 0;
  const files: CsvFile[] = [];
  /** A new observation file; every other file has its metric columns in another order (column order is free). */
  const newFile = (path: string) => {
    if (opts.singleFile && files[0]) return files[0];
    if (opts.singleFile) path = opts.singleFile;
    const k = fileNo++ % 2 === 0 ? 0 : 7;
    const metricsOrder = [...metricIds.slice(k), ...metricIds.slice(0, k)];
    const f = new CsvFile(path, [...BASE_COLUMNS, ...metricsOrder, ...TAIL_COLUMNS], opts.singleFile && opts.long ? metricIds : undefined);
    files.push(f);
    return f;
  };

  let rowNo = 0;
  /** Append one unit-month to a file, applying an injection when one targets it. */
  const emit = (file: CsvFile, s: UnitStream, year: number, month: number, source: string, opt: { byName?: boolean; dates?: boolean; inject?: Injection } = {}) => {
    const f = figures(s.rng, s.base, monthIndex(year, month));
    const lbl = label(year, month);
    const c = cells(f, s.style, s.rng);
    const row: Record<string, string> = { unit: opt.byName ? s.unit.name : s.unit.id, period: lbl, source, ...c };
    if (opt.dates) [row.period_start, row.period_end] = reportingMonth(year, month);
    rowNo++;
    if (rowNo % 7 === 3) row.quote = quoteFor(s.unit, lbl, f, rowNo % 77 === 3);
    if (rowNo % 13 === 5) row.note = 'Số liệu sơ bộ, sẽ cập nhật trong báo cáo quý';
    const inj = opt.inject;
    let column = '';
    let what = '';
    if (inj) {
      switch (inj.code) {
        case 'value-approximate':
          column = 'received_new';
          row[column] = `hơn ${viInt(Math.floor(f.fresh / 100) * 100)}`;
          what = `"${row[column]}" in a count`;
          break;
        case 'number-ambiguous':
          column = 'received_total';
          row[column] = '1.5123';
          what = '"1.5123" (a misplaced thousands dot)';
          break;
        case 'sum-mismatch':
          column = 'received_total'; // reported at the total
          row.received_carried_over = viInt(f.carried + 10, s.style.sep);
          what = 'received_carried_over 10 too high';
          break;
        case 'rate-mismatch':
          column = 'pct_late';
          row[column] = viPercent(pct(f.late, f.resolved) + 1.5, s.style.percentSign);
          what = 'pct_late published 1,5 points above its counts';
          break;
        case 'value-decimal-point':
          column = 'pct_on_time_or_early';
          row[column] = `${pct(f.early + f.onTime, f.resolved).toFixed(1)}%`;
          what = `"${row[column]}" with a decimal point`;
          break;
        case 'apology-exceeds-late':
          column = 'apology_letters';
          row[column] = viInt(f.late + f.overdue + 3, s.style.sep);
          what = '3 more apology letters than late dossiers';
          break;
        default:
          throw new Error(`injection ${inj.code} is not a cell edit`);
      }
    }
    const line = file.add(row);
    for (const m of metricIds) if (row[m] !== '' && row[m] !== '-') file.observations++;
    if (inj) record(inj, file, line, column, what);
    return line;
  };
  const record = (inj: Injection, file: CsvFile, line: number, column: string, what: string) => {
    const severity = ERROR_CODES.includes(inj.code) ? 'error' : 'warning';
    if (severity === 'error') file.hasError = true;
    expected.push({ code: inj.code, severity, file: file.path, line, column, what });
  };
  const withErrors = opts.errors !== false;
  const injectionsFor = (oldIndex: number, year: number) =>
    INJECTIONS.filter((i) => i.old === oldIndex && i.year === year && (withErrors || !ERROR_CODES.includes(i.code)));

  // The nation: 60 months, one file a year.
  const nation = stream(units.nation, seed, 2_500_000, 2_500_001, { sep: '.', percentSign: true });
  for (const year of YEARS) {
    const file = newFile(`observations/${units.nation.id}/${year}.csv`);
    for (let m = 1; m <= 12; m++) emit(file, nation, year, m, 'bench-cong-dvcqg');
  }

  // The 63 old provinces up to 2025-06; 2021 files name the province instead of giving its id.
  units.old.forEach((u, i) => {
    const s = stream(u, seed, 3_000, 60_000, { sep: '.', percentSign: true });
    for (const year of YEARS) {
      const file = newFile(`observations/${u.id}/${year}.csv`);
      const injections = injectionsFor(i, year);
      const last = year === 2025 ? 6 : 12;
      for (let m = 1; m <= last; m++) {
        const inject = injections.find((x) => 'month' in x && x.month === m);
        emit(file, s, year, m, 'bench-bc-tinh', { byName: year === 2021, inject });
      }
      for (const inj of injections) {
        if (inj.code === 'unit-outside-validity') {
          // A late publication: the old province's July figures, after it ended on 2025-06-30.
          const line = emit(file, s, year, 7, 'bench-bc-tinh');
          record(inj, file, line, 'unit', 'an old province reporting 2025-07');
        }
        if (inj.code === 'row-total') {
          // A spreadsheet total at the bottom: totals are computed, never committed.
          const line = file.add({ unit: 'Tổng cộng', period: String(year), source: 'bench-bc-tinh', received_total: '—' });
          record(inj, file, line, 'unit', 'a "Tổng cộng" row');
        }
      }
    }
  });

  // The 34 new provinces (from 2025-07) and their communes (all 60 months, open validity), one file per province a year.
  let communeCount = 0;
  units.fresh.forEach(({ unit, communes }) => {
    const ps = stream(unit, seed, 8_000, 150_000, { sep: ' ', percentSign: true });
    const cs = communes.map((c, j) => stream(c, seed, 40, 1_500, { sep: '.', percentSign: j % 2 === 0 }));
    communeCount += communes.length;
    for (const year of YEARS) {
      const file = newFile(`observations/${unit.id}/${year}.csv`);
      let k = 0;
      for (let m = 1; m <= 12; m++) {
        for (const s of cs) emit(file, s, year, m, year <= 2023 ? 'bench-bc-xa' : 'bench-httt-tthc', { dates: k++ % 5 === 0 });
        if (year === 2025 && m >= 7) emit(file, ps, year, m, 'bench-bc-tinh');
      }
    }
  });

  // Write: every third file with a BOM, every fourth with CRLF line ends (Excel on Windows).
  let rows = 0;
  let observations = 0;
  let expectedObservations = 0;
  files.forEach((f, i) => {
    bytes += f.write(dir, i % 3 === 0, i % 4 === 1);
    rows += f.rows;
    observations += f.observations;
    if (!f.hasError) expectedObservations += f.observations;
  });
  expected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    dir,
    files: files.length + 3,
    observationFiles: files.length,
    rows,
    observations,
    expectedObservations,
    bytes,
    units: allUnits.length,
    communes: communeCount,
    communesInReference: units.communesInReference,
    metrics: BENCH_METRICS.length,
    expected,
  };
}
