/**
 * Rebuilding a search index from the questions (`npm run search:reindex`,
 * ADR 006): after an upgrade that changes what is indexed, or to repair.
 */
import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client";
import { buildDocumentsByKey, countIndexableDocuments, documentKeyBatches } from "./documents";
import type { SearchDocument, SearchEngine } from "./engine";
import { createPreparer } from "#search/embedded/preparer";
import {
  clearIndex,
  indexFormatIsCurrent,
  optimizeIndex,
  recordIndexedTerms,
  writePreparedDocuments,
  type PreparedDocument,
} from "#search/embedded/store";

export type ReindexOptions = {
  /** Called with 0 first, then after each batch. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
};

export type ReindexResult = { indexed: number; ms: number };

/**
 * Fills the embedded index from scratch, the fast way (ADR 009): emptied
 * first; each batch prepared (tokenized) in a worker thread while the
 * previous one is written, one transaction per batch; the vocabulary
 * recorded once at the end from the index itself, commonest words first;
 * then the index's b-trees merged into one. The rebuild and the benchmark
 * both load through it.
 *
 * `keep`, called inside each batch's write transaction, leaves out
 * documents that changed since they were read (the rebuild's check).
 */
export function embeddedBulkLoader(
  sqlite: Database.Database,
  { keep }: { keep?: (documents: PreparedDocument[]) => PreparedDocument[] } = {},
) {
  sqlite.transaction(() => clearIndex(sqlite))();
  const preparer = createPreparer();
  let written = 0;
  let previous: Promise<void> = Promise.resolve();
  const write = (prepared: PreparedDocument[]) =>
    sqlite.transaction(() => {
      const kept = keep ? keep(prepared) : prepared;
      writePreparedDocuments(sqlite, kept, { recordTerms: false });
      written += kept.length;
    })();
  return {
    /**
     * Queues a batch. Resolves once the batch before it is written, so the
     * caller reads or builds the next one while this one is prepared.
     */
    async add(documents: SearchDocument[]) {
      const prepared = preparer.prepare(documents);
      await previous;
      previous = prepared.then(write);
      // Awaited by the next call or by `finish`; not an unhandled rejection meanwhile.
      previous.catch(() => undefined);
    },
    /** Stops the worker thread after a failure, without waiting for what is queued. */
    abort: () => preparer.close(),
    /** Waits for the last batch, then records the vocabulary and merges the index; the documents written. */
    async finish(): Promise<number> {
      try {
        await previous;
      } finally {
        await preparer.close();
      }
      sqlite.transaction(() => recordIndexedTerms(sqlite))();
      optimizeIndex(sqlite);
      return written;
    },
  };
}

/**
 * Empties the embedded index, then indexes every live question and every
 * listing, one
 * transaction per batch so the app's own writes (which keep the index in
 * step as they happen) are never blocked for long. Searches made while it
 * runs see only the questions indexed so far.
 *
 * A batch is read before it is written (the worker prepares it meanwhile),
 * so each write keeps only the questions still live and not indexed since
 * the index was emptied: those the app deleted, or wrote itself with a
 * newer text, in between.
 */
export async function rebuildEmbeddedIndex(
  db: AppDatabase,
  { onProgress, batchSize = 500 }: ReindexOptions = {},
): Promise<ReindexResult> {
  const startedAt = performance.now();
  const sqlite = db.$client;
  const total = countIndexableDocuments(db);
  onProgress?.(0, total);
  // Keys: a question's id, or minus a listing's (`documentKey`).
  const live = sqlite
    .prepare(
      `SELECT id FROM questions WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
       UNION ALL
       SELECT -id FROM organisations WHERE id IN (SELECT -value FROM json_each(?))`,
    )
    .pluck();
  const indexed = sqlite
    .prepare("SELECT id FROM search_documents WHERE id IN (SELECT value FROM json_each(?))")
    .pluck();
  const loader = embeddedBulkLoader(sqlite, {
    keep(prepared) {
      const ids = JSON.stringify(prepared.map((document) => document.id));
      const stillLive = new Set(live.all(ids, ids) as number[]);
      const newer = new Set(indexed.all(ids) as number[]);
      return prepared.filter((document) => stillLive.has(document.id) && !newer.has(document.id));
    },
  });
  let read = 0;
  try {
    for (const keys of documentKeyBatches(db, batchSize)) {
      const documents = buildDocumentsByKey(db, keys);
      read += documents.length;
      await loader.add(documents);
      onProgress?.(read, Math.max(total, read));
    }
  } catch (error) {
    await loader.abort();
    throw error;
  }
  const written = await loader.finish();
  return { indexed: written, ms: Math.round(performance.now() - startedAt) };
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
  if (engine.name === "embedded") return await rebuildEmbeddedIndex(db, { onProgress, batchSize });
  const startedAt = performance.now();
  const total = countIndexableDocuments(db);
  onProgress?.(0, total);
  await engine.clear();
  let indexed = 0;
  for (const keys of documentKeyBatches(db, batchSize)) {
    const documents = buildDocumentsByKey(db, keys);
    await engine.upsert(documents);
    indexed += documents.length;
    onProgress?.(indexed, Math.max(total, indexed));
  }
  return { indexed, ms: Math.round(performance.now() - startedAt) };
}

/**
 * True when the embedded index holds fewer documents than there are live
 * questions and listings (a database from before search existed, or a restored backup),
 * or was written in an older format (INDEX_FORMAT in search/embedded/store.ts).
 * The server then builds the index at start-up.
 */
export function embeddedIndexIsBehind(db: AppDatabase) {
  if (!indexFormatIsCurrent(db.$client)) return true;
  const indexed = db.$client
    .prepare("SELECT count(*) FROM search_documents")
    .pluck()
    .get() as number;
  return indexed < countIndexableDocuments(db);
}
