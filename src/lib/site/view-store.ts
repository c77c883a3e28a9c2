/**
 * Where the build pass leaves each page's view for Astro (site/page-view.ts): one file per page path in a folder
 * of the build's cache. On disk rather than in memory: a national build's views (every chart's drawing and table)
 * take gigabytes, and Astro renders them one page at a time.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartView, PageView } from './page-view.ts';
import type { Source } from '../schema/source.ts';
import type { ShareCards } from '../export/share-cards.ts';
import type { LoadResult } from '../dataset/load.ts';

/** The file of a page path: the path percent-encoded, so that every path is one flat, distinct name. */
export const viewFile = (dir: string, href: string) => join(dir, `${encodeURIComponent(href)}.view`);

/**
 * A view as its file holds it (the build's effects write it on their thread): on the first line the view as JSON
 * without its charts' drawings and with their lengths, then the drawings one after the other. As JSON strings the
 * drawings (a third of a unit page's view) would have every quote escaped, and be escaped and read back once more.
 * Each publication is written once per page and its charts name it by place: a unit page's charts share a few sources,
 * which as JSON repeated in every chart were a third of its view.
 */
export function viewText(view: PageView): string {
  const svgs: string[] = [];
  const table: Source[] = [];
  const place = new Map<Source, number>();
  const placeOf = (s: Source) => {
    let i = place.get(s);
    if (i === undefined) place.set(s, (i = table.push(s) - 1));
    return i;
  };
  const charts = view.charts.map((c) => {
    svgs.push(c.svg);
    return { ...c, svg: '', sources: c.sources.map(placeOf) };
  });
  const head: StoredView = { ...view, charts, svgLengths: svgs.map((s) => s.length), sourceTable: table };
  return `${JSON.stringify(head)}\n${svgs.join('')}`;
}

type StoredChart = Omit<ChartView, 'sources'> & { sources: number[] };
type StoredView = Omit<PageView, 'charts'> & { charts: StoredChart[]; svgLengths: number[]; sourceTable: Source[] };

/** The view `viewText` wrote: each chart's drawing sliced back from after the first line, its sources from the table. */
export function parseViewText(text: string): PageView {
  const nl = text.indexOf('\n');
  const { svgLengths, sourceTable, ...stored } = JSON.parse(text.slice(0, nl)) as StoredView;
  let at = nl + 1;
  const charts = stored.charts.map((c, i): ChartView => {
    const sources = c.sources.map((n) => sourceTable[n]!);
    return { ...c, svg: text.slice(at, (at += svgLengths[i]!)), sources };
  });
  if (at !== text.length) throw new Error(`view of ${stored.href}: ${text.length - at} characters after its drawings (site/view-store.ts)`);
  return { ...stored, charts };
}

/** Store a view where Astro's thread may be reading: written aside, then renamed, so it is never seen half-written. */
export function writeView(dir: string, view: PageView): void {
  const file = viewFile(dir, view.href);
  writeFileSync(`${file}.part`, viewText(view));
  renameSync(`${file}.part`, file);
}

/** An empty folder for this build's views: a page the pass did not render this time must not find an old view. */
export function resetViewStore(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/**
 * What Astro's thread reads before it renders (build/astro-thread.ts), from the pass: every keyed output's key
 * (`kind|id` → key, site/page-key.ts: its getStaticPaths and cacheKeys), what the share cards say
 * (export/share-cards.ts; none when PNGs are off), and the data contract's version the layout names.
 */
export interface AstroInput {
  keys: Record<string, string>;
  cards?: ShareCards;
  contract: LoadResult['contract'];
}

const inputFile = (dir: string) => join(dir, 'astro.json');

export function writeAstroInput(dir: string, input: AstroInput): void {
  writeFileSync(inputFile(dir), JSON.stringify(input));
}

export function readAstroInput(dir: string): AstroInput | undefined {
  const text = readIfAny(inputFile(dir));
  return text === undefined ? undefined : (JSON.parse(text) as AstroInput);
}

/** The stored view of the page at this path, or undefined when the pass left none. */
export function readView(dir: string, href: string): PageView | undefined {
  const text = readIfAny(viewFile(dir, href));
  return text === undefined ? undefined : parseViewText(text);
}

function readIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
