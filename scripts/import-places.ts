import { importPlaces } from "#db/places/import";
import { createProgress } from "#db/progress";
import { openCommandDatabase } from "./command-database";

/** `npm run places:import`: (re)imports the places of France into DATABASE_PATH. */
const { db, databasePath } = openCommandDatabase();
console.log(`Importing the places of France into ${databasePath}`);
const report = await importPlaces(db, createProgress());
console.log(
  `${report.places} places (${report.communes} communes, ${report.arrondissements} arrondissements) in ${report.durationMs} ms; centres: ${JSON.stringify(report.bySource)}` +
    (report.staleKept ? `; ${report.staleKept} places no longer listed were kept` : ""),
);
db.$client.close();
