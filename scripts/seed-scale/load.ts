import type { AppDatabase } from "#db/client";
import type { Progress } from "#db/progress";
import { loadCorpusPlaces } from "#scripts/bench/search-corpus";
import { importBatch } from "#app/models/transfer/import.server";
import { followHome } from "#app/models/notifications/follows.server";
import { onAnswerPosted } from "#app/models/notifications/events.server";
import { createSearch } from "#search/create-search";
import { rebuildIndex } from "#search/reindex";
import { createCommunity, type CommunityOptions } from "./community";

/** The import source the records are remembered under. */
export const SEED_SOURCE = "seed-scale";
/** Share of members who keep following their home (the others unfollowed it). */
const FOLLOWING_HOME = 0.3;
const MEMBERS_A_BATCH = 5_000;
const QUESTIONS_A_BATCH = 500;

export type SeedReport = { seconds: Record<string, number>; rows: Record<string, number> };

/**
 * Fills a migrated database whose places are imported with a deterministic
 * community. Records go through the import's own code, a batch a
 * transaction, with the search index left aside and built once at the end by
 * the rebuild's bulk loader; the content-version triggers of the page cache
 * (ADR 022) are dropped while loading and put back, since no page is cached
 * yet. Follows come last, so loading questions does not notify their
 * followers by the thousand; askers are notified of their answers.
 */
export async function seedScale(
  db: AppDatabase,
  options: CommunityOptions,
  progress: Progress,
): Promise<SeedReport> {
  const seconds: Record<string, number> = {};
  const timed = async (label: string, step: () => unknown) => {
    const startedAt = performance.now();
    await step();
    seconds[label] = Math.round((performance.now() - startedAt) / 100) / 10;
  };
  const community = createCommunity(loadCorpusPlaces(db), options);
  // The index is built at the end: nothing to keep in step meanwhile.
  const store = { db, search: { questionChanged() {}, organisationsChanged() {} } };
  const sqlite = db.$client;
  const triggers = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content_versions_%'",
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
  sqlite.pragma("synchronous = OFF");
  try {
    await timed("members", () =>
      inBatches(progress, "Members", options.members, MEMBERS_A_BATCH, (from, to) =>
        importBatch(store, SEED_SOURCE, range(from, to).map(community.memberLine)),
      ),
    );
    // An import does not notify (it brings the past in); a living community's askers heard of
    // their answers: each answer's own notification, as answering makes it.
    const answersSince = sqlite
      .prepare(
        "SELECT rowid, local_id FROM imported_records WHERE source = ? AND type = 'answer' AND rowid > ? ORDER BY rowid",
      )
      .raw();
    let lastAnswer = 0;
    const notifyAnswers = () => {
      for (const [rowid, answerId] of answersSince.all(SEED_SOURCE, lastAnswer) as [
        number,
        string,
      ][]) {
        onAnswerPosted(db, Number(answerId));
        lastAnswer = rowid;
      }
    };
    await timed("questions", () =>
      inBatches(
        progress,
        "Questions and their threads",
        options.questions,
        QUESTIONS_A_BATCH,
        (from, to) => {
          importBatch(store, SEED_SOURCE, range(from, to).flatMap(community.questionLines));
          db.transaction(notifyAnswers);
        },
      ),
    );
    await timed("follows", () => {
      const followers = sqlite
        .prepare(
          "SELECT local_id FROM imported_records WHERE source = ? AND type = 'member' ORDER BY rowid",
        )
        .pluck()
        .all(SEED_SOURCE) as string[];
      const chosen = followers.filter((_, i) => i % Math.round(1 / FOLLOWING_HOME) === 0);
      return inBatches(progress, "Follows", chosen.length, MEMBERS_A_BATCH, (from, to) =>
        db.transaction(() => {
          for (const userId of chosen.slice(from - 1, to - 1)) followHome(db, userId);
        }),
      );
    });
  } finally {
    for (const { sql } of triggers) sqlite.exec(sql);
    sqlite.pragma("synchronous = NORMAL");
  }
  await timed("search index", () =>
    rebuildIndex(db, createSearch(db, { meilisearch: null }).engine, {
      onProgress: progress.track("Search index"),
    }),
  );
  await timed("analyze", () => sqlite.exec("ANALYZE"));
  progress.stop();
  const count = (table: string) =>
    sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const rows = Object.fromEntries(
    [
      "users",
      "questions",
      "answers",
      "comments",
      "votes",
      "reputation_events",
      "notifications",
      "follows",
      "search_documents",
    ].map((table) => [table, count(table)]),
  );
  return { seconds, rows };
}

/** Items 1…total by batches of `size`, one bar step: `run(from, to)` for [from, to). */
function inBatches(
  progress: Progress,
  label: string,
  total: number,
  size: number,
  run: (from: number, to: number) => unknown,
) {
  progress.step(label, total);
  for (let from = 1; from <= total; from += size) {
    const to = Math.min(total + 1, from + size);
    run(from, to);
    progress.update(to - 1);
  }
}

function range(from: number, to: number) {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
