/** How many charts a province page draws with the real data: each index over time, not each of its sub-dimensions. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { SiteModel } from '../../src/lib/site/model.ts';
import { unitSections } from '../../src/lib/site/unit-page.ts';

const model = new SiteModel(loadDataFolder('data'));

describe('a province page with the real index figures (Quảng Ninh)', () => {
  const charts = unitSections(model, model.units.get('quang-ninh')!, 'vi').flatMap((s) => s.charts);
  const metricsDrawn = new Set(charts.flatMap((c) => (c.figures ?? []).map((o) => o.metric)));

  it('draws the PCI and PAPI scores and each sub-index on a fixed scale', () => {
    for (const m of ['pci_score', 'pci_rank', 'pci_entry_costs', 'papi_participation']) expect(metricsDrawn.has(m), m).toBe(true);
  });

  it("keeps PAPI's sub-dimensions (no fixed scale) in the figures table instead of a chart each", () => {
    const ids = charts.map((c) => c.id);
    expect(ids.filter((id) => id.includes('papi-participation-civic-knowledge'))).toEqual([]);
    expect(charts.length).toBeLessThan(40);
  });
});
