/**
 * Golden-file tests: every chart kind rendered from a fixed spec must match its SVG in tests/charts/golden/,
 * byte for byte (TZ is fixed by vitest.config.ts; formats come from Intl with explicit locales).
 * After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/charts, then review the diff of the .svg files.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChart } from '../../src/lib/charts/render.ts';
import { renderLite } from '../../src/lib/charts/lite.ts';
import { SPECS } from './specs.ts';

const DIR = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string) {
  const file = join(DIR, `${name}.svg`);
  if (update) writeFileSync(file, `${actual}\n`);
  expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/charts`).toBe(true);
  expect(`${actual}\n`).toBe(readFileSync(file, 'utf8'));
}

describe('the renderer (render-string.ts)', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    test(`${name} matches its golden SVG`, () => golden(name, renderChart(spec)));
  }
  test('static theme (downloads) uses plain hex colours and declares the SVG namespace', () => {
    const svg = renderChart(SPECS['ranking-percent']!, { theme: 'static' });
    golden('ranking-percent.static', svg);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
});

describe('client renderer (comparison picker)', () => {
  test('ranking matches its golden SVG', () => golden('lite-ranking', renderLite(SPECS['ranking-percent']!)));
  test('lines match their golden SVG', () => golden('lite-lines', renderLite(SPECS.lines!)));
});
