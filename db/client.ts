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
  // Drizzle's session calls only `prepare` and `transaction` on its client.
  const client = new StatementCache(sqlite) as unknown as Database.Database;
  const db = drizzle(client, { schema }) as AppDatabase;
  // The app's own SQL (`db.$client.prepare(...)`) keeps the connection itself.
  db.$client = sqlite;
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

/** Enough for every distinct query the app runs (lists of ids of varying lengths included). */
const STATEMENT_CACHE_SIZE = 2_000;

/**
 * What Drizzle's session sees of the connection. Drizzle compiles every
 * query's SQL again each time it runs (`prepare()` was 10 % of a bulk load's
 * time and 4 % of a question page's): this keeps the compiled statements by
 * their SQL text, least recently used dropped first. A statement is safe to
 * share: Drizzle binds its parameters on each call and never iterates; it
 * switches a statement to raw rows for some calls, so a reused one is put
 * back to plain rows first. SQLite recompiles a cached statement by itself
 * after a schema change.
 */
class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  prepare(source: string): Database.Statement {
    const cached = this.statements.get(source);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.statements.delete(source);
      this.statements.set(source, cached);
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = this.sqlite.prepare(source);
    this.statements.set(source, statement);
    if (this.statements.size > STATEMENT_CACHE_SIZE) {
      this.statements.delete(this.statements.keys().next().value!);
    }
    return statement;
  }

  transaction<F extends (...args: never[]) => unknown>(run: F) {
    return this.sqlite.transaction(run);
  }
}
