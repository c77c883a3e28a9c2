/** The portal's two languages. Vietnamese is the default and lives at `/`; English mirrors every route under `/en/`. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** BCP 47 tags used with Intl: Vietnamese formats (1.512; 96,55%) and British English (1,512; 96.55%). */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

/** Open Graph's locale tag of a page (og:locale). */
export const ogLocale = (locale: Locale): string => (locale === 'vi' ? 'vi_VN' : 'en_GB');

/** A field the data writes in both languages (`label_vi`/`label_en`, `message_vi`/`message_en`…), in this one. */
export function inLocale<K extends string, T>(o: { readonly [P in `${K}_${Locale}`]: T }, field: K, locale: Locale): T {
  return o[`${field}_${locale}`];
}

export function isLocale(x: unknown): x is Locale {
  return x === 'vi' || x === 'en';
}
