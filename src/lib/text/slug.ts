/** Lowercase ASCII slug: diacritics removed, đ → d, anything else → `-` ("Phường Ba Đình" → "phuong-ba-dinh"). */
export function slug(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[đĐ]/gu, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
