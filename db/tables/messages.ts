import type { ModerationState } from "#app/domain/moderation";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./members";
import { questions } from "./questions";

/*
 * Private messages between two members, and blocks.
 */

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
