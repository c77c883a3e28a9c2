/**
 * Contract additions of 2026-12-04: a metric's `scale`, an observation's `locator`, and what counts as two sources
 * disagreeing. Publishers print 0–100 indices as "91,43%" or "91,43 điểm"; both are the score, and nothing outside
 * the stated scale is a score.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../src/lib/dataset/load.ts';
import { decimalsWritten, samePrinted } from '../src/lib/values/decimal.ts';
import { tempDir, writeDataFolder } from './staff/helpers.ts';

const SOURCES = [
  'id,title,url,publisher,published,accessed,note',
  'ref-units,Danh mục đơn vị hành chính,https://example.org/dvhc,,,,',
  'bnv-2023,PAR INDEX 2023,,Bộ Nội vụ,,,',
  'vcci-2019-pci,PCI 2019,,VCCI & USAID,,,',
  'bao-2020,Báo đưa tin PCI 2019,,Báo,,,',
].join('\n') + '\n';

const { dir, cleanup } = tempDir('cchc-scale-');
afterAll(cleanup);

function load(rows: string[], metricsCsv?: string) {
  const d = `${dir}/${Math.random().toString(36).slice(2)}`;
  writeDataFolder(d, {
    'sources.csv': SOURCES,
    'observations/a.csv': ['unit,period,metric,value,source,locator', ...rows].join('\n') + '\n',
    ...(metricsCsv ? { 'metrics.csv': metricsCsv } : {}),
  });
  const r = loadDataFolder(d);
  return { obs: r.dataset.observations, problems: r.problems.filter((p) => p.code !== 'source-unused').map((p) => `${p.code}@${p.line}`) };
}

describe('scale (metrics.csv)', () => {
  it('reads "91,43%" on a 0-100 score as the score 91.43', () => {
    const { obs, problems } = load(['ha-noi,2023,par_index_score,"91,43%",bnv-2023,', 'ha-noi,2023,sipas_score,"80,08%",bnv-2023,', 'ha-noi,2022,par_index_score,"89,5",bnv-2023,']);
    expect(problems).toEqual([]);
    expect(obs.map((o) => o.value)).toEqual([91.43, 80.08, 89.5]);
  });

  it('refuses a figure outside the scale, with or without a % sign', () => {
    const { problems } = load(['ha-noi,2019,pci_score,"101,5",vcci-2019-pci,', 'ha-noi,2019,pci_entry_costs,"10,5",vcci-2019-pci,', 'ha-noi,2023,par_index_score,"101%",bnv-2023,']);
    expect(problems).toEqual(['value-out-of-range@2', 'value-out-of-range@3', 'value-out-of-range@4']);
  });

  it('still refuses a % sign where the scale is not 0-100', () => {
    expect(load(['ha-noi,2019,pci_entry_costs,"7%",vcci-2019-pci,']).problems).toEqual(['percent-sign-not-percent@2']);
  });

  it('refuses a scale that is not "low-high"', () => {
    const metrics = 'id,label_vi,label_en,kind,better,scale\npci_score,PCI,PCI,score,higher,0 to 100\n';
    expect(loadDataFolder(writeDataFolder(`${dir}/bad-scale`, { 'metrics.csv': metrics, 'sources.csv': SOURCES })).problems.map((p) => p.code)).toContain('scale-invalid');
  });
});

describe('locator (observations)', () => {
  it('is carried with the figure to the pages', () => {
    const { obs, problems } = load(['ha-noi,2019,pci_score,"68,80",vcci-2019-pci,PCI_2019.xlsx!Summary!C25']);
    expect(problems).toEqual([]);
    expect(obs[0]).toMatchObject({ value: 68.8, locator: 'PCI_2019.xlsx!Summary!C25' });
  });
});

describe('sources-disagree', () => {
  it('is no disagreement when one figure is the other rounded (73,40 in the data file, 73,396 elsewhere)', () => {
    const { obs, problems } = load(['ha-noi,2019,pci_score,"73,40",vcci-2019-pci,', 'ha-noi,2019,pci_score,"73,396",bao-2020,']);
    expect(problems).toEqual([]);
    expect(obs).toHaveLength(2); // both kept
  });

  it('is a warning naming both sources when the figures differ', () => {
    const d = `${dir}/disagree`;
    writeDataFolder(d, { 'sources.csv': SOURCES, 'observations/a.csv': 'unit,period,metric,value,source\nha-noi,2019,pci_score,"73,40",vcci-2019-pci\nha-noi,2019,pci_score,"73,5",bao-2020\n' });
    const p = loadDataFolder(d).problems.find((x) => x.code === 'sources-disagree')!;
    expect(p.severity).toBe('warning');
    expect(p.message_en).toContain('vcci-2019-pci says 73,40');
    expect(p.message_en).toContain('bao-2020 says 73,5');
  });

  it('compares at the precision of the less precise printing', () => {
    expect(decimalsWritten('73,40')).toBe(2);
    expect(decimalsWritten('91%')).toBe(0);
    expect(samePrinted(91, 0, 91.43, 2)).toBe(true);
    expect(samePrinted(91.4, 1, 91.46, 2)).toBe(false);
    expect(samePrinted(73.4, 2, 73.396, 3)).toBe(true);
    expect(samePrinted(73.4, 2, 73.5, 1)).toBe(false);
  });
});
