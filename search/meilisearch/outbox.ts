import { sql } from "drizzle-orm";
import { searchOutbox } from "#db/schema";
import type { SearchWriter } from "#search/engine";

/**
 * Meilisearch mode: a `search_outbox` row says the question changed, written
 * in the transaction that changed it; the relay (relay.ts) sends the
 * question's current state to Meilisearch after the commit.
 */
export const outboxWriter: SearchWriter = {
  questionChanged(db, questionId) {
    const changedAt = new Date();
    db.insert(searchOutbox)
      .values({ questionId, changedAt, attempts: 0, nextAttemptAt: 0, lastError: null })
      .onConflictDoUpdate({
        target: searchOutbox.questionId,
        // Always later than the change it replaces, even within one millisecond:
        // the relay removes a row only if `changedAt` is what it sent.
        set: {
          changedAt: sql`max(${changedAt.getTime()}, ${searchOutbox.changedAt} + 1)`,
          attempts: 0,
          nextAttemptAt: 0,
          lastError: sql`NULL`,
        },
      })
      .run();
  },
};
