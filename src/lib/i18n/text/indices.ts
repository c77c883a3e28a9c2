/**
 * Texts of the index pages (PCI, PAPI, PAR INDEX, SIPAS) and their rankings, spread into the one dictionary (../strings.ts).
 * Read them with `t()`, or `tf()` for a text with `{name}` slots. Plain pairs, grouped by the file that first uses them.
 */
export const INDICES_TEXT = {
} as const;
