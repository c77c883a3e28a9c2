/** The bump chart's words, shared by the server's builder (bump.ts) and the picker's (client.ts) without server code. */
import type { Locale } from '../../i18n/locale.ts';

export const BUMP_ID = 'so-sanh-xep-hang';

const pick = <T>(l: Locale, vi: T, en: T) => (l === 'vi' ? vi : en);

/** "Xếp hạng PCI qua các năm". */
export const bumpTitle = (label: string, l: Locale) => pick(l, `${label} qua các năm`, `${label} over the years`);

export const bumpNote = (l: Locale) =>
  pick(l, 'Hạng 1 ở trên cùng, như nhà xuất bản công bố. Số tỉnh được xếp hạng khác nhau giữa các năm.', 'Rank 1 at the top, as published. The number of provinces ranked differs between years.');
