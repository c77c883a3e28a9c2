/**
 * One bilingual text system: the per-area tables spread into one dictionary without overwriting each other, and no
 * file keeps its own vi/en picker.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/lib/i18n/strings.ts';

const ROOT = join(import.meta.dirname, '../..');
const TEXT_DIR = join(ROOT, 'src/lib/i18n/text');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

async function tables(): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of readdirSync(TEXT_DIR).filter((n) => n.endsWith('.ts'))) {
    const mod = (await import(join(TEXT_DIR, f))) as Record<string, Record<string, unknown>>;
    for (const [name, table] of Object.entries(mod)) if (/_TEXT$/.test(name)) out[`${f}:${name}`] = table;
  }
  return out;
}

describe('the per-area text tables', () => {
  test('no key is in two tables, so spreading them into the dictionary loses none', async () => {
    const seen = new Map<string, string>();
    const all = await tables();
    expect(Object.keys(all).length).toBeGreaterThan(1);
    const strings = readFileSync(join(ROOT, 'src/lib/i18n/strings.ts'), 'utf8');
    const core = strings.slice(strings.indexOf('export const UI = {'), strings.indexOf('...CHART_TEXT'));
    for (const m of core.matchAll(/^ {2}(\w+): s\(/gm)) seen.set(m[1]!, 'strings.ts');
    for (const [table, entries] of Object.entries(all)) {
      for (const key of Object.keys(entries)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${table}`).toBeUndefined();
        seen.set(key, table);
      }
    }
    expect(new Set(Object.keys(UI))).toEqual(new Set(seen.keys()));
  });
  test('every table is spread into the dictionary', async () => {
    for (const entries of Object.values(await tables())) {
      for (const [key, text] of Object.entries(entries)) expect(UI[key as keyof typeof UI], key).toBe(text);
    }
  });
});

describe('one way to pick a language', () => {
  test('no file outside src/lib/i18n declares its own `const pick`', () => {
    const offenders = files(join(ROOT, 'src'))
      .filter((p) => /\.(ts|astro|mjs|js)$/.test(p))
      .map((p) => relative(ROOT, p).split('\\').join('/'))
      .filter((p) => !p.startsWith('src/lib/i18n/'))
      .filter((p) => /\bconst pick\b/.test(readFileSync(join(ROOT, p), 'utf8')))
      .sort();
    expect(offenders).toEqual([]);
  });
});
