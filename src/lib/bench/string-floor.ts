/**
 * The string-template floor of the build phase: the same pages written without Astro. Every page of the catalogue
 * in both languages gets a page shell with its charts (title, subtitle, the drawing, the table twin), each chart its
 * two embed pages (latest and pinned), and plain shells make up the rest of the page count the build wrote; all
 * written as files. The build's time over this one tells how much the framework costs on top of the work itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChart } from '../charts/render.ts';
import { tableHtml } from '../charts/table-html.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { buildCatalog } from '../export/catalog.ts';
import { LOCALES } from '../i18n/locale.ts';
import { siteModel } from '../site/model.ts';
import { escapeAttr, escapeText } from '../text/escape.ts';

export interface StringFloor {
  seconds: number;
  cpuSeconds: number;
  pages: number;
  charts: number;
}

const shell = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(title)}</title><link rel="stylesheet" href="/site.css"></head><body><main>${body}</main></body></html>\n`;

const figure = (spec: ChartSpec, svg: string) =>
  `<figure class="chart" id="${escapeAttr(spec.id)}"><h3>${escapeText(spec.title)}</h3><p>${escapeText(spec.subtitle)}</p><div class="chart-body">${svg}</div>` +
  `<details><summary>${escapeText(spec.alt)}</summary>${tableHtml(spec.table, spec.locale)}</details></figure>`;

/** Write the floor's pages under `dir`, at least `pages` of them (the build's count), and time it. */
export function stringFloor(dir: string, pages: number): StringFloor {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const catalog = buildCatalog(siteModel());
  let written = 0;
  let charts = 0;
  const write = (html: string) => {
    const sub = join(dir, String(written % 256));
    if (written < 256) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${written++}.html`), html);
  };
  for (const page of catalog.pages()) {
    for (const l of LOCALES) {
      const list = page.charts(l);
      if (!list.length) continue;
      let body = '';
      for (const chart of list) {
        const svg = renderChart(chart.spec);
        body += figure(chart.spec, svg);
        charts++;
        const embed = shell(l, chart.spec.title, figure(chart.spec, svg));
        write(embed);
        write(embed);
      }
      write(shell(l, list[0]!.spec.title, body));
    }
  }
  while (written < pages) write(shell('vi', 'Trang', '<p>Trang không có biểu đồ.</p>'));
  const cpu = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, pages: written, charts };
}
