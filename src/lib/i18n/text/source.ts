/**
 * Texts of the source pages and the source list, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const SOURCE_TEXT = {
} as const;
