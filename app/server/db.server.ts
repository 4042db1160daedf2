import { openDatabase, type AppDatabase } from "#db/client";
import { getEnv } from "./env.server";

/**
 * The one connection of the process. Kept on globalThis so that Vite's dev
 * reloads, and the server entry and the app bundle (two copies of this
 * module), share it instead of opening more.
 */
const globalForDb = globalThis as typeof globalThis & { __coupDeMainDb?: AppDatabase };

export function getDb(): AppDatabase {
  globalForDb.__coupDeMainDb ??= openDatabase(getEnv().DATABASE_PATH);
  return globalForDb.__coupDeMainDb;
}
