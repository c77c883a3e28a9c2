/**
 * Content hashes for versioned URLs. The hash of a chart is taken over its data and its spec, serialised canonically
 * (object keys sorted, undefined dropped, numbers as JSON), so it depends on what the chart shows and on nothing else
 * (build date, build order, machine). Same content, same URL; new content, new URL: a published URL never changes.
 */
import { createHash } from 'node:crypto';

/** JSON with sorted keys; `undefined` members are dropped; Maps and Sets are not allowed (convert first). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError(`cannot hash ${v}`);
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new TypeError(`cannot hash a ${typeof v}`);
    return v;
  }
  if (v instanceof Map || v instanceof Set) throw new TypeError('cannot hash a Map or Set: convert to an array first');
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : sortKeys(x)));
  if (v instanceof Date) return v.toISOString();
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = sortKeys(x);
  }
  return out;
}

/** Hex sha256 of a string. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Short content hash (12 hex digits = 48 bits) of any JSON-able value, for URLs. */
export function contentHash(value: unknown, length = 12): string {
  return sha256Hex(canonicalJson(value)).slice(0, length);
}
