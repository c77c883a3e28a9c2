/** The list of sources: every publication, latest first, with its figures and warnings counted (nguon/index.astro). */
import type { PageType } from './page-data.ts';
import { t } from '../i18n/strings.ts';
import { href, sourceHref } from '../i18n/routes.ts';

/** A publication as the list shows it; dates and counts are formatted by the page. */
export interface SourceRow {
  title: string;
  href: string;
  publisher?: string;
  published?: string;
  figures: number;
  warnings: number;
}

const ONE: readonly null[] = [null];

export const sourcesPageType: PageType<null, SourceRow[]> = {
  kind: 'sources',
  section: 'nguon',
  items: () => ONE,
  id: () => '',
  href: (l) => href(l, 'sources'),
  // Each source's figures (counted) and the warnings about it; titles and dates are sources.csv, in every key.
  dependencies: (model) => {
    const ids = model.load.dataset.sources.map((s) => s.id);
    return { units: [], metrics: [], sources: ids, unitWarnings: [], sourceWarnings: ids, hasPage: [], periodLabels: false };
  },
  build: (model, _item, l) => ({
    head: { title: t(l, 'sources'), description: t(l, 'siteTagline'), section: 'sources', breadcrumbs: [{ label: t(l, 'home'), href: href(l) }, { label: t(l, 'sources') }] },
    specs: [],
    body: [...model.load.dataset.sources]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'vi'))
      .map((s) => ({
        title: s.title,
        href: sourceHref(l, s.id),
        ...(s.publisher ? { publisher: s.publisher } : {}),
        ...(s.published ? { published: s.published } : {}),
        figures: model.obsBySource.get(s.id)?.length ?? 0,
        warnings: model.warningsForSource(s.id).length,
      })),
  }),
};
