import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { silentProgress, type Progress } from "#db/progress";
import { departments, placePostalCodes, places, type NewPlace } from "#db/schema";
import { foldText, slugify } from "#app/domain/normalize";
import { locatePlaces, type CoordinateSource } from "./centres";
import {
  readEpciByCommune,
  readGeoNamesPoints,
  readOfficialCommunes,
  readOfficialDepartments,
} from "./sources";

export type PlacesImportReport = {
  places: number;
  communes: number;
  arrondissements: number;
  bySource: Partial<Record<CoordinateSource, number>>;
  /** Places already in the database that the data no longer lists (merged communes): kept. */
  staleKept: number;
  durationMs: number;
};

const BATCH_SIZE = 500;

/**
 * Imports every current French commune and municipal arrondissement, with a
 * centre point, into the database. Idempotent: places are upserted by INSEE
 * code, and a place keeps the slug it was first given, so links never break.
 */
export async function importPlaces(
  db: AppDatabase,
  progress: Progress = silentProgress,
): Promise<PlacesImportReport> {
  const startedAt = Date.now();
  progress.step("Reading GeoNames points (%)", 100);
  const geoNames = await readGeoNamesPoints((read, total) =>
    progress.update(Math.round((read / total) * 100)),
  );

  const officialDepartments = readOfficialDepartments();
  const located = locatePlaces(
    readOfficialCommunes(),
    officialDepartments,
    geoNames,
    readEpciByCommune(),
  );

  const existingSlugs = new Map(
    db
      .select({ code: places.code, slug: places.slug })
      .from(places)
      .all()
      .map((row) => [row.code, row.slug]),
  );
  const takenSlugs = new Set(existingSlugs.values());
  const slugFor = (place: (typeof located)[number]) => {
    const kept = existingSlugs.get(place.code);
    if (kept) return kept;
    const base = slugify(place.name);
    const candidates = [
      place.postalCodes[0] ? `${base}-${place.postalCodes[0]}` : undefined,
      `${base}-${place.code.toLowerCase()}`,
    ].filter((slug): slug is string => Boolean(slug));
    const slug =
      candidates.find((candidate) => !takenSlugs.has(candidate)) ??
      `${base}-${place.code.toLowerCase()}-${takenSlugs.size}`;
    takenSlugs.add(slug);
    return slug;
  };

  // Stable order: slugs are handed out by INSEE code, so two imports agree.
  located.sort((a, b) => a.code.localeCompare(b.code));
  const rows: NewPlace[] = located.map((place) => ({
    code: place.code,
    kind: place.kind,
    name: place.name,
    searchName: foldText(place.name),
    slug: slugFor(place),
    parentCode: place.parentCode,
    departmentCode: place.departmentCode,
    postalCodes: place.postalCodes.join(" "),
    population: place.population,
    lat: place.lat,
    lng: place.lng,
    approximate:
      place.coordinateSource !== "geonames" && place.coordinateSource !== "geonames-delegated",
    coordinateSource: place.coordinateSource,
  }));

  progress.step("Writing places", rows.length);
  db.transaction((tx) => {
    tx.insert(departments)
      .values(officialDepartments.map((d) => ({ code: d.code, name: d.nom, regionCode: d.region })))
      .onConflictDoUpdate({
        target: departments.code,
        set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` },
      })
      .run();

    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      const batch = rows.slice(start, start + BATCH_SIZE);
      const written = tx
        .insert(places)
        .values(batch)
        .onConflictDoUpdate({
          target: places.code,
          set: {
            kind: sql`excluded.kind`,
            name: sql`excluded.name`,
            searchName: sql`excluded.search_name`,
            parentCode: sql`excluded.parent_code`,
            departmentCode: sql`excluded.department_code`,
            postalCodes: sql`excluded.postal_codes`,
            population: sql`excluded.population`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
            approximate: sql`excluded.approximate`,
            coordinateSource: sql`excluded.coordinate_source`,
            updatedAt: sql`(unixepoch())`,
          },
        })
        .returning({ id: places.id, postalCodes: places.postalCodes })
        .all();
      const postalRows = written.flatMap((place) =>
        place.postalCodes
          .split(" ")
          .filter(Boolean)
          .map((postalCode) => ({ postalCode, placeId: place.id })),
      );
      tx.delete(placePostalCodes)
        .where(sql`${placePostalCodes.placeId} IN ${written.map((place) => place.id)}`)
        .run();
      if (postalRows.length) tx.insert(placePostalCodes).values(postalRows).run();
      progress.update(start + batch.length);
    }
  });
  progress.stop();

  const importedCodes = new Set(rows.map((row) => row.code));
  const staleKept = [...existingSlugs.keys()].filter((code) => !importedCodes.has(code)).length;
  const bySource: Partial<Record<CoordinateSource, number>> = {};
  for (const place of located) {
    bySource[place.coordinateSource] = (bySource[place.coordinateSource] ?? 0) + 1;
  }
  return {
    places: rows.length,
    communes: rows.filter((row) => row.kind === "commune").length,
    arrondissements: rows.filter((row) => row.kind === "arrondissement").length,
    bySource,
    staleKept,
    durationMs: Date.now() - startedAt,
  };
}

/** True once the places of France are in the database (the server imports them on first start). */
export function hasPlaces(db: AppDatabase): boolean {
  return db.select({ id: places.id }).from(places).limit(1).all().length > 0;
}
