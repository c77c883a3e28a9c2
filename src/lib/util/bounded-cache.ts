/**
 * A Map that forgets its oldest entries beyond `max` (memory stays bounded on a national-size build).
 * Keep `max` small: the build works unit by unit, and whatever outlives a page is promoted to the old generation,
 * where only a full collection of a heap holding the whole national dataset can free it.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
    onForget(() => this.map.clear());
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

// What the build pass remembers between pages (drawings, CSVs, the figures of the last charts: a metric page's are
// megabytes) is no use to Astro, which renders the stored views with the model in the same heap.
const forgetters: (() => void)[] = [];
/** Register how to empty a memo when the pass is done (`forgetPassMemos`). */
export function onForget(clear: () => void): void {
  forgetters.push(clear);
}
/** Empty every memo of this module instance: the build pass calls it when it is done. */
export function forgetPassMemos(): void {
  for (const clear of forgetters) clear();
}
