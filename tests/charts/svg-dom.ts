/**
 * The smallest document Observable Plot needs to draw a static SVG at build time, and nothing else.
 *
 * Why not linkedom: every linkedom node registers itself in a WeakMap of event listeners, which keeps the garbage
 * collector busy on a build of thousands of charts. Plot only creates elements, sets attributes and text, appends and
 * inserts; this does just that. Measured over the 6,236 charts of the bench folder at scale 0.02: 3.1 ms per chart
 * against 3.7 ms with linkedom, and the same bytes for every one of them.
 *
 * The serialisation is linkedom's for an HTML document, byte for byte, so the golden SVGs did not change:
 * a new attribute is written before the older ones, an empty `class`/`id`/`style` is dropped, and an SVG element
 * without children closes with ` />`. Escaping is the project's (text/escape.ts), not linkedom's: linkedom escaped
 * only `"` in attribute values, so a label with `&` or `<` made the SVG downloads unreadable as XML (issue 15).
 */

import { escapeAttr, escapeText } from '../../src/lib/text/escape.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const DROPPED_WHEN_EMPTY = new Set(['class', 'id', 'style']);

type Child = SvgElement | SvgText;

abstract class SvgNode {
  parentNode: SvgElement | null = null;
  readonly ownerDocument: SvgDocument;
  constructor(doc: SvgDocument) {
    this.ownerDocument = doc;
  }
  get nextSibling(): Child | null {
    const p = this.parentNode;
    if (!p) return null;
    const i = p.childNodes.indexOf(this as unknown as Child);
    return p.childNodes[i + 1] ?? null;
  }
  get previousSibling(): Child | null {
    const p = this.parentNode;
    if (!p) return null;
    const i = p.childNodes.indexOf(this as unknown as Child);
    return i > 0 ? p.childNodes[i - 1]! : null;
  }
  remove(): void {
    this.parentNode?.removeChild(this as unknown as Child);
  }
  abstract get textContent(): string;
  abstract toString(): string;
}

export class SvgText extends SvgNode {
  readonly nodeType = 3;
  data: string;
  constructor(doc: SvgDocument, data: string) {
    super(doc);
    this.data = data;
  }
  get textContent(): string {
    return this.data;
  }
  set textContent(v: string) {
    this.data = v;
  }
  toString(): string {
    return escapeText(this.data);
  }
}

/** Inline style, kept in the element's `style` attribute (only the root svg gets one, and render.ts removes it). */
class SvgStyle {
  private readonly props = new Map<string, string>();
  private readonly el: SvgElement;
  constructor(el: SvgElement) {
    this.el = el;
  }
  setProperty(name: string, value: string | null): void {
    if (value === null || value === '') this.props.delete(name);
    else this.props.set(name, String(value));
    this.sync();
  }
  removeProperty(name: string): void {
    this.props.delete(name);
    this.sync();
  }
  getPropertyValue(name: string): string {
    return this.props.get(name) ?? '';
  }
  private sync() {
    this.el.setAttribute('style', [...this.props].map(([k, v]) => `${k}:${v};`).join(''));
  }
}

export class SvgElement extends SvgNode {
  readonly nodeType = 1;
  readonly childNodes: Child[] = [];
  /** In serialisation order: the newest attribute first, as linkedom writes them. */
  private attrs: [string, string][] = [];
  private styleDecl: SvgStyle | undefined;
  readonly namespaceURI: string;
  readonly localName: string;
  constructor(doc: SvgDocument, namespaceURI: string, localName: string) {
    super(doc);
    this.namespaceURI = namespaceURI;
    this.localName = localName;
  }
  get tagName(): string {
    return this.localName;
  }
  get nodeName(): string {
    return this.localName;
  }
  /** Plot reads `style` as a CSSStyleDeclaration (`Object.assign(svg.style, {fontSize})`): camelCase keys are set as properties. */
  get style(): SvgStyle & Record<string, unknown> {
    if (!this.styleDecl) {
      const decl = new SvgStyle(this);
      this.styleDecl = new Proxy(decl, {
        set: (target, key, value) => {
          if (typeof key === 'string' && !(key in target)) target.setProperty(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
          else (target as unknown as Record<string | symbol, unknown>)[key] = value;
          return true;
        },
      });
    }
    return this.styleDecl as SvgStyle & Record<string, unknown>;
  }
  set style(v: string) {
    this.setAttribute('style', v);
  }
  get ownerSVGElement(): SvgElement | null {
    let p = this.parentNode;
    while (p && p.localName !== 'svg') p = p.parentNode;
    return p;
  }
  get isConnected(): boolean {
    return false;
  }

  getAttribute(name: string): string | null {
    for (const a of this.attrs) if (a[0] === name) return a[1];
    return null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  setAttribute(name: string, value: unknown): void {
    const v = String(value);
    for (const a of this.attrs) {
      if (a[0] === name) {
        a[1] = v;
        return;
      }
    }
    this.attrs.unshift([name, v]);
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  removeAttribute(name: string): void {
    this.attrs = this.attrs.filter((a) => a[0] !== name);
  }
  removeAttributeNS(_ns: string | null, name: string): void {
    this.removeAttribute(name);
  }
  get attributes(): { name: string; value: string }[] {
    return this.attrs.map(([name, value]) => ({ name, value }));
  }

  get children(): SvgElement[] {
    return this.childNodes.filter((c): c is SvgElement => c instanceof SvgElement);
  }
  get firstChild(): Child | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): Child | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  appendChild<T extends Child>(child: T): T {
    return this.insertBefore(child, null);
  }
  insertBefore<T extends Child>(child: T, ref: Child | null): T {
    child.parentNode?.removeChild(child);
    const i = ref ? this.childNodes.indexOf(ref) : -1;
    if (i < 0) this.childNodes.push(child);
    else this.childNodes.splice(i, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends Child>(child: T): T {
    const i = this.childNodes.indexOf(child);
    if (i >= 0) this.childNodes.splice(i, 1);
    child.parentNode = null;
    return child;
  }
  append(...nodes: (Child | string)[]): void {
    for (const n of nodes) this.appendChild(typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n);
  }
  replaceWith(...nodes: Child[]): void {
    const p = this.parentNode;
    if (!p) return;
    for (const n of nodes) p.insertBefore(n, this);
    p.removeChild(this);
  }
  cloneNode(deep = false): SvgElement {
    const c = new SvgElement(this.ownerDocument, this.namespaceURI, this.localName);
    c.attrs = this.attrs.map(([k, v]) => [k, v]);
    if (deep) for (const ch of this.childNodes) c.appendChild(ch instanceof SvgElement ? ch.cloneNode(true) : new SvgText(this.ownerDocument, ch.data));
    return c;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(v: string | null) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes.length = 0;
    const s = v === null || v === undefined ? '' : String(v);
    if (s) this.appendChild(this.ownerDocument.createTextNode(s));
  }

  /** Every element below this one, depth first (what `querySelectorAll('*')` would return). */
  *descendants(): Generator<SvgElement> {
    for (const c of this.childNodes) {
      if (c instanceof SvgElement) {
        yield c;
        yield* c.descendants();
      }
    }
  }
  /** Only tag-name selectors (`g`, `*`): all Plot and render.ts ask for. */
  querySelectorAll(selector: string): SvgElement[] {
    const tag = selector.trim();
    if (!/^(\*|[a-zA-Z][\w-]*)$/.test(tag)) throw new Error(`svg-dom: unsupported selector ${JSON.stringify(selector)}`);
    return [...this.descendants()].filter((e) => tag === '*' || e.localName === tag);
  }
  querySelector(selector: string): SvgElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  addEventListener(): void {}
  removeEventListener(): void {}
  dispatchEvent(): boolean {
    return true;
  }

  get outerHTML(): string {
    return this.toString();
  }
  toString(): string {
    let out = `<${this.localName}`;
    for (const [name, value] of this.attrs) {
      if (value === '' && DROPPED_WHEN_EMPTY.has(name)) continue;
      out += ` ${name}="${escapeAttr(value)}"`;
    }
    if (this.childNodes.length === 0) return out + (this.namespaceURI === SVG_NS ? ' />' : `></${this.localName}>`);
    out += '>';
    for (const c of this.childNodes) out += c.toString();
    return `${out}</${this.localName}>`;
  }
}

class SvgEvent {
  readonly type: string;
  constructor(type: string) {
    this.type = type;
  }
}

/** A detached document: `Plot.plot({ document: new SvgDocument(), … })`. */
export class SvgDocument {
  readonly documentElement: SvgElement;
  readonly defaultView = { Event: SvgEvent };
  constructor() {
    this.documentElement = new SvgElement(this, XHTML_NS, 'html');
  }
  createElementNS(ns: string | null, name: string): SvgElement {
    return new SvgElement(this, ns ?? XHTML_NS, name);
  }
  createElement(name: string): SvgElement {
    return new SvgElement(this, XHTML_NS, name);
  }
  createTextNode(data: string): SvgText {
    return new SvgText(this, String(data));
  }
}
