/** The search box's matching (lib/search/match.ts) over the index the build writes from data/ and the test site. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { searchIndex } from '../../src/lib/search/index-data.ts';
import { fold, searchEntries } from '../../src/lib/search/match.ts';

const ids = (hits: ReturnType<typeof searchEntries>) => hits.map((h) => h.entry[1]);

describe('fold', () => {
  it('drops Vietnamese marks and case, đ included', () => {
    expect(fold('Thành phố Sa Đéc')).toBe('thanh pho sa dec');
    expect(fold('  ĐỒNG   THÁP ')).toBe('dong thap');
    expect(fold('TP.Cần Thơ')).toBe('tp can tho');
  });
});

describe('search over data/', () => {
  const model = new SiteModel(loadDataFolder('data'));
  const index = searchIndex(model);

  it('names every unit page, every metric and every source', () => {
    const kinds = (k: string) => index.entries.filter((e) => e[0] === k).map((e) => e[1]).sort();
    expect(kinds('u')).toEqual(model.pageUnits.map((u) => u.id).sort());
    expect(kinds('m')).toEqual(model.load.dataset.metrics.map((m) => m.id).sort());
    expect(kinds('s')).toEqual(model.load.dataset.sources.map((s) => s.id).sort());
  });

  it('finds Sa Đéc first however its name is typed', () => {
    for (const q of ['sa dec', 'SA ĐÉC', 'Sa Đéc', 'thanh pho sa d', 'sa dec dong thap']) expect(ids(searchEntries(index, q, 'vi'))[0], q).toBe('dong-thap-thanh-pho-sa-dec');
  });

  it('finds a unit by an alias from unit-aliases.csv, provinces before the units within', () => {
    const hits = ids(searchEntries(index, 'TP. Cần Thơ', 'vi'));
    expect(hits.slice(0, 2).sort()).toEqual(['can-tho', 'can-tho-2025']);
  });

  it('finds metrics by their label in the page language', () => {
    expect(ids(searchEntries(index, 'ty le dung han', 'vi'))).toContain('pct_on_time_or_early');
    expect(ids(searchEntries(index, 'on time or early', 'en')).slice(0, 2).sort()).toEqual(['pct_on_time_or_early', 'resolved_on_time_or_early']);
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(searchEntries(index, '   ', 'vi')).toEqual([]);
    expect(searchEntries(index, 'zzzz', 'vi')).toEqual([]);
  });

  it('lists at most the limit', () => {
    expect(searchEntries(index, 'xa', 'vi', 5).length).toBeLessThanOrEqual(5);
    expect(searchEntries(index, 'tinh', 'vi', 5)).toHaveLength(5);
  });
});
