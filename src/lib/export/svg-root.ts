/**
 * The root `<svg …>` start tag of a chart, read by the XML grammar rather than a regular expression: an attribute
 * value is a quoted string that may hold `>` (and once held raw `&` and `<`, issue 15), so only a parser knows
 * where the tag ends. The export code reads the chart's size here and rewrites its root attributes (compose.ts,
 * png.ts); everything after the start tag is kept as it is.
 */
import { escapeAttr, unescapeXml } from '../text/escape.ts';

export interface SvgRoot {
  /** Attributes in document order, values unescaped. */
  attrs: [name: string, value: string][];
  /** Index of the `<` of `<svg`. */
  start: number;
  /** Index just past the start tag's `>`. */
  end: number;
  /** `<svg … />`: no content and no end tag. */
  selfClosing: boolean;
}

// XML's Name production, restricted to what SVG uses (ASCII letters, digits, `-`, `_`, `.`, `:`).
const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
// What may come before the root element: an XML declaration, comments, a doctype, white space.
const PROLOG = /(?:[ \t\r\n]+|<\?xml[^?]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/y;

function fail(svg: string, at: number, what: string): never {
  throw new Error(`svg-root: ${what} at offset ${at}: ${JSON.stringify(svg.slice(Math.max(0, at - 20), at + 40))}`);
}

function match(re: RegExp, s: string, at: number): string {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? '';
}

/** Parse the root start tag; throws on a string that does not start with a well-formed `<svg …>`. */
export function parseSvgRoot(svg: string): SvgRoot {
  const start = match(PROLOG, svg, 0).length;
  if (!svg.startsWith('<svg', start) || match(NAME, svg, start + 1) !== 'svg') fail(svg, start, 'no <svg> root element');
  let i = start + 4;
  const attrs: [string, string][] = [];
  const seen = new Set<string>();
  for (;;) {
    const space = match(SPACE, svg, i);
    i += space.length;
    if (svg.startsWith('/>', i)) return { attrs, start, end: i + 2, selfClosing: true };
    if (svg[i] === '>') return { attrs, start, end: i + 1, selfClosing: false };
    if (i >= svg.length) fail(svg, i, 'unterminated <svg> start tag');
    if (!space) fail(svg, i, 'missing space before an attribute');
    const name = match(NAME, svg, i);
    if (!name) fail(svg, i, 'not an attribute name');
    if (seen.has(name)) fail(svg, i, `attribute ${name} repeated`);
    seen.add(name);
    i += name.length;
    i += match(SPACE, svg, i).length;
    if (svg[i] !== '=') fail(svg, i, `attribute ${name} without a value`);
    i += 1 + match(SPACE, svg, i + 1).length;
    const quote = svg[i];
    if (quote !== '"' && quote !== "'") fail(svg, i, `value of ${name} not quoted`);
    const close = svg.indexOf(quote, i + 1);
    if (close < 0) fail(svg, i, `value of ${name} not closed`);
    const raw = svg.slice(i + 1, close);
    if (raw.includes('<')) fail(svg, i, `raw "<" in the value of ${name}`);
    attrs.push([name, unescapeXml(raw)]);
    i = close + 1;
  }
}

/** The value of one root attribute, or undefined. */
export function rootAttr(root: SvgRoot, name: string): string | undefined {
  return root.attrs.find(([n]) => n === name)?.[1];
}

/** Width and height from the root's width/height attributes, else its viewBox; 0 when neither says. */
export function rootSize(root: SvgRoot): { width: number; height: number } {
  const num = (n: string) => {
    const v = rootAttr(root, n);
    return v !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  };
  let width = num('width');
  let height = num('height');
  const vb = rootAttr(root, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
  if ((!Number.isFinite(width) || !Number.isFinite(height)) && vb && vb.length === 4) {
    width = vb[2]!;
    height = vb[3]!;
  }
  return { width: Number.isFinite(width) ? width : 0, height: Number.isFinite(height) ? height : 0 };
}

/** A start tag written from attributes (values escaped); `<svg>` with `/>` when `selfClosing`. */
export function svgStartTag(attrs: readonly (readonly [string, string])[], selfClosing = false): string {
  return `<svg${attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('')}${selfClosing ? ' />' : '>'}`;
}

/** The same SVG with its root start tag replaced by one written from `attrs`. */
export function replaceSvgRoot(svg: string, root: SvgRoot, attrs: readonly (readonly [string, string])[]): string {
  return svg.slice(0, root.start) + svgStartTag(attrs, root.selfClosing) + svg.slice(root.end);
}
