import type { AppDatabase } from "#db/client";
import type { SearchEngine, SearchWriter } from "./engine";
import { createEmbeddedEngine } from "./embedded/engine";
import { embeddedWriter } from "./embedded/writer";
import { createMeilisearchEngine, type MeilisearchConfig } from "./meilisearch/engine";
import { outboxWriter } from "./meilisearch/outbox";

export type SearchSettings = {
  /** Search with this Meilisearch server; without it, the embedded engine in the app's database. */
  meilisearch: MeilisearchConfig | null;
};

/** A process's search: the engine that answers queries and the writer that keeps it in step. */
export type Search = { engine: SearchEngine; writer: SearchWriter };

/**
 * The one place that chooses the engine (ADR 006): the embedded FTS5 index
 * writes in the post's own transaction; Meilisearch is fed through the
 * outbox, which the server's relay sends after the commit.
 */
export function createSearch(db: AppDatabase, { meilisearch }: SearchSettings): Search {
  if (meilisearch) {
    return { engine: createMeilisearchEngine(meilisearch), writer: outboxWriter };
  }
  return { engine: createEmbeddedEngine(db), writer: embeddedWriter };
}
