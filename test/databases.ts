import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";

/** The database with every place of France, imported once by the global setup. */
export function openPlacesDatabase() {
  return openDatabase(inject("placesDatabasePath"));
}

/** A private copy of the places database, for tests that write. */
export function copyPlacesDatabase() {
  const source = openPlacesDatabase();
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-copy-")), "copy.db");
  source.$client.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
  source.$client.close();
  return openDatabase(target);
}

/** An empty, migrated database in a temporary file. */
export function openEmptyDatabase() {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "coupdemain-empty-")), "empty.db");
  const db = openDatabase(target);
  migrateDatabase(db);
  return db;
}
