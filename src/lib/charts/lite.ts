/**
 * A small SVG renderer for the browser, used only by the comparison picker (Observable Plot is too large to ship).
 * It draws 'ranking' and 'lines' specs with the same layout, palette and accessibility attributes as render.ts,
 * and the figure markup of Chart.astro (title, legend, source, notes, table twin), so a picked comparison reads
 * like a server-rendered one.
 */
import { figureSourcesHtml } from './source-line-html.ts';
import type { SourceTable } from './source-line.ts';
import { t } from '../i18n/strings.ts';
import { color } from './palette.ts';
import type { ChartSpec, Datum } from './spec.ts';
import { tableHtml } from './table-html.ts';
import { legendHtml } from '../export/legend.ts';
import { axisTickFormat, niceTicks, paddedDomain, rankAxis, timeTicks } from './ticks.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';
import { rankingLabels, spreadApart } from './labels.ts';

// No font metrics in the browser: a wide estimate of Noto Sans (≈ 0.62 em a character, bold 0.66) keeps labels inside.
const estimate = (text: string, bold: boolean) => [...text].length * 13 * (bold ? 0.66 : 0.62);

const W = 360; // as CHART_WIDTH in layout.ts
const r2 = (n: number) => Math.round(n * 100) / 100;
const utcMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function open(spec: ChartSpec, h: number): string {
  return `<svg class="chart-svg" role="img" aria-label="${escapeAttr(spec.ariaLabel)}" aria-description="${escapeAttr(spec.alt)}" viewBox="0 0 ${W} ${h}" width="100%" font-size="13" font-family="'Noto Sans', system-ui, sans-serif" fill="currentColor" text-anchor="middle" data-chart-kind="${spec.kind}">`;
}

function ranking(spec: ChartSpec): string {
  const rowH = 40;
  const top = 22;
  const left = 14;
  const right = 64;
  const h = spec.categories.length * rowH + 62;
  const vals = spec.data.filter((d) => d.value !== null).map((d) => d.value!);
  const isCount = spec.valueKind === 'count';
  const [lo, hi] = isCount ? [0, Math.max(...vals)] : paddedDomain(vals, spec.valueKind);
  const { domain, ticks } = niceTicks(lo, hi, 4);
  const x = (v: number) => {
    const f = (v - domain[0]) / (domain[1] - domain[0] || 1);
    return r2(left + (spec.reverse ? 1 - f : f) * (W - left - right));
  };
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const bottom = top + spec.categories.length * rowH;
  let out = open(spec, h);
  out += `<g stroke="currentColor" stroke-opacity="0.1">${ticks.map((tk) => `<line x1="${x(tk)}" x2="${x(tk)}" y1="${top}" y2="${bottom}"/>`).join('')}</g>`;
  out += `<g font-variant="tabular-nums">${ticks.map((tk) => `<text x="${x(tk)}" y="${bottom + 18}">${escapeText(fmt(tk, 0, ticks))}</text>`).join('')}</g>`;
  const labels = rankingLabels(spec.categories.map((c) => c.label), W - left - 6, spec.categories.map((c) => spec.data.some((d) => d.category === c.key && d.highlight)), estimate);
  spec.categories.forEach((c, i) => {
    const cy = top + i * rowH + rowH / 2;
    const d = spec.data.find((x) => x.category === c.key);
    const bold = d?.highlight ? ' font-weight="bold"' : '';
    const label = labels[i]!;
    out += `<text x="${left}" y="${cy - 9}" dy="0.32em" text-anchor="start"${bold}>${label.full ? `<title>${escapeText(label.full)}</title>` : ''}${escapeText(label.text)}</text>`;
    if (!d || d.value === null) {
      out += `<text x="${left}" y="${cy + 8}" dy="0.32em" text-anchor="start" font-size="12" font-style="italic">${escapeText(d?.title ?? t(spec.locale, 'noData'))}</text>`;
      return;
    }
    const fill = d.highlight ? color('vermillion') : color('blue');
    const title = d.title ? `<title>${escapeText(d.title)}</title>` : '';
    if (isCount) out += `<rect x="${x(0)}" y="${cy + 1}" width="${r2(Math.max(0, x(d.value) - x(0)))}" height="${rowH / 2 - 6}" fill="${fill}">${title}</rect>`;
    else {
      out += `<line x1="${left}" x2="${W - right}" y1="${cy + 8}" y2="${cy + 8}" stroke="currentColor" stroke-opacity="0.15"/>`;
      out += `<circle cx="${x(d.value)}" cy="${cy + 8}" r="5.5" fill="${fill}" stroke="var(--chart-bg, #fff)">${title}</circle>`;
    }
    out += `<text x="${x(d.value) + 8}" y="${cy + 8}" dy="0.32em" text-anchor="start" font-size="12">${escapeText(d.text ?? '')}</text>`;
  });
  return `${out}</svg>`;
}

function lines(spec: ChartSpec): string {
  const h = 270;
  // A bump chart (ranks of several units) names each line at its end, as the server's drawing does (layout.ts).
  const bump = spec.valueKind === 'rank' && spec.series.length >= 2;
  const endLabels = bump ? rankingLabels(spec.series.map((s) => s.label), 92, [], (t) => estimate(t, false) * (11 / 13)) : [];
  const m = { top: 34, right: bump ? Math.max(20, Math.ceil(Math.max(...endLabels.map((l) => estimate(l.text, false) * (11 / 13)))) + 6) : 20, bottom: 30, left: 52 };
  const dates = spec.data.map((d) => d.date!);
  const sorted = [...dates].sort();
  const pad = 45 * 86_400_000;
  const x0 = utcMs(sorted[0]!) - pad;
  const x1 = utcMs(sorted[sorted.length - 1]!) + pad;
  const vals = spec.data.filter((d) => d.value !== null).map((d) => d.value!);
  const lo = spec.valueKind === 'count' ? 0 : Math.min(...vals);
  // Ranks as the server draws them: from 1, whole ranks, rank 1 at the top (spec.reverse).
  const { domain, ticks } = spec.valueKind === 'rank' ? rankAxis(Math.max(...vals)) : niceTicks(lo, Math.max(...vals), 4);
  const x = (iso: string | number) => r2(m.left + ((typeof iso === 'number' ? iso : utcMs(iso)) - x0) / (x1 - x0) * (W - m.left - m.right));
  const y = (v: number) => {
    const f = (v - domain[0]) / (domain[1] - domain[0] || 1);
    return r2(h - m.bottom - (spec.reverse ? 1 - f : f) * (h - m.top - m.bottom));
  };
  const fmt = axisTickFormat(spec.valueKind, spec.locale);
  const tt = timeTicks(sorted, W - m.left - m.right);
  let out = open(spec, h);
  out += `<g stroke="currentColor" stroke-opacity="0.1">${ticks.map((v) => `<line x1="${m.left}" x2="${W - m.right}" y1="${y(v)}" y2="${y(v)}"/>`).join('')}</g>`;
  out += `<g text-anchor="end" font-variant="tabular-nums">${ticks.map((v) => `<text x="${m.left - 9}" y="${y(v)}" dy="0.32em">${escapeText(fmt(v, 0, ticks))}</text>`).join('')}</g>`;
  out += `<text x="${m.left - 40}" y="${m.top - 17}" dy="0.71em" text-anchor="start">${spec.reverse ? '↓' : '↑'} ${escapeText(spec.valueLabel)}</text>`; // as Plot's label: the way values grow
  out += `<g>${tt.ticks.map((d) => `<text x="${x(d.getTime())}" y="${h - m.bottom + 9}" dy="0.71em">${escapeText(tt.format(d, spec.locale))}</text>`).join('')}</g>`;
  for (const s of spec.series) {
    const stroke = color(s.color);
    const rows = spec.data.filter((d) => d.series === s.key);
    const segments = new Map<string, Datum[]>();
    for (const d of rows) segments.set(d.segment ?? s.key, [...(segments.get(d.segment ?? s.key) ?? []), d]);
    let path = '';
    for (const seg of segments.values()) {
      let pen = false;
      for (const d of seg) {
        if (d.value === null) {
          pen = false;
          continue;
        }
        path += `${pen ? 'L' : 'M'}${x(d.date!)},${y(d.value)}`;
        pen = true;
      }
    }
    out += `<path d="${path}" fill="none" stroke="${stroke}" stroke-width="2.25"${s.computed ? ' stroke-dasharray="5,4"' : ''}/>`;
    out += rows
      .filter((d) => d.value !== null)
      .map((d) => {
        const title = d.title ? `<title>${escapeText(d.title)}</title>` : '';
        const [cx, cy] = [x(d.date!), y(d.value!)];
        return s.computed
          ? `<path d="M${cx},${r2(cy - 5)}L${r2(cx + 5)},${cy}L${cx},${r2(cy + 5)}L${r2(cx - 5)},${cy}Z" fill="var(--chart-bg, #fff)" stroke="${stroke}" stroke-width="2">${title}</path>`
          : `<circle cx="${cx}" cy="${cy}" r="4" fill="${stroke}" stroke="${stroke}" stroke-width="2">${title}</circle>`;
      })
      .join('');
  }
  if (bump) {
    const ends = spec.series.flatMap((s, i) => {
      const last = spec.data.findLast((d) => d.series === s.key && d.value !== null);
      return last ? [{ i, x: x(last.date!) + 6, y: y(last.value!) }] : [];
    });
    const ys = spreadApart(ends.map((e) => e.y), 12, m.top, h - m.bottom);
    out += `<g class="line-end-labels" font-size="11" text-anchor="start">${ends.map((e, k) => `<text x="${e.x}" y="${r2(ys[k]!)}" dy="0.32em">${escapeText(endLabels[e.i]!.text)}</text>`).join('')}</g>`;
  }
  return `${out}</svg>`;
}

export function renderLite(spec: ChartSpec): string {
  return spec.kind === 'ranking' ? ranking(spec) : lines(spec);
}

/** The whole figure, as ChartFigure.astro renders it; `table`: the publications' publishers, for the source line. */
export function figureHtml(spec: ChartSpec, table: SourceTable = new Map()): string {
  const l = spec.locale;
  const legend = spec.series.length > 1 || spec.series.some((x) => x.computed) ? legendHtml(spec, { label: t(l, 'legend'), targetLabel: t(l, 'target') }) : '';
  const sources = figureSourcesHtml(spec.sources, table, l, spec.id);
  return `<figure class="chart" id="${escapeAttr(spec.id)}" aria-labelledby="${escapeAttr(spec.id)}-title" data-chart="${spec.kind}"><h3 class="chart-title" id="${escapeAttr(spec.id)}-title">${escapeText(spec.title)}</h3><p class="chart-subtitle">${escapeText(spec.subtitle)}</p>${legend}<div class="chart-body">${renderLite(spec)}</div>${sources}${spec.notes.map((n) => `<p class="chart-note">${escapeText(n)}</p>`).join('')}<details class="chart-table"><summary>${escapeText(t(l, 'dataTable'))}</summary><p class="chart-summary">${escapeText(spec.alt)}</p>${tableHtml(spec.table, l)}</details></figure>`;
}

