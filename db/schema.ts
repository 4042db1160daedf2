import { sql } from "drizzle-orm";
import type { Category, CloseReason, PostType, QuestionKind } from "../app/utils/question-rules";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/**
 * French departments (and overseas collectivities), so a place page can say
 * "Loire-Atlantique (44)" without shipping the whole data package to the app.
 */
export const departments = sqliteTable("departments", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  regionCode: text("region_code"),
});

/**
 * A place people live in: a current commune, or a municipal arrondissement of
 * Paris, Lyon or Marseille. `id` is an integer so the R*Tree index
 * (`places_rtree`, created in a custom migration) can point at it; `code` is
 * the INSEE code that outside systems know.
 */
export const places = sqliteTable(
  "places",
  {
    id: integer("id").primaryKey(),
    code: text("code").notNull().unique(),
    kind: text("kind", { enum: ["commune", "arrondissement"] }).notNull(),
    name: text("name").notNull(),
    /** Lowercase, accents and punctuation folded: what name searches match against. */
    searchName: text("search_name").notNull(),
    slug: text("slug").notNull().unique(),
    /** For arrondissements, the INSEE code of their city (75056, 69123, 13055). */
    parentCode: text("parent_code"),
    departmentCode: text("department_code")
      .notNull()
      .references(() => departments.code),
    /** Postal codes, space separated, in the source order (the first one is the main one). */
    postalCodes: text("postal_codes").notNull(),
    population: integer("population"),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    /** True when the centre was derived (postal code, department, supplement), not a GeoNames point. */
    approximate: integer("approximate", { mode: "boolean" }).notNull(),
    coordinateSource: text("coordinate_source", {
      enum: [
        "geonames",
        "geonames-delegated",
        "supplement",
        "postal-code",
        "epci",
        "district",
        "department",
      ],
    }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    index("places_search_name_idx").on(table.searchName),
    index("places_department_idx").on(table.departmentCode),
  ],
);

/** One row per (place, postal code), so a postal-code prefix search is an index range scan. */
export const placePostalCodes = sqliteTable(
  "place_postal_codes",
  {
    postalCode: text("postal_code").notNull(),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.postalCode, table.placeId] })],
);

export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;

/**
 * Members. Real names (shown in full only to signed-in members), one home
 * place. `deletedAt` marks an erased account: personal columns are blanked,
 * the row stays so posts can say "Ancien membre".
 */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").unique(),
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp" }),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    passwordHash: text("password_hash"),
    homePlaceId: integer("home_place_id").references(() => places.id),
    locale: text("locale", { enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    /** How the verified badge reads in French: "Voisine vérifiée", "Voisin vérifié" or "Voisin·e vérifié·e". */
    badgeStyle: text("badge_style", { enum: ["feminine", "masculine", "neutral"] })
      .notNull()
      .default("neutral"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    /** The sum of the member's reputation ledger, kept in step by every write to it. */
    reputation: integer("reputation").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
  },
  (table) => [index("users_home_place_idx").on(table.homePlaceId)],
);

/** Sign-in sessions (lucia), kept in the database so they can be listed and revoked. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    userAgent: text("user_agent"),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/**
 * Single-use links sent by email. Only a SHA-256 hash of the token is stored,
 * so a leaked database cannot be used to take over accounts.
 */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: integer("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify-email", "reset-password"] }).notNull(),
    /** The address the link was sent to (a new address being verified, for an email change). */
    email: text("email").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp" }),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [index("email_tokens_user_idx").on(table.userId)],
);

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

/** A member's home place verified: by two vouches, by staff of the place, or by a code. */
export const neighbourVerifications = sqliteTable(
  "neighbour_verifications",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    method: text("method", { enum: ["vouches", "staff", "code", "import"] }).notNull(),
    verifiedById: text("verified_by_id").references(() => users.id),
    codeId: integer("code_id"),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    revokedById: text("revoked_by_id").references(() => users.id),
    revokeReason: text("revoke_reason"),
  },
  (table) => [index("neighbour_verifications_user_idx").on(table.userId)],
);

/** "I know this person, they live here": one per voucher, member and place. */
export const vouches = sqliteTable(
  "vouches",
  {
    id: integer("id").primaryKey(),
    voucherId: text("voucher_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    voucheeId: text("vouchee_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [
    uniqueIndex("vouches_unique_idx").on(table.voucherId, table.voucheeId, table.placeId),
    index("vouches_vouchee_idx").on(table.voucheeId),
  ],
);

/** Ambassadors and moderators, for a place; a moderator with no place is global. */
export const roleGrants = sqliteTable(
  "role_grants",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["ambassador", "moderator"] }).notNull(),
    placeId: integer("place_id").references(() => places.id),
    grantedById: text("granted_by_id").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (table) => [uniqueIndex("role_grants_unique_idx").on(table.userId, table.role, table.placeId)],
);

/** Single-use verification codes, printed in batches by an ambassador for a partner place. */
export const verificationCodes = sqliteTable(
  "verification_codes",
  {
    id: integer("id").primaryKey(),
    codeHash: text("code_hash").notNull().unique(),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    batchId: text("batch_id").notNull(),
    createdById: text("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    usedById: text("used_by_id").references(() => users.id),
    usedAt: integer("used_at", { mode: "timestamp" }),
  },
  (table) => [index("verification_codes_batch_idx").on(table.batchId)],
);

/** Name changes are logged: members are known by their real names. */
export const nameChanges = sqliteTable("name_changes", {
  id: integer("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  oldFirstName: text("old_first_name").notNull(),
  oldLastName: text("old_last_name").notNull(),
  newFirstName: text("new_first_name").notNull(),
  newLastName: text("new_last_name").notNull(),
  changedAt: integer("changed_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

export type User = typeof users.$inferSelect;

const createdAt = () =>
  integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);

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

export const REPUTATION_REASONS = [
  "answer-upvoted",
  "question-upvoted",
  "answer-accepted",
  "accepted-an-answer",
  "thanks-received",
  "post-downvoted",
  "downvoted-an-answer",
] as const;
export type ReputationReason = (typeof REPUTATION_REASONS)[number];

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

/**
 * Rows brought in by `npm run import`: the source's id for each local row, so
 * importing the same file again changes nothing.
 */
export const importedRecords = sqliteTable(
  "imported_records",
  {
    source: text("source").notNull(),
    type: text("type", { enum: ["member", "question", "answer", "vote", "comment"] }).notNull(),
    sourceId: text("source_id").notNull(),
    localId: text("local_id").notNull(),
    importedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.source, table.type, table.sourceId] })],
);

export type Question = typeof questions.$inferSelect;
export type Answer = typeof answers.$inferSelect;

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
