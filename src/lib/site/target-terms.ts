/** A target as a page's line states it, whichever page lists it (a unit's lists metrics, a metric's lists units). */
import type { Target } from '../schema/target.ts';
import type { SiteModel } from './model.ts';

/** The comparison, its dates and its source (with the title the line shows). */
export interface TargetTerms {
  op: Target['op'];
  value: number;
  from?: string;
  to?: string;
  source: string;
  sourceTitle: string;
  note?: string;
}

export function targetTerms(model: SiteModel, tg: Target): TargetTerms {
  return {
    op: tg.op,
    value: tg.value,
    ...(tg.from ? { from: tg.from } : {}),
    ...(tg.to ? { to: tg.to } : {}),
    source: tg.source,
    sourceTitle: model.sourceTitle(tg.source),
    ...(tg.note ? { note: tg.note } : {}),
  };
}
