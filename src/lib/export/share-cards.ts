/**
 * The share cards the build draws, as data: what each unit card and the site's card say, made by the build pass
 * before Astro starts (responses.ts `unitCard`, `siteCard`) and stored beside the page views (site/view-store.ts),
 * so that Astro's thread draws them (src/pages/og/) without the site model, while the pass builds pages.
 */
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { pngEnabled } from './catalog.ts';
import { cardUnits } from './og-image.ts';
import { cachedPng, PngPipeline } from './png.ts';
import { siteCard, unitCard } from './responses.ts';
import { shareCardSvg, type ShareCard } from './share-card.ts';

export interface ShareCards {
  /** `<unit>.<locale>` → its card, in page order. */
  units: [string, ShareCard][];
  site: Record<Locale, ShareCard>;
}

/** Every card of the build; none when PNGs are off (EXPORT_PNG=0). */
export function shareCards(): ShareCards | undefined {
  if (!pngEnabled()) return undefined;
  const units = cardUnits().flatMap((u) => LOCALES.map((l): [string, ShareCard] => [`${u.id}.${l}`, unitCard(u.id, l)]));
  return { units, site: Object.fromEntries(LOCALES.map((l) => [l, siteCard(l)])) as Record<Locale, ShareCard> };
}

const PNG = { 'Content-Type': 'image/png' };
const pngResponse = (png: Buffer) => new Response(new Uint8Array(png) as Uint8Array<ArrayBuffer>, { headers: PNG });

// Astro asks for the cards one after another: the next ones are drawn ahead on the thread pool (png.ts PngPipeline).
let pipeline: { cards: ShareCards; png: PngPipeline<string> } | undefined;
/** A unit card's PNG (`name`: `<unit>.<locale>`). */
export function unitCardResponse(cards: ShareCards, name: string): Promise<Response> {
  if (pipeline?.cards !== cards) {
    const byName = new Map(cards.units);
    pipeline = { cards, png: new PngPipeline<string>([...byName.keys()], (n) => cachedPng(shareCardSvg(byName.get(n)!))) };
  }
  return pipeline.png.get(name).then(pngResponse);
}

export const siteCardResponse = async (cards: ShareCards, l: Locale) => pngResponse(await cachedPng(shareCardSvg(cards.site[l])));
