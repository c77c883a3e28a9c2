/**
 * Share cards only where they pay (export/og-image.ts): a unit page names its own card unless it is a commune page
 * (bulk: thousands of them), which names the site's, as every other page does; the cards drawn are exactly the ones
 * named, and an embed names its page's.
 */
import { describe, expect, it } from 'vitest';

process.env.DATA_DIR = 'tests/site-fixture';
const { siteModel } = await import('../../src/lib/site/model.ts');
const { cardUnits, pageOgHref, unitOgImage } = await import('../../src/lib/export/og-image.ts');
const { shareCards } = await import('../../src/lib/export/share-cards.ts');
const { unitHref } = await import('../../src/lib/i18n/routes.ts');

const model = siteModel();
const communes = model.pageUnits.filter((u) => u.level === 'commune');
const others = model.pageUnits.filter((u) => u.level !== 'commune');

describe('which pages have a share card of their own', () => {
  it('the test site has commune pages and other unit pages', () => {
    expect(communes.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(5);
  });

  it('a unit page names its own card, a commune page the site card, in both languages', () => {
    for (const l of ['vi', 'en'] as const) {
      for (const u of others) expect(unitOgImage(l, u)).toBe(`/og/don-vi/${u.id}.${l}.png`);
      for (const u of communes) expect(unitOgImage(l, u)).toBe(`/og/site.${l}.png`);
    }
  });

  it('cards are drawn for exactly the pages that name them: every unit page but the communes, vi and en', () => {
    expect(cardUnits().map((u) => u.id)).toEqual(others.map((u) => u.id));
    const cards = shareCards()!;
    expect(cards.units.map(([name]) => name).sort()).toEqual(others.flatMap((u) => [`${u.id}.vi`, `${u.id}.en`]).sort());
    // What a card says is the unit's: its name, in each language.
    for (const [name, card] of cards.units) expect(card.title, name).toBe(model.unitLabel(name.replace(/\.(vi|en)$/, ''), card.locale));
  });

  it("an embed's card is its page's: the unit's, the site's for a commune and for any other page", () => {
    const unit = others[0]!;
    const commune = communes[0]!;
    expect(pageOgHref('vi', `${unitHref('vi', unit.id)}#ket-qua`)).toBe(`/og/don-vi/${unit.id}.vi.png`);
    expect(pageOgHref('en', `${unitHref('en', unit.id)}#ket-qua`)).toBe(`/og/don-vi/${unit.id}.en.png`);
    expect(pageOgHref('vi', `${unitHref('vi', commune.id)}#ket-qua`)).toBe('/og/site.vi.png');
    expect(pageOgHref('vi', '/chi-tieu/ty-le/#xep-hang')).toBe('/og/site.vi.png');
    expect(pageOgHref('en', '/en/#trang-chu-so-sanh')).toBe('/og/site.en.png');
    expect(pageOgHref('vi', '/don-vi/#x')).toBe('/og/site.vi.png');
    expect(pageOgHref('vi', '/don-vi/khong-co-don-vi-nay/#x')).toBe('/og/site.vi.png');
  });
});
