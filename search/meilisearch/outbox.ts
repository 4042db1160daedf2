import { sql } from "drizzle-orm";
import { searchOutbox } from "#db/schema";
import type { AppDatabase } from "#db/client";
import { organisationKey, type SearchWriter } from "#search/engine";

/**
 * Meilisearch mode: a `search_outbox` row says the document changed, written
 * in the transaction that changed it; the relay (relay.ts) sends the
 * document's current state to Meilisearch after the commit. The row's
 * `question_id` is the document's key (`documentKey`): a question's id, or
 * minus a listing's id (ADR 021).
 */
export const outboxWriter: SearchWriter = {
  questionChanged(db, questionId) {
    documentChanged(db, questionId);
  },
  organisationsChanged(db, organisationIds) {
    for (const id of organisationIds) documentChanged(db, organisationKey(id));
  },
};

function documentChanged(db: AppDatabase, key: number) {
  const changedAt = new Date();
  db.insert(searchOutbox)
    .values({ questionId: key, changedAt, attempts: 0, nextAttemptAt: 0, lastError: null })
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
}
