/**
 * Notification emails: one email per "immediate" notification, and a daily
 * digest of the "digest" ones. Both are at-most-once: an item is claimed in
 * a transaction (immediate: `emailedAt`; digest: `digestId`) before it is
 * sent, so a crash, a restart or a second process never sends it twice. The
 * price is that a failed or interrupted send is not retried: the email is
 * lost (and logged), the notification itself is still under the bell. We
 * prefer that to a member receiving the same email twice, or a stream of
 * retries to an address that bounces.
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { parisHour } from "#app/i18n/format";
import { repeatEvery } from "#app/domain/repeat.server";
import { emailDigests, emailSettings, notifications, users } from "#db/schema";
import { digestEmail, notificationEmail } from "./email-content.server";
import type { Mailer } from "#app/server/mail.server";
import { unsubscribeTokenFor } from "./email-settings.server";
import { notificationViews } from "./content.server";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** An immediate email older than this is no longer news: it is not sent late. */
export const IMMEDIATE_MAX_AGE_MS = 3 * DAY_MS;
/** Digest items older than this are left out (e.g. after the member confirms their address). */
export const DIGEST_MAX_AGE_MS = 7 * DAY_MS;
/** A member gets at most one digest in this time; a little under a day, so the hour does not drift. */
export const DIGEST_SPACING_MS = 23 * HOUR_MS;
const MAX_ERROR_LENGTH = 1000;

type NotificationRow = typeof notifications.$inferSelect;

/** Members we may email: a confirmed address, an account not deleted. */
const reachable = and(
  isNotNull(users.email),
  isNotNull(users.emailVerifiedAt),
  isNull(users.deletedAt),
);

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

function recipientOf(db: AppDatabase, userId: string) {
  const user = db
    .select({ email: users.email, firstName: users.firstName, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .get()!;
  return {
    email: user.email!,
    firstName: user.firstName,
    locale: user.locale,
    unsubscribeToken: unsubscribeTokenFor(db, userId),
  };
}

export type ImmediateReport = { sent: number; failed: number };

/** Claims and sends the due immediate emails (a batch at most); see the module comment. */
export async function sendImmediateEmails(
  db: AppDatabase,
  {
    mailer,
    now = new Date(),
    batchSize = 50,
    onError = (error) => console.error("notification email:", error),
  }: { mailer: Mailer; now?: Date; batchSize?: number; onError?: (error: unknown) => void },
): Promise<ImmediateReport> {
  const claimed = db.transaction(() => {
    const due = db
      .select({ notification: notifications })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(
        and(
          eq(notifications.emailDelivery, "immediate"),
          isNull(notifications.emailedAt),
          gte(notifications.createdAt, new Date(now.getTime() - IMMEDIATE_MAX_AGE_MS)),
          reachable,
        ),
      )
      .orderBy(asc(notifications.id))
      .limit(batchSize)
      .all()
      .map((row) => row.notification);
    if (due.length === 0) return [];
    // The condition on emailedAt makes the claim safe even against another process.
    const ids = db
      .update(notifications)
      .set({ emailedAt: now })
      .where(
        and(
          inArray(
            notifications.id,
            due.map((row) => row.id),
          ),
          isNull(notifications.emailedAt),
        ),
      )
      .returning({ id: notifications.id })
      .all()
      .map((row) => row.id);
    return due.filter((row) => ids.includes(row.id));
  });

  const report: ImmediateReport = { sent: 0, failed: 0 };
  for (const view of notificationViews(db, claimed)) {
    const row = claimed.find((candidate) => candidate.id === view.id)!;
    try {
      await mailer.send(notificationEmail(recipientOf(db, row.userId), view));
      report.sent += 1;
    } catch (error) {
      report.failed += 1;
      onError(new Error(`notification ${row.id} not emailed: ${describeError(error)}`));
    }
  }
  return report;
}

export type DigestReport = {
  /** False when it is not yet the digest hour (and `force` was not given). */
  due: boolean;
  /** Members who had a digest waiting. */
  members: number;
  sent: number;
  failed: number;
  /** Items carried by the digests sent. */
  items: number;
};

export type DigestOptions = {
  mailer: Mailer;
  now?: Date;
  /** Digests go out at or after this hour, Europe/Paris (DIGEST_HOUR, default 7). */
  digestHour?: number;
  /** Ignores the hour (npm run digest -- --force); never the 23 h spacing. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Sends each member with waiting digest items, whose last digest is more than
 * 23 h old, one digest. Per member, one transaction creates the digest row,
 * claims its items (only those still unclaimed) and moves `lastDigestAt`;
 * then the email is sent and the row marked sent or failed.
 */
export async function sendDigests(
  db: AppDatabase,
  { mailer, now = new Date(), digestHour = 7, force = false, onProgress }: DigestOptions,
): Promise<DigestReport> {
  const report: DigestReport = { due: true, members: 0, sent: 0, failed: 0, items: 0 };
  if (!force && parisHour(now) < digestHour) return { ...report, due: false };

  const oldestItem = new Date(now.getTime() - DIGEST_MAX_AGE_MS);
  const lastDigestBefore = new Date(now.getTime() - DIGEST_SPACING_MS);
  const waitingItem = and(
    eq(notifications.emailDelivery, "digest"),
    isNull(notifications.digestId),
    gte(notifications.createdAt, oldestItem),
  );
  const spacedOut = or(
    isNull(emailSettings.lastDigestAt),
    lte(emailSettings.lastDigestAt, lastDigestBefore),
  );
  const memberIds = db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(emailSettings, eq(emailSettings.userId, notifications.userId))
    .where(and(waitingItem, reachable, spacedOut))
    .orderBy(asc(notifications.userId))
    .all()
    .map((row) => row.userId);

  report.members = memberIds.length;
  onProgress?.(0, memberIds.length);
  for (const [index, userId] of memberIds.entries()) {
    const claim = claimDigest(db, userId, { now, waitingItem, lastDigestBefore });
    if (claim) {
      try {
        await mailer.send(digestEmail(recipientOf(db, userId), notificationViews(db, claim.items)));
        db.update(emailDigests)
          .set({ sentAt: new Date() })
          .where(eq(emailDigests.id, claim.digestId))
          .run();
        report.sent += 1;
        report.items += claim.items.length;
      } catch (error) {
        db.update(emailDigests)
          .set({ failedAt: new Date(), lastError: describeError(error) })
          .where(eq(emailDigests.id, claim.digestId))
          .run();
        report.failed += 1;
      }
    }
    onProgress?.(index + 1, memberIds.length);
  }
  return report;
}

/**
 * The claim of one member's digest, or null when another process got there
 * first (IMMEDIATE transactions serialize writers, so the checks made here
 * see every earlier claim).
 */
function claimDigest(
  db: AppDatabase,
  userId: string,
  {
    now,
    waitingItem,
    lastDigestBefore,
  }: { now: Date; waitingItem: ReturnType<typeof and>; lastDigestBefore: Date },
): { digestId: number; items: NotificationRow[] } | null {
  return db.transaction(() => {
    unsubscribeTokenFor(db, userId);
    const settings = db
      .select({ lastDigestAt: emailSettings.lastDigestAt })
      .from(emailSettings)
      .where(eq(emailSettings.userId, userId))
      .get();
    if (settings?.lastDigestAt && settings.lastDigestAt > lastDigestBefore) return null;
    const items = db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), waitingItem))
      .orderBy(asc(notifications.id))
      .all();
    if (items.length === 0) return null;
    const digest = db
      .insert(emailDigests)
      .values({ userId, itemCount: items.length, createdAt: now })
      .returning({ id: emailDigests.id })
      .get();
    db.update(notifications)
      .set({ digestId: digest.id, emailedAt: now })
      .where(
        and(
          inArray(
            notifications.id,
            items.map((item) => item.id),
          ),
          isNull(notifications.digestId),
        ),
      )
      .run();
    db.update(emailSettings)
      .set({ lastDigestAt: now })
      .where(eq(emailSettings.userId, userId))
      .run();
    return { digestId: digest.id, items };
  });
}

export type NotificationEmailsOptions = {
  mailer: Mailer;
  digestHour: number;
  /** Pause between two looks for immediate emails (default 5 s). */
  immediateIntervalMs?: number;
  /** Pause between two looks for due digests (default 10 min). */
  digestIntervalMs?: number;
  onError?: (error: unknown) => void;
};

/**
 * Runs both senders in the server, like the search outbox relay: each run is
 * scheduled after the previous one ends, so runs never overlap. Returns
 * `stop`, which waits for a run in progress.
 */
export function startNotificationEmails(
  db: AppDatabase,
  {
    mailer,
    digestHour,
    immediateIntervalMs = 5000,
    digestIntervalMs = 10 * 60 * 1000,
    onError = (error) => console.error("notification emails:", error),
  }: NotificationEmailsOptions,
): () => Promise<void> {
  const stops = [
    repeatEvery(immediateIntervalMs, () => sendImmediateEmails(db, { mailer, onError }), onError),
    repeatEvery(
      digestIntervalMs,
      async () => {
        const report = await sendDigests(db, { mailer, digestHour });
        if (report.failed > 0) onError(new Error(`${report.failed} digest(s) not sent`));
      },
      onError,
    ),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
