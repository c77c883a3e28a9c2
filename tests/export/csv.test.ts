import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { BOM, FORMULA_TRIGGERS, escapeFormula, formatContractNumber, needsFormulaEscape, toCsv, unescapeFormula, type CsvColumn } from '../../src/lib/export/csv.ts';
import { parseViNumber } from '../../src/lib/values/number.ts';

const triggerChar = fc.constantFrom(...FORMULA_TRIGGERS);
/** Strings biased towards the dangerous ones: a trigger, an apostrophe or nothing in front of anything. */
const cellText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.tuple(triggerChar, fc.string()).map(([t, s]) => t + s),
  fc.tuple(fc.constantFrom("'", "''", "'="), fc.string()).map(([t, s]) => t + s),
  fc.constantFrom('=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://x","y")', '- Tiếp nhận 2.264 hồ sơ', "'quoted"),
);

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;

describe('formula-injection escaping (property-based)', () => {
  it('an escaped cell never starts with a trigger character', () => {
    fc.assert(fc.property(cellText, (s) => !needsFormulaEscape(escapeFormula(s))), { numRuns: 2000 });
  });
  it('escaping is exactly undone by unescapeFormula (the rule is injective)', () => {
    fc.assert(fc.property(cellText, (s) => unescapeFormula(escapeFormula(s)) === s), { numRuns: 2000 });
  });
  it('only dangerous or apostrophe-led text changes, by one leading apostrophe', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        const e = escapeFormula(s);
        if (needsFormulaEscape(s) || s.startsWith("'")) return e === `'${s}`;
        return e === s;
      }),
      { numRuns: 2000 },
    );
  });
  it('through a whole CSV: text columns come back escaped, number columns come back as the number', () => {
    type Row = { text: string; n: number };
    const cols: CsvColumn<Row>[] = [
      { name: 'text', type: 'string', get: (r) => r.text },
      { name: 'n', type: 'number', get: (r) => r.n },
    ];
    // Every figure the validator accepts: at most 15 digits (src/lib/values/number.ts, MAX_DIGITS), any sign and scale.
    const num = fc
      .tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 14 }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.boolean())
      .map(([len, decimals, big, neg]) => {
        const digits = (big % 10n ** BigInt(len)).toString();
        const d = Math.min(decimals, len - 1);
        const text = d ? `${digits.slice(0, -d) || '0'}.${digits.slice(-d).padStart(d, '0')}` : digits;
        return (neg ? -1 : 1) * Number(text);
      });
    fc.assert(
      fc.property(fc.array(fc.record({ text: cellText, n: num }), { maxLength: 8 }), (rows) => {
        const csv = toCsv(cols, rows);
        expect(csv.startsWith(BOM)).toBe(true);
        const back = parse(csv);
        expect(back[0]).toEqual(['text', 'n']);
        rows.forEach((r, i) => {
          const [t, n] = back[i + 1]!;
          expect(needsFormulaEscape(t!)).toBe(false);
          expect(unescapeFormula(t!)).toBe(r.text);
          // Numbers are data: -3 stays "-3" (not escaped) and the validator's reader gives the same value.
          const v = parseViNumber(n!);
          expect(v.kind).toBe('ok');
          if (v.kind === 'ok') expect(v.value).toBe(r.n === 0 ? 0 : r.n);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatContractNumber', () => {
  it('writes contract form: no grouping, comma decimal, no exponent', () => {
    expect(formatContractNumber(1512)).toBe('1512');
    expect(formatContractNumber(96.55)).toBe('96,55');
    expect(formatContractNumber(-3)).toBe('-3');
    expect(formatContractNumber(-0)).toBe('0');
    expect(formatContractNumber(1e-7)).toBe('0,0000001');
    expect(formatContractNumber(2.5e21)).toBe('2500000000000000000000');
  });
  it('round-trips through the validator number reader for decimal figures', () => {
    const figure = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 }))
      .map(([neg, digits, scale]) => (neg ? -1 : 1) * Number(`${digits / 10n ** BigInt(scale)}.${(digits % 10n ** BigInt(scale)).toString().padStart(scale, '0')}`));
    fc.assert(
      fc.property(figure, (v) => {
        const r = parseViNumber(formatContractNumber(v));
        return r.kind === 'ok' && r.value === (Object.is(v, -0) ? 0 : v) && !r.warning;
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses non-finite numbers', () => {
    expect(() => formatContractNumber(NaN)).toThrow();
    expect(() => formatContractNumber(Infinity)).toThrow();
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends rows with CRLF', () => {
    const csv = toCsv<{ a: string }>([{ name: 'a', type: 'string', get: (r) => r.a }], [{ a: 'x, "y"\nz' }], { bom: false });
    expect(csv).toBe('a\r\n"x, ""y""\nz"\r\n');
  });
  it('writes verbatim (enum) columns without escaping', () => {
    const csv = toCsv<{ op: string }>([{ name: 'op', type: 'string', verbatim: true, get: (r) => r.op }], [{ op: '=' }], { bom: false });
    expect(csv).toBe('op\r\n=\r\n');
  });
  it('rejects a non-ISO date and a non-number in a number column', () => {
    expect(() => toCsv<{ d: string }>([{ name: 'd', type: 'date', get: (r) => r.d }], [{ d: '05/07/2022' }])).toThrow();
    expect(() => toCsv<{ n: string }>([{ name: 'n', type: 'number', get: (r) => r.n as unknown as number }], [{ n: '1.512' }])).toThrow();
  });
});

describe('observation rows', () => {
  it('the fast row writer writes every figure of the test site exactly as the generic CSV writer', async () => {
    const { loadDataFolder } = await import('../../src/lib/dataset/load.ts');
    const { observationColumns, observationRowWriter } = await import('../../src/lib/export/observations-csv.ts');
    const { csvRow } = await import('../../src/lib/export/csv.ts');
    for (const dir of ['tests/site-fixture', 'data']) {
      const ds = loadDataFolder(dir).dataset;
      const columns = observationColumns(ds);
      const fast = observationRowWriter(ds);
      expect(ds.observations.length).toBeGreaterThan(0);
      for (const o of ds.observations) expect(fast(o)).toBe(csvRow(columns, o));
    }
  });
});
