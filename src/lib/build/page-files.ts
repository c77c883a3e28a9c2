/**
 * Files a page publishes besides its charts' exports, the same in both languages: written with the page's first
 * language and kept with it (its key covers what they read). A unit page: the unit's figures as CSV; a metric
 * page: the comparison picker's figures of the metric; the home page: the search index. And the one keyed output
 * without a page: the picker's list of units and metrics, with a key of its own (site/registry.ts OTHER_OUTPUTS).
 */
import type { SiteModel } from '../site/model.ts';
import type { PageRef } from '../site/registry.ts';
import { compareMetric, compareUnits } from '../site/compare-data.ts';
import { searchIndex } from '../search/index-data.ts';
import { compareDataFile, searchIndexFile } from '../i18n/routes.ts';
import { unitCsv } from '../export/writer.ts';

export type PageFile = [rel: string, body: string];

export function pageFiles(model: SiteModel, ref: PageRef): PageFile[] {
  switch (ref.type.kind) {
    case 'unit': {
      const csv = unitCsv(model.obsByUnit.get(ref.id) ?? []);
      return csv ? [csv] : [];
    }
    case 'metric':
      return model.obsByMetric.has(ref.id) ? [[compareDataFile(ref.id), JSON.stringify(compareMetric(model, ref.id))]] : [];
    case 'home':
      return [[searchIndexFile(), JSON.stringify(searchIndex(model))]];
    default:
      return [];
  }
}

/** Keyed outputs that are files only (`kind|` in the keys): the picker's unit list. */
export const KEYED_FILES = [{ kind: 'compare-units', file: compareDataFile, body: (model: SiteModel) => JSON.stringify(compareUnits(model)) }] as const;
