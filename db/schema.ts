import { sql } from "drizzle-orm";
import type { Category, CloseReason, PostType, QuestionKind } from "#app/domain/questions";
import type { EmailDelivery, NotificationType } from "#app/domain/notifications";
import type { ReputationReason } from "#app/domain/reputation";
import type {
  FlagReason,
  FlagTarget,
  ModerationActionKind,
  ModerationState,
} from "#app/domain/moderation";
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
    /** A suspended member can read but not post, message, vote or flag until then. */
    suspendedUntil: integer("suspended_until", { mode: "timestamp" }),
    suspensionReason: text("suspension_reason"),
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

// ---------------------------------------------------------------------------
// Notifications, private messages and moderation (issue 6, ADR 007)
// ---------------------------------------------------------------------------

/**
 * One thing a member should hear about. `dedupeKey` (e.g. "answer:12") makes
 * a repeated event (a resent form, a retried job) one notification. How it is
 * emailed is decided when it is created, from the member's preferences, so a
 * later change of preference does not resend old items.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<NotificationType>().notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    actorId: text("actor_id").references(() => users.id),
    questionId: integer("question_id").references(() => questions.id),
    answerId: integer("answer_id").references(() => answers.id),
    commentId: integer("comment_id").references(() => comments.id),
    moderationActionId: integer("moderation_action_id"),
    emailDelivery: text("email_delivery").$type<EmailDelivery>().notNull(),
    /** When the immediate email went out, or the digest that carried it was claimed. */
    emailedAt: integer("emailed_at", { mode: "timestamp" }),
    digestId: integer("digest_id"),
    readAt: integer("read_at", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("notifications_dedupe_idx").on(table.userId, table.type, table.dedupeKey),
    index("notifications_user_read_idx").on(table.userId, table.readAt),
    index("notifications_email_idx").on(table.emailDelivery, table.emailedAt),
  ],
);

/** A member's choice of email delivery for one notification type (defaults live in code). */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<NotificationType>().notNull(),
    delivery: text("delivery").$type<EmailDelivery>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.type] })],
);

/**
 * Per-member email state: the secret in one-click unsubscribe links (RFC 8058),
 * so the link works without signing in and cannot be guessed.
 */
export const emailSettings = sqliteTable("email_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  unsubscribeToken: text("unsubscribe_token").notNull().unique(),
  lastDigestAt: integer("last_digest_at", { mode: "timestamp" }),
});

/**
 * A daily digest email. Its items are claimed (notifications.digest_id) in the
 * same transaction that creates it, before sending, so no item is ever sent in
 * two digests, even if the process stops half-way.
 */
export const emailDigests = sqliteTable(
  "email_digests",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemCount: integer("item_count").notNull(),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp" }),
    failedAt: integer("failed_at", { mode: "timestamp" }),
    lastError: text("last_error"),
  },
  (table) => [index("email_digests_user_idx").on(table.userId, table.createdAt)],
);

/**
 * "Tell me about new questions here": a place and a radius around it (0 for
 * the place alone), and a category or all of them. The centre is copied from
 * the place so matching a new question is a range scan plus a distance.
 */
export const follows = sqliteTable(
  "follows",
  {
    id: integer("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    radiusKm: integer("radius_km").notNull(),
    /** Null: every category. */
    category: text("category").$type<Category>(),
    lat: real("lat").notNull(),
    lng: real("lng").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("follows_user_idx").on(table.userId), index("follows_lat_idx").on(table.lat)],
);

/**
 * A one-to-one conversation; `memberAId` < `memberBId`, so a pair has one.
 * Each side's `…LastReadAt` gives its unread count.
 */
export const conversations = sqliteTable(
  "conversations",
  {
    id: integer("id").primaryKey(),
    memberAId: text("member_a_id")
      .notNull()
      .references(() => users.id),
    memberBId: text("member_b_id")
      .notNull()
      .references(() => users.id),
    memberALastReadAt: integer("member_a_last_read_at", { mode: "timestamp_ms" }),
    memberBLastReadAt: integer("member_b_last_read_at", { mode: "timestamp_ms" }),
    lastMessageAt: integer("last_message_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("conversations_pair_idx").on(table.memberAId, table.memberBId),
    index("conversations_b_idx").on(table.memberBId),
  ],
);

export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    senderId: text("sender_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** The answer or offer the conversation was started from, when there is one. */
    questionId: integer("question_id").references(() => questions.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    deletedAt: integer("deleted_at", { mode: "timestamp" }),
    moderationState: text("moderation_state").$type<ModerationState>(),
    moderationReason: text("moderation_reason"),
  },
  (table) => [index("messages_conversation_idx").on(table.conversationId, table.createdAt)],
);

/** A member who may no longer write to the blocker. */
export const blocks = sqliteTable(
  "blocks",
  {
    blockerId: text("blocker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: text("blocked_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.blockerId, table.blockedId] })],
);

/**
 * A member's report. `targetId` is text because members have text ids.
 * `placeId` scopes it to the moderators of that place (the post's place, the
 * member's home). `weight` is fixed when the flag is made, from the flagger's
 * reputation and verification.
 */
export const flags = sqliteTable(
  "flags",
  {
    id: integer("id").primaryKey(),
    targetType: text("target_type").$type<FlagTarget>().notNull(),
    targetId: text("target_id").notNull(),
    placeId: integer("place_id").references(() => places.id),
    flaggerId: text("flagger_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").$type<FlagReason>().notNull(),
    details: text("details"),
    weight: real("weight").notNull(),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at", { mode: "timestamp" }),
    resolvedById: text("resolved_by_id").references(() => users.id),
    moderationActionId: integer("moderation_action_id"),
  },
  (table) => [
    uniqueIndex("flags_unique_idx").on(table.targetType, table.targetId, table.flaggerId),
    index("flags_open_place_idx").on(table.placeId, table.resolvedAt),
  ],
);

/**
 * Every moderation decision, the public log of a place: what, when, which
 * rule, by which role. The moderator's id is kept for audits by admins, never
 * shown in the public log; flaggers are not named anywhere in it.
 */
export const moderationActions = sqliteTable(
  "moderation_actions",
  {
    id: integer("id").primaryKey(),
    placeId: integer("place_id").references(() => places.id),
    action: text("action").$type<ModerationActionKind>().notNull(),
    targetType: text("target_type").$type<FlagTarget>().notNull(),
    targetId: text("target_id").notNull(),
    /** The rule applied (a FlagReason or a rule of docs/moderation.md). */
    rule: text("rule").notNull(),
    /** Shown to the author of the content. */
    reason: text("reason"),
    moderatorId: text("moderator_id").references(() => users.id),
    actorRole: text("actor_role", {
      enum: ["moderator", "ambassador", "admin", "community"],
    }).notNull(),
    suspendedUntil: integer("suspended_until", { mode: "timestamp" }),
    createdAt: createdAt(),
  },
  (table) => [index("moderation_actions_place_idx").on(table.placeId, table.createdAt)],
);

/** A moderator read a private conversation while handling a report on it. */
export const conversationAccessLog = sqliteTable(
  "conversation_access_log",
  {
    id: integer("id").primaryKey(),
    conversationId: integer("conversation_id")
      .notNull()
      .references(() => conversations.id),
    moderatorId: text("moderator_id")
      .notNull()
      .references(() => users.id),
    flagId: integer("flag_id").references(() => flags.id),
    createdAt: createdAt(),
  },
  (table) => [index("conversation_access_log_idx").on(table.conversationId)],
);
