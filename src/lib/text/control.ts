/**
 * Characters no text cell may hold. They are invisible, usually pasted from a PDF or another program, and break what
 * the build writes (a NUL ends a string in C tools and is the key separator of several indexes; U+2028/U+2029 end a
 * line in JavaScript and in some editors but not in a CSV reader):
 * - C0 controls U+0000–U+001F except tab, line feed and carriage return (a quoted cell may span lines, RFC 4180);
 * - DEL U+007F and the C1 controls U+0080–U+009F;
 * - the line and paragraph separators U+2028 and U+2029 (a line break inside a cell is a plain line break).
 */
export function isControl(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  return (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/** Index of the first forbidden character, or -1. A loop, not a regular expression: the loader scans every note. */
export function findControl(s: string): number {
  for (let i = 0; i < s.length; i++) if (isControl(s.charCodeAt(i))) return i;
  return -1;
}

/** `U+0000`: how messages name a character (never the character itself, which a terminal would act on). */
export const codePoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with each forbidden character shown as `[U+0000]`: for messages and the validator's printed values. */
export function showControls(s: string): string {
  return findControl(s) < 0 ? s : s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `[${codePoint(ch.charCodeAt(0))}]`);
}
