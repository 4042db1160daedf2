import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { conversations, messages, questions, users } from "#db/schema";
import { MESSAGE_MAX } from "#app/domain/messages";
import { DOUBLE_SUBMIT_WINDOW_MS } from "#app/domain/questions";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { onMessageSent } from "#app/models/notifications/events.server";
import { refused, type Outcome } from "#app/models/refusals";
import { isBlocked } from "./blocks.server";
import { conversationBetween, conversationRow, orderedPair } from "./conversations.server";

/*
 * Writing to a member: every refusal checked on the server, in an order that
 * never says more than it must, then the message in the pair's conversation.
 */

type SentMessage = Outcome<{ conversationId: number; messageId: number }>;

/**
 * Why `actor` may not write `body` to `toUserId` now, or null. Checked in
 * this order so the answer never says more than it must: a member who
 * blocked the actor is only "not receiving your messages".
 */
function messageRefusal(
  db: AppDatabase,
  actor: Actor,
  toUserId: string,
  body: string,
  now: Date,
): SentMessage | null {
  const privilege = privilegeRefusal(actor, "message");
  if (privilege) return refused(privilege);
  if (body.length === 0 || body.length > MESSAGE_MAX) return refused({ reason: "message-length" });
  if (toUserId === actor.id) return refused({ reason: "message-self" });
  const recipient = db
    .select({ deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, toUserId))
    .get();
  if (!recipient) return refused({ reason: "not-found" });
  if (recipient.deletedAt) return refused({ reason: "message-former-member" });
  if (isBlocked(db, actor.id, toUserId)) return refused({ reason: "message-blocking" });
  if (isBlocked(db, toUserId, actor.id)) return refused({ reason: "message-blocked" });
  const newMember = newMemberRefusal(db, actor.id, "message", body, now);
  if (newMember) return refused(newMember);
  const limit = hitRateLimit(
    db,
    `message:user:${actor.id}`,
    RATE_LIMITS.messagePerUser,
    now.getTime(),
  );
  if (!limit.allowed) {
    return refused({ reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds });
  }
  return null;
}

/**
 * Writes to a member: the first message creates the pair's conversation,
 * later ones join it, whoever writes first. `questionId` says which answer
 * or offer the message is about (shown as « À propos de : … »).
 */
export function sendMessage(
  db: AppDatabase,
  actor: Actor,
  input: { toUserId: string; body: string; questionId?: number | null },
  now = new Date(),
): SentMessage {
  const body = input.body.trim();
  const refusal = messageRefusal(db, actor, input.toUserId, body, now);
  if (refusal) return refusal;
  const questionId =
    input.questionId != null &&
    db
      .select({ id: questions.id })
      .from(questions)
      .where(and(eq(questions.id, input.questionId), isNull(questions.deletedAt)))
      .get()
      ? input.questionId
      : null;
  return db.transaction(() => {
    db.insert(conversations)
      .values({ ...orderedPair(actor.id, input.toUserId), lastMessageAt: now })
      .onConflictDoNothing()
      .run();
    const conversation = conversationBetween(db, actor.id, input.toUserId)!;
    const messageId =
      resentMessage(db, conversation.id, actor.id, body, now) ??
      insertMessage(db, conversation.id, actor.id, body, questionId, now);
    return { ok: true as const, conversationId: conversation.id, messageId };
  });
}

/** Answers in an existing conversation; for anyone but its two members it does not exist. */
export function replyInConversation(
  db: AppDatabase,
  actor: Actor,
  conversationId: number,
  body: string,
  now = new Date(),
): SentMessage {
  const conversation = conversationRow(db, conversationId, actor.id);
  if (!conversation) return refused({ reason: "not-found" });
  const otherId =
    conversation.memberAId === actor.id ? conversation.memberBId : conversation.memberAId;
  const trimmed = body.trim();
  const refusal = messageRefusal(db, actor, otherId, trimmed, now);
  if (refusal) return refusal;
  const messageId = db.transaction(
    () =>
      resentMessage(db, conversationId, actor.id, trimmed, now) ??
      insertMessage(db, conversationId, actor.id, trimmed, null, now),
  );
  return { ok: true, conversationId, messageId };
}

/**
 * A form sent twice (a second tap, a reload) is one message: the latest one
 * of the conversation, from the same member with the same text, just now.
 */
function resentMessage(
  db: AppDatabase,
  conversationId: number,
  senderId: string,
  body: string,
  now: Date,
) {
  const latest = db
    .select({
      id: messages.id,
      senderId: messages.senderId,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(1)
    .get();
  const isRepeat =
    latest?.senderId === senderId &&
    latest.body === body &&
    now.getTime() - latest.createdAt.getTime() < DOUBLE_SUBMIT_WINDOW_MS;
  return isRepeat ? latest.id : null;
}

/** The message, the conversation's latest time, and the sender's own side read up to it. */
function insertMessage(
  db: AppDatabase,
  conversationId: number,
  senderId: string,
  body: string,
  questionId: number | null,
  now: Date,
) {
  const message = db
    .insert(messages)
    .values({ conversationId, senderId, body, questionId, createdAt: now })
    .returning({ id: messages.id })
    .get();
  onMessageSent(db, { conversationId, senderId, at: now });
  db.update(conversations)
    .set({
      lastMessageAt: now,
      memberALastReadAt: sql`CASE WHEN ${conversations.memberAId} = ${senderId} THEN ${now.getTime()} ELSE ${conversations.memberALastReadAt} END`,
      memberBLastReadAt: sql`CASE WHEN ${conversations.memberBId} = ${senderId} THEN ${now.getTime()} ELSE ${conversations.memberBLastReadAt} END`,
    })
    .where(eq(conversations.id, conversationId))
    .run();
  return message.id;
}
