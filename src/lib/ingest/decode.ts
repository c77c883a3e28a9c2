// TEMPORARY minimal decoder (lead's placeholder until the full detector lands; same API).
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'unknown-8bit';
export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; encoding: Exclude<Encoding, 'utf-8'>; line: number; sample: string };
export function decodeCsv(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: 'utf-16le', line: 1, sample: '' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const bom = text.charCodeAt(0) === 0xfeff;
    return { ok: true, text: (bom ? text.slice(1) : text).normalize('NFC'), bom };
  } catch {
    return { ok: false, encoding: 'unknown-8bit', line: 1, sample: '' };
  }
}
