/**
 * The relay of the Meilisearch engine's transactional outbox (ADR 006). Every
 * change to a question writes a `search_outbox` row in the same transaction
 * (search/meilisearch/outbox.ts); the relay reads the due rows, builds each
 * question's current state (state-based: no diff, so replaying is harmless),
 * sends one batched upsert and one batched delete, and removes the rows once
 * Meilisearch has applied them. A row is removed only if it still has the
 * `changedAt` the relay read: a change made meanwhile stays queued.
 */
import { and, asc, count, eq, gt, lte, min, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { searchOutbox } from "#db/schema";
import { buildDocumentsByKey } from "#search/documents";
import { documentKey, type SearchDocument, type SearchEngine } from "#search/engine";
import { isMeilisearchUnavailable } from "./engine";
import { repeatEvery } from "#app/domain/repeat.server";

const FIRST_RETRY_MS = 10_000;
const MAX_RETRY_MS = 60 * 60 * 1000;
const MAX_ERROR_LENGTH = 1000;

type OutboxRow = typeof searchOutbox.$inferSelect;

export type RelayOptions = {
  /** Rows read (and documents sent) per call. */
  batchSize?: number;
  /** The current time (tests); defaults to now. */
  now?: Date | number;
};

export type RelayReport = {
  /** Due rows read from the outbox. */
  due: number;
  upserted: number;
  deleted: number;
  /** Rows that failed and were put back with a backoff. */
  failed: number;
  /** Rows sent but kept, because the question changed again meanwhile. */
  requeued: number;
};

/** The wait before the next attempt, after `attempts` failed ones: 10 s, 20 s, 40 s… up to 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

/**
 * Sends `items`; when the engine rejects the batch, splits it in two and
 * tries each half, down to the single bad item, so one bad document cannot
 * hold back the others. When the engine is unreachable, splitting would only
 * multiply the failures: the whole batch waits for the next attempt.
 */
async function deliver<T>(
  items: T[],
  send: (items: T[]) => Promise<void>,
  outcome: { sent: T[]; failed: Array<{ item: T; error: unknown }> },
): Promise<void> {
  if (items.length === 0) return;
  try {
    await send(items);
    outcome.sent.push(...items);
  } catch (error) {
    if (items.length === 1 || isMeilisearchUnavailable(error)) {
      outcome.failed.push(...items.map((item) => ({ item, error })));
      return;
    }
    const middle = Math.ceil(items.length / 2);
    await deliver(items.slice(0, middle), send, outcome);
    await deliver(items.slice(middle), send, outcome);
  }
}

type Built = { row: OutboxRow; document: SearchDocument | null; error?: unknown };

/**
 * Each row's current document (null: the question or listing is gone; a
 * row's `questionId` is a document key, see outbox.ts), read in one go; if
 * that fails, one by one, so a document that cannot be read only holds back
 * itself.
 */
function buildDocuments(db: AppDatabase, rows: OutboxRow[]): Built[] {
  try {
    const documents = new Map(
      buildDocumentsByKey(
        db,
        rows.map((row) => row.questionId),
      ).map((document) => [documentKey(document), document]),
    );
    return rows.map((row) => ({ row, document: documents.get(row.questionId) ?? null }));
  } catch {
    return rows.map((row) => {
      try {
        return { row, document: buildDocumentsByKey(db, [row.questionId])[0] ?? null };
      } catch (error) {
        return { row, document: null, error };
      }
    });
  }
}

/** Sends one batch of due outbox rows to the engine; see the module comment. */
export async function relayOutbox(
  db: AppDatabase,
  engine: SearchEngine,
  { batchSize = 500, now = Date.now() }: RelayOptions = {},
): Promise<RelayReport> {
  const nowMs = typeof now === "number" ? now : now.getTime();
  const rows = db
    .select()
    .from(searchOutbox)
    .where(lte(searchOutbox.nextAttemptAt, nowMs))
    .orderBy(asc(searchOutbox.changedAt), asc(searchOutbox.questionId))
    .limit(batchSize)
    .all();
  const report: RelayReport = { due: rows.length, upserted: 0, deleted: 0, failed: 0, requeued: 0 };
  if (rows.length === 0) return report;

  // Built after the rows were read, so each document is at least as new as its row.
  const upserts: Array<{ row: OutboxRow; document: SearchDocument }> = [];
  const deletes: OutboxRow[] = [];
  const failed: Array<{ row: OutboxRow; error: unknown }> = [];
  for (const { row, document, error } of buildDocuments(db, rows)) {
    if (error !== undefined) failed.push({ row, error });
    else if (document) upserts.push({ row, document });
    else deletes.push(row);
  }

  const upserted = {
    sent: [] as typeof upserts,
    failed: [] as Array<{ item: (typeof upserts)[number]; error: unknown }>,
  };
  await deliver(upserts, (items) => engine.upsert(items.map((item) => item.document)), upserted);
  const deleted = {
    sent: [] as OutboxRow[],
    failed: [] as Array<{ item: OutboxRow; error: unknown }>,
  };
  await deliver(deletes, (items) => engine.remove(items.map((row) => row.questionId)), deleted);

  failed.push(
    ...upserted.failed.map(({ item, error }) => ({ row: item.row, error })),
    ...deleted.failed.map(({ item, error }) => ({ row: item, error })),
  );
  const sent = [...upserted.sent.map((item) => item.row), ...deleted.sent];
  report.upserted = upserted.sent.length;
  report.deleted = deleted.sent.length;
  report.failed = failed.length;

  db.transaction((tx) => {
    const unchanged = (row: OutboxRow) =>
      and(eq(searchOutbox.questionId, row.questionId), eq(searchOutbox.changedAt, row.changedAt));
    for (const row of sent) {
      const { changes } = tx.delete(searchOutbox).where(unchanged(row)).run();
      if (changes === 0) report.requeued += 1;
    }
    for (const { row, error } of failed) {
      // A row changed meanwhile keeps its new state and is due at once.
      tx.update(searchOutbox)
        .set({
          attempts: sql`${searchOutbox.attempts} + 1`,
          lastError: describeError(error),
          nextAttemptAt: nowMs + retryDelayMs(row.attempts + 1),
        })
        .where(unchanged(row))
        .run();
    }
  });
  return report;
}

export type OutboxRelayOptions = {
  /** Pause between two runs (default 1 s). */
  intervalMs?: number;
  batchSize?: number;
  /** Where errors of a run go (default console.error); the relay keeps running. */
  onError?: (error: unknown) => void;
};

/** Batches sent in one run at most, so a large backlog never starves the event loop for long. */
const MAX_BATCHES_PER_RUN = 20;

/**
 * Runs the relay in the server: a run drains what is due (a few batches at
 * most), then the next run is scheduled `intervalMs` after it ends, so two
 * runs never overlap. Returns `stop`, which waits for a run in progress.
 */
export function startOutboxRelay(
  db: AppDatabase,
  engine: SearchEngine,
  {
    intervalMs = 1000,
    batchSize = 500,
    onError = (error) => console.error("search outbox relay:", error),
  }: OutboxRelayOptions = {},
): () => Promise<void> {
  return repeatEvery(
    intervalMs,
    async (isStopped) => {
      for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !isStopped(); batch += 1) {
        const report = await relayOutbox(db, engine, { batchSize });
        if (report.due < batchSize) break;
      }
    },
    onError,
  );
}

export type OutboxLag = {
  /** Rows waiting to be sent. */
  pending: number;
  /** Of those, rows that failed at least once. */
  failing: number;
  /** Age of the oldest waiting change, in seconds (0 when none). */
  oldestAgeSeconds: number;
};

/** How far Meilisearch is behind the database, for /healthz. */
export function outboxLag(db: AppDatabase, now: Date | number = Date.now()): OutboxLag {
  const nowMs = typeof now === "number" ? now : now.getTime();
  const row = db
    .select({ pending: count(), oldest: min(searchOutbox.changedAt) })
    .from(searchOutbox)
    .get();
  const failing = db
    .select({ n: count() })
    .from(searchOutbox)
    .where(gt(searchOutbox.attempts, 0))
    .get();
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : nowMs;
  return {
    pending: row?.pending ?? 0,
    failing: failing?.n ?? 0,
    oldestAgeSeconds: Math.max(0, Math.round((nowMs - oldest) / 1000)),
  };
}
