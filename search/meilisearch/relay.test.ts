/**
 * The outbox relay's bookkeeping, without a Meilisearch server. The engine
 * below is NOT a fake Meilisearch: it is a stand-in for the relay's input (any
 * `SearchEngine`), which records what the relay sends and rejects the
 * documents it is told to, so each test can say what the relay must do then.
 * How Meilisearch itself answers is tested by engine.test.ts, against a real
 * server.
 */
import { eq } from "drizzle-orm";
import { MeilisearchRequestError } from "meilisearch";
import { afterEach, describe, expect, it } from "vitest";
import type { AppDatabase } from "#db/client";
import { questions, searchOutbox } from "#db/schema";
import { insertPlace } from "#test/factories";
import { openEmptyDatabase } from "#test/databases";
import { insertQuestion } from "#app/models/questions/ask.server";
import { memberFactory } from "#test/members";
import type { SearchEngine } from "#search/engine";
import { outboxLag, relayOutbox, retryDelayMs, startOutboxRelay } from "./relay";
import { embeddedStore } from "#test/store";

const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);

type RecordingEngine = SearchEngine & { upserts: number[][]; removals: number[][] };

function recordingEngine({
  rejectIds = [] as number[],
  error = undefined as (() => unknown) | undefined,
  onUpsert = (_ids: number[]): void | Promise<void> => {},
} = {}): RecordingEngine {
  const engine: RecordingEngine = {
    name: "meilisearch",
    upserts: [],
    removals: [],
    async upsert(documents) {
      const ids = documents.map((document) => document.id);
      engine.upserts.push(ids);
      await onUpsert(ids);
      if (error) throw error();
      const rejected = ids.find((id) => rejectIds.includes(id));
      if (rejected !== undefined) throw new Error(`invalid_document: question ${rejected}`);
    },
    async remove(ids) {
      engine.removals.push(ids);
      if (error) throw error();
    },
    async search() {
      throw new Error("the relay never searches");
    },
    async clear() {},
  };
  return engine;
}

const databases: AppDatabase[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) db.$client.close();
});

/** A database with `count` questions, and an outbox holding exactly the rows `queue` puts in it. */
function setup(count: number) {
  const db = openEmptyDatabase();
  const store = embeddedStore(db);
  databases.push(db);
  const place = insertPlace(db, { lat: 47.3, lng: -2.05 });
  const author = memberFactory(db)(place.id);
  const ids = Array.from({ length: count }, (_, i) => {
    const question = insertQuestion(store, {
      authorId: author.id,
      placeId: place.id,
      kind: "help",
      category: "pret",
      title: `Qui peut me prêter une échelle, numéro ${i + 1} ?`,
      body: "Pour nettoyer les gouttières samedi.",
      tags: ["echelle"],
    });
    return question.id;
  });
  // Whatever the models queued, the tests state the outbox themselves.
  db.delete(searchOutbox).run();
  const queue = (questionId: number, changedAt: number) =>
    db
      .insert(searchOutbox)
      .values({ questionId, changedAt: new Date(changedAt) })
      .onConflictDoUpdate({
        target: searchOutbox.questionId,
        set: { changedAt: new Date(changedAt), attempts: 0, nextAttemptAt: 0, lastError: null },
      })
      .run();
  const outbox = () => db.select().from(searchOutbox).orderBy(searchOutbox.questionId).all();
  return { db, ids, queue, outbox };
}

describe("relayOutbox", () => {
  it("sends the current state: one batched upsert and one batched delete, then empties the outbox", async () => {
    const { db, ids, queue, outbox } = setup(3);
    const [a, b, c] = ids as [number, number, number];
    db.update(questions)
      .set({ deletedAt: new Date(T0) })
      .where(eq(questions.id, b))
      .run();
    const neverExisted = 999_999;
    queue(a, T0);
    queue(b, T0 + 1);
    queue(c, T0 + 2);
    queue(neverExisted, T0 + 3);
    const engine = recordingEngine();

    const report = await relayOutbox(db, engine, { now: T0 + 10 });

    expect(engine.upserts).toEqual([[a, c]]);
    expect(engine.removals).toEqual([[b, neverExisted]]);
    expect(report).toEqual({ due: 4, upserted: 2, deleted: 2, failed: 0, requeued: 0 });
    expect(outbox()).toEqual([]);
  });

  it("reads at most one batch, the oldest changes first", async () => {
    const { db, ids, queue, outbox } = setup(3);
    const [a, b, c] = ids as [number, number, number];
    queue(c, T0);
    queue(a, T0 + 1);
    queue(b, T0 + 2);
    const engine = recordingEngine();

    expect(await relayOutbox(db, engine, { batchSize: 2, now: T0 + 10 })).toMatchObject({ due: 2 });
    expect(engine.upserts).toEqual([[c, a]]);
    expect(outbox().map((row) => row.questionId)).toEqual([b]);

    expect(await relayOutbox(db, engine, { batchSize: 2, now: T0 + 10 })).toMatchObject({ due: 1 });
    expect(engine.upserts).toEqual([[c, a], [b]]);
    expect(outbox()).toEqual([]);
  });

  it("isolates a bad document by splitting the batch; the others go through", async () => {
    const { db, ids, queue, outbox } = setup(4);
    const [a, b, c, d] = ids as [number, number, number, number];
    ids.forEach((id, i) => queue(id, T0 + i));
    const engine = recordingEngine({ rejectIds: [c] });

    const report = await relayOutbox(db, engine, { now: T0 + 10 });

    expect(engine.upserts).toEqual([[a, b, c, d], [a, b], [c, d], [c], [d]]);
    expect(report).toMatchObject({ due: 4, upserted: 3, failed: 1 });
    expect(outbox()).toEqual([
      {
        questionId: c,
        changedAt: new Date(T0 + 2),
        attempts: 1,
        nextAttemptAt: T0 + 10 + 10_000,
        lastError: `Error: invalid_document: question ${c}`,
      },
    ]);
  });

  it("retries a failed document with a growing backoff, until it goes through", async () => {
    const { db, ids, queue, outbox } = setup(1);
    const [a] = ids as [number];
    queue(a, T0);
    const failing = recordingEngine({ rejectIds: [a] });

    await relayOutbox(db, failing, { now: T0 });
    expect(outbox()[0]).toMatchObject({ attempts: 1, nextAttemptAt: T0 + 10_000 });

    // Not due yet: nothing is sent.
    expect(await relayOutbox(db, failing, { now: T0 + 9_999 })).toMatchObject({ due: 0 });
    expect(failing.upserts).toHaveLength(1);

    await relayOutbox(db, failing, { now: T0 + 10_000 });
    expect(outbox()[0]).toMatchObject({ attempts: 2, nextAttemptAt: T0 + 10_000 + 20_000 });

    const fixed = recordingEngine();
    await relayOutbox(db, fixed, { now: T0 + 30_000 });
    expect(fixed.upserts).toEqual([[a]]);
    expect(outbox()).toEqual([]);
  });

  it("keeps a row whose question changed again while it was being sent", async () => {
    const { db, ids, queue, outbox } = setup(2);
    const [a, b] = ids as [number, number];
    queue(a, T0);
    queue(b, T0 + 1);
    // What questionChanged does when the question is edited during the send.
    const engine = recordingEngine({ onUpsert: () => void queue(a, T0 + 5) });

    const report = await relayOutbox(db, engine, { now: T0 + 10 });

    expect(report).toMatchObject({ upserted: 2, requeued: 1 });
    expect(outbox()).toEqual([
      {
        questionId: a,
        changedAt: new Date(T0 + 5),
        attempts: 0,
        nextAttemptAt: 0,
        lastError: null,
      },
    ]);
    // The next run sends the newer state and clears it.
    await relayOutbox(db, recordingEngine(), { now: T0 + 20 });
    expect(outbox()).toEqual([]);
  });

  it("does not split a batch when Meilisearch is unreachable: the whole batch waits", async () => {
    const { db, ids, queue, outbox } = setup(3);
    ids.forEach((id, i) => queue(id, T0 + i));
    const engine = recordingEngine({
      error: () => new MeilisearchRequestError("http://localhost:7700", new Error("ECONNREFUSED")),
    });

    const report = await relayOutbox(db, engine, { now: T0 + 10 });

    expect(engine.upserts).toHaveLength(1);
    expect(report).toMatchObject({ due: 3, upserted: 0, failed: 3 });
    expect(outbox().map((row) => [row.attempts, row.nextAttemptAt])).toEqual([
      [1, T0 + 10_010],
      [1, T0 + 10_010],
      [1, T0 + 10_010],
    ]);
  });
});

describe("retryDelayMs", () => {
  it("doubles from 10 s and stops at one hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(9)).toBe(2_560_000);
    expect(retryDelayMs(10)).toBe(3_600_000);
    expect(retryDelayMs(50)).toBe(3_600_000);
  });
});

describe("outboxLag", () => {
  it("counts the waiting changes, the failing ones, and the age of the oldest", async () => {
    const { db, ids, queue } = setup(2);
    const [a, b] = ids as [number, number];
    expect(outboxLag(db, T0)).toEqual({ pending: 0, failing: 0, oldestAgeSeconds: 0 });

    queue(a, T0);
    queue(b, T0 + 30_000);
    await relayOutbox(db, recordingEngine({ rejectIds: [a, b] }), {
      batchSize: 1,
      now: T0 + 60_000,
    });

    expect(outboxLag(db, T0 + 90_000)).toEqual({ pending: 2, failing: 1, oldestAgeSeconds: 90 });
  });
});

describe("startOutboxRelay", () => {
  it("drains the outbox on a timer, one run at a time, until stopped", async () => {
    const { db, ids, queue, outbox } = setup(3);
    ids.forEach((id, i) => queue(id, Date.now() - 1000 + i));
    let inFlight = 0;
    let mostInFlight = 0;
    const engine = recordingEngine({
      onUpsert: async () => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
      },
    });

    const stop = startOutboxRelay(db, engine, { intervalMs: 5, batchSize: 1 });
    await expect.poll(() => outbox().length, { timeout: 2000 }).toBe(0);
    await stop();

    expect(engine.upserts.flat().sort((x, y) => x - y)).toEqual(ids);
    expect(mostInFlight).toBe(1);
    // Stopped: a new change stays queued.
    queue(ids[0]!, Date.now());
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(outbox()).toHaveLength(1);
  });
});
