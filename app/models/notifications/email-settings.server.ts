import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { emailSettings, notificationPreferences, notifications } from "#db/schema";
import {
  NOTIFICATION_TYPES,
  type EmailDelivery,
  type NotificationType,
} from "#app/domain/notifications";
import { generateToken } from "#app/server/tokens.server";
import { DEFAULT_EMAIL_DELIVERY } from "./notify.server";

export type EmailPreferences = Record<NotificationType, EmailDelivery>;

/**
 * What an unsubscribe link stops: one notification type, every type the
 * daily digest carries, or every notification email.
 */
export const UNSUBSCRIBE_SCOPES = [...NOTIFICATION_TYPES, "digest", "all"] as const;
export type UnsubscribeScope = (typeof UNSUBSCRIBE_SCOPES)[number];

export function isUnsubscribeScope(value: unknown): value is UnsubscribeScope {
  return typeof value === "string" && (UNSUBSCRIBE_SCOPES as readonly string[]).includes(value);
}

/** The member's email delivery for every type: their choices, the defaults elsewhere. */
export function emailPreferencesFor(db: AppDatabase, userId: string): EmailPreferences {
  const chosen = db
    .select({ type: notificationPreferences.type, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .all();
  const preferences = { ...DEFAULT_EMAIL_DELIVERY };
  for (const { type, delivery } of chosen) {
    if (type in preferences) preferences[type] = delivery;
  }
  return preferences;
}

/**
 * Saves the member's choices. Notifications not emailed yet follow the new
 * choice too: "never" must stop what is still waiting, and moving a type to
 * the digest must not send it at once. Already sent items are never resent.
 */
export function saveEmailPreferences(
  db: AppDatabase,
  userId: string,
  choices: Partial<EmailPreferences>,
): void {
  db.transaction(() => {
    for (const [type, delivery] of Object.entries(choices) as [NotificationType, EmailDelivery][]) {
      db.insert(notificationPreferences)
        .values({ userId, type, delivery })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.type],
          set: { delivery },
        })
        .run();
      db.update(notifications)
        .set({ emailDelivery: delivery })
        .where(
          and(
            eq(notifications.userId, userId),
            eq(notifications.type, type),
            isNull(notifications.emailedAt),
            isNull(notifications.digestId),
          ),
        )
        .run();
    }
  });
}

/** The member's secret for unsubscribe links, created on first need. */
export function unsubscribeTokenFor(db: AppDatabase, userId: string): string {
  db.insert(emailSettings)
    .values({ userId, unsubscribeToken: generateToken() })
    .onConflictDoNothing({ target: emailSettings.userId })
    .run();
  return db
    .select({ token: emailSettings.unsubscribeToken })
    .from(emailSettings)
    .where(eq(emailSettings.userId, userId))
    .get()!.token;
}

/** Whose unsubscribe link this is; null for a token we never gave out. */
export function memberIdForUnsubscribeToken(db: AppDatabase, token: string): string | null {
  if (!token || token.length > 100) return null;
  const row = db
    .select({ userId: emailSettings.userId })
    .from(emailSettings)
    .where(eq(emailSettings.unsubscribeToken, token))
    .get();
  return row?.userId ?? null;
}

/** Sets the types the link covers to "never" (see UnsubscribeScope). */
export function unsubscribe(db: AppDatabase, userId: string, scope: UnsubscribeScope): void {
  const current = emailPreferencesFor(db, userId);
  const types =
    scope === "all"
      ? NOTIFICATION_TYPES
      : scope === "digest"
        ? NOTIFICATION_TYPES.filter((type) => current[type] === "digest")
        : [scope];
  saveEmailPreferences(
    db,
    userId,
    Object.fromEntries(types.map((type) => [type, "never" as const])),
  );
}
