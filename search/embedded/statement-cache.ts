import type Database from "better-sqlite3";

/**
 * Statements whose SQL depends on the query's filters (their count and
 * kind), prepared on first use and kept for the engine's lifetime: the
 * shapes are few, and preparing costs more than running most of them.
 */
export type StatementCache = (source: string) => Database.Statement;

export function createStatementCache(sqlite: Database.Database): StatementCache {
  const statements = new Map<string, Database.Statement>();
  return (source) => {
    let prepared = statements.get(source);
    if (!prepared) {
      prepared = sqlite.prepare(source);
      statements.set(source, prepared);
    }
    return prepared;
  };
}
