import { openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { getEnv, loadEnvFile } from "#app/server/env.server";

/**
 * What every command starts with: the settings (a `.env` file included,
 * validated as the server does) and the database at DATABASE_PATH, migrated.
 */
export function openCommandDatabase() {
  loadEnvFile();
  const env = getEnv();
  const db = openDatabase(env.DATABASE_PATH);
  migrateDatabase(db);
  return { db, env, databasePath: env.DATABASE_PATH };
}
