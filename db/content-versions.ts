import type { AppDatabase } from "./client";

/**
 * Reads content versions (table `content_versions`, raised by triggers in
 * the writers' transactions; ADR 022). Versions only grow, so the sum over a
 * page's keys changes exactly when one of them does: one prepared statement
 * answers for any number of keys.
 */
export function contentVersionSum(db: AppDatabase): (keys: readonly string[]) => number {
  const statement = db.$client
    .prepare(
      "SELECT coalesce(sum(version), 0) FROM content_versions WHERE key IN (SELECT value FROM json_each(?))",
    )
    .pluck();
  return (keys) => (keys.length === 0 ? 0 : (statement.get(JSON.stringify(keys)) as number));
}
