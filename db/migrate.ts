import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { AppDatabase } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the committed drizzle-kit migrations that this database has not seen yet. */
export function migrateDatabase(db: AppDatabase) {
  migrate(db, { migrationsFolder });
}

/**
 * When the newest migration of this code was generated: the `created_at`
 * drizzle records in a database once it applied it. A database whose last
 * migration is newer comes from a newer version of the app.
 */
export function latestMigration(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((entry) => entry.when));
}
