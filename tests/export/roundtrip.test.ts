/**
 * A downloaded CSV, fed back to the validator, yields the same observations: the chart/dataset CSV is written as an
 * observations file into a copy of the data folder's reference files and read with loadDataFolder.
 */
import { plainObservation } from '../../src/lib/dataset/row-observation.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import type { Observation } from '../../src/lib/schema/observation.ts';
import { observationsCsv } from '../../src/lib/export/observations-csv.ts';
import { REFERENCE_TABLES, referenceCsv } from '../../src/lib/export/reference-csv.ts';
import { unescapeFormula } from '../../src/lib/export/csv.ts';

const REFERENCE = ['units.csv', 'unit-aliases.csv', 'unit-changes.csv', 'metrics.csv', 'sources.csv', 'targets.csv'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folderWith(from: string, observations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-roundtrip-'));
  dirs.push(dir);
  for (const f of REFERENCE) if (existsSync(join(from, f))) copyFileSync(join(from, f), join(dir, f));
  mkdirSync(join(dir, 'observations'));
  for (const [name, text] of Object.entries(observations)) writeFileSync(join(dir, 'observations', name), text);
  return dir;
}

/** What an observation says, independent of where it was written. */
const content = (o: Observation) =>
  JSON.stringify([o.unit, o.period.label, o.period.kind, o.period.start, o.period.end, o.metric, o.value, o.source, o.quote ?? null, o.note ?? null]);

/**
 * Read back, a text cell that began with = + - @ carries the export's leading apostrophe (formula-injection escaping,
 * documented in the datapackage): removing it gives the text as published (real quotes begin with "- ").
 */
const unescaped = (o: Observation): Observation => ({ ...plainObservation(o), quote: o.quote === undefined ? undefined : unescapeFormula(o.quote), note: o.note === undefined ? undefined : unescapeFormula(o.note) });

function expectSame(back: readonly Observation[], original: readonly Observation[]) {
  expect(back.map(unescaped).map(content).sort()).toEqual(original.map(content).sort());
}

for (const data of ['tests/site-fixture', 'data']) {
  describe(`round trip through the validator: ${data}`, () => {
    const loaded = loadDataFolder(data);
    const ds = loaded.dataset;

    it('the whole-dataset CSV validates to the same observations', () => {
      expect(ds.observations.length).toBeGreaterThan(0);
      const csv = observationsCsv(ds, ds.observations);
      const back = loadDataFolder(folderWith(data, { 'observations.csv': csv }));
      expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expectSame(back.dataset.observations, ds.observations);
      // x_raw keeps each figure as published, x_file/x_line where it came from.
      const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
      const published = new Set(ds.observations.map((o) => `${o.file}:${o.line}:${o.metric}:${o.raw}`));
      for (const r of rows) expect(published.has(`${r.x_file}:${r.x_line}:${r.metric}:${unescapeFormula(r.x_raw!)}`)).toBe(true);
    });

    it('a chart-sized CSV (one unit) validates to the same observations', () => {
      const unit = ds.observations[0]!.unit;
      const some = ds.observations.filter((o) => o.unit === unit);
      const back = loadDataFolder(folderWith(data, { 'chart.csv': observationsCsv(ds, some) }));
      expect(back.errors).toBe(0);
      expectSame(back.dataset.observations, some);
    });

    it('the datapackage files together form a valid data folder with the same content', () => {
      const dir = mkdtempSync(join(tmpdir(), 'cchc-package-'));
      dirs.push(dir);
      for (const t of REFERENCE_TABLES) writeFileSync(join(dir, t.file), referenceCsv(ds, t));
      mkdirSync(join(dir, 'observations'));
      writeFileSync(join(dir, 'observations', 'observations.csv'), observationsCsv(ds, ds.observations));
      const back = loadDataFolder(dir);
      expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(back.dataset.units.length).toBe(ds.units.length);
      expect(back.dataset.aliases.length).toBe(ds.aliases.length);
      expect(back.dataset.changes.length).toBe(ds.changes.length);
      expect(back.dataset.metrics).toEqual(ds.metrics);
      expect(back.dataset.sources).toEqual(ds.sources);
      expect(back.dataset.targets.map((t) => [t.metric, t.unit, t.op, t.value, t.source, t.from, t.to])).toEqual(
        ds.targets.map((t) => [t.metric, t.unit, t.op, t.value, t.source, t.from, t.to]),
      );
      expectSame(back.dataset.observations, ds.observations);
    });
  });
}

describe('round trip with hostile text', () => {
  it('quotes and notes that start with = + - @ are escaped in the CSV and come back with one apostrophe to remove', () => {
    const dir = folderWith('tests/site-fixture', {
      'hostile.csv': [
        'unit,period,metric,value,source,quote,note',
        'dong-thap,2021,pct_on_time_or_early,"95,5",test-bao-cao-tinh,"=HYPERLINK(""http://evil"",""x"")",- ghi chú gạch đầu dòng',
        'dong-thap,2020,pct_on_time_or_early,-,test-bao-cao-tinh,@không công bố,',
        'dong-thap,2019,pct_on_time_or_early,"90",test-bao-cao-tinh,+1 điểm so với năm trước,',
      ].join('\n'),
    });
    const first = loadDataFolder(dir);
    expect(first.errors).toBe(0);
    const hostile = first.dataset.observations.filter((o) => o.file === 'observations/hostile.csv');
    expect(hostile).toHaveLength(2);
    const csv = observationsCsv(first.dataset, hostile);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`'- ghi chú gạch đầu dòng`);
    expect(csv).toContain(`'+1 điểm`);
    const back = loadDataFolder(folderWith('tests/site-fixture', { 'back.csv': csv }));
    expect(back.errors).toBe(0);
    const unescaped = back.dataset.observations.map((o) => ({ ...plainObservation(o), quote: o.quote && unescapeFormula(o.quote), note: o.note && unescapeFormula(o.note) }));
    expectSame(unescaped, hostile);
  });
});
