import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/*
 * The app's own bookkeeping, not members' content: rate-limit counters, the
 * development mailbox, the import's memory of source ids, the search outbox.
 */

/** What the app would have emailed, when no SMTP_URL is set (development, demo): shown at /dev/mailbox. */
export const devMailbox = sqliteTable("dev_mailbox", {
  id: integer("id").primaryKey(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html").notNull(),
  createdAt: integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

/** Fixed-window counters for rate limits, shared by every process using the database. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: integer("reset_at").notNull(),
});

/**
 * Rows brought in by `npm run import`: the source's id for each local row, so
 * importing the same file again changes nothing.
 */
export const importedRecords = sqliteTable(
  "imported_records",
  {
    source: text("source").notNull(),
    type: text("type", {
      enum: ["member", "question", "answer", "vote", "comment", "organisation"],
    }).notNull(),
    sourceId: text("source_id").notNull(),
    localId: text("local_id").notNull(),
    importedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.source, table.type, table.sourceId] })],
);

/**
 * The transactional outbox of the Meilisearch engine: a row is written in the
 * same transaction as the change to a question (or its answers), and the relay
 * sends the question's current state (or its removal), then deletes the row.
 * One row per question: a newer change replaces an older one still waiting.
 */
export const searchOutbox = sqliteTable(
  "search_outbox",
  {
    questionId: integer("question_id").primaryKey(),
    changedAt: integer("changed_at", { mode: "timestamp_ms" }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** Not before this time (ms): the retry backoff after a failure. */
    nextAttemptAt: integer("next_attempt_at").notNull().default(0),
    lastError: text("last_error"),
  },
  (table) => [index("search_outbox_next_idx").on(table.nextAttemptAt)],
);

/**
 * A counter per piece of content that pages show (`question:42`, `area:189:-8`,
 * `member:…`, `listing:7`…), raised by triggers in the same transaction as
 * every write to it (migration 0013_content_versions): the page cache keeps
 * a page while the versions it was rendered from are unchanged (ADR 022).
 */
export const contentVersions = sqliteTable("content_versions", {
  key: text("key").primaryKey(),
  version: integer("version").notNull(),
});
