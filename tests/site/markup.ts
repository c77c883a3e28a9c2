/**
 * Reading what the site wrote, as a reader's software does.
 *
 * SVG: strict XML. saxes is a conformant parser, so a raw `&` or `<` anywhere (text or attribute value), an
 * undefined entity, a repeated attribute or an unclosed tag is an error, as it is for resvg and for a browser
 * opening an .svg file. (fast-xml-parser's validator and xmldom both let `a="x & y"` through.)
 * HTML: parse5, the HTML standard's parser, as a browser builds the page.
 */
import { parse as parseHtml } from 'parse5';
import { SaxesParser } from 'saxes';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Parse or throw. `namespaces`: also check prefixes are declared (a standalone .svg file). */
export function parseXml(xml: string, { namespaces = false } = {}): XmlElement {
  const parser = namespaces ? new SaxesParser({ xmlns: true }) : new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string | { value: string }>)) attrs[k] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: tag.name, attrs, children: [] };
    if (stack.length) stack.at(-1)!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.length) stack.at(-1)!.children.push(t);
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}

export const textContent = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');

export function* elements(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* elements(c);
}

/** Every text a reader can get from a document: each element's text and each attribute value, as parsed. */
export function readableStrings(el: XmlElement): string[] {
  const out: string[] = [];
  for (const e of elements(el)) {
    out.push(...Object.values(e.attrs));
    const own = e.children.filter((c): c is string => typeof c === 'string').join('');
    if (own) out.push(own);
  }
  return out;
}

export interface SvgSource {
  /** Path under the site folder, with `#n` for the n-th inline <svg> of an HTML page. */
  where: string;
  xml: string;
  /** A standalone .svg file (namespaces checked) rather than an <svg> inside a page. */
  file: boolean;
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML pages of a built site: path under the site folder → text. */
export function sitePages(dir: string): Map<string, string> {
  return new Map(files(dir).filter((f) => f.endsWith('.html')).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

/**
 * The <svg>…</svg> elements inlined in a page, each cut out at the first `</svg>`: pages never nest them, and
 * escaped content cannot hold a raw `</svg>`.
 */
export const siteSvgsOfHtml = (html: string): string[] => [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);

/** Every SVG of a built site: the .svg files and each <svg> inlined in an .html page. */
export function siteSvgs(dir: string): SvgSource[] {
  const out: SvgSource[] = [];
  for (const f of files(dir)) {
    const rel = relative(dir, f);
    if (f.endsWith('.svg')) out.push({ where: rel, xml: readFileSync(f, 'utf8'), file: true });
    else if (f.endsWith('.html')) {
      siteSvgsOfHtml(readFileSync(f, 'utf8')).forEach((xml, i) => out.push({ where: `${rel}#${i + 1}`, xml, file: false }));
    }
  }
  return out;
}

/** The SVGs that are not well-formed XML, with the parser's message (an empty list when all are). */
export function malformed(svgs: readonly SvgSource[]): string[] {
  const bad: string[] = [];
  for (const s of svgs) {
    try {
      parseXml(s.xml, { namespaces: s.file });
    } catch (e) {
      bad.push(`${s.where}: ${(e as Error).message}`);
    }
  }
  return bad;
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** A page as a browser reads it: its element names, and every text and attribute value, decoded. */
export function readHtml(html: string): { elements: string[]; strings: string[] } {
  const elements: string[] = [];
  const strings: string[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') strings.push(n.value!);
    else if (!n.nodeName.startsWith('#')) elements.push(n.nodeName);
    for (const a of n.attrs ?? []) strings.push(a.value);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parseHtml(html) as unknown as HtmlNode);
  return { elements, strings };
}
