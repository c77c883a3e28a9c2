/** The list of units (don-vi/index.astro renders its view): every unit with a page, grouped by province. */
import type { Locale } from '../i18n/locale.ts';
import { t, type UIKey } from '../i18n/strings.ts';
import { unitHref } from '../i18n/routes.ts';
import type { Unit } from '../schema/unit.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { UnitLink } from './page-data.ts';
import type { SiteModel } from './model.ts';
import { siteWidePage } from './site-wide-page.ts';

/** With thousands of units (communes), the list names provinces only; each province page lists its units. */
const LIST_WITHIN_UP_TO = 400;

export interface ProvinceEntry extends UnitLink {
  href: string;
  /** How many figures the province has. */
  figures: number;
  /** How many units within it have a page. */
  within: number;
  /** Those units, each with its level in lower case, when the list names them (`listWithin`). */
  units?: (UnitLink & { href: string; level: string })[];
}

export interface UnitsPageBody {
  /** How many units have a page. */
  count: number;
  listWithin: boolean;
  nation: UnitLink[];
  /** Provinces from 1 July 2025, then those that ended with the 2025 reorganisation. */
  current: ProvinceEntry[];
  former: ProvinceEntry[];
  /** Units in no province (agencies and others). */
  loose: UnitLink[];
}

export function unitsPage(model: SiteModel, l: Locale): UnitsPageBody {
  const link = (u: Unit) => ({ id: u.id, label: model.unitLabel(u, l), href: unitHref(l, u.id) });
  const within = new Map<string, Unit[]>();
  const loose: Unit[] = [];
  for (const u of model.pageUnits) {
    if (u.level === 'province' || u.level === 'nation') continue;
    const p = model.provinceOf(u);
    if (!p) loose.push(u);
    else if (within.has(p.id)) within.get(p.id)!.push(u);
    else within.set(p.id, [u]);
  }
  const listWithin = model.pageUnits.length <= LIST_WITHIN_UP_TO;
  const province = (p: Unit): ProvinceEntry => {
    const units = within.get(p.id) ?? [];
    return {
      ...link(p),
      figures: model.obsByUnit.get(p.id)?.length ?? 0,
      within: units.length,
      ...(listWithin ? { units: units.map((u) => ({ ...link(u), level: t(l, `level_${u.level}` as UIKey).toLocaleLowerCase(l) })) } : {}),
    };
  };
  const provinces = model.pageUnits.filter((u) => u.level === 'province');
  return {
    count: model.pageUnits.length,
    listWithin,
    nation: model.pageUnits.filter((u) => u.level === 'nation').map(link),
    current: provinces.filter((u) => !u.valid_to).map(province),
    former: provinces.filter((u) => u.valid_to).map(province),
    loose: loose.map(link),
  };
}

/** The list of units: what it shows, built by the pass. */
export const unitsPageType = siteWidePage('units', 'danh-sach-don-vi', 'units', (model, l): { specs: ChartSpec[]; body: UnitsPageBody } => ({ specs: [], body: unitsPage(model, l) }));
