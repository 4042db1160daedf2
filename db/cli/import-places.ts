import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { importPlaces } from "../places/import";
import { createProgress } from "../progress";

/** `npm run places:import`: (re)imports the places of France into DATABASE_PATH. */
const databasePath = process.env.DATABASE_PATH || "./data/coupdemain.db";
const db = openDatabase(databasePath);
migrateDatabase(db);
console.log(`Importing the places of France into ${databasePath}`);
const report = await importPlaces(db, createProgress());
console.log(
  `${report.places} places (${report.communes} communes, ${report.arrondissements} arrondissements) in ${report.durationMs} ms; centres: ${JSON.stringify(report.bySource)}` +
    (report.staleKept ? `; ${report.staleKept} places no longer listed were kept` : ""),
);
db.$client.close();
