/** What the build pass remembers between pages is bounded, and gone when the pass ends (Astro's heap is the same). */
import { describe, expect, it } from 'vitest';
import { BoundedCache, forgetPageMemos, forgetPassMemos, onPageDone } from '../../src/lib/util/bounded-cache.ts';

describe('pass memos', () => {
  it('a bounded cache forgets its oldest entry past its size', () => {
    const c = new BoundedCache<number>(2);
    let made = 0;
    const get = (k: string) => c.get(k, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c');
    expect(get('a'), 'a was the oldest: made again').toBe(4);
  });

  it('forgetPassMemos empties every cache', () => {
    const c = new BoundedCache<number>(8);
    let made = 0;
    c.get('a', () => ++made);
    forgetPassMemos();
    expect(c.get('a', () => ++made)).toBe(2);
  });

  it('forgetPageMemos and forgetPassMemos empty what one page shares', () => {
    const c = new BoundedCache<number>(8);
    let made = 0;
    c.get('a', () => ++made);
    const page = new Map([['x', 1]]);
    onPageDone(() => page.clear());
    forgetPageMemos();
    expect(c.get('a', () => ++made), 'made again after the page').toBe(2);
    expect(page.size).toBe(0);
    page.set('x', 1);
    forgetPassMemos();
    expect(page.size).toBe(0);
    expect(c.get('a', () => ++made), 'made again after the pass').toBe(3);
  });
});
