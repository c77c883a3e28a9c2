/**
 * The search index the build writes (/tim-kiem.json): every unit with a page (with its former names and aliases and
 * its province), every metric and every source, in both languages. Fetched by the search box only when a reader
 * starts typing.
 */
import type { SiteModel } from '../site/model.ts';
import type { SearchEntry, SearchIndex } from './match.ts';

export function searchIndex(model: SiteModel): SearchIndex {
  const entries: SearchEntry[] = [];
  const aliases = new Map<string, string[]>();
  for (const a of model.load.dataset.aliases) aliases.set(a.unit, [...(aliases.get(a.unit) ?? []), a.alias]);
  const position = new Map<string, number>();
  // Provinces first, so a unit can name its province by position.
  const units = [...model.pageUnits].sort((a, b) => Number(b.level === 'province') - Number(a.level === 'province'));
  for (const u of units) position.set(u.id, position.size);
  for (const u of units) {
    const province = u.level === 'province' ? undefined : model.provinceOf(u);
    const vi = model.unitLabel(u, 'vi');
    const en = model.unitLabel(u, 'en');
    const others = [u.name, ...(aliases.get(u.id) ?? [])].filter((n) => n !== vi && n !== en);
    entries.push(['u', u.id, vi, en, province ? (position.get(province.id) ?? -1) : -1, [...new Set(others)].join('|')]);
  }
  for (const m of model.load.dataset.metrics) entries.push(['m', m.id, m.label_vi, m.label_en, -1, '']);
  for (const s of model.load.dataset.sources) entries.push(['s', s.id, model.sourceTitle(s.id), model.sourceTitle(s.id), -1, s.publisher ?? '']);
  return { v: 1, entries };
}
