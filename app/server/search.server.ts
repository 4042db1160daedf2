import type { AppDatabase } from "#db/client";
import { createSearch, type Search, type SearchSettings } from "#search/create-search";
import type { SearchWriter } from "#search/engine";
import { outboxLag } from "#search/meilisearch/relay";
import { getDb } from "./db.server";
import { getEnv, type Env } from "./env.server";

/**
 * What a model that changes questions is given: the database and the search
 * writer that keeps the index in step, inside the same transaction.
 */
export type Store = { db: AppDatabase; search: SearchWriter };

/** Meilisearch when MEILISEARCH_URL is set, otherwise the embedded engine (ADR 006). */
export function searchSettings(env: Env): SearchSettings {
  return {
    meilisearch: env.MEILISEARCH_URL
      ? { url: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }
      : null,
  };
}

let search: Search | undefined;

/**
 * The search of this process, made from the settings on first use. The
 * server entry and the Remix build each hold one (two copies of this
 * module); both are made from the same settings, so they agree.
 */
export function getSearch(): Search {
  search ??= createSearch(getDb(), searchSettings(getEnv()));
  return search;
}

export function getStore(): Store {
  return { db: getDb(), search: getSearch().writer };
}

/** For /healthz: the engine, and with Meilisearch how far its outbox is behind. */
export function searchHealth(db: AppDatabase) {
  const engine = getSearch().engine.name;
  return engine === "meilisearch" ? { engine, outbox: outboxLag(db) } : { engine };
}
