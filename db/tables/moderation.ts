import type {
  FlagReason,
  FlagTarget,
  LogTarget,
  ModerationActionKind,
} from "#app/domain/moderation";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./members";
import { conversations } from "./messages";
import { places } from "./places";

/*
 * Reports (flags), moderation decisions (the public log) and the log of
 * reported conversations read by moderators.
 */

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
    targetType: text("target_type").$type<LogTarget>().notNull(),
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
