/** A metric's stated range (`0-100`, `0-10`), from metrics.csv `scale`. */
export interface Scale {
  min: number;
  max: number;
}

/** `0-100` → { min: 0, max: 100 }; undefined for anything else (integers or plain decimals, min < max). */
export function parseScale(text: string): Scale | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)$/u.exec(text.trim());
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = Number(m[2]);
  return min < max ? { min, max } : undefined;
}

/** True when the scale says a `%` sign may stand for the score itself ("PAR INDEX đạt 91,43%"). */
export const isHundredScale = (s: Scale | undefined) => s !== undefined && s.min === 0 && s.max === 100;
