/**
 * Page keys, each from its page type's declared dependencies: a key changes with what the page shows, and only then
 * (tests/site/incremental-build.test.ts builds the site to prove the rest; tests/site/dependencies.test.ts that each
 * page reads only what it declares).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../dataset/load.ts';
import { SiteModel } from './model.ts';
import { KeyDigests, pageKey } from './page-key.ts';
import { dependenciesOf, type KeyedKind } from './registry.ts';
import { computedRates } from './metric-computed.ts';

const root = mkdtempSync(join(tmpdir(), 'cchc-page-key-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Keys = { unit: (id: string) => string; metric: (id: string) => string; source: (id: string) => string; compareUnits: () => string; of: (kind: KeyedKind, id: string) => string };

/** A copy of the test site's data, edited, and its pages' keys, each from the page's declared dependencies. */
function pageKeysAfter(edit: (dir: string) => void): { unit: (id: string) => string; keys: Keys } {
  const dir = mkdtempSync(join(root, 'data-'));
  cpSync('tests/site-fixture', dir, { recursive: true });
  edit(dir);
  const model = new SiteModel(loadDataFolder(dir));
  const digests = new KeyDigests(model, dir);
  const key = (kind: KeyedKind, id: string) => pageKey(digests, dependenciesOf(model, kind, id));
  const keys: Keys = { unit: (id) => key('unit', id), metric: (id) => key('metric', id), source: (id) => key('source', id), compareUnits: () => key('compare-units', ''), of: key };
  return { unit: keys.unit, keys };
}
/** The keys of the units' pages after an edit. */
const keysAfter = (edit: (dir: string) => void) => pageKeysAfter(edit).unit;

const replaceIn = (dir: string, file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

const SA_DEC = 'dong-thap-thanh-pho-sa-dec';
const CHAU_THANH = 'dong-thap-huyen-chau-thanh';
const HA_NOI = 'ha-noi';
const base = keysAfter(() => {});

describe('unit page key', () => {
  it('is the same for the same data, and differs between units', () => {
    const again = keysAfter(() => {});
    expect(again(SA_DEC)).toBe(base(SA_DEC));
    expect(base(SA_DEC)).not.toBe(base(CHAU_THANH));
  });

  it('changes for the units whose file changed, not for the others', () => {
    const k = keysAfter((d) => replaceIn(d, 'observations/dong-thap/chau-thanh.csv', 'pct_online,66%', 'pct_online,67%'));
    expect(k(CHAU_THANH)).not.toBe(base(CHAU_THANH));
    expect(k(SA_DEC)).toBe(base(SA_DEC));
    expect(k(HA_NOI)).toBe(base(HA_NOI));
  });

  it('changes for the unit whose figure changed, not for the others in the same file', () => {
    const k = keysAfter((d) => replaceIn(d, 'observations/tinh/ty-le-dung-han.csv', 'tien-giang,2023,pct_on_time_or_early,"95,8"', 'tien-giang,2023,pct_on_time_or_early,"95,9"'));
    expect(k('tien-giang')).not.toBe(base('tien-giang'));
    for (const id of ['dong-thap', HA_NOI, 'ho-chi-minh']) expect(k(id), id).toBe(base(id));
  });

  it('changes when only where in the source a figure stands changes (the locator is shown beside the source)', () => {
    const withLocator = (cell: string) => (d: string) =>
      writeFileSync(join(d, 'observations/dong-thap/bang.csv'), `unit,period,metric,value,source,locator\n${CHAU_THANH},2019,pct_online,40%,test-bao-cao-dong-thap,${cell}\n`);
    const c1 = keysAfter(withLocator('Bang.xlsx!Tong hop!C1'));
    const c2 = keysAfter(withLocator('Bang.xlsx!Tong hop!C2'));
    expect(c1(CHAU_THANH)).not.toBe(c2(CHAU_THANH));
    expect(c1(SA_DEC)).toBe(c2(SA_DEC));
  });

  it('changes for every unit when a reference table changes (a source title can appear on any page)', () => {
    const k = keysAfter((d) => replaceIn(d, 'sources.csv', 'Báo cáo thử nghiệm', 'Báo cáo thử nghiệm (sửa)'));
    for (const id of [SA_DEC, CHAU_THANH, HA_NOI]) expect(k(id)).not.toBe(base(id));
  });

  it('changes for a parent when a unit within gets its first figure (its page is linked from the parent)', () => {
    const k = keysAfter((d) =>
      writeFileSync(join(d, 'observations/dong-thap/an-binh.csv'), 'unit,period,metric,value,source\ndong-thap-an-binh,2025-H2,pct_online,"70%",test-bao-cao-dong-thap\n'),
    );
    // It had no page, so no key; now it has both.
    expect(() => base('dong-thap-an-binh')).toThrow(/no unit page/);
    expect(k('dong-thap-an-binh')).toMatch(/^[0-9a-f]{64}$/);
    expect(k('dong-thap-2025')).not.toBe(base('dong-thap-2025'));
    expect(k(HA_NOI)).toBe(base(HA_NOI));
  });
});

describe('metric, source and comparison keys', () => {
  const before = pageKeysAfter(() => {}).keys;
  const chauThanh66to67 = (d: string) => replaceIn(d, 'observations/dong-thap/chau-thanh.csv', 'pct_online,66%', 'pct_online,67%');

  it('are the same for the same data', () => {
    const again = pageKeysAfter(() => {}).keys;
    expect(again.metric('pct_online')).toBe(before.metric('pct_online'));
    expect(again.source('sadec-2022-h1')).toBe(before.source('sadec-2022-h1'));
    expect(again.compareUnits()).toBe(before.compareUnits());
  });

  it('change for the metric and the source of a changed figure only, though its file holds others', () => {
    const { keys } = pageKeysAfter(chauThanh66to67);
    expect(keys.metric('pct_online')).not.toBe(before.metric('pct_online'));
    expect(keys.source('test-bao-cao-dong-thap')).not.toBe(before.source('test-bao-cao-dong-thap'));
    for (const m of ['received_total', 'resolved_late', 'pct_on_time_or_early']) expect(keys.metric(m), m).toBe(before.metric(m));
    expect(keys.source('sadec-2022-h1')).toBe(before.source('sadec-2022-h1'));
    // The picker's unit list shows no figure.
    expect(keys.compareUnits()).toBe(before.compareUnits());
  });

  it("change for a rate's page when a count it is computed from changes (the page lists the portal's computations)", () => {
    const { keys } = pageKeysAfter((d) => replaceIn(d, 'observations/dong-thap/sa-dec-2022-h1.csv', 'resolved_late,150,', 'resolved_late,151,'));
    for (const m of ['resolved_late', 'pct_on_time_or_early', 'pct_late']) expect(keys.metric(m), m).not.toBe(before.metric(m));
    for (const m of ['pct_online', 'received_total']) expect(keys.metric(m), m).toBe(before.metric(m));
  });

  it("a rate's computed rows follow its own counts only, though every rate is computed at once: what its key digests", () => {
    const dir = mkdtempSync(join(root, 'data-'));
    cpSync('tests/site-fixture', dir, { recursive: true });
    replaceIn(dir, 'observations/tinh/ty-le-dung-han.csv', 'dong-thap,2023,resolved_late,9.870,', 'dong-thap,2023,resolved_late,9.871,');
    const [was, now] = [new SiteModel(loadDataFolder('tests/site-fixture')), new SiteModel(loadDataFolder(dir))];
    expect(computedRates(now, 'pct_late')).not.toEqual(computedRates(was, 'pct_late'));
    expect(computedRates(now, 'pct_online')).toEqual(computedRates(was, 'pct_online'));
  });

  it('change when only where a figure was read changes (the downloads cite file and line)', () => {
    const { keys } = pageKeysAfter((d) => replaceIn(d, 'observations/dong-thap/chau-thanh.csv', 'unit,period,metric,value,source,note\n', 'unit,period,metric,value,source,note\n\n'));
    expect(keys.metric('pct_online')).not.toBe(before.metric('pct_online'));
    expect(keys.metric('received_total')).toBe(before.metric('received_total'));
  });

  it('change for every page when a reference table changes', () => {
    const { keys } = pageKeysAfter((d) => replaceIn(d, 'sources.csv', 'Báo cáo thử nghiệm', 'Báo cáo thử nghiệm (sửa)'));
    for (const m of ['pct_online', 'received_total']) expect(keys.metric(m)).not.toBe(before.metric(m));
    expect(keys.source('sadec-2022-h1')).not.toBe(before.source('sadec-2022-h1'));
    expect(keys.compareUnits()).not.toBe(before.compareUnits());
  });

  it('change when a unit gets its first figure (its name becomes a link) and the picker lists it', () => {
    const { keys } = pageKeysAfter((d) =>
      writeFileSync(join(d, 'observations/dong-thap/an-binh.csv'), 'unit,period,metric,value,source\ndong-thap-an-binh,2025-H2,pct_online,"70%",test-bao-cao-dong-thap\n'),
    );
    expect(keys.metric('received_total')).not.toBe(before.metric('received_total'));
    expect(keys.compareUnits()).not.toBe(before.compareUnits());
  });
});

describe('site-wide and ranking keys', () => {
  const before = pageKeysAfter(() => {}).keys;
  const ranking = 'par-index/2022';

  it('a page that may show any figure (home, comparison) changes with any figure; a ranking only with an index figure', () => {
    const { keys } = pageKeysAfter((d) => replaceIn(d, 'observations/dong-thap/chau-thanh.csv', 'pct_online,66%', 'pct_online,67%'));
    for (const kind of ['home', 'compare', 'indices'] as const) expect(keys.of(kind, ''), kind).not.toBe(before.of(kind, ''));
    expect(keys.of('ranking', ranking)).toBe(before.of('ranking', ranking));
  });

  it("a ranking changes when one of its publication's scores changes, as do the other pages showing it", () => {
    const { keys } = pageKeysAfter((d) => replaceIn(d, 'observations/chi-so/chi-so-tinh.csv', 'dong-thap,2022,test-chi-so,"84,36"', 'dong-thap,2022,test-chi-so,"84,37"'));
    expect(keys.of('ranking', ranking)).not.toBe(before.of('ranking', ranking));
    expect(keys.metric('par_index_score')).not.toBe(before.metric('par_index_score'));
    expect(keys.unit('dong-thap')).not.toBe(before.unit('dong-thap'));
    expect(keys.unit(HA_NOI)).toBe(before.unit(HA_NOI));
    expect(keys.metric('pct_online')).toBe(before.metric('pct_online'));
  });
});
