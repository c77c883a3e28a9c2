/** The bump chart's words, shared by the server's builder (bump.ts) and the picker's (client.ts) without server code. */
import type { Locale } from '../../i18n/locale.ts';
import { t, tf } from '../../i18n/strings.ts';

export const BUMP_ID = 'so-sanh-xep-hang';

/** "Xếp hạng PCI qua các năm". */
export const bumpTitle = (label: string, l: Locale) => tf(l, 'bumpTitle', { label });

export const bumpNote = (l: Locale) => t(l, 'bumpNote');
