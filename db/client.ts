import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

/**
 * Opens (and creates, with its folder) the SQLite file with the settings every
 * connection needs: WAL so readers never wait for the writer, foreign keys
 * enforced, and a busy timeout so a concurrent writer waits instead of failing.
 */
export function openDatabase(databasePath: string): AppDatabase {
  if (databasePath !== ":memory:") {
    fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  }
  const sqlite = new Database(databasePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as AppDatabase;
  // Every transaction of the app writes. A deferred one starts as a reader and
  // fails at once with SQLITE_BUSY when it tries to write while another
  // connection (the import CLI, a test) has written since: no busy timeout
  // helps there. IMMEDIATE takes the write lock at BEGIN, so it waits instead.
  // Nested calls stay savepoints.
  const deferredTransaction = db.transaction.bind(db);
  db.transaction = ((run, config) =>
    deferredTransaction(run, { behavior: "immediate", ...config })) as typeof db.transaction;
  return db;
}
