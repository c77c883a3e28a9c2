/**
 * Embeds: URLs, the embed code a journalist copies, and the resize protocol between the embed page (inside the
 * iframe) and public/embed.js (on the host page).
 *
 * Protocol. The embed page posts `{ type: 'cchc-embed:height', height }` to its parent on load, on resize and
 * whenever its ResizeObserver fires (and in answer to `{ type: 'cchc-embed:ping' }`). embed.js resizes the iframe
 * marked `data-cchc-embed` whose contentWindow sent it, and only when the message comes from that iframe's origin.
 * Without embed.js (a CMS that strips scripts) the iframe keeps its `height` attribute (panel.ts `iframeHeight`): the
 * page's height at a typical article width, and the page inside scrolls if it must.
 *
 * URLs (urls.ts): latest /embed/<key>/, versioned /embed/v/<hash>/<key>/ (and /en/…), its data
 * /data/charts/v/<figures hash>/<key>.csv (both languages).
 * `<hash>` is `chartHash` (data + spec of that language + EMBED_FORMAT_VERSION). A versioned page is self-contained
 * (inline CSS, script and SVG), so a copy kept from an old build keeps working byte for byte.
 */
import type { Observation } from '../schema/observation.ts';
import { createHash, type Hash } from 'node:crypto';
import { onPageDone } from '../util/bounded-cache.ts';
import { escapeAttr } from '../text/escape.ts';
import { parseSvgRoot, rootSize } from './svg-root.ts';

/** Bump when the embed page's markup or the renderer change in a way that alters what a versioned URL shows. */
export const EMBED_FORMAT_VERSION = 6;

export const MSG_HEIGHT = 'cchc-embed:height';
export const MSG_PING = 'cchc-embed:ping';

/** The observation fields that make up a figure's content (not where it sits in which file). */
export function figureContent(o: Observation) {
  return {
    unit: o.unit,
    period: [o.period.label, o.period.start, o.period.end, o.period.explicitDates],
    metric: o.metric,
    value: o.value,
    raw: o.raw,
    source: o.source,
    quote: o.quote ?? null,
    note: o.note ?? null,
  };
}

// A figure is hashed for every chart of its page that shows it: its text is remembered until the page is done
// (util/bounded-cache.ts), and for 10,000 figures at most.
let figureMemo = new Map<Observation, string>();
function figureJson(o: Observation): string {
  let s = figureMemo.get(o);
  if (s === undefined) {
    if (figureMemo.size >= 10_000) figureMemo = new Map();
    figureMemo.set(o, (s = JSON.stringify(figureContent(o))));
  }
  return s;
}

/**
 * Content hash of one language's chart: its figures and its spec. Order of figures does not matter. The spec is
 * serialised as built (its key order is the builder's, fixed by the code; a change of code that reorders keys is a
 * change of format: bump EMBED_FORMAT_VERSION). Version 2 dropped sorting the spec's keys, which took a
 * fifth of the time spent on a commune page's charts; version 3 leaves out the table twin (see catalog.ts); version 4 is the
 * one string drawing that scales (viewBox), so a pinned page never changes its picture under the same address; version
 * 5 links the pinned data shared by the chart's two languages (`pinnedDataFile`, urls.ts); version 6 labels yearly
 * figures under their points (charts/ticks.ts `timeTicks`).
 *
 * The digest is that of `JSON.stringify({ v, id, figures, spec })` (figures: each figure's JSON, sorted), fed to the
 * hash in pieces: the figures' part is the same in both languages, made and hashed once per chart.
 */
export function chartHash(input: { id: string; observations: readonly Observation[]; spec: unknown }): string {
  const entry = figuresEntry(input.id, input.observations);
  // The digest's state after the figures, kept for the other language (Hash#copy): the figures are hashed once.
  entry.head ??= createHash('sha256').update(`{"v":${EMBED_FORMAT_VERSION},"id":${JSON.stringify(input.id)},"figures":`).update(entry.json);
  return entry.head
    .copy()
    .update(`,"spec":${JSON.stringify(input.spec)}}`)
    .digest('hex')
    .slice(0, 12);
}

/**
 * Content hash of a chart's figures alone (12 hex digits), the same in both languages: the address of its pinned
 * data (urls.ts `pinnedDataFile`), which the two languages' pinned pages share.
 */
export function figuresHash(id: string, observations: readonly Observation[]): string {
  const entry = figuresEntry(id, observations);
  return (entry.hash ??= createHash('sha256').update(entry.json).digest('hex').slice(0, 12));
}

// The chart's other language lists the same figures: its sorted figures' JSON is remembered for the page's charts,
// up to FIGURES_CHARS characters (a metric page's chart lists every unit's figures).
type FiguresEntry = { observations: readonly Observation[]; json: string; hash?: string; head?: Hash };
const FIGURES_CHARS = 4_000_000;
const figuresMemo = new Map<string, FiguresEntry>();
let figuresChars = 0;
onPageDone(() => {
  figuresMemo.clear();
  figuresChars = 0;
  figureMemo = new Map();
});
function figuresEntry(id: string, observations: readonly Observation[]): FiguresEntry {
  const hit = figuresMemo.get(id);
  if (hit && hit.observations.length === observations.length && hit.observations.every((o, i) => o === observations[i])) return hit;
  const entry = { observations, json: JSON.stringify(observations.map(figureJson).sort()) };
  if (hit) figuresChars -= hit.json.length;
  figuresMemo.delete(id);
  figuresMemo.set(id, entry);
  figuresChars += entry.json.length;
  for (const [k, e] of figuresMemo) {
    if (figuresChars <= FIGURES_CHARS || k === id) break;
    figuresMemo.delete(k);
    figuresChars -= e.json.length;
  }
  return entry;
}

/** A fixed iframe height (used when embed.js is stripped): rounded up to 10 px, between 240 and 1600. */
export function clampHeight(px: number): number {
  return Math.min(1600, Math.max(240, Math.ceil((Number.isFinite(px) ? px : 0) / 10) * 10));
}

/** Width and height of an SVG string from its root's width/height attributes, else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  return rootSize(parseSvgRoot(svg));
}

/** The code a journalist pastes: a responsive iframe plus the resize script. */
export function embedCode(o: { src: string; title: string; height: number; script: string }): string {
  return (
    `<iframe src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" width="100%" height="${o.height}" ` +
    `style="width:1px;min-width:100%;max-width:100%;border:0" loading="lazy" data-cchc-embed></iframe>\n` +
    `<script async src="${escapeAttr(o.script)}"></script>`
  );
}

/**
 * The script inside the embed page (inline, no dependencies). Posts the document height to the parent when it
 * changes; answers pings. Kept in one place so the browser test and the page use the same code.
 */
export const EMBED_PAGE_SCRIPT = `(function(){if(window.parent===window)return;var last=-1;function h(){var d=document.documentElement;return Math.ceil(Math.max(d.getBoundingClientRect().height,document.body?document.body.getBoundingClientRect().height:0))}function send(force){var v=h();if(!force&&v===last)return;last=v;window.parent.postMessage({type:'${MSG_HEIGHT}',height:v},'*')}addEventListener('load',function(){send(true)});addEventListener('resize',function(){send(false)});if(window.ResizeObserver)new ResizeObserver(function(){send(false)}).observe(document.documentElement);addEventListener('message',function(e){if(e.source===window.parent&&e.data&&e.data.type==='${MSG_PING}')send(true)});if(document.fonts&&document.fonts.ready)document.fonts.ready.then(function(){send(false)});send(true)})();`;
