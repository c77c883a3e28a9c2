/**
 * The export features' texts now live in the one dictionary (src/lib/i18n/text/export.ts). `ex` stays only for the
 * files that still call it; it reads the same table and, as before, leaves a slot without a value as written.
 */
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import type { EXPORT_TEXT } from '../i18n/text/export.ts';

export type ExKey = keyof typeof EXPORT_TEXT | 'source' | 'sources';

/** @deprecated Use t() / tf() from src/lib/i18n/strings.ts. */
export function ex(l: Locale, key: ExKey, vars: Record<string, string> = {}): string {
  return t(l, key).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}
