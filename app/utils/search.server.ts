import type { SearchEngine } from "#search/engine";
import { createEmbeddedEngine } from "#search/embedded/engine";
import { createMeilisearchEngine } from "#search/meilisearch/engine";
import { setSearchMode } from "#search/sync";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";

/**
 * The search engine of this process: Meilisearch when MEILISEARCH_URL is set,
 * otherwise the embedded FTS5 engine in the app's own database (ADR 006).
 * Model writes reach it through `questionChanged` (search/sync.ts), in the
 * same transaction as the post.
 */
const globalForSearch = globalThis as typeof globalThis & { __coupDeMainSearch?: SearchEngine };

/**
 * Where model writes go (the embedded index or the Meilisearch outbox): set
 * at start-up before anything writes, even before the database is migrated.
 */
export function chooseSearchMode() {
  setSearchMode(getEnv().MEILISEARCH_URL ? "meilisearch" : "embedded");
}

export function getSearchEngine(): SearchEngine {
  globalForSearch.__coupDeMainSearch ??= createEngine();
  return globalForSearch.__coupDeMainSearch;
}

function createEngine(): SearchEngine {
  const env = getEnv();
  chooseSearchMode();
  if (env.MEILISEARCH_URL) {
    return createMeilisearchEngine({
      url: env.MEILISEARCH_URL,
      apiKey: env.MEILISEARCH_API_KEY,
    });
  }
  return createEmbeddedEngine(getDb());
}
