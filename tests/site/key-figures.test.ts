/** The latest figures a reader sees first on a unit page, from the committed data. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { keyFigures } from '../../src/lib/site/unit-page.ts';

describe('unit page key figures (data/)', () => {
  const model = new SiteModel(loadDataFolder('data'));
  const figures = keyFigures(model, 'dong-thap-thanh-pho-sa-dec', 'vi');

  it('show the on-time rate of Sa Đéc H1/2022 as our computation from the published counts, not as a published figure', () => {
    const rate = figures.find((f) => f.metric === 'pct_on_time_or_early');
    expect(rate?.computed).toEqual({ value: (2114 / 2264) * 100, numerator: 2114, denominator: 2264 });
  });

  it('show the published counts as published, including 1.512 online dossiers', () => {
    const published = Object.fromEntries(figures.filter((f) => !f.computed).map((f) => [f.metric, f.obs.raw]));
    expect(published).toMatchObject({ received_total: '2264', resolved_late: '150', online_level3_4: '1.512' });
  });
});
