/**
 * Geographic cells as words of the hidden `geo` column, so a local search is
 * one more MATCH term (`geo : (g0_… OR g0_…)`) and FTS5 intersects it with the
 * text terms inside the index: a common word near Donges only touches the
 * documents near Donges, never its matches in the rest of France.
 */
import { boundingBox, type Point } from "#app/domain/geo";

/**
 * Cell heights in degrees of latitude (about 5.5, 11, 22, 89 and 356 km);
 * cells are 1.5 times wider in degrees, which makes them roughly square at
 * the latitude of metropolitan France.
 */
const CELL_LEVELS = [0.05, 0.1, 0.2, 0.8, 3.2] as const;
const LNG_STRETCH = 1.5;
/**
 * A radius query uses the finest level whose cells covering its bounding box
 * are at most this many: more cells mean more (small) doclists to merge,
 * coarser cells mean more candidates outside the circle to filter out.
 */
const MAX_COVERING_CELLS = 36;

const row = (lat: number, step: number) => Math.floor((lat + 90) / step);
const column = (lng: number, step: number) => Math.floor((lng + 180) / (step * LNG_STRETCH));

/** The cell words of a point, one per level. */
export function cellTokens(point: Point): string[] {
  return CELL_LEVELS.map(
    (step, level) => `g${level}_${row(point.lat, step)}_${column(point.lng, step)}`,
  );
}

/**
 * The cells covering every point within `radiusKm` of `centre`, or null when
 * no level covers it with few enough cells (a nationwide search: then the
 * distance filter alone applies) or when the box crosses a pole or the
 * antimeridian (Wallis-et-Futuna is close to it), or is not a number.
 */
export function coveringCells(
  centre: Point,
  radiusKm: number,
  maxCells = MAX_COVERING_CELLS,
): string[] | null {
  if (![centre.lat, centre.lng, radiusKm].every(Number.isFinite)) return null;
  const box = boundingBox(centre, radiusKm);
  if (box.minLat < -90 || box.maxLat > 90 || box.minLng < -180 || box.maxLng >= 180) return null;
  for (const [level, step] of CELL_LEVELS.entries()) {
    const rows = [row(box.minLat, step), row(box.maxLat, step)] as const;
    const columns = [column(box.minLng, step), column(box.maxLng, step)] as const;
    const count = (rows[1] - rows[0] + 1) * (columns[1] - columns[0] + 1);
    if (count > maxCells) continue;
    const cells: string[] = [];
    for (let r = rows[0]; r <= rows[1]; r++) {
      for (let c = columns[0]; c <= columns[1]; c++) cells.push(`g${level}_${r}_${c}`);
    }
    return cells;
  }
  return null;
}
