import { sql } from "drizzle-orm";
import type { Category, CloseReason, PostType, QuestionKind } from "#app/domain/questions";
import type { ReputationReason } from "#app/domain/reputation";
import type { ModerationState } from "#app/domain/moderation";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./members";
import { places } from "./places";

/*
 * Questions and what happens on them: tags, answers, comments, votes,
 * thanks, every revision, close votes, and the reputation ledger they feed.
 */

/**
 * A question, a request for help or an offer, asked in a place. Its point is
 * the place's centre, or the asker's position rounded to about 500 m; the
 * `questions_rtree` index (custom migration) follows it. Counters and the
 * score are caches of the answers and votes tables, written in the same
 * transaction as them.
 */
export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    kind: text("kind").$type<QuestionKind>().notNull(),
    category: text("category").$type<Category>().notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    body: text("body").notNull(),
    /** `body` rendered and sanitized, so pages never render Markdown per request. */
    bodyHtml: text("body_html").notNull(),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    positionShared: integer("position_shared", { mode: "boolean" }).notNull().default(false),
    /** For help requests: the day the help is needed by (YYYY-MM-DD). */
    neededBy: text("needed_by"),
    score: integer("score").notNull().default(0),
    upvoteCount: integer("upvote_count").notNull().default(0),
    answerCount: integer("answer_count").notNull().default(0),
    acceptedAnswerId: integer("accepted_answer_id"),
    closedReason: text("closed_reason").$type<CloseReason>(),
    duplicateOfId: integer("duplicate_of_id"),
    closedAt: integer("closed_at", { mode: "timestamp" }),
    closedById: text("closed_by_id").references(() => users.id),
    createdAt: createdAt(),
    editedAt: integer("edited_at", { mode: "timestamp" }),
    lastActivityAt: integer("last_activity_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    deletedById: text("deleted_by_id").references(() => users.id),
    /** Set with `deletedAt` when moderation removed the post; null when its author deleted it. */
    moderationState: text("moderation_state").$type<ModerationState>(),
    /** The reason the author sees for a moderation removal. */
    moderationReason: text("moderation_reason"),
    /** A locked question takes no new answers, comments or votes. */
    lockedAt: integer("locked_at", { mode: "timestamp" }),
    lockedById: text("locked_by_id").references(() => users.id),
  },
  (table) => [
    index("questions_place_created_idx").on(table.placeId, table.createdAt),
    index("questions_author_idx").on(table.authorId),
    index("questions_created_idx").on(table.createdAt),
  ],
);

export const questionTags = sqliteTable(
  "question_tags",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.questionId, table.tag] }),
    index("question_tags_tag_idx").on(table.tag),
  ],
);

export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    score: integer("score").notNull().default(0),
    upvoteCount: integer("upvote_count").notNull().default(0),
    thanksCount: integer("thanks_count").notNull().default(0),
    createdAt: createdAt(),
    editedAt: integer("edited_at", { mode: "timestamp" }),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    deletedById: text("deleted_by_id").references(() => users.id),
    /** Set with `deletedAt` when moderation removed the post; null when its author deleted it. */
    moderationState: text("moderation_state").$type<ModerationState>(),
    /** The reason the author sees for a moderation removal. */
    moderationReason: text("moderation_reason"),
  },
  (table) => [
    index("answers_question_idx").on(table.questionId),
    index("answers_author_idx").on(table.authorId),
  ],
);

/** Short plain-text comments, on a question (`answerId` null) or on one of its answers. */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    answerId: integer("answer_id").references(() => answers.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    deletedById: text("deleted_by_id").references(() => users.id),
    /** Set with `deletedAt` when moderation removed the post; null when its author deleted it. */
    moderationState: text("moderation_state").$type<ModerationState>(),
    /** The reason the author sees for a moderation removal. */
    moderationReason: text("moderation_reason"),
  },
  (table) => [index("comments_question_idx").on(table.questionId)],
);

/** One vote per member and post, +1 or -1; changing it updates the row. */
export const votes = sqliteTable(
  "votes",
  {
    id: integer("id").primaryKey(),
    postType: text("post_type").$type<PostType>().notNull(),
    postId: integer("post_id").notNull(),
    voterId: text("voter_id")
      .notNull()
      .references(() => users.id),
    value: integer("value").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("votes_unique_idx").on(table.postType, table.postId, table.voterId),
    index("votes_voter_idx").on(table.voterId),
  ],
);

/** "Merci": once per member and answer. */
export const thanks = sqliteTable(
  "thanks",
  {
    answerId: integer("answer_id")
      .notNull()
      .references(() => answers.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.answerId, table.userId] })],
);

/**
 * The reputation ledger: every gain and loss, with the action that caused it
 * (`actionKey`, e.g. "vote:12"). Rows are never updated except to mark them
 * reversed; undoing an action appends a reversal row, so the history stays
 * auditable and `users.reputation` is always the sum of `points`.
 */
export const reputationEvents = sqliteTable(
  "reputation_events",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").$type<ReputationReason>().notNull(),
    /** What the rule gives; `points` is what was awarded after the daily caps. */
    rulePoints: integer("rule_points").notNull(),
    points: integer("points").notNull(),
    actionKey: text("action_key").notNull(),
    postType: text("post_type").$type<PostType>(),
    postId: integer("post_id"),
    actorId: text("actor_id").references(() => users.id),
    /** The calendar day in Paris (YYYY-MM-DD) the daily caps count against. */
    day: text("day").notNull(),
    reversesId: integer("reverses_id"),
    reversedAt: integer("reversed_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("reputation_events_user_day_idx").on(table.userId, table.day),
    index("reputation_events_action_idx").on(table.actionKey),
  ],
);

/** Every version of a post, the first one included, for the history and diff pages. */
export const postRevisions = sqliteTable(
  "post_revisions",
  {
    id: integer("id").primaryKey(),
    postType: text("post_type").$type<PostType>().notNull(),
    postId: integer("post_id").notNull(),
    revision: integer("revision").notNull(),
    title: text("title"),
    body: text("body").notNull(),
    category: text("category").$type<Category>(),
    /** Tags, space separated, for questions. */
    tags: text("tags"),
    editorId: text("editor_id")
      .notNull()
      .references(() => users.id),
    summary: text("summary"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("post_revisions_unique_idx").on(table.postType, table.postId, table.revision),
  ],
);

/**
 * Votes to close or reopen a question. Pending votes have no `settledAt`;
 * when the question closes or reopens, the pending votes of that round are settled.
 */
export const closeVotes = sqliteTable(
  "close_votes",
  {
    id: integer("id").primaryKey(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    voterId: text("voter_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: ["close", "reopen"] }).notNull(),
    reason: text("reason").$type<CloseReason>(),
    duplicateOfId: integer("duplicate_of_id"),
    createdAt: createdAt(),
    settledAt: integer("settled_at", { mode: "timestamp" }),
  },
  (table) => [index("close_votes_question_idx").on(table.questionId)],
);

export type Question = typeof questions.$inferSelect;
export type Answer = typeof answers.$inferSelect;
