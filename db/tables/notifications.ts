import type { Category } from "#app/domain/questions";
import type { EmailDelivery, NotificationType } from "#app/domain/notifications";
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
import { answers, comments, questions } from "./questions";

/*
 * Notifications and how they are emailed, and the places members follow.
 */

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
