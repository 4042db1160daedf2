/**
 * Account emails (address confirmation, password reset, notice of an address
 * change) go through an outbox: a request only writes a row, and a sender in
 * the background renders and sends it. So no response waits for the mail
 * server, and none takes longer when an address is registered (which would
 * tell who is a member). The link's token is made when the email is sent:
 * the outbox never holds a usable secret.
 *
 * At least once: a row is leased before sending and deleted once sent; if the
 * process stops mid-send, the lease runs out and the email goes again (a
 * second confirmation link is harmless, a lost reset email is not). Failures
 * are retried with a growing delay, then given up (`failedAt`) and logged.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { accountEmails, emailChanges, users } from "#db/schema";
import {
  emailChangedMessage,
  resetPasswordMessage,
  verifyEmailMessage,
} from "#app/server/email-templates.server";
import { publicUrl, type Mailer, type MailMessage } from "#app/server/mail.server";
import { generateToken, hashToken } from "#app/server/tokens.server";
import { repeatEvery } from "#app/domain/repeat.server";
import { createEmailToken, EMAIL_CHANGE_UNDO_MS, normalizeEmail } from "./users.server";

export type AccountEmailKind = (typeof accountEmails.$inferSelect)["kind"];
type AccountEmailRow = typeof accountEmails.$inferSelect;

/** How long a row stays claimed by a sender before another run may try it again. */
const LEASE_MS = 2 * 60 * 1000;
/** Retries wait 30 s, then twice as long each time, up to an hour; then the email is given up. */
const FIRST_RETRY_MS = 30 * 1000;
const LONGEST_RETRY_MS = 60 * 60 * 1000;
export const MAX_ATTEMPTS = 8;
const BATCH_SIZE = 20;
const MAX_ERROR_LENGTH = 1000;

/** Queues an email for the background sender (in the caller's transaction, if any). */
export function queueAccountEmail(
  db: AppDatabase,
  email: { kind: AccountEmailKind; userId: string; email: string; emailChangeId?: number },
) {
  db.insert(accountEmails)
    .values({ ...email, email: normalizeEmail(email.email) })
    .run();
}

export type AccountEmailsReport = {
  sent: number;
  /** No longer worth sending (the account was deleted, the address changed, the change undone). */
  dropped: number;
  /** Failed, to be tried again later. */
  retried: number;
  /** Failed for the last time. */
  failed: number;
};

/**
 * Claims the emails due (a batch at most) and sends them; see the module
 * comment. Tests and commands call it directly; the server runs it in a loop
 * (startAccountEmails).
 */
export async function sendAccountEmails(
  db: AppDatabase,
  {
    mailer,
    now = new Date(),
    batchSize = BATCH_SIZE,
    onError = (error) => console.error("account email:", error),
  }: { mailer: Mailer; now?: Date; batchSize?: number; onError?: (error: unknown) => void },
): Promise<AccountEmailsReport> {
  const report: AccountEmailsReport = { sent: 0, dropped: 0, retried: 0, failed: 0 };
  for (const row of claimDueEmails(db, now, batchSize)) {
    const message = composeAccountEmail(db, row, now);
    if (!message) {
      db.delete(accountEmails).where(eq(accountEmails.id, row.id)).run();
      report.dropped += 1;
      continue;
    }
    try {
      await mailer.send(message);
      db.delete(accountEmails).where(eq(accountEmails.id, row.id)).run();
      report.sent += 1;
    } catch (error) {
      const lastError = describeError(error);
      if (row.attempts >= MAX_ATTEMPTS) {
        db.update(accountEmails)
          .set({ failedAt: now, lastError })
          .where(eq(accountEmails.id, row.id))
          .run();
        report.failed += 1;
        onError(new Error(`${row.kind} email ${row.id} given up: ${lastError}`));
      } else {
        const delay = Math.min(FIRST_RETRY_MS * 2 ** (row.attempts - 1), LONGEST_RETRY_MS);
        db.update(accountEmails)
          .set({ nextAttemptAt: now.getTime() + delay, lastError })
          .where(eq(accountEmails.id, row.id))
          .run();
        report.retried += 1;
      }
    }
  }
  return report;
}

/** Leases the due rows: one transaction, so two senders never claim the same row. */
function claimDueEmails(db: AppDatabase, now: Date, batchSize: number): AccountEmailRow[] {
  const nowMs = now.getTime();
  const due = and(isNull(accountEmails.failedAt), lte(accountEmails.nextAttemptAt, nowMs));
  return db.transaction(() => {
    const ids = db
      .select({ id: accountEmails.id })
      .from(accountEmails)
      .where(due)
      .orderBy(asc(accountEmails.id))
      .limit(batchSize)
      .all()
      .map((row) => row.id);
    if (ids.length === 0) return [];
    return db
      .update(accountEmails)
      .set({ attempts: sql`${accountEmails.attempts} + 1`, nextAttemptAt: nowMs + LEASE_MS })
      .where(and(inArray(accountEmails.id, ids), due))
      .returning()
      .all()
      .sort((a, b) => a.id - b.id);
  });
}

/** The email a row stands for, with a fresh link; null when it is no longer worth sending. */
function composeAccountEmail(db: AppDatabase, row: AccountEmailRow, now: Date): MailMessage | null {
  const member = db
    .select({
      email: users.email,
      firstName: users.firstName,
      locale: users.locale,
      deletedAt: users.deletedAt,
    })
    .from(users)
    .where(eq(users.id, row.userId))
    .get();
  if (!member || member.deletedAt) return null;
  const recipient = { locale: member.locale, firstName: member.firstName };
  const link = (path: string, token: string) =>
    publicUrl(`${path}?token=${encodeURIComponent(token)}`);
  switch (row.kind) {
    case "verify-email": {
      const token = createEmailToken(db, {
        userId: row.userId,
        purpose: "verify-email",
        email: row.email,
        now,
      });
      const url = link("/verifier-email", token);
      return { to: row.email, ...verifyEmailMessage({ ...recipient, url }) };
    }
    case "reset-password": {
      // The address changed since it was asked for: the link must not go to the old one.
      if (member.email !== row.email) return null;
      const token = createEmailToken(db, {
        userId: row.userId,
        purpose: "reset-password",
        email: row.email,
        now,
      });
      const url = link("/reinitialiser-mot-de-passe", token);
      return { to: row.email, ...resetPasswordMessage({ ...recipient, url }) };
    }
    case "email-changed": {
      const change =
        row.emailChangeId == null
          ? undefined
          : db.select().from(emailChanges).where(eq(emailChanges.id, row.emailChangeId)).get();
      if (!change || change.undoneAt) return null;
      const token = generateToken();
      db.update(emailChanges)
        .set({ undoTokenHash: hashToken(token) })
        .where(eq(emailChanges.id, change.id))
        .run();
      return {
        to: row.email,
        ...emailChangedMessage({
          ...recipient,
          newEmail: change.newEmail,
          url: link("/annuler-changement-email", token),
          until: new Date(change.changedAt.getTime() + EMAIL_CHANGE_UNDO_MS),
        }),
      };
    }
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

/**
 * Runs the sender in the server (app/main.server.ts), every second: each run
 * starts after the previous one ends. Returns `stop`, which waits for a run
 * in progress.
 */
export function startAccountEmails(
  db: AppDatabase,
  {
    mailer,
    intervalMs = 1000,
    onError = (error) => console.error("account emails:", error),
  }: { mailer: Mailer; intervalMs?: number; onError?: (error: unknown) => void },
): () => Promise<void> {
  return repeatEvery(
    intervalMs,
    async (isStopped) => {
      // A full batch means more may wait: go on until the outbox is drained.
      for (;;) {
        const report = await sendAccountEmails(db, { mailer, onError });
        const handled = report.sent + report.dropped + report.retried + report.failed;
        if (handled < BATCH_SIZE || isStopped()) return;
      }
    },
    onError,
  );
}
