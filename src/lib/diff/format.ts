/** The diff printed for a person (terminal), for a pull-request summary (Markdown) or for a program (JSON). */
import type { DataDiff, FigureChange, SideSummary } from './diff.ts';

export type DiffFormat = 'human' | 'markdown' | 'json';

const KIND = {
  added: { vi: 'thêm', en: 'added', sign: '+' },
  changed: { vi: 'sửa', en: 'changed', sign: '~' },
  removed: { vi: 'xóa', en: 'removed', sign: '-' },
} as const;

/** `prefix` is the head folder as the user gave it, so head-side paths can be opened from the working directory. */
const where = (f: FigureChange, prefix: string) => {
  const s = f.after ?? f.before!;
  const p = f.after ? prefix : '';
  return `${p}${s.file}:${s.line}${s.column !== 'value' ? ` [${s.column}]` : ''}`;
};

const period = (f: FigureChange) => (f.period.explicitDates ? `${f.period.label} (${f.period.start} → ${f.period.end})` : f.period.label);

const valueText = (f: FigureChange) =>
  f.kind === 'changed' ? `${f.before!.raw} → ${f.after!.raw}` : f.kind === 'added' ? f.after!.raw : f.before!.raw;

function headline(d: DataDiff): [string, string] {
  const c = d.counts;
  return [
    `Số liệu: ${c.added} thêm · ${c.changed} sửa · ${c.removed} xóa · ${c.unchanged} không đổi`,
    `Figures: ${c.added} added · ${c.changed} changed · ${c.removed} removed · ${c.unchanged} unchanged`,
  ];
}

function sideWarnings(d: DataDiff): string[] {
  const lines: string[] = [];
  const one = (name: { vi: string; en: string }, s: SideSummary) => {
    if (s.note) lines.push(`${name.vi} / ${name.en}: ${s.note}`);
    if (s.errors > 0) {
      const files = s.filesWithErrors.length ? ` (${s.filesWithErrors.join(', ')})` : '';
      lines.push(
        `${name.vi} ${s.label} có ${s.errors} lỗi; số liệu trong tệp có lỗi không được so sánh${files}. / ` +
          `${name.en} ${s.label} has ${s.errors} errors; figures in files with errors are not compared${files}.`,
      );
    }
  };
  one({ vi: 'Bản gốc', en: 'Base' }, d.base);
  one({ vi: 'Bản mới', en: 'Head' }, d.head);
  if (d.counts.notCompared > 0) {
    lines.push(`${d.counts.notCompared} số liệu không so sánh được vì tệp của chúng có lỗi ở một bên. / ${d.counts.notCompared} figures not compared because their file has errors on one side.`);
  }
  return lines;
}

function referenceLines(d: DataDiff, limit = 10): string[] {
  return d.reference.map((r) => {
    const list = (xs: string[]) => (xs.length > limit ? `${xs.slice(0, limit).join('; ')}; …` : xs.join('; '));
    const parts = [
      r.added.length ? `+${r.added.length} (${list(r.added)})` : '',
      r.changed.length ? `~${r.changed.length} (${list(r.changed)})` : '',
      r.removed.length ? `-${r.removed.length} (${list(r.removed)})` : '',
    ].filter(Boolean);
    return `${r.file}: ${parts.join(' ')}`;
  });
}

export function formatDiffHuman(d: DataDiff, headPrefix: string): string {
  const out = [`So sánh / Comparing: ${d.base.label} → ${d.head.label}`, ...headline(d)];
  const warn = sideWarnings(d);
  if (warn.length) out.push('', ...warn.map((w) => `! ${w}`));
  const ref = referenceLines(d);
  if (ref.length) out.push('', 'Dòng tham chiếu thay đổi / Reference rows changed:', ...ref.map((r) => `  ${r}`));
  let unit = '';
  let per = '';
  for (const f of d.figures) {
    const u = `${f.unitName} (${f.unit})`;
    if (u !== unit) {
      unit = u;
      per = '';
      out.push('', u);
    }
    const p = period(f);
    if (p !== per) {
      per = p;
      out.push(`  ${p}`);
    }
    const k = KIND[f.kind];
    out.push(`    ${k.sign} ${f.metric}  ${valueText(f)}  [${k.vi}/${k.en}]  ${f.source}  ${where(f, headPrefix)}`);
  }
  if (!d.figures.length && !d.reference.length) out.push('', 'Không có thay đổi. / No changes.');
  return out.join('\n');
}

const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s ? `\`${s.replace(/`/g, "'")}\`` : '');

export function formatDiffMarkdown(d: DataDiff, headPrefix: string, limit = 300): string {
  const c = d.counts;
  const out = [
    '### Số liệu thay đổi / Figures changed',
    '',
    `${code(d.base.label)} → ${code(d.head.label)}: **${c.added}** thêm/added · **${c.changed}** sửa/changed · **${c.removed}** xóa/removed · ${c.unchanged} không đổi/unchanged`,
  ];
  const warn = sideWarnings(d);
  if (warn.length) out.push('', ...warn.map((w) => `> ⚠️ ${md(w)}`));
  const ref = referenceLines(d);
  if (ref.length) out.push('', '**Dòng tham chiếu / Reference rows:**', '', ...ref.map((r) => `- ${md(r)}`));
  if (d.figures.length) {
    out.push(
      '',
      '| | Đơn vị / Unit | Kỳ / Period | Chỉ tiêu / Metric | Trước / Before | Sau / After | Nguồn / Source | Tệp / File |',
      '|---|---|---|---|---|---|---|---|',
    );
    let lastUnit = '';
    let lastPeriod = '';
    for (const f of d.figures.slice(0, limit)) {
      const u = `${f.unitName} ${code(f.unit)}`;
      const p = period(f);
      const showUnit = u !== lastUnit;
      const showPeriod = showUnit || p !== lastPeriod;
      lastUnit = u;
      lastPeriod = p;
      const k = KIND[f.kind];
      const before = f.before ? md(f.before.raw) : '';
      const after = f.after ? (f.kind === 'changed' ? `**${md(f.after.raw)}**` : md(f.after.raw)) : '';
      out.push(
        `| ${k.sign} ${k.vi}/${k.en} | ${showUnit ? md(u) : ''} | ${showPeriod ? md(p) : ''} | ${code(f.metric)} | ${before} | ${after} | ${code(f.source)} | ${code(where(f, headPrefix))} |`,
      );
    }
    if (d.figures.length > limit) {
      out.push('', `… và ${d.figures.length - limit} thay đổi nữa: chạy \`npm run diff -- --base ${d.base.label.split(' ')[0]}\` để xem hết. / … and ${d.figures.length - limit} more: run the diff locally to see them all.`);
    }
  } else if (!d.reference.length) out.push('', 'Không có thay đổi. / No changes.');
  return out.join('\n');
}

export function formatDiffJson(d: DataDiff): string {
  return JSON.stringify(d, null, 2);
}
