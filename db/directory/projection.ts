import proj4 from "proj4";
import type { Point } from "#app/domain/geo";

/**
 * SIRENE gives an establishment's position in the official projection of
 * its territory: Lambert-93 (EPSG:2154) in metropolitan France, a UTM zone
 * overseas. These are the EPSG definitions, written out so nothing is
 * fetched; all use the GRS80 ellipsoid with no datum shift to WGS84 (the
 * RGF93 and RGAF/RGFG/RGR/RGM frames agree with WGS84 to well under a metre).
 */
const PROJECTIONS: Record<string, string> = {
  // RGF93 v1 / Lambert-93
  "EPSG:2154":
    "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // RGAF09 / UTM zone 20N (Guadeloupe, Martinique)
  "EPSG:5490": "+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // RGFG95 / UTM zone 22N (Guyane)
  "EPSG:2972": "+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // RGR92 / UTM zone 40S (La Réunion)
  "EPSG:2975": "+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // RGM04 / UTM zone 38S (Mayotte)
  "EPSG:4471": "+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
};

const converters = new Map(
  Object.entries(PROJECTIONS).map(([code, definition]) => [code, proj4(definition, "WGS84")]),
);

/** The projection SIRENE uses for a commune, by its department; null where none is known (other overseas). */
export function projectionOfCommune(communeCode: string): string | null {
  if (/^(971|972)/.test(communeCode)) return "EPSG:5490";
  if (communeCode.startsWith("973")) return "EPSG:2972";
  if (communeCode.startsWith("974")) return "EPSG:2975";
  if (communeCode.startsWith("976")) return "EPSG:4471";
  if (communeCode.startsWith("97") || communeCode.startsWith("98")) return null;
  return "EPSG:2154";
}

/** Projected metres (x, y) to WGS84 degrees. */
export function toWgs84(projection: string, x: number, y: number): Point | null {
  const converter = converters.get(projection);
  if (!converter || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const [lng, lat] = converter.forward([x, y]);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return { lat: lat!, lng: lng! };
}
