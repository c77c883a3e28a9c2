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
