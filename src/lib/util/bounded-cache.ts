/**
 * A Map that forgets its oldest entries beyond `max` (memory stays bounded on a national-size build), and all of
 * them once a page is done (`forgetPageMemos`). Keep `max` small: the build works unit by unit, and whatever
 * outlives a page is promoted to the old generation, where only a full collection of a heap holding the whole
 * national dataset can free it.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
    onPageDone(() => this.map.clear());
  }
  get(k: string, make: () => V): V {
    let v = this.map.get(k);
    if (v === undefined) {
      v = make();
      this.map.set(k, v);
      if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    }
    return v;
  }
}

// What a page's two languages and its exports share (its series, drawings, CSV lines, figures' JSON) is emptied when
// the page is done: kept across pages, it lived through two scavenges, was promoted, and a full collection of a heap
// holding the national dataset had to free it (README, issue 16). Nothing of it is any use to Astro, which renders the
// stored views with the model in the same heap: the pass empties it once more when it is done.
const pageForgetters: (() => void)[] = [];
/** Register how to empty a memo once a page is built (`forgetPageMemos`), and when the pass is done. */
export function onPageDone(clear: () => void): void {
  pageForgetters.push(clear);
}
/** Empty the memos of one page: the build pass calls it after each page, in both languages, and its exports. */
export function forgetPageMemos(): void {
  for (const clear of pageForgetters) clear();
}

/** Empty every memo of this module instance: the build pass calls it when it is done. */
export function forgetPassMemos(): void {
  forgetPageMemos();
}
