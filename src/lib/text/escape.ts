/**
 * The project's one escaper, for every piece of HTML and SVG written as a string: charts (svg-dom.ts,
 * render-string.ts, lite.ts), downloads and share cards (export/), tables, legends and embed pages.
 *
 * A label is data: "Hồ sơ cũ & mới (< 5)" must reach the reader as written and never break a document. Both
 * functions also write U+00A0 as `&#160;`, as the chart renderers always have, so a no-break space stays visible
 * in the files.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\xA0': '&#160;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text between tags (HTML and XML): `& < >`, and CR, which XML would otherwise read as a line feed. */
export const escapeText = (s: string): string => s.replace(/[&<>\xA0\r]/g, (c) => ENTITIES[c]!);

/**
 * A double-quoted attribute value (HTML and XML): `& < > "`, and tab, LF and CR, which an XML parser would
 * otherwise read as spaces.
 */
export const escapeAttr = (s: string): string => s.replace(/[&<>"\xA0\t\n\r]/g, (c) => ENTITIES[c]!);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The reverse, for a value read back from markup this project wrote (export/svg-root.ts): XML's five named entities
 * and numeric references. Anything else is not XML: it throws rather than guess.
 */
export function unescapeXml(s: string): string {
  return s.replace(/&([^;&\s]*);?/g, (m, name: string) => {
    if (!m.endsWith(';')) throw new Error(`unescapeXml: "&" not followed by an entity in ${JSON.stringify(s.slice(0, 80))}`);
    if (name in NAMED) return NAMED[name]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`unescapeXml: unknown entity ${m}`);
    return String.fromCodePoint(parseInt(code, name[1] === 'x' ? 16 : 10));
  });
}
