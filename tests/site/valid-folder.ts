/**
 * Random data folders that follow data contract v1 to the letter, for "valid means it builds" (issue 15.2): units of
 * every level with validity windows, aliases and changes; metrics of every kind (the vocabulary's counts, rates and
 * index metrics and invented ones); sources; targets; observations in long and wide files. Values, periods and texts
 * are random but valid: Vietnamese text with `& < > "` and other characters pages must escape, figures of up to 15
 * digits written the Vietnamese ways, years from 1000 to 9999, percents from 0 to 100, custom periods with dates.
 *
 * `folderArb` gives a `Folder` (relative path → file text); `writeFolder` writes it.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Folder = Record<string, string>;
type Kind = 'count' | 'percent' | 'rank' | 'score' | 'points';

export interface PeriodCells {
  period: string;
  start: string;
  end: string;
}

/** Characters the contract refuses in text (the "wild" folders mix them in). */
const CONTROLS = ['\u0000', '\u001b', '\u007f', '\u0085', '\u2028'];

/**
 * A data folder. `wild`: also texts with control characters, years before 1000 and figures of 16 to 400 digits, which
 * the contract refuses: what the validator lets through of such a folder must still build.
 */
export function folderArb(wild = false): fc.Arbitrary<Folder> {
  // Half of the wild folders are plain valid ones, so that some of them get through and are built.
  return wild ? fc.oneof(makeFolderArb(true), makeFolderArb(false)) : makeFolderArb(false);
}

function makeFolderArb(wild: boolean): fc.Arbitrary<Folder> {
  // ── Text ────────────────────────────────────────────────────────────────────────────────────────────────────────
  // Words for names (key columns): none starts a "total" row (Tổng, Cộng, Total), which the contract refuses.
  const NAME_WORDS = ['An Phú', 'Đồng Tháp', 'Sa Đéc', 'Thừa Thiên Huế', 'Bến Tre', 'Long Xuyên', 'Hà Nội', 'Ngô Quyền', 'Ỷ La', 'Ea Kao', 'Mỹ Tho'];
  // Fragments of free text: Vietnamese, markup and formula characters, quotes, emoji, separators.
  const TEXT_BITS = [
    'Hồ sơ', 'tiếp nhận', 'giải quyết', 'đúng hạn', 'trực tuyến', 'Bộ Nội vụ', 'Ủy ban nhân dân', 'Quyết định 766/QĐ-TTg',
    '&', '<', '>', '"', "'", '<b>', '&amp;', '</script>', '<!--', '{{x}}', '${x}', '=SUM(A1)', '+1', '-2', '@x', '|',
    '\\', '%', '96,55%', '1.512', '“trích”', '‘x’', '—', '…', '😀', '₫', '→', '·', 'ñ', 'ß', '中文', 'Ω',
  ];
  const textBits = wild ? [...TEXT_BITS, ...CONTROLS] : TEXT_BITS;
  const bits = (min: number, max: number) => fc.array(fc.constantFrom(...textBits), { minLength: min, maxLength: max });
  /** Free text (labels, titles, publishers): at least one word, never blank. */
  const textArb = (maxWords = 8) => fc.tuple(fc.constantFrom(...NAME_WORDS), bits(0, maxWords)).map(([w, b]) => [w, ...b].join(' '));
  /** Long free text (notes, quotes, descriptions): may span lines and hold tabs, as a quoted CSV cell may. */
  const longTextArb = fc.array(fc.tuple(textArb(12), fc.constantFrom(' ', ' ', '\n', '\r\n', '\t')), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([t, sep]) => t + sep).join('').trim());
  const optionalText = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined, freq: 2 });

  // ── Dates and periods ───────────────────────────────────────────────────────────────────────────────────────────
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const daysIn = (y: number, m: number) => new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0);
  /** Mostly recent years; sometimes any year the contract allows (1000–9999). */
  const yearArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 2015, max: 2026 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 9999 }) },
    ...(wild ? [{ weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }) }] : []),
  );
  const dateArb = fc.tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`);
  const orderedDates = fc.tuple(dateArb, dateArb).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

  const periodArb: fc.Arbitrary<PeriodCells> = fc.oneof(
    yearArb.map((y) => pad(y, 4)),
    fc.tuple(yearArb, fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '9M')).map(([y, s]) => `${pad(y, 4)}-${s}`),
    fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
    dateArb,
  ).map((period) => ({ period, start: '', end: '' }));
  const customPeriodArb: fc.Arbitrary<PeriodCells> = fc
    .tuple(fc.oneof(textArb(3), fc.constantFrom('tháng 8', 'quý I', '2022-Q1')), orderedDates)
    .map(([period, [start, end]]) => ({ period, start, end }));
  const anyPeriodArb = fc.oneof({ weight: 4, arbitrary: periodArb }, { weight: 1, arbitrary: customPeriodArb });

  // ── Figures, written as people write them in Vietnam ───────────────────────────────────────────────────────────
  const group = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  /** A whole number or decimal as a cell: "1512", "1.512", "1 512", "1.512,5", "96,55%". At most 15 digits. */
  function writeNumber(int: bigint, decimals: string, style: number, percentSign: boolean): string {
    const neg = int < 0n;
    const i = (neg ? -int : int).toString();
    const body = style === 0 ? i : group(i, ['.', ' ', '\u00a0'][style % 3]!);
    return `${neg ? '-' : ''}${body}${decimals ? `,${decimals}` : ''}${percentSign ? '%' : ''}`;
  }
  const styleArb = fc.integer({ min: 0, max: 3 });
  const smallOrHuge = (max: bigint) => fc.oneof({ weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 100_000n }) }, { weight: 1, arbitrary: fc.bigInt({ min: 0n, max }) });
  const fracArb = (maxDigits: number) => fc.integer({ min: 0, max: maxDigits }).chain((n) => (n === 0 ? fc.constant('') : fc.stringMatching(new RegExp(`^\\d{${n}}$`))));
  const MAX15 = 999_999_999_999_999n;

  function valueArb(kind: Kind): fc.Arbitrary<string> {
    // Wild: sometimes a figure longer than 15 digits (up to 400).
    return wild ? fc.oneof({ weight: 6, arbitrary: validValueArb(kind) }, { weight: 1, arbitrary: fc.integer({ min: 16, max: 400 }).chain((n) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n - 1}}$`))) }) : validValueArb(kind);
  }
  function validValueArb(kind: Kind): fc.Arbitrary<string> {
    switch (kind) {
      case 'count':
        return fc.tuple(smallOrHuge(MAX15), styleArb).map(([n, s]) => writeNumber(n, '', s, false));
      case 'rank':
        return fc.tuple(fc.bigInt({ min: 1n, max: 10_000n }), styleArb).map(([n, s]) => writeNumber(n, '', s, false));
      case 'percent':
        return fc.tuple(fc.integer({ min: 0, max: 100 }), fracArb(2), fc.boolean()).map(([n, f, sign]) => writeNumber(BigInt(n), n === 100 ? '' : f, 0, sign));
      case 'points':
        return fc.tuple(fc.integer({ min: 0, max: 100 }), fracArb(3)).map(([n, f]) => writeNumber(BigInt(n), f, 0, false));
      case 'score':
        // Any sign; integer and decimal digits together at most 15.
        return fc
          .tuple(fc.integer({ min: 0, max: 8 }), fc.boolean(), styleArb)
          .chain(([fd, neg, s]) => fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(15 - fd) - 1n }), fracArb(fd)).map(([n, f]) => writeNumber(neg ? -n : n, f, s, false)));
    }
  }

  // ── The folder ──────────────────────────────────────────────────────────────────────────────────────────────────
  interface MetricDef {
    id: string;
    kind: Kind;
    denominator?: string;
  }
  // The vocabulary's metrics the site computes with (sums, rates, index pages), and a few of every kind.
  const VOCABULARY: MetricDef[] = [
    { id: 'received_total', kind: 'count' },
    { id: 'resolved', kind: 'count' },
    { id: 'resolved_on_time_or_early', kind: 'count' },
    { id: 'resolved_late', kind: 'count' },
    { id: 'pct_on_time_or_early', kind: 'percent', denominator: 'resolved' },
    { id: 'pct_online', kind: 'percent', denominator: 'received_new' },
    { id: 'par_index_score', kind: 'score' },
    { id: 'par_index_rank', kind: 'rank' },
    { id: 'sipas_score', kind: 'percent' },
    { id: 'service_index_score', kind: 'points' },
  ];

  const LEVELS = ['province', 'district', 'commune', 'agency', 'centre', 'aggregate'] as const;
  interface UnitDef {
    id: string;
    name: string;
    level: string;
    parent: string;
    gso: string;
    from: string;
    to: string;
    nameEn: string;
  }

  function quote(cell: string): string {
    return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  function csv(header: string[], rows: string[][], eol: string, bom: boolean): string {
    return (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;
  }

  return fc
    .record({
      units: fc.array(
        fc.record({
          level: fc.constantFrom(...LEVELS),
          parent: fc.nat(),
          name: fc.tuple(fc.constantFrom('Tỉnh', 'Xã', 'Phường', 'Sở', 'Trung tâm', 'Huyện'), textArb(3)).map(([a, b]) => `${a} ${b}`),
          nameEn: optionalText(textArb(3)),
          gso: fc.boolean(),
          window: fc.option(orderedDates, { nil: undefined, freq: 3 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      extraMetrics: fc.array(fc.record({ kind: fc.constantFrom<Kind>('count', 'percent', 'rank', 'score', 'points') }), { maxLength: 3 }),
      metricTexts: fc.array(fc.record({ vi: textArb(), en: textArb(), dvi: optionalText(longTextArb), den: optionalText(longTextArb), better: fc.constantFrom('higher', 'lower', 'none') }), { minLength: 13, maxLength: 13 }),
      sources: fc.array(
        fc.record({
          title: textArb(10),
          url: fc.option(fc.stringMatching(/^[a-z0-9\-_/?=&%.~]{0,30}$/), { nil: undefined }),
          publisher: optionalText(textArb(4)),
          published: fc.option(dateArb, { nil: undefined }),
          accessed: fc.option(dateArb, { nil: undefined }),
          note: optionalText(longTextArb),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      aliases: fc.array(fc.record({ unit: fc.nat(), note: optionalText(textArb(3)) }), { maxLength: 2 }),
      changes: fc.array(fc.record({ date: dateArb, from: fc.nat(), to: fc.nat(), kind: fc.constantFrom('merge', 'split', 'rename', 'transfer'), share: fc.option(valueArb('percent').map((v) => v.replace('%', '')), { nil: undefined }), source: fc.option(fc.nat(), { nil: undefined }), note: optionalText(longTextArb) }), { maxLength: 2 }),
      targets: fc.array(fc.record({ metric: fc.nat(), unit: fc.nat(), op: fc.constantFrom('>=', '<=', '=', '>', '<'), value: fc.nat(), source: fc.nat(), window: fc.option(orderedDates, { nil: undefined }), note: optionalText(textArb(5)) }), { maxLength: 3 }),
      figures: fc.array(
        fc.record({ unit: fc.nat(), metric: fc.nat(), source: fc.nat(), period: anyPeriodArb, file: fc.nat(), note: optionalText(longTextArb), quote: optionalText(longTextArb), value: fc.nat() }),
        { minLength: 1, maxLength: 40 },
      ),
      files: fc.array(fc.record({ wide: fc.boolean(), extra: fc.boolean(), blanks: fc.boolean() }), { minLength: 1, maxLength: 3 }),
      values: fc.record(Object.fromEntries((['count', 'percent', 'rank', 'score', 'points'] as const).map((k) => [k, fc.array(valueArb(k), { minLength: 8, maxLength: 8 })])) as Record<Kind, fc.Arbitrary<string[]>>),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
    })
    .map((g) => {
      const eol = g.eol;
      const files: Folder = {};
      const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;

      // Units: the nation, then each unit under an earlier one (a parent always exists).
      const units: UnitDef[] = [{ id: 'vn', name: 'Việt Nam', level: 'nation', parent: '', gso: '', from: '', to: '', nameEn: 'Viet Nam' }];
      g.units.forEach((u, i) => {
        units.push({
          id: `u${i + 1}`,
          name: `${u.name} ${i + 1}`,
          level: u.level,
          parent: pick(units, u.parent).id,
          gso: u.gso ? String(100 + i) : '',
          from: u.window?.[0] ?? '',
          to: u.window?.[1] ?? '',
          nameEn: u.nameEn ?? '',
        });
      });
      files['units.csv'] = csv(['id', 'name', 'level', 'parent', 'gso_code', 'valid_from', 'valid_to', 'name_en'], units.map((u) => [u.id, u.name, u.level, u.parent, u.gso, u.from, u.to, u.nameEn]), eol, g.bom);

      const metrics: MetricDef[] = [...VOCABULARY, ...g.extraMetrics.map((m, i) => ({ id: `m_extra_${i}`, kind: m.kind }))];
      files['metrics.csv'] = csv(
        ['id', 'label_vi', 'label_en', 'kind', 'better', 'description_vi', 'description_en', 'denominator'],
        metrics.map((m, i) => {
          const t = pick(g.metricTexts, i);
          return [m.id, t.vi, t.en, m.kind, t.better, t.dvi ?? '', t.den ?? '', m.denominator ?? ''];
        }),
        eol,
        g.bom,
      );

      const sources = g.sources.map((s, i) => ({ id: `nguon-${i + 1}`, ...s }));
      files['sources.csv'] = csv(
        ['id', 'title', 'url', 'publisher', 'published', 'accessed', 'note'],
        sources.map((s) => [s.id, s.title, s.url === undefined ? '' : `https://example.org/${s.url}`, s.publisher ?? '', s.published ?? '', s.accessed ?? '', s.note ?? '']),
        eol,
        g.bom,
      );

      // Aliases: one distinct alias text per row, so none points to two units.
      if (g.aliases.length) files['unit-aliases.csv'] = csv(['alias', 'unit', 'note'], g.aliases.map((a, i) => [`Tên gọi khác <${i}> & "x"`, pick(units, a.unit).id, a.note ?? '']), eol, false);
      if (g.changes.length)
        files['unit-changes.csv'] = csv(
          ['date', 'from', 'to', 'kind', 'share', 'source', 'note'],
          g.changes.map((c) => [c.date, pick(units, c.from).id, pick(units, c.to + 1).id, c.kind, c.kind === 'transfer' ? (c.share ?? '') : '', c.source === undefined ? '' : pick(sources, c.source).id, c.note ?? '']),
          eol,
          false,
        );
      if (g.targets.length)
        files['targets.csv'] = csv(
          ['metric', 'applies_to', 'op', 'value', 'source', 'from', 'to', 'note'],
          g.targets.map((t) => {
            const m = pick(metrics, t.metric);
            return [m.id, pick(units, t.unit).id, t.op, pick(g.values[m.kind], t.value), pick(sources, t.source).id, t.window?.[0] ?? '', t.window?.[1] ?? '', t.note ?? ''];
          }),
          eol,
          false,
        );

      // Figures: one per unit, period, metric and source (a second one would be a duplicate, an error).
      const seen = new Set<string>();
      const perFile = g.files.map(() => [] as { unit: string; p: PeriodCells; metric: MetricDef; source: string; value: string; note?: string; quote?: string }[]);
      for (const f of g.figures) {
        const unit = pick(units, f.unit).id;
        const metric = pick(metrics, f.metric);
        const source = pick(sources, f.source).id;
        const key = [unit, f.period.period, f.period.start, f.period.end, metric.id, source].join('\u0001');
        if (seen.has(key)) continue;
        seen.add(key);
        perFile[f.file % perFile.length]!.push({ unit, p: f.period, metric, source, value: pick(g.values[metric.kind], f.value), note: f.note, quote: f.quote });
      }
      g.files.forEach((spec, i) => {
        const rows = perFile[i]!;
        if (!rows.length) return;
        const path = `observations/${i % 2 ? 'tinh/' : ''}tep-${i + 1}.csv`;
        const extra = spec.extra ? ['x_ghi_chu'] : [];
        if (!spec.wide) {
          const header = ['unit', 'period', 'period_start', 'period_end', 'metric', 'value', 'source', 'note', 'quote', ...extra];
          files[path] = csv(header, rows.map((r) => [r.unit, r.p.period, r.p.start, r.p.end, r.metric.id, r.value, r.source, r.note ?? '', r.quote ?? '', ...extra.map(() => '=x')]), eol, g.bom);
          return;
        }
        // Wide: one row per unit, period and source; one column per metric; blank where a row has no figure.
        const cols = [...new Set(rows.map((r) => r.metric.id))];
        const byRow = new Map<string, (typeof rows)[number][]>();
        for (const r of rows) {
          const k = [r.unit, r.p.period, r.p.start, r.p.end, r.source].join('\u0001');
          byRow.set(k, [...(byRow.get(k) ?? []), r]);
        }
        const header = ['unit', 'period', 'period_start', 'period_end', 'source', 'note', 'quote', ...cols, ...extra];
        const out = [...byRow.values()].map((rs) => {
          const r = rs[0]!;
          const cell = (m: string) => rs.find((x) => x.metric.id === m)?.value ?? (spec.blanks ? '—' : '');
          return [r.unit, r.p.period, r.p.start, r.p.end, r.source, r.note ?? '', r.quote ?? '', ...cols.map(cell), ...extra.map(() => '')];
        });
        files[path] = csv(header, out, eol, g.bom);
      });
      return files;
    });
}

export function writeFolder(dir: string, folder: Folder): void {
  for (const [rel, text] of Object.entries(folder)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}
