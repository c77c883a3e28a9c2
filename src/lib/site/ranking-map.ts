/**
 * The map of a ranking page: the provinces valid at the end of the publication's period, each coloured by its
 * published score (blank = hatched, "no figure"), from the tile grid; provinces created on 2025-07-01 are drawn as
 * the union of their predecessors' squares (map/tile-grid.ts `tilesOf`).
 */
import type { Locale } from '../i18n/locale.ts';
import { fmtValue } from '../i18n/format.ts';
import { GRID, tilesOf } from '../map/tile-grid.ts';
import { classOf, mapClasses, shortCodes, tileMapSvg, type MapClass, type MapRegion } from '../map/tile-map.ts';
import type { SiteModel } from './model.ts';
import type { RankingBody } from './ranking-page.ts';
import { t, tf } from '../i18n/strings.ts';

export interface RankingMap {
  svg: string;
  classes: (MapClass & { label: string })[];
  noData: string;
  /** Units valid then that the grid cannot place (Hà Tây before 2008). */
  unplaced: string[];
  /** How many provinces have no figure. */
  blank: number;
}

export function rankingMap(model: SiteModel, body: RankingBody, l: Locale): RankingMap | undefined {
  const group = body.groups.find((g) => g.level === 'province');
  if (!group || !group.rows.some((r) => r.score)) return undefined;
  const end = body.item.period.end;
  const provinces = [...model.units.values()].filter((u) => u.level === 'province' && (!u.valid_from || u.valid_from <= end) && (!u.valid_to || u.valid_to >= end));
  const changes = model.load.dataset.changes;
  const score = new Map(group.rows.filter((r) => r.score).map((r) => [r.unit, r.score!.obs.value]));
  const classes = mapClasses([...score.values()]);
  const name = (id: string) => model.unitLabel(id, l);
  const codes = shortCodes(new Map(provinces.map((u) => [u.id, u.name])));
  const kind = body.scoreKind;
  const noData = t(l, 'tileMapNoFigure');
  const regions: MapRegion[] = provinces.map((u) => {
    const v = score.get(u.id);
    // The code goes on the square of the predecessor that gave the region its name (Tuyên Quang, not Hà Giang).
    const tiles = tilesOf(u.id, changes);
    const namesake = changes.find((c) => c.to === u.id && model.units.get(c.from)?.name === u.name);
    const own = namesake ? GRID[namesake.from] : undefined;
    const ordered = own ? [own, ...tiles.filter((t) => t !== own)] : tiles;
    return { unit: u.id, name: name(u.id), code: codes.get(u.id)!, tiles: ordered, bin: v === undefined ? undefined : classOf(classes, v), text: v === undefined ? undefined : fmtValue(v, kind, l) };
  });
  const title = tf(l, 'tileMapTitle', { title: body.title });
  return {
    svg: tileMapSvg(regions, classes, { locale: l, title, noData }),
    classes: classes.map((c) => ({ ...c, label: `${fmtValue(c.from, kind, l)} – ${fmtValue(c.to, kind, l)}` })),
    noData,
    unplaced: regions.filter((r) => r.tiles.length === 0).map((r) => r.name),
    blank: regions.filter((r) => r.bin === undefined && r.tiles.length > 0).length,
  };
}
