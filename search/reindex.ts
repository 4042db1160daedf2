/**
 * Rebuilding a search index from the questions (`npm run search:reindex`,
 * ADR 006): after an upgrade that changes what is indexed, or to repair.
 */
import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client";
import { buildSearchDocuments, countLiveQuestions, questionIdBatches } from "./documents";
import type { SearchDocument, SearchEngine } from "./engine";
import {
  clearIndex,
  indexFormatIsCurrent,
  optimizeIndex,
  recordIndexedTerms,
  writeDocuments,
} from "./embedded/store";

export type ReindexOptions = {
  /** Called with 0 first, then after each batch. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
};

export type ReindexResult = { indexed: number; ms: number };

/**
 * Fills the embedded index from scratch, the fast way: emptied first, one
 * transaction per batch (each batch's documents built inside it, so a post
 * edited meanwhile is read as it is when written), the vocabulary recorded
 * once at the end from the index itself, commonest words first, then the
 * index's b-trees merged into one. The rebuild and the benchmark both load
 * through it.
 */
export function embeddedBulkLoader(sqlite: Database.Database) {
  sqlite.transaction(() => clearIndex(sqlite))();
  return {
    /** Writes the documents `build` returns, in one transaction; their count. */
    add(build: () => SearchDocument[]): number {
      return sqlite.transaction(() => {
        const documents = build();
        writeDocuments(sqlite, documents, { recordTerms: false });
        return documents.length;
      })();
    },
    finish() {
      sqlite.transaction(() => recordIndexedTerms(sqlite))();
      optimizeIndex(sqlite);
    },
  };
}

/**
 * Empties the embedded index, then indexes every live question, one
 * transaction per batch so the app's own writes (which keep the index in
 * step as they happen) are never blocked for long. Searches made while it
 * runs see only the questions indexed so far.
 */
export function rebuildEmbeddedIndex(
  db: AppDatabase,
  { onProgress, batchSize = 500 }: ReindexOptions = {},
): ReindexResult {
  const startedAt = performance.now();
  const total = countLiveQuestions(db);
  onProgress?.(0, total);
  const loader = embeddedBulkLoader(db.$client);
  let indexed = 0;
  for (const ids of questionIdBatches(db, batchSize)) {
    indexed += loader.add(() => buildSearchDocuments(db, ids));
    onProgress?.(indexed, Math.max(total, indexed));
  }
  loader.finish();
  return { indexed, ms: Math.round(performance.now() - startedAt) };
}

/**
 * Rebuilds the index of any engine: the extension point of the CLI. The
 * embedded engine has its fast path above; another engine (Meilisearch) gets
 * the same documents through its `clear` and `upsert`, or its own rebuild
 * can be plugged in here.
 */
export async function rebuildIndex(
  db: AppDatabase,
  engine: SearchEngine,
  { onProgress, batchSize = 500 }: ReindexOptions = {},
): Promise<ReindexResult> {
  if (engine.name === "embedded") return rebuildEmbeddedIndex(db, { onProgress, batchSize });
  const startedAt = performance.now();
  const total = countLiveQuestions(db);
  onProgress?.(0, total);
  await engine.clear();
  let indexed = 0;
  for (const ids of questionIdBatches(db, batchSize)) {
    const documents = buildSearchDocuments(db, ids);
    await engine.upsert(documents);
    indexed += documents.length;
    onProgress?.(indexed, Math.max(total, indexed));
  }
  return { indexed, ms: Math.round(performance.now() - startedAt) };
}

/**
 * True when the embedded index holds fewer documents than there are live
 * questions (a database from before search existed, or a restored backup),
 * or was written in an older format (INDEX_FORMAT in search/embedded/store.ts).
 * The server then builds the index at start-up.
 */
export function embeddedIndexIsBehind(db: AppDatabase) {
  if (!indexFormatIsCurrent(db.$client)) return true;
  const indexed = db.$client
    .prepare("SELECT count(*) FROM search_documents")
    .pluck()
    .get() as number;
  return indexed < countLiveQuestions(db);
}
