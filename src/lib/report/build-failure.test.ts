/**
 * A page that throws during the build is reported as a `build-failed` problem at the first data row the page shows
 * (its unit's, metric's or source's), or at its route when no row stands behind it. The whole path (a real build
 * failing, dist/ untouched, no stack trace) is in tests/site/incremental-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../dataset/load.ts';
import { buildFailedProblem, renderedPath, tagRenderError } from './build-failure.ts';

const ds = loadDataFolder('tests/site-fixture').dataset;
const thrownOn = (path: string) => tagRenderError(new RangeError('Invalid array length\n    at somewhere (x.js:1:1)'), path);

describe('build-failed problems', () => {
  it('name the metric\'s first row for a metric page (wide file: the metric\'s column), in either language', () => {
    const p = buildFailedProblem(thrownOn('/en/chi-tieu/par_index_score/'), ds);
    expect(p).toMatchObject({ file: 'observations/chi-so/chi-so-tinh.csv', line: 2, column: 'par_index_score', value: '84,36', code: 'build-failed', severity: 'error' });
    expect(p.message_en).toContain('Could not build page /en/chi-tieu/par_index_score/: Invalid array length.');
    expect(p.message_vi).toContain('Không dựng được trang /en/chi-tieu/par_index_score/: Invalid array length.');
    expect(p.message_en).not.toContain('somewhere');
  });

  it('name the source\'s first row for a source page, and the metric\'s for the comparison picker\'s JSON', () => {
    expect(buildFailedProblem(thrownOn('/nguon/test-bao-cao-tinh/'), ds)).toMatchObject({ file: 'observations/tinh/ty-le-dung-han.csv', line: 2, column: 'source', value: 'test-bao-cao-tinh' });
    expect(buildFailedProblem(thrownOn('/so-sanh/du-lieu/pct_online.json'), ds)).toMatchObject({ file: 'observations/dong-thap/chau-thanh.csv', line: 2, column: 'value', value: '45%' });
  });

  it('name the route when no data row stands behind the page, and the build when not even the page is known', () => {
    expect(buildFailedProblem(thrownOn('/phuong-phap/'), ds)).toMatchObject({ file: '/phuong-phap/', line: 0, column: '' });
    expect(buildFailedProblem(new Error('vite: could not resolve x'), ds)).toMatchObject({ file: '', line: 0 });
  });

  it('find the page through a wrapping error\'s cause, and keep the innermost page', () => {
    const inner = thrownOn('/don-vi/dong-thap/');
    tagRenderError(inner, '/');
    expect(renderedPath(new Error('wrapped', { cause: inner }))).toBe('/don-vi/dong-thap/');
  });
});
