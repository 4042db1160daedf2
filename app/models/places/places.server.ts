import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { departments, placePostalCodes, places } from "#db/schema";
import { foldText } from "#app/domain/normalize";
import { boundingBox, haversineKm } from "#app/domain/geo";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";

export const PLACE_SEARCH_MAX_LIMIT = 20;
export const DEFAULT_NEIGHBOUR_RADIUS_KM = 10;
export const MAX_NEIGHBOUR_RADIUS_KM = 100;

/** What lists, the chooser and the API show of a place. */
const placeSummaryColumns = {
  id: places.id,
  code: places.code,
  name: places.name,
  slug: places.slug,
  kind: places.kind,
  postalCodes: places.postalCodes,
  departmentCode: places.departmentCode,
  population: places.population,
  lat: places.lat,
  lng: places.lng,
  approximate: places.approximate,
  departmentName: departments.name,
};

function toSummary<T extends { postalCodes: string }>(
  row: T,
): Omit<T, "postalCodes"> & { postalCodes: string[] } {
  return { ...row, postalCodes: row.postalCodes.split(" ").filter(Boolean) };
}

/** Everything sorts after the query in a BINARY comparison: the top of a prefix range. */
const PREFIX_END = "\uffff";

/** People write "St Nazaire" and "Ste Foy": search what the names say. */
function expandAbbreviations(foldedQuery: string) {
  return foldedQuery.replace(/\bst\b/g, "saint").replace(/\bste\b/g, "sainte");
}

/**
 * Finds places by name prefix or postal code, the way people type them:
 * "lavau", "saint nazaire", "St-Nazaire", "44480", "donges 44", "Lyon 3".
 * Accents, case, hyphens and apostrophes are ignored. Exact names come
 * first, then the most populated places.
 */
export function searchPlaces(db: AppDatabase, query: string, limit = 10) {
  const folded = expandAbbreviations(foldText(query));
  const tokens = folded.split(" ").filter(Boolean);
  const postalPrefix = tokens.find((token) => /^\d[\dab]\d{0,3}$/.test(token));
  const name = tokens.filter((token) => token !== postalPrefix).join(" ");
  const cappedLimit = Math.min(Math.max(limit, 1), PLACE_SEARCH_MAX_LIMIT);
  if (name && postalPrefix) {
    // "Marseille 12", "Lyon 3": the number may be part of the name (an arrondissement).
    const byWholeName = findPlaces(db, { name: folded }, cappedLimit);
    if (byWholeName.length) return byWholeName;
  }
  if (!name && !postalPrefix) return [];
  return findPlaces(db, { name, postalPrefix }, cappedLimit);
}

function findPlaces(
  db: AppDatabase,
  { name, postalPrefix }: { name?: string; postalPrefix?: string },
  limit: number,
) {
  const conditions: SQL[] = [];
  if (name) {
    conditions.push(and(gte(places.searchName, name), lt(places.searchName, name + PREFIX_END))!);
  }
  if (postalPrefix) {
    const prefix = postalPrefix.toUpperCase();
    // IN (not EXISTS) lets SQLite start from the postal-code index.
    const byPostalCode = inArray(
      places.id,
      db
        .select({ placeId: placePostalCodes.placeId })
        .from(placePostalCodes)
        .where(
          and(
            gte(placePostalCodes.postalCode, prefix),
            lt(placePostalCodes.postalCode, prefix + PREFIX_END),
          ),
        ),
    );
    // INSEE codes are not postal codes: "2A" (Corse-du-Sud) is only an INSEE
    // prefix, and a full INSEE code ("44052") finds its place too.
    const byInseeCode = /[AB]/.test(prefix)
      ? and(gte(places.code, prefix), lt(places.code, prefix + PREFIX_END))!
      : eq(places.code, prefix);
    conditions.push(name ? byPostalCode : or(byPostalCode, byInseeCode)!);
  }

  const rows = db
    .select(placeSummaryColumns)
    .from(places)
    .innerJoin(departments, eq(departments.code, places.departmentCode))
    .where(and(...conditions))
    .orderBy(
      desc(
        name
          ? sql`${places.searchName} = ${name}`
          : sql`${places.code} = ${postalPrefix?.toUpperCase()}`,
      ),
      sql`${places.population} IS NULL`,
      desc(places.population),
      asc(places.name),
    )
    .limit(limit)
    .all();
  return rows.map(toSummary);
}

/** A place by INSEE code ("44052") or slug ("donges-44480"), with its department's name. */
export function getPlace(db: AppDatabase, codeOrSlug: string) {
  const row = db
    .select({
      ...placeSummaryColumns,
      parentCode: places.parentCode,
      coordinateSource: places.coordinateSource,
    })
    .from(places)
    .innerJoin(departments, eq(departments.code, places.departmentCode))
    .where(or(eq(places.code, codeOrSlug.toUpperCase()), eq(places.slug, codeOrSlug.toLowerCase())))
    .get();
  return row ? toSummary(row) : undefined;
}

export type Neighbour = {
  code: string;
  name: string;
  slug: string;
  distanceKm: number;
  /** The neighbour's own centre is derived, so the distance is approximate too. */
  approximate: boolean;
};

/**
 * A centre taken from the department's chef-lieu says nothing about where the
 * place is (Bora-Bora would sit in Papeete): such places have no neighbours
 * and are nobody's neighbour.
 */
export function isPositionUnknown(place: { coordinateSource?: string }) {
  return place.coordinateSource === "department";
}

/**
 * Places whose centre lies within `radiusKm` of `place`'s centre, nearest
 * first: the R*Tree gives the candidates in a bounding box, then the exact
 * great-circle distance decides.
 */
export function neighbouringPlaces(
  db: AppDatabase,
  place: { id: number; lat: number; lng: number; coordinateSource?: string },
  radiusKm = DEFAULT_NEIGHBOUR_RADIUS_KM,
): Neighbour[] {
  if (isPositionUnknown(place)) return [];
  const box = boundingBox(place, radiusKm);
  const candidates = db.all<{
    code: string;
    name: string;
    slug: string;
    lat: number;
    lng: number;
    approximate: number;
  }>(sql`
    SELECT ${places.code} AS code, ${places.name} AS name, ${places.slug} AS slug,
      ${places.lat} AS lat, ${places.lng} AS lng, ${places.approximate} AS approximate
    FROM places_rtree
    JOIN ${places} ON ${places.id} = places_rtree.id
    WHERE places_rtree.min_lat <= ${box.maxLat} AND places_rtree.max_lat >= ${box.minLat}
      AND places_rtree.min_lng <= ${box.maxLng} AND places_rtree.max_lng >= ${box.minLng}
      AND ${ne(places.id, place.id)}
      AND ${ne(places.coordinateSource, "department")}
  `);
  return candidates
    .map((candidate) => ({
      code: candidate.code,
      name: candidate.name,
      slug: candidate.slug,
      distanceKm: haversineKm(place, candidate),
      approximate: candidate.approximate === 1,
    }))
    .filter((candidate) => candidate.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, "fr"));
}

/** A place as the public API shows it (docs/api.md). */
export function placeForApi(place: {
  code: string;
  name: string;
  slug: string;
  kind: string;
  postalCodes: string[];
  departmentCode: string;
  departmentName: string;
  population: number | null;
  lat: number;
  lng: number;
  approximate: boolean;
}) {
  return {
    code: place.code,
    name: place.name,
    slug: place.slug,
    kind: place.kind,
    postalCodes: place.postalCodes,
    department: place.departmentCode,
    departmentName: place.departmentName,
    population: place.population,
    lat: place.lat,
    lng: place.lng,
    approximate: place.approximate,
  };
}

export type PlaceChoice =
  | { status: "found"; place: ReturnType<typeof searchPlaces>[number] }
  | { status: "not-found" }
  | { status: "ambiguous"; candidates: ReturnType<typeof searchPlaces> };

/**
 * Turns what a form sent into one place: the code picked from suggestions
 * (with JavaScript, or from a list of candidates), else the typed text when it
 * designates a single place ("Donges", "44480"); otherwise the candidates to
 * choose from.
 */
export function resolvePlaceChoice(
  db: AppDatabase,
  { code, query }: { code?: string | null; query?: string | null },
): PlaceChoice {
  if (code) {
    const byCode = searchPlaces(db, code, 1).find((place) => place.code === code.toUpperCase());
    if (byCode) return { status: "found", place: byCode };
  }
  const text = (query ?? "").trim().slice(0, PLACE_QUERY_MAX_LENGTH);
  if (!text) return { status: "not-found" };
  const candidates = searchPlaces(db, text, 8);
  const folded = foldText(text);
  const exact = candidates.filter((place) => foldText(place.name) === folded);
  const single =
    candidates.length === 1 ? candidates[0] : exact.length === 1 ? exact[0] : undefined;
  if (single) return { status: "found", place: single };
  if (candidates.length === 0) return { status: "not-found" };
  return { status: "ambiguous", candidates };
}

export function getPlaceName(db: AppDatabase, placeId: number) {
  return (
    db.select({ name: places.name }).from(places).where(eq(places.id, placeId)).get()?.name ?? null
  );
}
