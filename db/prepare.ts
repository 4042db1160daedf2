import type { AppDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { hasPlaces, importPlaces } from "./places/import";
import type { Progress } from "./progress";

/**
 * What every start needs before serving: the schema up to date, the places
 * of France present (imported once, on the first start, in a few seconds),
 * and, when asked, demo data in an empty database.
 */
export async function prepareDatabase(
  db: AppDatabase,
  progress: Progress,
  { seedDemo }: { seedDemo?: (db: AppDatabase) => Promise<boolean> } = {},
) {
  migrateDatabase(db);
  if (!hasPlaces(db)) {
    console.log("First start: importing the places of France…");
    const report = await importPlaces(db, progress);
    console.log(`${report.places} places imported in ${report.durationMs} ms.`);
  }
  if (seedDemo && (await seedDemo(db))) {
    console.log("Empty database: demo members loaded (see the README for their logins).");
  }
}
