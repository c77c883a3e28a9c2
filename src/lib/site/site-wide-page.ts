/**
 * The page type of a site-wide page (home, indices, comparison, the lists of units and of metrics, data quality,
 * methodology): one page, any figure or warning, its nav head.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import { href } from '../i18n/routes.ts';
import type { SiteModel } from './model.ts';
import type { PageHead, PageKind, PageType } from './page-data.ts';

const ONE: readonly null[] = [null];
/** The nav section each of these pages is (site/page-data.ts `PageHead.section`). */
export type SiteWideNav = 'home' | 'indices' | 'compare' | 'units' | 'metrics' | 'quality' | 'methodology';

/** The head these pages pass to Base.astro: the nav section's name as title, the tagline as description. */
function head(l: Locale, nav: SiteWideNav): PageHead {
  if (nav === 'home') return { title: t(l, 'siteName'), description: t(l, 'siteTagline'), section: 'home', breadcrumbs: [] };
  return { title: t(l, nav), description: t(l, 'siteTagline'), section: nav, breadcrumbs: [{ label: t(l, 'home'), href: href(l) }, { label: t(l, nav) }] };
}

export function siteWidePage<B>(kind: PageKind, section: string, nav: SiteWideNav, build: (model: SiteModel, l: Locale) => { specs: ChartSpec[]; body: B }): PageType<null, B> {
  return {
    kind,
    section,
    items: () => ONE,
    id: () => '',
    href: (l) => (nav === 'home' ? href(l) : href(l, nav)),
    // Any figure or warning can reach them: their key changes with any.
    dependencies: () => ({ units: [], metrics: [], sources: [], unitWarnings: [], sourceWarnings: [], hasPage: 'all', periodLabels: true, everything: true }),
    build: (model, _item, l) => ({ head: head(l, nav), ...build(model, l) }),
  };
}
