/**
 * PAPI 2011–2019, one sheet per year (`2011_PAPI` … `2019_PAPI`) of PAPI_2011-2019.xlsx: province id, English and
 * Vietnamese names, then each dimension followed by its sub-dimensions (row 1 English, row 2 Vietnamese), and to
 * 2017 the unweighted total of the six dimensions. Columns are recognised from the English header; a header not
 * listed here stops the import.
 */
import type { UnitRegistry } from '../dataset/unit-registry.ts';
import { foldName } from '../text/similar.ts';
import { ImportError, type Figure, type Skipped } from './figures.ts';
import { formatPrinted } from './format.ts';
import { isStatisticRow, resolveProvince, STATISTIC_REASON } from './names.ts';
import { cellAddress, locator, numberAt, textAt, type Sheet } from './workbook.ts';

export const papiSourceId = (year: number) => `cecodes-${year}-papi`;

const DIMENSIONS: Record<string, string> = {
  'participation at local levels': 'papi_participation',
  transparency: 'papi_transparency',
  'vertical accountability': 'papi_vertical_accountability',
  'control of corruption': 'papi_control_of_corruption',
  'public administrative procedures': 'papi_administrative_procedures',
  'public service delivery': 'papi_public_service_delivery',
  'environmental governance': 'papi_environmental_governance',
  'e-governance': 'papi_e_governance',
};

/** Sub-dimension headers → the id's suffix after its dimension (`papi_transparency_poverty_lists`). */
const SUB_DIMENSIONS: Record<string, string> = {
  'civic knowledge': 'civic_knowledge',
  'opportunities for participation': 'opportunities',
  'quality of elections': 'quality_of_elections',
  'quality of local elections': 'quality_of_local_elections',
  'voluntary contributions': 'voluntary_contributions',
  'access to information': 'access_to_information',
  'poverty lists': 'poverty_lists',
  'communal budget and expenditure': 'communal_budget',
  'land-use plans/price frames': 'land_use_plans',
  'interactions with local authorities': 'interactions',
  "people's inspection boards": 'inspection_boards',
  'community investment boards': 'investment_boards',
  'responsive to citizen actions': 'responsiveness',
  'local government’s response to citizens’ appeals': 'appeals_response',
  'access to justice services': 'access_to_justice',
  'limits on public sector corruption': 'public_sector',
  'limits on corruption in service delivery': 'service_delivery',
  'equity in employment': 'equity_in_employment',
  'willingness to fight corruption': 'willingness_to_fight',
  'certification procedures': 'certification',
  'construction permits': 'construction_permits',
  'land-use rights procedures': 'land_use_rights',
  'personal procedures': 'commune_procedures',
  'public health': 'public_health',
  'public primary education': 'primary_education',
  'basic infrastructure': 'basic_infrastructure',
  'law and order': 'law_and_order',
  'seriousness in environment protection': 'seriousness',
  'quality of air': 'air_quality',
  'quality of water': 'water_quality',
  'access to e-government portals': 'portals',
  'access to the internet': 'internet',
  'e-reponsiveness': 'e_responsiveness', // sic in the file
};

/** "Un-weighted2015PAPI" heads the total in every sheet to 2017 (a template's name, not the year). */
const TOTAL = /^un-?weighted\s*\d{4}\s*papi$/u;
const TOTAL_METRIC = 'papi_score_six_dimensions';

const ID_COLUMNS = ['tinhid', 'tentinh_eng', 'tentinh_vie'];

export interface PapiColumn {
  col: number;
  metric: string;
}

/** The metric of each figure column of a year's sheet, from row 1's English headers. */
export function detectPapi(sheet: Sheet, metrics: ReadonlySet<string>): PapiColumn[] {
  for (let c = 0; c < ID_COLUMNS.length; c++) {
    if (textAt(sheet, 0, c) !== ID_COLUMNS[c]) throw new ImportError(`${sheet.file}!${sheet.name}!${cellAddress(0, c)}`, `"${ID_COLUMNS[c]}" expected: the layout is not recognised`);
  }
  const out: PapiColumn[] = [];
  let dimension: string | undefined;
  for (let c = ID_COLUMNS.length; c < sheet.cols; c++) {
    const header = foldName(textAt(sheet, 0, c));
    const where = `${sheet.file}!${sheet.name}!${cellAddress(0, c)}`;
    if (header === '') continue;
    let metric: string;
    if (DIMENSIONS[header]) metric = dimension = DIMENSIONS[header]!;
    else if (SUB_DIMENSIONS[header]) {
      if (!dimension) throw new ImportError(where, `sub-dimension "${header}" before any dimension`);
      metric = `${dimension}_${SUB_DIMENSIONS[header]}`;
    } else if (TOTAL.test(header)) metric = TOTAL_METRIC;
    else throw new ImportError(where, `column header "${header}" is not a known PAPI column. Teach src/lib/import/papi.ts what it is.`);
    if (!metrics.has(metric)) throw new ImportError(where, `${metric} is not in data/metrics.csv`);
    out.push({ col: c, metric });
  }
  return out;
}

/** Figures of one year's sheet. */
export function readPapiSheet(sheet: Sheet, metrics: ReadonlySet<string>, registry: UnitRegistry): { year: number; figures: Figure[]; skipped: Skipped[] } {
  const m = /^(\d{4})_PAPI$/u.exec(sheet.name);
  if (!m) throw new ImportError(`${sheet.file}!${sheet.name}`, 'sheet name is not YYYY_PAPI');
  const year = Number(m[1]);
  const columns = detectPapi(sheet, metrics);
  const figures: Figure[] = [];
  const skipped: Skipped[] = [];
  const units = new Set<string>();
  for (let r = 2; r < sheet.rows; r++) {
    const vi = textAt(sheet, r, 2);
    const en = textAt(sheet, r, 1);
    if (vi === '' && en === '') continue;
    const at = locator(sheet, r, 2);
    if (numberAt(sheet, r, 0) === 999 || isStatisticRow(en) || isStatisticRow(vi)) {
      skipped.push({ where: at, what: `row "${en}" / "${vi}" (id ${numberAt(sheet, r, 0) ?? ''})`, reason: STATISTIC_REASON });
      continue;
    }
    // Both names must name the same province: a mismatch means a shifted row.
    const unit = resolveProvince(registry, vi, year, at);
    const unitEn = resolveProvince(registry, en, year, locator(sheet, r, 1));
    if (unit !== unitEn) throw new ImportError(at, `"${vi}" is ${unit} but "${en}" is ${unitEn}`);
    if (units.has(unit)) throw new ImportError(at, `${unit} appears twice`);
    units.add(unit);
    const dims: number[] = [];
    const blank: string[] = [];
    const row: Figure[] = [];
    let total: Figure | undefined;
    let totalValue: number | undefined;
    for (const { col, metric } of columns) {
      const x = sheet.cell(r, col);
      const where = locator(sheet, r, col);
      // Blank is "not published", never zero (PAPI 2018 prints no Transparency or Control of Corruption for Quảng Ninh).
      if (!x) {
        blank.push(cellAddress(r, col));
        continue;
      }
      if (typeof x.v !== 'number') throw new ImportError(where, `${metric} of ${unit} is "${String(x.v)}", not a number`);
      const figure: Figure = { unit, period: String(year), metric, value: formatPrinted(x, metric, where), source: papiSourceId(year), locator: where };
      if (metric === TOTAL_METRIC) {
        total = figure;
        totalValue = x.v;
      } else {
        if (metric in DIMENSION_IDS) dims.push(x.v);
        row.push(figure);
      }
    }
    if (blank.length > 0) skipped.push({ where: at, what: `${blank.length} blank cells (${blank[0]}…${blank[blank.length - 1]})`, reason: 'ô trống: không công bố, không phải 0 / blank: not published, never zero' });
    if (total !== undefined && totalValue !== undefined) {
      if (dims.length === 0 && totalValue === 0) {
        // PAPI 2014, Bắc Giang: every dimension blank and the total written as 0. No score was published.
        skipped.push({ where: total.locator, what: `total ${total.value} with no dimension`, reason: 'tổng 0 khi mọi chỉ số nội dung trống: không có điểm, không phải điểm 0 / a total of 0 with every dimension blank: no score, not a score of 0' });
      } else if (dims.length === 6 && Math.abs(dims.reduce((a, b) => a + b, 0) - totalValue) <= 0.01) {
        // The total's header names another year (a template); it is imported because it is this year's sum.
        row.push(total);
      } else {
        throw new ImportError(total.locator, `the total ${totalValue} is not the sum of the six dimensions (${dims.join(' + ')})`);
      }
    }
    figures.push(...row);
  }
  if (units.size !== 63) throw new ImportError(`${sheet.file}!${sheet.name}`, `${units.size} provinces read, 63 expected`);
  return { year, figures, skipped };
}

const DIMENSION_IDS = Object.fromEntries(Object.values(DIMENSIONS).map((d) => [d, true]));
