/** Escaping for the HTML this project writes as strings (embed pages, legends): text and double-quoted attributes. */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESC[c]!);
