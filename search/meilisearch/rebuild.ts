/**
 * Rebuilds the Meilisearch index from the database without a moment of empty
 * or half-filled results (ADR 006): a temporary index is filled and given the
 * settings, then swapped with the live one in one atomic step, and the old
 * one is deleted. Searches keep hitting the complete old index meanwhile.
 */
import { createHash } from "node:crypto";
import type { IndexSwap, Meilisearch } from "meilisearch";
import type { AppDatabase } from "#db/client";
import {
  buildDocumentsByKey,
  countIndexableDocuments,
  documentKeyBatches,
} from "#search/documents";
import { documentKey, type SearchDocument } from "#search/engine";
import {
  createMeilisearchClient,
  ensureIndex,
  ensureSettings,
  meiliId,
  succeeded,
  toMeiliDocument,
  type MeilisearchConfig,
} from "./engine";

/** Long enough for a large batch on a busy server. */
const REBUILD_TASK_TIMEOUT_MS = 10 * 60 * 1000;
/** Temporary indexes left by a rebuild that crashed are deleted after this long. */
const STALE_TEMPORARY_INDEX_MS = 24 * 60 * 60 * 1000;

export type RebuildOptions = {
  /** Documents per `addDocuments` call. */
  batchSize?: number;
  /** Called as documents are sent: `step` is "index" (the fill) then "catch-up". */
  onProgress?: (progress: { step: "index" | "catch-up"; done: number; total: number }) => void;
};

export type RebuildReport = {
  /** Documents in the new index after the swap. */
  indexed: number;
  /** Documents re-sent after the swap because they changed during the rebuild. */
  caughtUp: number;
};

function fingerprint(document: SearchDocument): string {
  return createHash("sha1").update(JSON.stringify(document)).digest("base64");
}

async function deleteStaleTemporaryIndexes(client: Meilisearch, liveUid: string, now: number) {
  const prefix = `${liveUid}_tmp_`;
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results) {
    const startedAt = Number(uid.slice(prefix.length));
    if (uid.startsWith(prefix) && startedAt < now - STALE_TEMPORARY_INDEX_MS) {
      await succeeded(client.deleteIndex(uid));
    }
  }
}

export async function rebuildMeilisearch(
  db: AppDatabase,
  config: MeilisearchConfig,
  { batchSize = 1000, onProgress = () => {} }: RebuildOptions = {},
): Promise<RebuildReport> {
  const client = createMeilisearchClient({
    ...config,
    taskTimeoutMs: config.taskTimeoutMs ?? REBUILD_TASK_TIMEOUT_MS,
  });
  const liveUid = config.indexName ?? "questions";
  const startedAt = Date.now();
  const temporaryUid = `${liveUid}_tmp_${startedAt}`;
  await deleteStaleTemporaryIndexes(client, liveUid, startedAt);

  // What the temporary index received, to find what changed during the rebuild.
  const sent = new Map<number, string>();
  try {
    await ensureSettings(client, temporaryUid);
    const temporary = client.index(temporaryUid);
    const total = countIndexableDocuments(db);
    let done = 0;
    onProgress({ step: "index", done, total });
    for (const ids of documentKeyBatches(db, batchSize)) {
      const documents = buildDocumentsByKey(db, ids);
      for (const document of documents) sent.set(documentKey(document), fingerprint(document));
      if (documents.length > 0) {
        await succeeded(temporary.addDocuments(documents.map(toMeiliDocument)));
      }
      done += ids.length;
      onProgress({ step: "index", done: Math.min(done, total), total });
    }

    // Swapping needs both indexes: the very first rebuild swaps with an empty one.
    await ensureIndex(client, liveUid);
    // No `rename` field: servers before v1.18 reject it, and false is the default.
    await succeeded(client.swapIndexes([{ indexes: [liveUid, temporaryUid] } as IndexSwap]));
  } finally {
    // Before the swap this uid names the unfinished new index; after it, the old
    // one. Tasks run in order, so even after a timed-out wait for the swap this
    // deletes the right one.
    await succeeded(client.deleteIndex(temporaryUid)).catch((error: unknown) => {
      console.error(`Could not delete the index ${temporaryUid}:`, error);
    });
  }

  // Changes made while the temporary index was filled went to the old live
  // index (the outbox relay kept running): send again whatever differs from
  // what the temporary index got. Later changes are the relay's, as usual.
  const live = client.index(liveUid);
  const total = countIndexableDocuments(db);
  const stillLive = new Set<number>();
  let caughtUp = 0;
  let done = 0;
  onProgress({ step: "catch-up", done, total });
  for (const ids of documentKeyBatches(db, batchSize)) {
    const changed = buildDocumentsByKey(db, ids).filter((document) => {
      stillLive.add(documentKey(document));
      return sent.get(documentKey(document)) !== fingerprint(document);
    });
    if (changed.length > 0) {
      await succeeded(live.addDocuments(changed.map(toMeiliDocument)));
      caughtUp += changed.length;
    }
    done += ids.length;
    onProgress({ step: "catch-up", done: Math.min(done, total), total });
  }
  const gone = [...sent.keys()].filter((key) => !stillLive.has(key));
  if (gone.length > 0) {
    await succeeded(live.deleteDocuments(gone.map((key) => String(meiliId(key)))));
  }
  return { indexed: stillLive.size, caughtUp: caughtUp + gone.length };
}
