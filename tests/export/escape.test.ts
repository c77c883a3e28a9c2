/**
 * The one escaper (src/lib/text/escape.ts) and the reading of a chart's root <svg> tag (src/lib/export/svg-root.ts).
 * Contract: any label, whatever it holds, written as text or as a double-quoted attribute, reads back as written
 * from a strict XML parser; and the root tag is found by the XML grammar, not by the first `>`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeAttr, escapeText, unescapeXml } from '../../src/lib/text/escape.ts';
import { parseSvgRoot, replaceSvgRoot, rootAttr, rootSize } from '../../src/lib/export/svg-root.ts';
import { svgSize } from '../../src/lib/export/embed.ts';
import { parseXml, textContent } from '../site/markup.ts';

// Characters XML 1.0 allows in a document (no C0 controls but tab/newline, no lone surrogates, no U+FFFE/FFFF).
const xmlChar = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", '\xA0', ';', '#', 'amp', '&amp;', '&lt;', '&#160;', ']]>', '\t', '\n'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s)),
);
const label = fc.array(xmlChar, { maxLength: 12 }).map((a) => a.join(''));

describe('escapeText and escapeAttr', () => {
  it('escape & < > in text and & < > " in attribute values, and write U+00A0 as &#160;', () => {
    expect(escapeText('Hồ sơ cũ & mới (> 0) <b>"x"</b>')).toBe('Hồ sơ cũ &amp; mới (&gt; 0) &lt;b&gt;"x"&lt;/b&gt;');
    expect(escapeAttr('Hồ sơ cũ & mới (> 0) <b>"x"</b>')).toBe('Hồ sơ cũ &amp; mới (&gt; 0) &lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(escapeText('1\xA0000')).toBe('1&#160;000');
    expect(escapeAttr('&amp;')).toBe('&amp;amp;');
  });

  it('any label reads back unchanged from a strict XML parser, as text and as an attribute value', () => {
    fc.assert(
      fc.property(label, (s) => {
        const root = parseXml(`<svg aria-label="${escapeAttr(s)}"><title>${escapeText(s)}</title></svg>`);
        return root.attrs['aria-label'] === s && textContent(root) === s;
      }),
      { numRuns: 500 },
    );
  });

  it('unescapeXml undoes both, and refuses what is not XML', () => {
    fc.assert(fc.property(label, (s) => unescapeXml(escapeAttr(s)) === s && unescapeXml(escapeText(s)) === s));
    expect(unescapeXml('&#x41;&#66;&apos;')).toBe("AB'");
    expect(() => unescapeXml('cũ & mới')).toThrow(/not followed by an entity/);
    expect(() => unescapeXml('&nbsp;')).toThrow(/unknown entity/);
  });
});

describe('the root <svg> tag', () => {
  const chart = '<svg aria-label="a &gt; b &amp; c" role="img" viewBox="0 0 360 270" height="270" width="360"><title>x</title></svg>';

  it('is read by the grammar: a `>` inside a quoted value does not end it', () => {
    const raw = `<svg aria-label='a > b' width="10" height="20"><g/></svg>`;
    const root = parseSvgRoot(raw);
    expect(root.attrs).toEqual([['aria-label', 'a > b'], ['width', '10'], ['height', '20']]);
    expect(raw.slice(root.end)).toBe('<g/></svg>');
    expect(svgSize(raw)).toEqual({ width: 10, height: 20 });
  });

  it('gives values unescaped and writes them back escaped, the rest of the SVG untouched', () => {
    const root = parseSvgRoot(chart);
    expect(rootAttr(root, 'aria-label')).toBe('a > b & c');
    expect(rootSize(root)).toEqual({ width: 360, height: 270 });
    expect(replaceSvgRoot(chart, root, root.attrs)).toBe(chart);
    const moved = replaceSvgRoot(chart, root, [['x', '20'], ...root.attrs.filter(([n]) => n !== 'width')]);
    expect(moved).toBe('<svg x="20" aria-label="a &gt; b &amp; c" role="img" viewBox="0 0 360 270" height="270"><title>x</title></svg>');
  });

  it('skips an XML declaration and comments, and falls back to the viewBox for the size', () => {
    const root = parseSvgRoot('<?xml version="1.0"?>\n<!-- c --><svg viewBox="0 0 640 300"/>');
    expect(root.selfClosing).toBe(true);
    expect(rootSize(root)).toEqual({ width: 640, height: 300 });
  });

  it('refuses a start tag that is not well-formed, naming what is wrong', () => {
    expect(() => parseSvgRoot('<div></div>')).toThrow(/no <svg> root/);
    expect(() => parseSvgRoot('<svg aria-label="cũ & mới">')).toThrow(/not followed by an entity/);
    expect(() => parseSvgRoot('<svg aria-label="a < b">')).toThrow(/raw "<"/);
    expect(() => parseSvgRoot('<svg width="1" width="2">')).toThrow(/repeated/);
    expect(() => parseSvgRoot('<svg width=1>')).toThrow(/not quoted/);
    expect(() => parseSvgRoot('<svg width="1"')).toThrow(/unterminated/);
  });
});
