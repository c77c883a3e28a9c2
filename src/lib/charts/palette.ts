/**
 * Okabe–Ito, the colour-blind-safe palette. Charts name colours by token; the renderer turns a token into
 * `var(--chart-<token>, #hex)` for pages (so dark mode can adjust) or the plain hex for standalone SVG/PNG.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#8C8C8C',
  ink: '#1A1A1A',
} as const;
export type ColorToken = keyof typeof OKABE_ITO;

/** Tokens for categorical series in order (units in a comparison, lineage members…). */
export const CATEGORICAL: readonly ColorToken[] = ['blue', 'orange', 'green', 'vermillion', 'purple', 'sky', 'yellow', 'grey'];

export type Theme = 'css' | 'static';

export function color(token: ColorToken, theme: Theme = 'css'): string {
  return theme === 'css' ? `var(--chart-${token}, ${OKABE_ITO[token]})` : OKABE_ITO[token];
}
