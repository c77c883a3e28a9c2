/** getStaticPaths helpers: every page exists in Vietnamese (no prefix) and English (`/en/`). */
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { langParam } from '../i18n/routes.ts';

export function localePaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/**
 * Cross product of items and locales: `{ params: { lang, [key]: id }, props: { locale, item } }`. Item first, so
 * a page's two languages are built one after the other and share what they compute (the chart catalogue's memory).
 * `cacheKey`: the item's key for incremental builds (see site/page-key.ts); without it the page is always rendered.
 */
export function localeItemPaths<T, K extends string>(key: K, items: readonly T[], id: (item: T) => string, cacheKey?: (item: T) => string) {
  return items.flatMap((item) => {
    const k = cacheKey?.(item);
    return LOCALES.map((locale) => ({
      params: { lang: langParam(locale), [key]: id(item) } as { lang: string | undefined } & Record<K, string>,
      props: { locale, item },
      ...(k === undefined ? {} : { cacheKey: k }),
    }));
  });
}
