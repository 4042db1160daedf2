/**
 * Keeps search in step with the posts (ADR 006). The models call
 * `questionChanged` inside the transaction that changes a question or its
 * answers, so the change and its trace for search commit (or roll back)
 * together:
 *
 * - embedded mode (the default): the question's document is rebuilt and
 *   written to the FTS5 index right there;
 * - Meilisearch mode: a `search_outbox` row says the question changed, and
 *   the relay sends its current state to Meilisearch after the commit.
 */
import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { searchOutbox } from "#db/schema";
import { buildSearchDocument } from "./documents";
import { removeDocuments, writeDocuments } from "./embedded/store";

export type SearchMode = "embedded" | "meilisearch";

/*
 * Kept on globalThis: the production server (app/main.server.ts) and the
 * Remix build it loads each get their own copy of this module, and both must
 * see the mode chosen at start-up.
 */
const shared = globalThis as typeof globalThis & { __coupDeMainSearchMode?: SearchMode };

/** Chosen once at start-up (app/utils/search.server.ts): Meilisearch when MEILISEARCH_URL is set. */
export function setSearchMode(next: SearchMode) {
  shared.__coupDeMainSearchMode = next;
}

export function getSearchMode(): SearchMode {
  return shared.__coupDeMainSearchMode ?? "embedded";
}

/** Synchronous: call it inside the transaction that changed the question, its tags or its answers. */
export function questionChanged(db: AppDatabase, questionId: number) {
  if (getSearchMode() === "meilisearch") {
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
    return;
  }
  const document = buildSearchDocument(db, questionId);
  if (document) writeDocuments(db.$client, [document]);
  else removeDocuments(db.$client, [questionId]);
}
