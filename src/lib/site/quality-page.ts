/**
 * The data-quality page: every warning with its message in the page's language and the figures it concerns, then the
 * warnings by unit, by source and about files (chat-luong/index.astro renders this body, without the model).
 */
import type { ChartSpec } from '../charts/spec.ts';
import { inLocale, type Locale } from '../i18n/locale.ts';
import type { Period } from '../values/period.ts';
import type { SiteModel, WarningEntry } from './model.ts';
import type { UnitLink } from './page-data.ts';
import { siteWidePage } from './site-wide-page.ts';
import { unitLink } from './unit-page.ts';

/** A warning as the page lists it; `column` and `value` only when the problem names them. */
export interface QualityWarning {
  anchor: string;
  code: string;
  message: string;
  file: string;
  line: number;
  column?: string;
  value?: string;
  figures: { unit: UnitLink; period: Period; metric: { id: string; label: string }; raw: string; source: { id: string; title: string } }[];
}

/** A link to one warning of the list. */
export interface WarningRef {
  anchor: string;
  code: string;
}

export interface QualityPageBody {
  warnings: QualityWarning[];
  /** Each problem code with its number of warnings, in the order of their first warning. */
  codes: [code: string, n: number][];
  /** Units and sources by name, each with its warnings. */
  units: { unit: UnitLink; warnings: WarningRef[] }[];
  sources: { id: string; title: string; warnings: WarningRef[] }[];
  /** Warnings about a file or row, of no unit or source. */
  general: (WarningRef & { file: string; line: number })[];
}

function qualityBody(model: SiteModel, l: Locale): QualityPageBody {
  const warnings = model.warnings;
  const byUnit = new Map<string, WarningEntry[]>();
  const bySource = new Map<string, WarningEntry[]>();
  const codes = new Map<string, number>();
  const add = (map: Map<string, WarningEntry[]>, id: string, w: WarningEntry) => {
    const list = map.get(id);
    if (list) list.push(w);
    else map.set(id, [w]);
  };
  for (const w of warnings) {
    for (const u of w.units) add(byUnit, u, w);
    for (const s of w.sources) add(bySource, s, w);
    codes.set(w.problem.code, (codes.get(w.problem.code) ?? 0) + 1);
  }
  const ref = (w: WarningEntry): WarningRef => ({ anchor: w.anchor, code: w.problem.code });
  const units = [...byUnit.keys()].sort((a, b) => model.unitLabel(a, l).localeCompare(model.unitLabel(b, l), l));
  const sources = [...bySource.keys()].sort((a, b) => model.sourceTitle(a).localeCompare(model.sourceTitle(b), 'vi'));
  return {
    warnings: warnings.map((w) => {
      const p = w.problem;
      return {
        ...ref(w),
        message: inLocale(p, 'message', l),
        file: p.file,
        line: p.line,
        ...(p.column ? { column: p.column } : {}),
        ...(p.value ? { value: p.value } : {}),
        figures: w.figures.map((o) => ({
          unit: unitLink(model, o.unit, l),
          period: o.period,
          metric: { id: o.metric, label: model.metricLabel(o.metric, l) },
          raw: o.raw,
          source: { id: o.source, title: model.sourceTitle(o.source) },
        })),
      };
    }),
    codes: [...codes],
    units: units.map((u) => ({ unit: unitLink(model, u, l), warnings: byUnit.get(u)!.map(ref) })),
    sources: sources.map((s) => ({ id: s, title: model.sourceTitle(s), warnings: bySource.get(s)!.map(ref) })),
    general: warnings.filter((w) => w.units.length === 0 && w.sources.length === 0).map((w) => ({ ...ref(w), file: w.problem.file, line: w.problem.line })),
  };
}

/** The data-quality page: everything it shows, no charts. */
export const qualityPageType = siteWidePage('quality', 'chat-luong', 'quality', (model, l): { specs: ChartSpec[]; body: QualityPageBody } => ({ specs: [], body: qualityBody(model, l) }));
