import type { AppDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { hasPlaces, importPlaces } from "#db/places/import";
import type { Progress } from "./progress";

/**
 * What every database needs before use: the schema up to date and the
 * places of France present (imported once, on the first start, in a few
 * seconds).
 */
export async function prepareDatabase(db: AppDatabase, progress: Progress) {
  migrateDatabase(db);
  if (!hasPlaces(db)) {
    console.log("First start: importing the places of France…");
    const report = await importPlaces(db, progress);
    console.log(`${report.places} places imported in ${report.durationMs} ms.`);
  }
}
