/**
 * The marks of a chart SVG, as a reader sees them: dots, bars, lines and paths at their place in the drawing (every
 * translate applied), the tick labels of each axis, and every other text with its place. Two renderers draw the same
 * chart when their marks agree (coordinates within `tolerance`), whatever their element order or attribute spelling.
 */
import { SaxesParser } from 'saxes';

export interface Marks {
  /** Root size from the viewBox. */
  size: [number, number];
  dots: string[];
  bars: string[];
  lines: string[];
  paths: string[];
  /** Tick labels, one list per axis (a `font-variant="tabular-nums"` group). */
  ticks: string[][];
  /** Every other visible text with its anchor point: "x,y text". */
  texts: string[];
}

const r = (v: number) => (Math.round(v * 10) / 10).toFixed(1);

function translateOf(v: string | undefined): [number, number] {
  const m = v && /translate\(\s*(-?[\d.e+-]+)(?:[\s,]+(-?[\d.e+-]+))?\s*\)/.exec(v);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** Path data with the offset applied to every absolute coordinate pair (M/L only, as the charts write them). */
function movePath(d: string, dx: number, dy: number): string {
  return d.replace(/([ML])(-?[\d.e+-]+),(-?[\d.e+-]+)/g, (_, c: string, x: string, y: string) => `${c}${r(Number(x) + dx)},${r(Number(y) + dy)}`);
}

interface Frame {
  x: number;
  y: number;
  tabular: string[] | undefined;
  title: boolean;
  skip: boolean;
}

/** Marks of one SVG; texts inside an element with a class in `skipClasses` are left out. */
export function svgMarks(svg: string, skipClasses: readonly string[] = []): Marks {
  const parser = new SaxesParser({ xmlns: false });
  const out: Marks = { size: [0, 0], dots: [], bars: [], lines: [], paths: [], ticks: [], texts: [] };
  const stack: Frame[] = [];
  let text: { x: number; y: number; chars: string; tabular?: string[] } | undefined;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    const parent = stack.at(-1) ?? { x: 0, y: 0, tabular: undefined, title: false, skip: false };
    const [tx, ty] = translateOf(a.transform);
    const f: Frame = { x: parent.x + tx, y: parent.y + ty, tabular: parent.tabular, title: parent.title || tag.name === 'title', skip: parent.skip || skipClasses.includes(a.class ?? '') };
    if (stack.length === 0) {
      const vb = (a.viewBox ?? '').split(/[\s,]+/).map(Number);
      out.size = [vb[2] ?? 0, vb[3] ?? 0];
    }
    if (tag.name === 'g' && a['font-variant'] === 'tabular-nums') out.ticks.push((f.tabular = []));
    const n = (k: string) => Number(a[k] ?? 0);
    if (tag.name === 'circle') out.dots.push(`${r(f.x + n('cx'))},${r(f.y + n('cy'))} r${a.r}`);
    if (tag.name === 'rect') out.bars.push(`${r(f.x + n('x'))},${r(f.y + n('y'))} ${r(n('width'))}×${r(n('height'))}`);
    if (tag.name === 'line') out.lines.push(`${r(f.x + n('x1'))},${r(f.y + n('y1'))}–${r(f.x + n('x2'))},${r(f.y + n('y2'))}`);
    if (tag.name === 'path' && a.d) out.paths.push(movePath(a.d, f.x, f.y));
    if (tag.name === 'text' && !f.skip) text = { x: f.x + n('x') + n('dx'), y: f.y, chars: '', tabular: f.tabular };
    stack.push(f);
  });
  parser.on('text', (t) => {
    if (text && !stack.at(-1)!.title) text.chars += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'text' && text) {
      if (text.tabular) text.tabular.push(text.chars);
      else out.texts.push(`${r(text.x)},${r(text.y)} ${text.chars}`);
      text = undefined;
    }
  });
  parser.write(svg).close();
  for (const k of ['dots', 'bars', 'lines', 'paths', 'texts'] as const) out[k].sort();
  return out;
}
