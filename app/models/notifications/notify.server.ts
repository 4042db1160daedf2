import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { notificationPreferences, notifications, users } from "#db/schema";
import { type EmailDelivery, type NotificationType } from "#app/domain/notifications";

/**
 * How each notification type is emailed unless the member chose otherwise:
 * what needs them soon (an answer to their question, a mention, a decision
 * about their content) at once; the rest in the daily digest, so a busy
 * neighbourhood never floods anyone's inbox.
 */
export const DEFAULT_EMAIL_DELIVERY: Record<NotificationType, EmailDelivery> = {
  "answer-on-my-question": "immediate",
  "comment-on-my-question": "digest",
  "comment-on-my-answer": "digest",
  "answer-accepted": "immediate",
  "thanks-received": "digest",
  mention: "immediate",
  "message-received": "immediate",
  "vouch-request": "immediate",
  "followed-question": "digest",
  "moderation-decision": "immediate",
  // A neighbour one invited has joined and waits, perhaps, for one's vouch.
  "invitation-accepted": "immediate",
  // A claim on a listing, reviewed by the place's staff: the claimant waits for it.
  "claim-approved": "immediate",
  "claim-refused": "immediate",
  // A followed listing's new bon plan (ADR 024): news, not urgent.
  "listing-deal": "digest",
  // A place freed on the waiting list, a cancelled event, tomorrow's event: they matter now.
  "event-place-confirmed": "immediate",
  "event-cancelled": "immediate",
  "event-reminder": "immediate",
  // News of the places one follows (ADR 027): the daily digest, as followed questions.
  "news-published": "digest",
};

/** The member's email delivery for a type: their choice, or the default. */
export function emailDeliveryFor(
  db: AppDatabase,
  userId: string,
  type: NotificationType,
): EmailDelivery {
  const chosen = db
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.type, type)))
    .get();
  return chosen?.delivery ?? DEFAULT_EMAIL_DELIVERY[type];
}

export type NewNotification = {
  userId: string;
  type: NotificationType;
  /** What makes this event unique for the member, e.g. "answer:12"; a repeat is ignored. */
  dedupeKey: string;
  actorId?: string | null;
  questionId?: number | null;
  answerId?: number | null;
  commentId?: number | null;
  moderationActionId?: number | null;
  at?: Date;
};

/**
 * Records a notification, in the caller's transaction so it exists exactly
 * when the event does. Members are not notified of their own actions, nor
 * once their account is deleted. Returns the new id, or null when nothing was
 * written (self, deleted member, or a repeat of the same event).
 */
export function notify(db: AppDatabase, notification: NewNotification): number | null {
  if (notification.actorId && notification.actorId === notification.userId) return null;
  const recipient = db
    .select({ deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, notification.userId))
    .get();
  if (!recipient || recipient.deletedAt) return null;
  const row = db
    .insert(notifications)
    .values({
      userId: notification.userId,
      type: notification.type,
      dedupeKey: notification.dedupeKey,
      actorId: notification.actorId ?? null,
      questionId: notification.questionId ?? null,
      answerId: notification.answerId ?? null,
      commentId: notification.commentId ?? null,
      moderationActionId: notification.moderationActionId ?? null,
      emailDelivery: emailDeliveryFor(db, notification.userId, notification.type),
      createdAt: notification.at ?? new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id })
    .get();
  return row?.id ?? null;
}
