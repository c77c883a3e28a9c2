/**
 * Checks of one drawn chart that need its spec (defects.test.ts): a rank axis starts at 1 in whole ranks with rank 1
 * at the top; a bump chart (ranks of two or more units) names every line at its end, inside the drawing, the names
 * apart. Each returns what is wrong, empty when nothing is.
 */
import type { ChartSpec } from '../../src/lib/charts/spec.ts';

/** The value axis' tick labels of a lines chart with their y: the tabular-nums group anchored at the end. */
function valueTicks(svg: string): { label: string; y: number }[] {
  const group = [...svg.matchAll(/<g([^>]*)>([\s\S]*?)<\/g>/g)].find((m) => m[1]!.includes('font-variant="tabular-nums"') && m[1]!.includes('text-anchor="end"'))?.[2] ?? '';
  return [...group.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const y = /translate\([^,]+,([^)]+)\)/.exec(m[1]!)?.[1] ?? / y="([\d.-]+)"/.exec(m[1]!)?.[1];
    return { label: m[2]!, y: Number(y) };
  });
}

export function rankAxisProblems(spec: ChartSpec, svg: string): string[] {
  if (spec.kind !== 'lines' || spec.valueKind !== 'rank') return [];
  const ticks = valueTicks(svg);
  if (ticks.length < 2) return [`${spec.id}: rank axis has ${ticks.length} tick labels`];
  const out: string[] = [];
  const values = ticks.map((t) => Number(t.label.replace(/[.,\s]/g, '')));
  if (ticks.some((t) => !/^\d[\d.,]*$/.test(t.label) || /[.,]\d{1,2}$/.test(t.label))) out.push(`${spec.id}: a rank tick is not a whole rank: ${ticks.map((t) => t.label).join(' | ')}`);
  if (Math.min(...values) !== 1) out.push(`${spec.id}: the rank axis starts at ${Math.min(...values)}, not 1`);
  const top = ticks.reduce((a, b) => (b.y < a.y ? b : a));
  if (top.label !== '1') out.push(`${spec.id}: the top rank tick is "${top.label}", not 1`);
  return out;
}

export function bumpLabelProblems(spec: ChartSpec, svg: string): string[] {
  if (spec.kind !== 'lines' || spec.valueKind !== 'rank' || spec.series.length < 2) return [];
  const group = /<g class="line-end-labels"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1];
  const drawn = spec.series.filter((s) => spec.data.some((d) => d.series === s.key && d.value !== null));
  if (group === undefined) return [`${spec.id}: a bump chart without line-end labels`];
  const labels = [...group.matchAll(/<text[^>]*?(?:translate\(([^,]+),([^)]+)\)"|x="([^"]+)" y="([^"]+)")[^>]*>([^<]*)/g)].map((m) => ({ y: Number(m[2] ?? m[4]), text: m[5]! }));
  const out: string[] = [];
  if (labels.length !== drawn.length) out.push(`${spec.id}: ${labels.length} line-end labels for ${drawn.length} lines`);
  for (const l of labels) {
    const stem = l.text.replace(/…$/, '').trim();
    const bare = (label: string) => label.replace(/^(?:Tỉnh|Thành phố|TP\.)\s+/u, '').replace(/\s+(?:Province|City)(?=$|\s\()/u, '');
    if (!stem || !drawn.some((s) => s.label.includes(stem) || bare(s.label).includes(stem))) out.push(`${spec.id}: line-end label "${l.text}" names no line`);
  }
  const ys = labels.map((l) => l.y).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i++) if (ys[i]! - ys[i - 1]! < 11) out.push(`${spec.id}: line-end labels ${ys[i - 1]} and ${ys[i]} overlap`);
  return out;
}
