/** Name matching: NFC, case-folding and whitespace collapsing (contract v1, "Names are compared after…"). */
export const normName = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** Accent-free form, for suggestions only (never for matching: "Hòa" and "Hoa" are different names). */
export const foldName = (s: string) =>
  normName(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Administrative prefixes that people drop or abbreviate ("TP. Sa Đéc", "Sa Đéc"): ignored when suggesting. */
const PREFIX = /^(tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|so|ubnd)\s+/;
const core = (folded: string) => folded.replace(PREFIX, '');

/** Up to `n` candidates closest to `query` (accent-insensitive), within a distance that scales with length. */
export function closest(query: string, candidates: Iterable<string>, n = 3): string[] {
  const q = core(foldName(query));
  const max = Math.max(2, Math.floor(q.length / 3));
  const scored: [number, string][] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    const f = core(foldName(c));
    let d = levenshtein(q, f, max);
    // "Sa Đéc" should find "Thành phố Sa Đéc": containment counts as close.
    if (d > max && q.length >= 3 && (f.includes(q) || q.includes(f))) d = max;
    if (d <= max) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
  return scored.slice(0, n).map((s) => s[1]);
}
