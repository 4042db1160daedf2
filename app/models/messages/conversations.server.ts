import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "#db/client";
import { conversations, messages, questions, users } from "#db/schema";
import { markMessageNotificationsRead } from "#app/models/notifications/events.server";
import { isBlocked } from "./blocks.server";

/*
 * A member's conversations: the inbox and its unread counts, one
 * conversation as its two members see it, reading it, and the member's own
 * copy for "Download my data".
 */

const EXCERPT_LENGTH = 120;

/** The pair in the order the unique index stores it, so a pair has one conversation. */
export function orderedPair(oneId: string, otherId: string) {
  return oneId < otherId
    ? { memberAId: oneId, memberBId: otherId }
    : { memberAId: otherId, memberBId: oneId };
}

export function conversationRow(db: AppDatabase, conversationId: number, userId: string) {
  return db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, conversationId),
        or(eq(conversations.memberAId, userId), eq(conversations.memberBId, userId)),
      ),
    )
    .get();
}

/** The conversation of a pair, if they have one (to land on it instead of starting another). */
export function conversationBetween(db: AppDatabase, oneId: string, otherId: string) {
  const pair = orderedPair(oneId, otherId);
  return (
    db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.memberAId, pair.memberAId),
          eq(conversations.memberBId, pair.memberBId),
        ),
      )
      .get() ?? null
  );
}

/** SQL: this member's side of the conversation was last read at… */
const lastReadBy = (userId: string) =>
  sql`CASE WHEN ${conversations.memberAId} = ${userId} THEN ${conversations.memberALastReadAt} ELSE ${conversations.memberBLastReadAt} END`;

/** SQL: messages the other member wrote since this member last read the conversation. */
const unreadIn = (userId: string) => sql<number>`(
  SELECT count(*) FROM ${messages}
  WHERE ${messages.conversationId} = ${conversations.id}
    AND ${messages.senderId} <> ${userId}
    AND ${messages.deletedAt} IS NULL
    AND ${messages.createdAt} > coalesce(${lastReadBy(userId)}, 0)
)`;

const mine = (userId: string) =>
  or(eq(conversations.memberAId, userId), eq(conversations.memberBId, userId));

/** The number for the header: unread messages across all of the member's conversations. */
export function unreadMessageCount(db: AppDatabase, userId: string): number {
  return db
    .select({ n: sql<number>`coalesce(sum(${unreadIn(userId)}), 0)` })
    .from(conversations)
    .where(mine(userId))
    .get()!.n;
}

/**
 * The header's count on any page. On a conversation's own page that
 * conversation is being read (its loader marks it, in parallel with the
 * root's), so it is left out rather than counted for one more page.
 */
export function headerUnreadCount(db: AppDatabase, userId: string, pathname: string) {
  const viewing = /^\/messages\/(\d{1,12})\/?$/.exec(pathname);
  if (!viewing) return unreadMessageCount(db, userId);
  const conversationId = Number(viewing[1]);
  const inViewed = db
    .select({ n: unreadIn(userId) })
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), mine(userId)))
    .get();
  return unreadMessageCount(db, userId) - (inViewed?.n ?? 0);
}

/** Whether a message is shown as "removed by moderation" rather than its text. */
const isRemoved = (message: { deletedAt: Date | null; moderationState: string | null }) =>
  message.deletedAt != null || message.moderationState != null;

/**
 * The inbox, newest conversation first: the other member, the last
 * message's excerpt (or null when moderation removed it) and the unread count.
 */
export function listConversations(db: AppDatabase, userId: string) {
  const other = alias(users, "other");
  const rows = db
    .select({
      id: conversations.id,
      lastMessageAt: conversations.lastMessageAt,
      unread: unreadIn(userId),
      other: {
        id: other.id,
        firstName: other.firstName,
        lastName: other.lastName,
        deletedAt: other.deletedAt,
      },
    })
    .from(conversations)
    .innerJoin(
      other,
      sql`${other.id} = CASE WHEN ${conversations.memberAId} = ${userId} THEN ${conversations.memberBId} ELSE ${conversations.memberAId} END`,
    )
    .where(mine(userId))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .all();
  return rows.map((row) => {
    const last = db
      .select({
        body: messages.body,
        senderId: messages.senderId,
        deletedAt: messages.deletedAt,
        moderationState: messages.moderationState,
      })
      .from(messages)
      .where(eq(messages.conversationId, row.id))
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(1)
      .get();
    return {
      id: row.id,
      lastMessageAt: row.lastMessageAt,
      unread: row.unread,
      other: { ...row.other, deleted: row.other.deletedAt != null },
      lastMessage: last
        ? {
            mine: last.senderId === userId,
            excerpt: isRemoved(last) ? null : excerptOf(last.body),
          }
        : null,
    };
  });
}

function excerptOf(body: string) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT_LENGTH
    ? `${oneLine.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`
    : oneLine;
}

/**
 * A conversation as one of its two members sees it, oldest message first;
 * null for anyone else, so a route can answer 404 and never reveal that it
 * exists. Moderators read reported conversations elsewhere, with a log.
 */
export function conversationForMember(db: AppDatabase, conversationId: number, userId: string) {
  const conversation = conversationRow(db, conversationId, userId);
  if (!conversation) return null;
  const otherId =
    conversation.memberAId === userId ? conversation.memberBId : conversation.memberAId;
  const other = db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, otherId))
    .get()!;
  const rows = db
    .select({
      id: messages.id,
      senderId: messages.senderId,
      body: messages.body,
      createdAt: messages.createdAt,
      deletedAt: messages.deletedAt,
      moderationState: messages.moderationState,
      question: { id: questions.id, slug: questions.slug, title: questions.title },
      questionDeletedAt: questions.deletedAt,
    })
    .from(messages)
    .leftJoin(questions, eq(questions.id, messages.questionId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .all();
  return {
    id: conversation.id,
    other: { ...other, deleted: other.deletedAt != null },
    blockedByMe: isBlocked(db, userId, otherId),
    messages: rows.map((row) => ({
      id: row.id,
      mine: row.senderId === userId,
      body: isRemoved(row) ? null : row.body,
      createdAt: row.createdAt,
      about: row.question?.id != null && !row.questionDeletedAt ? row.question : null,
    })),
  };
}

/** The member has seen everything in the conversation up to now. */
export function markConversationRead(
  db: AppDatabase,
  conversationId: number,
  userId: string,
  now = new Date(),
) {
  const conversation = conversationRow(db, conversationId, userId);
  if (!conversation) return;
  db.update(conversations)
    .set(
      conversation.memberAId === userId ? { memberALastReadAt: now } : { memberBLastReadAt: now },
    )
    .where(eq(conversations.id, conversationId))
    .run();
  markMessageNotificationsRead(db, userId, conversationId, now);
}

/** The member's own conversations and messages, for "Download my data". */
export function exportMemberMessages(db: AppDatabase, userId: string) {
  return db
    .select({
      id: conversations.id,
      memberAId: conversations.memberAId,
      memberBId: conversations.memberBId,
      createdAt: conversations.createdAt,
    })
    .from(conversations)
    .where(mine(userId))
    .orderBy(asc(conversations.id))
    .all()
    .map((conversation) => ({
      ...conversation,
      messages: db
        .select({
          sentByMe: sql<boolean>`${messages.senderId} = ${userId}`.mapWith(Boolean),
          body: messages.body,
          questionId: messages.questionId,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .where(eq(messages.conversationId, conversation.id))
        .orderBy(asc(messages.createdAt), asc(messages.id))
        .all(),
    }));
}
