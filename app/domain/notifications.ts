/**
 * The notification vocabulary, for forms in the browser as on the server
 * (db/schema.ts types its columns with it, and is server-only).
 */
export const NOTIFICATION_TYPES = [
  "answer-on-my-question",
  "comment-on-my-question",
  "comment-on-my-answer",
  "answer-accepted",
  "thanks-received",
  "mention",
  "message-received",
  "vouch-request",
  "followed-question",
  "moderation-decision",
  "invitation-accepted",
  "claim-approved",
  "claim-refused",
  "listing-deal",
  "event-place-confirmed",
  "event-cancelled",
  "event-reminder",
  "news-published",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const EMAIL_DELIVERIES = ["immediate", "digest", "never"] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];
