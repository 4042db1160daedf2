import { and, count, desc, eq, isNull, lt } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { notifications } from "#db/schema";
import { notificationViews } from "./content.server";

export const NOTIFICATIONS_PER_PAGE = 30;

/** The bell's number. */
export function unreadNotificationCount(db: AppDatabase, userId: string) {
  return db
    .select({ total: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.total;
}

/**
 * One page of a member's notifications, newest first. The cursor is the id
 * of the last one shown (ids only grow), so a page never repeats or skips an
 * item when new ones arrive meanwhile.
 */
export function listNotifications(
  db: AppDatabase,
  userId: string,
  { before }: { before?: number | null } = {},
) {
  const rows = db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        before != null ? lt(notifications.id, before) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE + 1)
    .all();
  const page = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  return {
    items: notificationViews(db, page),
    nextCursor: rows.length > NOTIFICATIONS_PER_PAGE ? page.at(-1)!.id : null,
  };
}

/**
 * Marks one of the member's notifications read and says where it leads;
 * undefined when it is not theirs, so another member's id looks like no id.
 */
export function openNotification(
  db: AppDatabase,
  userId: string,
  notificationId: number,
  at = new Date(),
) {
  const row = db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
    .get();
  if (!row) return undefined;
  if (!row.readAt) {
    db.update(notifications).set({ readAt: at }).where(eq(notifications.id, row.id)).run();
  }
  return notificationViews(db, [row])[0]!;
}

export function markAllNotificationsRead(db: AppDatabase, userId: string, at = new Date()) {
  db.update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
