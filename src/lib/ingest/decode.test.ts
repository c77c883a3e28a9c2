import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { convertToUtf8, decodeCsv, sniff } from './decode.ts';

// ---------------------------------------------------------------------------------------------------------------
// Encoders written for the tests, independently of the decoder's tables (from the published code charts).

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (u: number) => {
    out[o++] = le ? u & 0xff : u >> 8;
    out[o++] = le ? u >> 8 : u & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return out;
}

/** Latin-1 string (every char ≤ U+00FF) → bytes. */
function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new Error(`not Latin-1: ${s[i]} in ${s}`);
    out[i] = c;
  }
  return out;
}

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // huyền sắc hỏi ngã nặng

/** Split a Vietnamese letter into [base ASCII letter, modifier ('^' circumflex, '(' breve, '+' horn, 'd' stroke, ''), tone index or -1]. */
function parts(ch: string): [string, string, number] {
  if (ch === 'đ') return ['d', 'd', -1];
  if (ch === 'Đ') return ['D', 'd', -1];
  const d = ch.normalize('NFD');
  let mod = '';
  let tone = -1;
  for (const m of d.slice(1)) {
    if (m === '\u0302') mod = '^';
    else if (m === '\u0306') mod = '(';
    else if (m === '\u031B') mod = '+';
    else if (TONES.includes(m)) tone = TONES.indexOf(m);
    else throw new Error(`unexpected mark in ${ch}`);
  }
  return [d[0]!, mod, tone];
}

/** Windows-1258: letters â ê ô ă ơ ư đ as bytes, tones always as combining bytes (the decomposed form Windows writes). */
function encodeCp1258(s: string): Uint8Array {
  const LETTERS: Record<string, number> = {
    'a^': 0xe2, 'e^': 0xea, 'o^': 0xf4, 'a(': 0xe3, 'o+': 0xf5, 'u+': 0xfd, dd: 0xf0,
    'A^': 0xc2, 'E^': 0xca, 'O^': 0xd4, 'A(': 0xc3, 'O+': 0xd5, 'U+': 0xdd, Dd: 0xd0,
  };
  const TONE_BYTES = [0xcc, 0xec, 0xd2, 0xde, 0xf2];
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const [base, mod, tone] = parts(ch);
    out.push(mod ? LETTERS[base + mod]! : base.charCodeAt(0));
    if (tone >= 0) out.push(TONE_BYTES[tone]!);
  }
  return Uint8Array.from(out);
}

/** TCVN3 (ABC) chart: Unicode letter followed by its byte (shown as Windows-1252). Capitals exist only for Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_CHART =
  'àµ á¸ ả¶ ã· ạ¹ ă¨ ằ» ắ¾ ẳ¼ ẵ½ ặÆ â© ầÇ ấÊ ẩÈ ẫÉ ậË èÌ éÐ ẻÎ ẽÏ ẹÑ êª ềÒ ếÕ ểÓ ễÔ ệÖ ì× íÝ ỉØ ĩÜ ịÞ ' +
  'òß óã ỏá õâ ọä ô« ồå ốè ổæ ỗç ộé ơ¬ ờê ớí ởë ỡì ợî ùï úó ủñ ũò ụô ư\u00ad ừõ ứø ửö ữ÷ ựù ỳú ýý ỷû ỹü ỵþ ' +
  'đ® Ă¡ Â¢ Ê£ Ô¤ Ơ¥ Ư¦ Đ§';
const TCVN3_ENC = new Map<string, number>(
  TCVN3_CHART.split(' ').map((pair) => {
    const [u, t] = [...pair];
    return [u!, t!.charCodeAt(0)];
  }),
);

function encodeTcvn3(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else {
      // Uppercase toned letters have no code of their own in ABC: the ".VnTimeH" fonts reuse the lowercase codes.
      const b = TCVN3_ENC.get(ch) ?? TCVN3_ENC.get(ch.toLowerCase());
      if (b === undefined) throw new Error(`no TCVN3 code for ${ch}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

/** VNI-Windows: base letter + mark characters (Latin-1), per the VNI keyboard chart. */
function encodeVni(s: string): Uint8Array {
  const TONE_L = ['ø', 'ù', 'û', 'õ', 'ï'];
  const TONE_U = ['Ø', 'Ù', 'Û', 'Õ', 'Ï'];
  const CIRC_L = ['à', 'á', 'å', 'ã', 'ä'];
  const CIRC_U = ['À', 'Á', 'Å', 'Ã', 'Ä'];
  const BREVE_L = ['è', 'é', 'ú', 'ü', 'ë'];
  const BREVE_U = ['È', 'É', 'Ú', 'Ü', 'Ë'];
  const I_L = ['ì', 'í', 'æ', 'ó', 'ò'];
  const I_U = ['Ì', 'Í', 'Æ', 'Ó', 'Ò'];
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const [base, mod, t] = parts(ch);
    const up = base === base.toUpperCase();
    const tone = t >= 0 ? (up ? TONE_U : TONE_L)[t]! : '';
    if (mod === 'd') out += up ? 'Ñ' : 'ñ';
    else if (base.toLowerCase() === 'i' && !mod) out += (up ? I_U : I_L)[t]!;
    else if (base.toLowerCase() === 'y' && t === 4) out += up ? 'Î' : 'î';
    else if (mod === '+') out += (base.toLowerCase() === 'o' ? (up ? 'Ô' : 'ô') : up ? 'Ö' : 'ö') + tone;
    else if (mod === '^') out += base + (t >= 0 ? (up ? CIRC_U : CIRC_L)[t]! : up ? 'Â' : 'â');
    else if (mod === '(') out += base + (t >= 0 ? (up ? BREVE_U : BREVE_L)[t]! : up ? 'Ê' : 'ê');
    else out += base + tone;
  }
  return latin1(out);
}

/** An 8-bit file opened as Windows-1252 and saved again as UTF-8. */
const mojibake = (bytes: Uint8Array) => utf8(new TextDecoder('windows-1252').decode(bytes));

// ---------------------------------------------------------------------------------------------------------------

const CSV = [
  'unit,period,metric,value,source,note',
  'thanh-pho-ha-noi,2023-9M,pct_on_time_or_early,"96,55%",vp-ubnd-hn,Thành phố Hà Nội: tỷ lệ hồ sơ giải quyết đúng hạn',
  'tinh-bac-ninh,2023,received_total,1.512,ubnd-bac-ninh,"Tỉnh Bắc Ninh, Sở Nội vụ tổng hợp"',
  'tinh-quang-tri,2023-Q4,resolved_late,17,ubnd-quang-tri,Văn phòng Ủy ban nhân dân tỉnh; trung tâm phục vụ hành chính công',
  'thanh-pho-ho-chi-minh,2023-H1,received_online,,tphcm,Đơn vị chưa công bố số liệu; người dân được xin lỗi bằng văn bản',
].join('\r\n') + '\r\n';

const SEED_DIR = '/work/shared/seeds';
const seeds = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).filter((f) => statSync(join(SEED_DIR, f)).isFile()) : [];

function csvFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? csvFiles(join(dir, e.name)) : e.name.endsWith('.csv') ? [join(dir, e.name)] : [],
  );
}

describe('test encoders (known answers)', () => {
  it('encode "Thành phố" as the charts say', () => {
    expect([...encodeCp1258('Thành phố')]).toEqual([0x54, 0x68, 0x61, 0xcc, 0x6e, 0x68, 0x20, 0x70, 0x68, 0xf4, 0xec]);
    expect(new TextDecoder('windows-1252').decode(encodeTcvn3('Thành phố Hà Nội'))).toBe('Thµnh phè Hµ Néi');
    expect(new TextDecoder('windows-1252').decode(encodeVni('Thành phố Hà Nội'))).toBe('Thaønh phoá Haø Noäi');
    expect(new TextDecoder('windows-1252').decode(encodeVni('Thủ tướng, địa phương'))).toBe('Thuû töôùng, ñòa phöông');
  });
});

describe('decodeCsv accepts UTF-8', () => {
  it('without a BOM', () => {
    expect(decodeCsv(utf8(CSV))).toEqual({ ok: true, text: CSV, bom: false });
  });
  it('with a BOM, which it strips', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]);
    expect(decodeCsv(bytes)).toEqual({ ok: true, text: CSV, bom: true });
  });
  it('NFC-normalises decomposed text (macOS)', () => {
    const r = decodeCsv(utf8(CSV.normalize('NFD')));
    expect(r).toEqual({ ok: true, text: CSV, bom: false });
  });
  it('an empty file and plain ASCII', () => {
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: true, text: '', bom: false });
    expect(decodeCsv(utf8('id,name\nx,y\n'))).toEqual({ ok: true, text: 'id,name\nx,y\n', bom: false });
  });
  it('old-style tone placement and symbols are not mistaken for mojibake', () => {
    const text = 'Thanh Hoá,Khánh Hoà,hoãn,Thuý,«Hà Nội»,Excel®,© 2023,naïve,Zoë,½,°C,Ðà Nẵng\n';
    expect(decodeCsv(utf8(text)).ok).toBe(true);
    expect(decodeCsv(utf8('HOÀ BÌNH,THANH HOÁ,KHOÁ HỌC\n')).ok).toBe(true);
  });
  it.each(seeds)('the seed text %s', (f) => {
    const bytes = readFileSync(join(SEED_DIR, f));
    const r = decodeCsv(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').normalize('NFC'));
  });
  it('every CSV in data/', () => {
    for (const f of csvFiles(join(import.meta.dirname, '../../../data'))) {
      const r = decodeCsv(readFileSync(f));
      expect(r.ok, f).toBe(true);
    }
  });
  it('any Vietnamese text made of words from the seeds', () => {
    const words = seeds.flatMap((f) => readFileSync(join(SEED_DIR, f), 'utf8').split(/\s+/)).filter((w) => w.length > 0);
    expect(words.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), fc.constantFrom(' ', ',', ';', '\n'), (ws, sep) => {
        const text = ws.join(sep);
        const r = decodeCsv(utf8(text));
        expect(r).toEqual({ ok: true, text: text.normalize('NFC'), bom: false });
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeCsv refuses other encodings and names them', () => {
  it('UTF-16LE with BOM (Excel "Unicode text")', () => {
    const r = decodeCsv(utf16(CSV.replaceAll(',', '\t'), true, true));
    expect(r).toMatchObject({ ok: false, encoding: 'utf-16le', line: 1 });
    if (!r.ok) expect(r.sample).toContain('unit');
  });
  it('UTF-16BE with BOM, and UTF-16 without BOM by its NUL bytes', () => {
    expect(decodeCsv(utf16(CSV, false, true))).toMatchObject({ ok: false, encoding: 'utf-16be' });
    expect(decodeCsv(utf16(CSV, true, false))).toMatchObject({ ok: false, encoding: 'utf-16le' });
    expect(decodeCsv(utf16(CSV, false, false))).toMatchObject({ ok: false, encoding: 'utf-16be' });
  });
  it('Windows-1258, with the line of the first non-UTF-8 byte', () => {
    const r = decodeCsv(encodeCp1258(CSV));
    expect(r).toMatchObject({ ok: false, encoding: 'windows-1258', line: 2 });
    if (!r.ok) expect(r.sample).toContain('Ha');
  });
  it('TCVN3 (ABC)', () => {
    const r = decodeCsv(encodeTcvn3(CSV));
    expect(r).toMatchObject({ ok: false, encoding: 'tcvn3', line: 2 });
    if (!r.ok) expect(r.sample).toContain('Thµnh phè Hµ Néi');
  });
  it('VNI-Windows', () => {
    const r = decodeCsv(encodeVni(CSV));
    expect(r).toMatchObject({ ok: false, encoding: 'vni', line: 2 });
    if (!r.ok) expect(r.sample).toContain('Thaønh phoá Haø Noäi');
  });
  it('unknown 8-bit: Western text, and UTF-8 with a stray byte', () => {
    expect(decodeCsv(latin1('id,name\nx,Café crème brûlée\n'))).toMatchObject({ ok: false, encoding: 'unknown-8bit', line: 2 });
    const stray = new Uint8Array([...utf8('id,name\na,Hà Nội\nb,Đà Nẵng\nc,Huế'), 0xe9, ...utf8('\n')]);
    expect(decodeCsv(stray)).toMatchObject({ ok: false, encoding: 'unknown-8bit', line: 4 });
  });
  it('TCVN3 saved again as UTF-8 (mojibake)', () => {
    const r = decodeCsv(mojibake(encodeTcvn3(CSV)));
    expect(r).toMatchObject({ ok: false, encoding: 'tcvn3', line: 2 });
    if (!r.ok) expect(r.sample).toContain('Thµnh');
  });
  it('VNI saved again as UTF-8 (mojibake)', () => {
    const r = decodeCsv(mojibake(encodeVni(CSV)));
    expect(r).toMatchObject({ ok: false, encoding: 'vni', line: 2 });
    if (!r.ok) expect(r.sample).toContain('Thaønh');
  });
  it('Windows-1258 saved again as UTF-8 with the wrong code page (mojibake)', () => {
    const r = decodeCsv(mojibake(encodeCp1258(CSV)));
    expect(r).toMatchObject({ ok: false, encoding: 'windows-1258', line: 2 });
  });
  it('the examples from the brief, alone', () => {
    expect(decodeCsv(utf8('name\nThaønh phoá Hoà Chí Minh\nUûy ban nhaân daân\n'))).toMatchObject({ ok: false, encoding: 'vni' });
    expect(decodeCsv(utf8('name\nThµnh phè Hµ Néi\n'))).toMatchObject({ ok: false, encoding: 'tcvn3' });
  });
  it('a few Vietnamese words from the seeds, in every encoding', () => {
    const text = seeds.length ? readFileSync(join(SEED_DIR, seeds[0]!), 'utf8').slice(0, 2000) : CSV;
    // keep only what TCVN3 can encode faithfully (it has no uppercase toned letters)
    const safe = [...text.normalize('NFC')].filter((c) => c.charCodeAt(0) < 0x80 || TCVN3_ENC.has(c)).join('');
    expect(decodeCsv(encodeTcvn3(safe))).toMatchObject({ ok: false, encoding: 'tcvn3' });
    expect(decodeCsv(encodeVni(safe))).toMatchObject({ ok: false, encoding: 'vni' });
    expect(decodeCsv(encodeCp1258(safe))).toMatchObject({ ok: false, encoding: 'windows-1258' });
    expect(decodeCsv(mojibake(encodeTcvn3(safe)))).toMatchObject({ ok: false, encoding: 'tcvn3' });
    expect(decodeCsv(mojibake(encodeVni(safe)))).toMatchObject({ ok: false, encoding: 'vni' });
    expect(decodeCsv(mojibake(encodeCp1258(safe)))).toMatchObject({ ok: false, encoding: 'windows-1258' });
  });
});

describe('convertToUtf8', () => {
  const text = CSV.normalize('NFC');
  it('round-trips every encoding it detects', () => {
    expect(convertToUtf8(utf16(CSV, true, true))).toEqual({ encoding: 'utf-16le', text });
    expect(convertToUtf8(utf16(CSV, false, false))).toEqual({ encoding: 'utf-16be', text });
    expect(convertToUtf8(encodeCp1258(CSV))).toEqual({ encoding: 'windows-1258', text });
    expect(convertToUtf8(encodeVni(CSV))).toEqual({ encoding: 'vni', text });
    expect(convertToUtf8(mojibake(encodeVni(CSV)))).toEqual({ encoding: 'vni', text });
    expect(convertToUtf8(mojibake(encodeCp1258(CSV)))).toEqual({ encoding: 'windows-1258', text });
    expect(convertToUtf8(utf8(CSV))).toEqual({ encoding: 'utf-8', text });
  });
  it('TCVN3, which loses the case of toned capitals', () => {
    const expected = text.replace('Ủy', 'ủy'); // Ủ has no ABC code: the .VnTimeH font draws the lowercase code as a capital
    expect(convertToUtf8(encodeTcvn3(CSV))).toEqual({ encoding: 'tcvn3', text: expected });
    expect(convertToUtf8(mojibake(encodeTcvn3(CSV)))).toEqual({ encoding: 'tcvn3', text: expected });
  });
  it('every letter of the alphabet, both cases', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = `${letters} ${letters.toUpperCase()}`;
    const line = `name\n${all}\n`;
    expect(convertToUtf8(encodeVni(line))).toEqual({ encoding: 'vni', text: line });
    expect(convertToUtf8(encodeCp1258(line))).toEqual({ encoding: 'windows-1258', text: line });
    const lower = `name\nviệt nam ${letters}\n`;
    expect(convertToUtf8(encodeTcvn3(lower))).toEqual({ encoding: 'tcvn3', text: lower });
  });
  it('returns null when it cannot tell', () => {
    expect(convertToUtf8(latin1('id,name\nx,Café crème brûlée\n'))).toBeNull();
    expect(convertToUtf8(new Uint8Array([...utf8('a\nHà Nội\nĐà Nẵng\n'), 0xe9]))).toBeNull();
  });
  it('sniff tells mojibake from raw bytes', () => {
    expect(sniff(mojibake(encodeTcvn3(CSV))).kind).toBe('mojibake');
    expect(sniff(encodeTcvn3(CSV)).kind).toBe('8bit');
  });
});

// Timing lives in the bench (`npm run bench -- --phase bigfile` decodes a 50 MB file), not in a unit test.
describe('large files', () => {
  it('decodes 50 MB of UTF-8 and classifies 50 MB of TCVN3', () => {
    const row = utf8(CSV.split('\r\n')[1]! + '\n');
    const big = new Uint8Array(50 * 1024 * 1024);
    for (let o = 0; o + row.length <= big.length; o += row.length) big.set(row, o);
    expect(decodeCsv(big).ok).toBe(true);
    const trow = encodeTcvn3(CSV.split('\r\n')[1]! + '\n');
    const tbig = new Uint8Array(50 * 1024 * 1024);
    for (let o = 0; o + trow.length <= tbig.length; o += trow.length) tbig.set(trow, o);
    expect(decodeCsv(tbig)).toMatchObject({ ok: false, encoding: 'tcvn3', line: 1 });
  });
});
