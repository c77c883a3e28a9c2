/**
 * Row labels of ranking charts. Pure (no fonts read here): the server passes a measure from the bundled Noto Sans
 * metrics (layout.ts), the browser's lite.ts an estimate.
 */

/** Province-level prefixes and suffixes a ranking row can do without: the row is a unit, its full name is in the table. */
const PREFIX = /^(\d+\.\s+)?(?:Tỉnh|Thành phố|TP\.)\s+/u;
const SUFFIX = /\s+(?:Province|City)(?=$|\s\()/u;
/** "2. Tỉnh Đồng Tháp (đến 30/06/2025)" → "2. Đồng Tháp (đến 30/06/2025)"; "3. Can Tho City" → "3. Can Tho". */
const withoutAffix = (l: string) => l.replace(PREFIX, '$1').replace(SUFFIX, '');

export type Measure = (text: string, bold: boolean) => number;

/**
 * Each label on one line within `maxWidth` units: without "Tỉnh"/"Thành phố" (unless that makes two rows read the
 * same), then cut at a word (or a character) with "…". `full` is set when the label was changed: renderers put it
 * in a <title>.
 */
export function rankingLabels(labels: readonly string[], maxWidth: number, bold: readonly boolean[], measure: Measure): { text: string; full?: string }[] {
  const short = labels.map((l) => withoutAffix(l).trim() || l);
  const count = new Map<string, number>();
  for (const s of short) count.set(s, (count.get(s) ?? 0) + 1);
  return labels.map((label, i) => {
    const b = bold[i] ?? false;
    let text = count.get(short[i]!)! > 1 ? label : short[i]!;
    if (measure(text, b) > maxWidth) text = ellipsize(text, maxWidth, (t) => measure(t, b));
    return text === label ? { text } : { text, full: label };
  });
}

/** `text` cut at a word (or a character) and ended with "…" so that it measures at most `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, width: (t: string) => number): string {
  const words = text.split(' ');
  while (words.length > 1 && width(`${words.join(' ')}…`) > maxWidth) words.pop();
  // At a word when that keeps most of the room; otherwise within the word ("năm 2023 (7/12/2022–4/1…").
  const byWord = words.join(' ');
  const chars = [...(width(byWord) >= (maxWidth * 2) / 3 ? byWord : text).replace(/[,;:.\-–]$/, '').trimEnd()];
  while (chars.length > 1 && width(`${chars.join('').trimEnd()}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Vertical places of labels that must not overlap (line-end labels of a bump chart): each at least `gap` below the
 * one above, all between `top` and `bottom` where they fit, each as near its wanted place as that allows.
 */
export function spreadApart(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? bottom : ys[i + 1]! - gap);
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? top : ys[i - 1]! + gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}
