import Database from "better-sqlite3";

/** Enough lines of a failed check to see what is wrong without flooding the terminal. */
const MAX_PROBLEMS = 10;

/**
 * Every check SQLite can make of a database: its pages and indexes
 * (`PRAGMA integrity_check`), each FTS5 index's own check (the search
 * index), each R*Tree's (places and questions on the map), and foreign keys.
 * Returns what is wrong, at most a few lines a check; none when it is sound.
 * The connection must be able to write: FTS5 runs its check as an INSERT.
 */
export function checkDatabase(sqlite: Database.Database): string[] {
  try {
    return findProblems(sqlite);
  } catch (error) {
    // SQLITE_NOTADB, SQLITE_CORRUPT…: too damaged for the checks to finish.
    return [(error as Error).message];
  }
}

function findProblems(sqlite: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = sqlite.pragma("integrity_check", { simple: false }) as {
    integrity_check: string;
  }[];
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== "ok") {
    problems.push(
      ...integrity.slice(0, MAX_PROBLEMS).map((row) => `integrity_check: ${row.integrity_check}`),
    );
    // A damaged file makes the checks below fail in confusing ways: stop here.
    return problems;
  }
  for (const table of virtualTables(sqlite, "fts5")) {
    try {
      sqlite.prepare(`INSERT INTO "${table}"("${table}") VALUES ('integrity-check')`).run();
    } catch (error) {
      problems.push(`FTS5 index ${table}: ${(error as Error).message}`);
    }
  }
  for (const table of virtualTables(sqlite, "rtree")) {
    const verdict = sqlite.prepare("SELECT rtreecheck(?)").pluck().get(table) as string;
    if (verdict !== "ok") problems.push(`R*Tree ${table}: ${verdict.split("\n")[0]}`);
  }
  const orphans = sqlite.pragma("foreign_key_check") as { table: string; parent: string }[];
  problems.push(
    ...orphans
      .slice(0, MAX_PROBLEMS)
      .map((row) => `foreign key: a row of ${row.table} points to a missing ${row.parent}`),
  );
  return problems;
}

/** `checkDatabase` on a file, which it opens and closes (in rollback-journal mode it stays so). */
export function checkDatabaseFile(file: string): string[] {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true });
  } catch (error) {
    return [`cannot open ${file}: ${(error as Error).message}`];
  }
  try {
    return checkDatabase(sqlite);
  } finally {
    sqlite.close();
  }
}

function virtualTables(sqlite: Database.Database, module: "fts5" | "rtree"): string[] {
  return sqlite
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING ' || ? || '(%'",
    )
    .pluck()
    .all(module) as string[];
}

/** When the last migration applied was written (drizzle's journal `when`), null before any. */
export function lastMigration(sqlite: Database.Database): number | null {
  const hasJournal = sqlite
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!hasJournal) return null;
  const last = sqlite.prepare("SELECT max(created_at) FROM __drizzle_migrations").pluck().get();
  return last == null ? null : Number(last);
}
