/**
 * The methodology page: the contract version, the rates and totals the portal checks (for the metrics the data has),
 * and every problem code with its message and, for warnings, how many the data has (phuong-phap/index.astro renders
 * this body, without the model).
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import { CATALOG, type ProblemCode } from '../problems/catalog.ts';
import { RATES, SUMS } from '../metrics/rates.ts';
import type { SiteModel } from './model.ts';
import { siteWidePage } from './site-wide-page.ts';

export interface ProblemCodeView {
  code: string;
  message: string;
  /** Problems of this code in the data. */
  n: number;
}

export interface MethodologyPageBody {
  contract: number;
  /** Each rate's formula, its alternatives of metrics named and joined: "(a + b or c) / (d) × 100". */
  rates: { id: string; label: string; numerator: string; denominator: string }[];
  totals: { label: string; parts: string }[];
  warnings: ProblemCodeView[];
  errors: ProblemCodeView[];
}

function methodologyBody(model: SiteModel, l: Locale): MethodologyPageBody {
  // Each code's message comes from the validator's catalog, with placeholders where the real message names the cell.
  const placeholder = { v: '…', col: t(l, 'columnPlaceholder'), a: '…', b: '…', c: '…', hint: '…' };
  const counts = new Map<string, number>();
  for (const p of model.load.problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  const codes = (Object.keys(CATALOG) as ProblemCode[]).map((code) => {
    const e = CATALOG[code];
    return { severity: e.severity, view: { code, message: l === 'vi' ? e.vi(placeholder) : e.en(placeholder), n: counts.get(code) ?? 0 } };
  });
  const terms = (alternatives: readonly (readonly string[])[]) => alternatives.map((ids) => ids.map((id) => model.metricLabel(id, l)).join(' + ')).join(t(l, 'orWord'));
  return {
    contract: model.load.contract,
    rates: RATES.filter((r) => model.metric(r.rate)).map((r) => ({ id: r.rate, label: model.metricLabel(r.rate, l), numerator: terms(r.numerators), denominator: terms(r.denominators) })),
    totals: SUMS.filter((s) => model.metric(s.total)).map((s) => ({ label: model.metricLabel(s.total, l), parts: terms(s.parts) })),
    warnings: codes.filter((c) => c.severity === 'warning').map((c) => c.view),
    errors: codes.filter((c) => c.severity === 'error').map((c) => c.view),
  };
}

/** The methodology page: everything it shows, no charts. */
export const methodologyPageType = siteWidePage('methodology', 'phuong-phap', 'methodology', (model, l): { specs: ChartSpec[]; body: MethodologyPageBody } => ({ specs: [], body: methodologyBody(model, l) }));
