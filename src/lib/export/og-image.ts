/**
 * Which share card a page names as its og:image, and which unit cards are drawn: one rule for the page (Base.astro),
 * its embed pages (embed-page.ts) and the card endpoint (responses.ts unitOgPaths). A unit page has its own card
 * unless its pages are bulk (communes, unit-page.ts): thousands of cards few would ever share, so those pages show
 * the site's card. Every other page shows the site's card.
 */
import type { Locale } from '../i18n/locale.ts';
import { unitHref } from '../i18n/routes.ts';
import type { Unit } from '../schema/unit.ts';
import { siteModel } from '../site/model.ts';
import { ownCard } from '../site/unit-page.ts';
import { siteOgHref, unitOgHref } from './urls.ts';

/** Whether the unit's page has a card of its own. */
export const hasUnitCard = (unit: Unit): boolean => siteModel().hasPage(unit.id) && ownCard(unit);

/** The units whose cards are drawn, in page order. */
export const cardUnits = (): Unit[] => siteModel().pageUnits.filter(hasUnitCard);

/** The og:image of a unit's page: its card, or the site's. */
export const unitOgImage = (l: Locale, unit: Unit): string => (hasUnitCard(unit) ? unitOgHref(l, unit.id) : siteOgHref(l));

/** The og:image of the page at `pageHref` (hash ignored): a unit page's (`unitOgImage`), else the site's card. */
export function pageOgHref(l: Locale, pageHref: string): string {
  const path = pageHref.replace(/#.*$/, '');
  const id = /([^/]+)\/$/.exec(path)?.[1];
  const unit = id && unitHref(l, id) === path ? siteModel().units.get(id) : undefined;
  return unit ? unitOgImage(l, unit) : siteOgHref(l);
}
