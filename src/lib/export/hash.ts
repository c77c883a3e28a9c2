/**
 * Content hashes for versioned URLs. The hash of a chart is taken over its data and its spec, serialised canonically
 * (object keys sorted, undefined dropped, numbers as JSON), so it depends on what the chart shows and on nothing else
 * (build date, build order, machine). Same content, same URL; new content, new URL: a published URL never changes.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with sorted keys; `undefined` members are dropped; Maps and Sets are not allowed (convert first).
 * Written straight to a string (no sorted copy of the value): a national build hashes ≈ 120,000 chart specs.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(v: unknown, out: string[]): void {
  if (v === null) {
    out.push('null');
    return;
  }
  switch (typeof v) {
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError(`cannot hash ${v}`);
      out.push(JSON.stringify(v));
      return;
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(v));
      return;
    case 'object':
      break;
    default:
      throw new TypeError(`cannot hash a ${typeof v}`);
  }
  if (v instanceof Map || v instanceof Set) throw new TypeError('cannot hash a Map or Set: convert to an array first');
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.push(',');
      const x = v[i];
      if (x === undefined) out.push('null');
      else write(x, out);
    }
    out.push(']');
    return;
  }
  if (v instanceof Date) {
    out.push(JSON.stringify(v.toISOString()));
    return;
  }
  const o = v as Record<string, unknown>;
  let first = true;
  out.push('{');
  for (const k of Object.keys(o).sort()) {
    const x = o[k];
    if (x === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(k), ':');
    write(x, out);
  }
  out.push('}');
}

/** Hex sha256 of a string. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Short content hash (12 hex digits = 48 bits) of any JSON-able value, for URLs. */
export function contentHash(value: unknown, length = 12): string {
  return sha256Hex(canonicalJson(value)).slice(0, length);
}
