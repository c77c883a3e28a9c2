/**
 * Bytes of a CSV file → text, or a refusal that names the encoding the file is really in.
 *
 * Data contract v1 accepts UTF-8 only (a BOM is allowed). Files saved from Excel or LibreOffice on a Vietnamese machine
 * often arrive in something else:
 *  - UTF-16 ("Unicode text" in Excel): BOM FF FE / FE FF, or NUL bytes in every other position;
 *  - an 8-bit legacy code page: Windows-1258 (base letter + combining tone byte), TCVN3/ABC (precomposed letters in
 *    0xA1–0xFE, the ".Vn" fonts) or VNI-Windows (base letter + tone byte, the "VNI-" fonts);
 *  - mojibake that *is* valid UTF-8: one of those 8-bit files opened as Windows-1252/Latin-1 and saved again as UTF-8
 *    ("Thµnh phè" = TCVN3, "Thaønh phoá" = VNI, "ThaÌnh phôì" = Windows-1258 for "Thành phố").
 *
 * Everything here is a single pass over the bytes (or over the decoded text), with table look-ups: no regular expressions
 * over the whole file. Only the failure path does a second, partial pass (to count lines up to the first bad byte).
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'unknown-8bit';

export type DecodeResult =
  | { ok: true; text: string; bom: boolean } // text NFC-normalised, BOM stripped
  | { ok: false; encoding: Exclude<Encoding, 'utf-8'>; line: number; sample: string }; // line: 1-based; sample: printable excerpt

type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** What the bytes look like, in more detail than {@link DecodeResult} (the fixer uses it to explain its changes). */
export type Sniff =
  /** Valid UTF-8 and no mojibake. `text` has the BOM stripped and is NOT yet NFC-normalised. */
  | { kind: 'utf-8'; bom: boolean; text: string }
  | { kind: 'utf-16'; encoding: 'utf-16le' | 'utf-16be'; bom: boolean; line: number; sample: string }
  /** Not valid UTF-8. `mixed`: mostly valid UTF-8 with stray bytes (then `encoding` is 'unknown-8bit'). */
  | { kind: '8bit'; encoding: LegacyEncoding | 'unknown-8bit'; mixed: boolean; line: number; sample: string }
  /** Valid UTF-8 whose letters are a legacy encoding seen through Windows-1252. `text`: as decoded (BOM stripped). */
  | {
      kind: 'mojibake';
      encoding: LegacyEncoding;
      bom: boolean;
      text: string;
      line: number;
      sample: string;
      /** How many mojibake patterns of `encoding`, and how many genuine Vietnamese letters, were seen. */
      score: number;
      genuine: number;
    };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const CP1252 = new TextDecoder('windows-1252');
const SAMPLE_RADIUS = 40;

// ---------------------------------------------------------------------------------------------------------------
// Character classes shared by the byte scan (8-bit files) and the text scan (mojibake). In both, a code 0xA0–0xFF is
// the Windows-1252 / Latin-1 character with that byte value, so one set of tables serves both.

const F_TCVN_STRONG = 1; // TCVN3 letters in 0xA1–0xBE (à á ả ã ạ ă â ê ô ơ ư đ …): symbols in every other code page
const F_VNI_TONE_L = 2; // VNI tone marks ø ù û õ ï (grave acute hook tilde dot)
const F_VNI_TONE_U = 4; // Ø Ù Û Õ Ï
const F_VNI_CIRC_L = 8; // VNI circumflex (+ tone) â à á å ã ä
const F_VNI_CIRC_U = 16; // Â À Á Å Ã Ä
const F_VNI_BREVE_L = 32; // VNI breve (+ tone) ê è é ú ü ë
const F_VNI_BREVE_U = 64; // Ê È É Ú Ü Ë
const F_CP_TONE = 128; // Windows-1258 combining tone bytes 0xCC 0xEC 0xD2 0xDE 0xF2
const F_CP_VOWEL = 256; // Windows-1258 vowel letters that take a combining tone: â ê ô ơ ư ă (both cases)

const FLAGS = new Uint16Array(256);
function flag(f: number, codes: number[]): void {
  for (const c of codes) FLAGS[c]! |= f;
}
flag(F_TCVN_STRONG, [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]);
flag(F_TCVN_STRONG, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe]);
flag(F_VNI_TONE_L, [0xf8, 0xf9, 0xfb, 0xf5, 0xef]);
flag(F_VNI_TONE_U, [0xd8, 0xd9, 0xdb, 0xd5, 0xcf]);
flag(F_VNI_CIRC_L, [0xe2, 0xe0, 0xe1, 0xe5, 0xe3, 0xe4]);
flag(F_VNI_CIRC_U, [0xc2, 0xc0, 0xc1, 0xc5, 0xc3, 0xc4]);
flag(F_VNI_BREVE_L, [0xea, 0xe8, 0xe9, 0xfa, 0xfc, 0xeb]);
flag(F_VNI_BREVE_U, [0xca, 0xc8, 0xc9, 0xda, 0xdc, 0xcb]);
flag(F_CP_TONE, [0xcc, 0xec, 0xd2, 0xde, 0xf2]);
flag(F_CP_VOWEL, [0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3]);

function isLowerVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79; // a e i o u y
}
function isUpperVowel(c: number): boolean {
  return c === 0x41 || c === 0x45 || c === 0x49 || c === 0x4f || c === 0x55 || c === 0x59;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
/** A letter in any of the candidate readings: ASCII, Latin-1 letters 0xC0–0xFF, TCVN3 letters 0xA1–0xBE. */
function isLetterish(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0xff) || (c <= 0xff && (FLAGS[c]! & F_TCVN_STRONG) !== 0);
}

interface Scores {
  tcvn3: number;
  vni: number;
  cp1258: number;
  /** Position (byte or char index) and line of the first pattern of each kind; -1 when none. */
  firstTcvn3: number;
  lineTcvn3: number;
  firstVni: number;
  lineVni: number;
  firstCp: number;
  lineCp: number;
}
function newScores(): Scores {
  return { tcvn3: 0, vni: 0, cp1258: 0, firstTcvn3: -1, lineTcvn3: 1, firstVni: -1, lineVni: 1, firstCp: -1, lineCp: 1 };
}

/**
 * Score one character c (0xA0–0xFF, read as Windows-1252) between p and n. `raw`: scanning the bytes of an 8-bit file
 * (then Ð/0xD0 is Windows-1258 Đ; in UTF-8 text U+00D0 is too often typed for Đ to count as evidence).
 */
function score(s: Scores, pos: number, line: number, p: number, c: number, n: number, raw: boolean): void {
  const f = FLAGS[c]!;
  // TCVN3: precomposed letters in 0xA1–0xBE. Counted only inside words, so that « » © ® £ § used as symbols do not count.
  if (f & F_TCVN_STRONG) {
    let hit: boolean;
    if (c === 0xbb) hit = isLetterish(p) && isLetterish(n); // » = ằ, mid-word (b»ng); a closing quote is not
    else if (c === 0xab) hit = isLetterish(p); // « = ô (c«ng); an opening quote follows a space
    else if (c === 0xa7 || c === 0xae || c === 0xa9 || c === 0xa2) hit = isLetterish(n); // § ® © ¢: Đ đ â Â start or precede letters
    else hit = isLetterish(p) || isLetterish(n);
    if (hit) {
      if (s.tcvn3++ === 0) {
        s.firstTcvn3 = pos;
        s.lineTcvn3 = line;
      }
    }
    return;
  }
  // VNI: a base vowel followed by a mark byte, in the same case; ơ ư (ô ö) followed by a tone; đ (ñ) starting a word.
  let vni = false;
  if (f & F_VNI_TONE_L) vni = isLowerVowel(p) || p === 0xf4 || p === 0xf6;
  else if (f & F_VNI_TONE_U) vni = isUpperVowel(p) || p === 0xd4 || p === 0xd6;
  if (!vni && f & F_VNI_CIRC_L) {
    // "oà oá oã" are also genuine old-style spellings (hoà, hoá, hoãn): not evidence.
    vni = p === 0x61 || p === 0x65 || (p === 0x6f && c !== 0xe0 && c !== 0xe1 && c !== 0xe3);
  } else if (!vni && f & F_VNI_CIRC_U) {
    vni = p === 0x41 || p === 0x45 || (p === 0x4f && c !== 0xc0 && c !== 0xc1 && c !== 0xc3);
  }
  if (!vni && f & F_VNI_BREVE_L) vni = p === 0x61;
  else if (!vni && f & F_VNI_BREVE_U) vni = p === 0x41;
  if (!vni && (c === 0xf1 || c === 0xd1)) vni = !isLetterish(p) && isLetterish(n);
  if (!vni && ((c === 0xf6 && n === 0xf4) || (c === 0xd6 && n === 0xd4))) vni = true; // ươ
  if (vni) {
    if (s.vni++ === 0) {
      s.firstVni = pos;
      s.lineVni = line;
    }
  }
  // Windows-1258: a combining tone byte right after a vowel; đ (ð) starting a word.
  let cp = false;
  if (f & F_CP_TONE) cp = isLowerVowel(p) || isUpperVowel(p) || (p <= 0xff && (FLAGS[p]! & F_CP_VOWEL) !== 0);
  else if (c === 0xf0 || (raw && c === 0xd0)) cp = !isLetterish(p) && isLetterish(n);
  if (cp) {
    if (s.cp1258++ === 0) {
      s.firstCp = pos;
      s.lineCp = line;
    }
  }
}

function best(s: Scores): { encoding: LegacyEncoding; score: number; pos: number; line: number } {
  if (s.tcvn3 >= s.vni && s.tcvn3 >= s.cp1258) return { encoding: 'tcvn3', score: s.tcvn3, pos: s.firstTcvn3, line: s.lineTcvn3 };
  if (s.vni >= s.cp1258) return { encoding: 'vni', score: s.vni, pos: s.firstVni, line: s.lineVni };
  return { encoding: 'windows-1258', score: s.cp1258, pos: s.firstCp, line: s.lineCp };
}

// ---------------------------------------------------------------------------------------------------------------
// Samples

function printable(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 9 ? ' ' : c < 0x20 || (c >= 0x7f && c < 0xa0) ? '\uFFFD' : s[i];
  }
  return out.trim();
}

/** The line around position `pos` of a string, at most SAMPLE_RADIUS characters on each side. */
function textExcerpt(t: string, pos: number): string {
  let a = pos;
  while (a > 0 && pos - a < SAMPLE_RADIUS && t.charCodeAt(a - 1) !== 10 && t.charCodeAt(a - 1) !== 13) a--;
  let b = pos;
  while (b < t.length && b - pos < SAMPLE_RADIUS && t.charCodeAt(b) !== 10 && t.charCodeAt(b) !== 13) b++;
  return printable(t.slice(a, b));
}

/** The line around byte `pos`, shown as Windows-1252 (what the bytes look like to someone who opens them wrongly). */
function byteExcerpt(bytes: Uint8Array, pos: number): string {
  let a = pos;
  while (a > 0 && pos - a < SAMPLE_RADIUS && bytes[a - 1] !== 10 && bytes[a - 1] !== 13) a--;
  let b = pos;
  while (b < bytes.length && b - pos < SAMPLE_RADIUS && bytes[b] !== 10 && bytes[b] !== 13) b++;
  return printable(CP1252.decode(bytes.subarray(a, b)));
}

/** 1-based line of byte `pos` (LF, CRLF and lone CR each end a line). */
function lineOfByte(bytes: Uint8Array, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// UTF-16

function sniffUtf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= 0.3 * pairs && zeroEven <= 0.05 * pairs) return { encoding: 'utf-16le', bom: false };
  if (zeroEven >= 0.3 * pairs && zeroOdd <= 0.05 * pairs) return { encoding: 'utf-16be', bom: false };
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let t = new TextDecoder(encoding).decode(bytes); // strips a BOM
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// 8-bit files

/** Length of the valid UTF-8 sequence starting at i (a byte ≥ 0x80), or 0. */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const n = b.length;
  const cont = (k: number): boolean => i + k < n && (b[i + k]! & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1]!;
    if (c === 0xe0 && c1 < 0xa0) return 0;
    if (c === 0xed && c1 > 0x9f) return 0;
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1]!;
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 > 0x8f) return 0;
    return 4;
  }
  return 0;
}

function sniff8bit(bytes: Uint8Array): Extract<Sniff, { kind: '8bit' }> {
  const s = newScores();
  let firstBad = -1;
  let badLine = 1;
  let bad = 0;
  let validSeq = 0;
  let line = 1;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const c = bytes[i]!;
    if (c < 0x80) {
      if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) line++;
      i++;
      continue;
    }
    const len = utf8SeqLen(bytes, i);
    if (len > 0) {
      validSeq++;
      i += len;
      continue;
    }
    if (firstBad < 0) {
      firstBad = i;
      badLine = line;
    }
    bad++;
    if (c >= 0xa0) score(s, i, line, i > 0 ? bytes[i - 1]! : 0x20, c, i + 1 < n ? bytes[i + 1]! : 0x20, true);
    i++;
  }
  const sample = byteExcerpt(bytes, Math.max(firstBad, 0));
  if (validSeq > bad) return { kind: '8bit', encoding: 'unknown-8bit', mixed: true, line: badLine, sample };
  const b = best(s);
  // Evidence must be a fair share of the non-ASCII bytes: a Western file with one "ï" is not VNI.
  if (b.score < 1 || b.score < 0.15 * bad) return { kind: '8bit', encoding: 'unknown-8bit', mixed: false, line: badLine, sample };
  return { kind: '8bit', encoding: b.encoding, mixed: false, line: badLine, sample };
}

// ---------------------------------------------------------------------------------------------------------------
// Mojibake in valid UTF-8

/** Letters only genuine Unicode Vietnamese has: ă đ ĩ ũ ơ ư (both cases), U+1EA0–U+1EF9, combining tone marks. */
function isGenuine(c: number): boolean {
  if (c >= 0x1ea0 && c <= 0x1ef9) return true;
  switch (c) {
    case 0x102: case 0x103: case 0x110: case 0x111: case 0x128: case 0x129: case 0x168: case 0x169:
    case 0x1a0: case 0x1a1: case 0x1af: case 0x1b0:
    case 0x300: case 0x301: case 0x303: case 0x309: case 0x323:
      return true;
    default:
      return false;
  }
}

function sniffMojibake(text: string, bom: boolean): Extract<Sniff, { kind: 'mojibake' }> | null {
  const s = newScores();
  let genuine = 0;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      continue;
    }
    if (c <= 0xff) {
      score(s, i, line, i > 0 ? text.charCodeAt(i - 1) : 0x20, c, i + 1 < n ? text.charCodeAt(i + 1) : 0x20, false);
    } else if (isGenuine(c)) {
      genuine++;
    }
  }
  const b = best(s);
  // Patterns must dominate: ordinary Vietnamese text has many genuine letters, so a stray "naïve" or "Excel®" never wins.
  if (b.score < 2 || b.score <= genuine) return null;
  return {
    kind: 'mojibake',
    encoding: b.encoding,
    bom,
    text,
    line: b.line,
    sample: textExcerpt(text, b.pos),
    score: b.score,
    genuine,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Classify the bytes of a file. Valid UTF-8 is decoded once (natively); the 8-bit scan runs only when that fails. */
export function sniff(bytes: Uint8Array): Sniff {
  const u16 = sniffUtf16(bytes);
  if (u16) {
    const head = decodeUtf16(bytes.subarray(0, Math.min(bytes.length, 4096) & ~1), u16.encoding);
    return { kind: 'utf-16', ...u16, line: 1, sample: textExcerpt(head, 0) };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    return sniff8bit(body);
  }
  return sniffMojibake(text, bom) ?? { kind: 'utf-8', bom, text };
}

export function decodeCsv(bytes: Uint8Array): DecodeResult {
  const s = sniff(bytes);
  if (s.kind === 'utf-8') return { ok: true, text: s.text.normalize('NFC'), bom: s.bom };
  return { ok: false, encoding: s.encoding, line: s.line, sample: s.sample };
}

// ---------------------------------------------------------------------------------------------------------------
// Conversion tables

/** TCVN3 (ABC, TCVN 5712:1993 VN3) bytes 0xA1–0xFE → Unicode. Unlisted bytes are read as Windows-1252. */
const TCVN3_PAIRS: Array<[number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'],
  [0xc6, 'ặ'], [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

let cp1252Chars: string[] | null = null;
function cp1252Table(): string[] {
  if (!cp1252Chars) {
    const all = new Uint8Array(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    cp1252Chars = Array.from(CP1252.decode(all));
  }
  return cp1252Chars;
}

let tcvn3Units: Uint16Array | null = null;
/** Byte → UTF-16 code unit for TCVN3 (every character it maps to is a single BMP unit). */
function tcvn3Table(): Uint16Array {
  if (!tcvn3Units) {
    const cp = cp1252Table();
    tcvn3Units = new Uint16Array(256);
    for (let b = 0; b < 256; b++) tcvn3Units[b] = cp[b]!.charCodeAt(0);
    for (const [b, ch] of TCVN3_PAIRS) tcvn3Units[b] = ch.charCodeAt(0);
  }
  return tcvn3Units;
}

const UTF16LE = new TextDecoder('utf-16le');
/** UTF-16 code units → string, without building it one character at a time. */
function fromUnits(units: Uint16Array, length: number): string {
  const view = new Uint8Array(units.buffer, units.byteOffset, length * 2);
  // The platform is little-endian everywhere Node runs in practice; check anyway.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return UTF16LE.decode(view);
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return s;
}

function decodeTable(bytes: Uint8Array, table: Uint16Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  return fromUnits(units, bytes.length);
}

// VNI-Windows: what each byte adds. Letters stand alone; marks combine with the preceding vowel.
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const VNI_LETTERS = new Map<number, string>([
  [0xf1, 'đ'], [0xd1, 'Đ'], [0xf4, 'ơ'], [0xd4, 'Ơ'], [0xf6, 'ư'], [0xd6, 'Ư'],
  [0xec, 'ì'], [0xed, 'í'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'],
  [0xcc, 'Ì'], [0xcd, 'Í'], [0xc6, 'Ỉ'], [0xd3, 'Ĩ'], [0xd2, 'Ị'],
  [0xee, 'ỵ'], [0xce, 'Ỵ'],
]);
/** [combining sequence, which bases it applies to: 't' any vowel, 'c' a/e/o, 'b' a]. */
const VNI_MARKS = new Map<number, [string, 't' | 'c' | 'b']>([
  [0xf8, [GRAVE, 't']], [0xf9, [ACUTE, 't']], [0xfb, [HOOK, 't']], [0xf5, [TILDE, 't']], [0xef, [DOT, 't']],
  [0xd8, [GRAVE, 't']], [0xd9, [ACUTE, 't']], [0xdb, [HOOK, 't']], [0xd5, [TILDE, 't']], [0xcf, [DOT, 't']],
  [0xe2, [CIRC, 'c']], [0xe0, [CIRC + GRAVE, 'c']], [0xe1, [CIRC + ACUTE, 'c']], [0xe5, [CIRC + HOOK, 'c']],
  [0xe3, [CIRC + TILDE, 'c']], [0xe4, [CIRC + DOT, 'c']],
  [0xc2, [CIRC, 'c']], [0xc0, [CIRC + GRAVE, 'c']], [0xc1, [CIRC + ACUTE, 'c']], [0xc5, [CIRC + HOOK, 'c']],
  [0xc3, [CIRC + TILDE, 'c']], [0xc4, [CIRC + DOT, 'c']],
  [0xea, [BREVE, 'b']], [0xe8, [BREVE + GRAVE, 'b']], [0xe9, [BREVE + ACUTE, 'b']], [0xfa, [BREVE + HOOK, 'b']],
  [0xfc, [BREVE + TILDE, 'b']], [0xeb, [BREVE + DOT, 'b']],
  [0xca, [BREVE, 'b']], [0xc8, [BREVE + GRAVE, 'b']], [0xc9, [BREVE + ACUTE, 'b']], [0xda, [BREVE + HOOK, 'b']],
  [0xdc, [BREVE + TILDE, 'b']], [0xcb, [BREVE + DOT, 'b']],
]);

function decodeVni(bytes: Uint8Array): string {
  const cp = cp1252Table();
  const units = new Uint16Array(bytes.length * 2 + 2); // a byte adds at most two units (circumflex/breve + tone)
  let o = 0;
  // What the previous output character can take: 0 nothing, 1 a tone (any vowel), 2 a/e/o (circumflex), 3 a (breve).
  let base = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 0x80) {
      units[o++] = c;
      base =
        c === 0x61 || c === 0x41 ? 3 : c === 0x65 || c === 0x6f || c === 0x45 || c === 0x4f ? 2 : isLowerVowel(c) || isUpperVowel(c) ? 1 : 0;
      continue;
    }
    const letter = VNI_LETTERS.get(c);
    const mark = VNI_MARKS.get(c);
    if (mark && base > 0 && (mark[1] === 't' || (mark[1] === 'c' && base >= 2) || (mark[1] === 'b' && base === 3))) {
      for (let k = 0; k < mark[0].length; k++) units[o++] = mark[0].charCodeAt(k);
      base = mark[0] === CIRC || mark[0] === BREVE ? 1 : 0; // a bare circumflex/breve may still take a tone
    } else if (letter) {
      units[o++] = letter.charCodeAt(0);
      base = c === 0xf4 || c === 0xd4 || c === 0xf6 || c === 0xd6 ? 1 : 0; // ơ ư take tones; ì í … are complete
    } else {
      units[o++] = cp[c]!.charCodeAt(0);
      base = 0;
    }
  }
  return fromUnits(units, o);
}

function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  let t: string;
  if (encoding === 'windows-1258') t = new TextDecoder('windows-1258').decode(bytes);
  else if (encoding === 'tcvn3') t = decodeTable(bytes, tcvn3Table());
  else t = decodeVni(bytes);
  return t.normalize('NFC');
}

/** Text back to the Windows-1252 bytes it was decoded from; null if it holds a character Windows-1252 lacks. */
function toCp1252Bytes(text: string): Uint8Array | null {
  const inverse = new Map<number, number>();
  const table = cp1252Table();
  for (let b = 0x80; b < 0x100; b++) inverse.set(table[b]!.charCodeAt(0), b);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else {
      const b = inverse.get(c) ?? (c <= 0xff ? c : -1);
      if (b < 0) return null;
      out[i] = b;
    }
  }
  return out;
}

/**
 * Best-effort conversion to UTF-8 text for the fixer. Returns the encoding the bytes were in and the text (BOM stripped,
 * NFC), or null when it cannot tell (unknown 8-bit, UTF-8 with stray bytes, mojibake mixed with genuine Unicode letters).
 * For mojibake, `encoding` is the legacy encoding underneath (use {@link sniff} to tell it apart from raw bytes).
 */
export function convertToUtf8(bytes: Uint8Array): { encoding: Encoding; text: string } | null {
  const s = sniff(bytes);
  switch (s.kind) {
    case 'utf-8':
      return { encoding: 'utf-8', text: s.text.normalize('NFC') };
    case 'utf-16':
      return { encoding: s.encoding, text: decodeUtf16(bytes, s.encoding).normalize('NFC') };
    case '8bit': {
      if (s.encoding === 'unknown-8bit') return null;
      return { encoding: s.encoding, text: decodeLegacy(bytes, s.encoding) };
    }
    case 'mojibake': {
      const raw = toCp1252Bytes(s.text);
      if (!raw) return null;
      return { encoding: s.encoding, text: decodeLegacy(raw, s.encoding) };
    }
  }
}
