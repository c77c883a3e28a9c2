/**
 * A chart's CSV lists every figure of the chart once and each quote once: a later row citing the same quote leaves
 * `quote` empty and names, in `x_quote_row`, the spreadsheet row that holds it. observations.csv keeps every quote.
 */
import { plainObservation } from '../../src/lib/dataset/row-observation.ts';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';

process.env.DATA_DIR = 'tests/site-fixture';
const { exportCatalog } = await import('../../src/lib/export/catalog.ts');
const { chartCsv } = await import('../../src/lib/export/responses.ts');
const { siteData } = await import('../../src/lib/site/data.ts');
const { chartObservationsCsv, observationsCsv, QUOTE_ROW_COLUMN } = await import('../../src/lib/export/observations-csv.ts');
const { formatContractNumber, unescapeFormula } = await import('../../src/lib/export/csv.ts');
import type { Observation } from '../../src/lib/schema/observation.ts';

const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
const figure = (o: Observation) => [o.unit, o.period.label, o.metric, o.source, formatContractNumber(o.value), o.file, o.line].join('|');
const figureOfRow = (r: Record<string, string>) => [r.unit, unescapeFormula(r.period!), r.metric, r.source, r.value, unescapeFormula(r.x_file!), r.x_line].join('|');

/** Each row's quote as a reader resolves it: its own cell, else the cell of the row `x_quote_row` names. */
function resolvedQuotes(rows: Record<string, string>[]): string[] {
  return rows.map((r) => {
    const ref = r[QUOTE_ROW_COLUMN];
    if (!ref) return r.quote!;
    const target = rows[Number.parseInt(ref, 10) - 2]!; // row 1 is the header
    expect(target.quote, `row ${ref}`).not.toBe('');
    expect(target[QUOTE_ROW_COLUMN]).toBe('');
    return target.quote!;
  });
}

describe('chart CSVs', () => {
  const charts = exportCatalog().charts.filter((c) => c.locale === 'vi');

  it('hold every figure of the chart, each quote text once, and point repeated quotes at the row that holds them', () => {
    for (const chart of charts) {
      const csv = chartCsv(chart);
      const rows = rowsOf(csv);
      expect(csv.slice(0, csv.indexOf('\r\n')).endsWith(`,quote,note,x_file,x_line,${QUOTE_ROW_COLUMN}`), chart.key).toBe(true);
      expect(rows.map(figureOfRow).sort(), chart.key).toEqual(chart.observations.map(figure).sort());
      const quotes = rows.map((r) => r.quote).filter((q) => q);
      expect(new Set(quotes).size, chart.key).toBe(quotes.length);
      const distinct = new Set(chart.observations.flatMap((o) => (o.quote ? [o.quote] : [])));
      expect(quotes.length, chart.key).toBe(distinct.size);
      // Rows are in observations.csv's order, so resolving the pointers gives back every row's quote in place.
      const full = rowsOf(observationsCsv(siteData().dataset, chart.observations));
      expect(resolvedQuotes(rows), chart.key).toEqual(full.map((r) => r.quote));
    }
    expect(charts.length).toBeGreaterThan(10);
  });

  it('are smaller than the same rows with every quote repeated, and carry observations.csv columns plus one', () => {
    const ds = siteData().dataset;
    // A table's figures: one quote for all of them, as a published table row is quoted once per figure it holds.
    const table = 'Bảng 2: kết quả giải quyết hồ sơ trong kỳ, theo từng lĩnh vực, của toàn tỉnh';
    const obs = ds.observations.filter((o) => o.unit === ds.observations[0]!.unit).map((o) => ({ ...plainObservation(o), quote: table }));
    expect(obs.length).toBeGreaterThan(2);
    const chart = chartObservationsCsv(ds, obs);
    const full = observationsCsv(ds, obs);
    expect(chart.length).toBeLessThan(full.length);
    const header = (csv: string) => csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header(chart)).toEqual([...header(full), QUOTE_ROW_COLUMN]);
    expect(chart.split(table).length - 1).toBe(1);
    expect(resolvedQuotes(rowsOf(chart))).toEqual(obs.map(() => table));
  });

  it('point at the right row when a quote cell spans several lines', () => {
    const ds = siteData().dataset;
    const base = ds.observations[0]!;
    const quote = 'Dòng một,\r\n"dòng hai"';
    const obs: Observation[] = [0, 1, 2].map((i) => ({ ...plainObservation(base), value: i + 1, line: base.line + i, quote: i === 1 ? 'khác' : quote }));
    const rows = rowsOf(chartObservationsCsv(ds, obs));
    expect(rows.map((r) => r.quote)).toEqual([quote, 'khác', '']);
    expect(rows.map((r) => r[QUOTE_ROW_COLUMN])).toEqual(['', '', '2']);
  });
});
