/** Every SVG of the test build, downloads and those inside pages, is well-formed XML (issue 15; tests/site/markup.ts). */
import { describe, expect, inject, test } from 'vitest';
import { malformed, siteSvgs } from '../site/markup.ts';

const dir = inject('siteDir');

describe('SVG well-formedness', () => {
  test('every .svg file and every <svg> inside a page parses as XML', () => {
    const svgs = siteSvgs(dir);
    expect(svgs.filter((s) => s.file).length).toBeGreaterThan(100);
    expect(svgs.filter((s) => !s.file).length).toBeGreaterThan(500);
    expect(malformed(svgs)).toEqual([]);
  });
});
