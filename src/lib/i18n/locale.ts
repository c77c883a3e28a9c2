/** The portal's two languages. Vietnamese is the default and lives at `/`; English mirrors every route under `/en/`. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** BCP 47 tags used with Intl: Vietnamese formats (1.512; 96,55%) and British English (1,512; 96.55%). */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

export function isLocale(x: unknown): x is Locale {
  return x === 'vi' || x === 'en';
}
