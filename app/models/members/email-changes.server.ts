import { and, eq, gt, gte, isNull, lt, ne } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { accountEmails, emailChanges, emailTokens, sessions, users } from "#db/schema";
import { hashToken } from "#app/server/tokens.server";
import { refused, type Outcome } from "#app/models/refusals";
import { onInviteeConfirmed } from "#app/models/invitations/invitations.server";
import { queueAccountEmail } from "./account-emails.server";
import {
  consumeEmailToken,
  createEmailToken,
  EMAIL_CHANGE_UNDO_MS,
  findUserByEmail,
  normalizeEmail,
} from "./users.server";

/*
 * A member's email address: confirming it, changing it (the new address
 * confirms, the old one is told and can undo it for 7 days), undoing a change.
 */

/**
 * Whether `email` cannot go to a new account, or to `exceptUserId`: another
 * member's address, or one a member left less than 7 days ago (kept for them,
 * so that undoing the change can give it back). Both lookups always run, so
 * the time taken does not tell which it was.
 */
export function isAddressTaken(
  db: AppDatabase,
  email: string,
  { exceptUserId, now = new Date() }: { exceptUserId?: string; now?: Date } = {},
) {
  const owner = findUserByEmail(db, email);
  const reservation = db
    .select({ userId: emailChanges.userId })
    .from(emailChanges)
    .innerJoin(users, eq(users.id, emailChanges.userId))
    .where(
      and(
        eq(emailChanges.oldEmail, normalizeEmail(email)),
        isNull(emailChanges.undoneAt),
        gt(emailChanges.changedAt, new Date(now.getTime() - EMAIL_CHANGE_UNDO_MS)),
        isNull(users.deletedAt),
        exceptUserId ? ne(emailChanges.userId, exceptUserId) : undefined,
      ),
    )
    .get();
  return Boolean((owner && owner.id !== exceptUserId) || reservation);
}

/**
 * An email change takes effect when the new address is confirmed (the link
 * goes there); until then the old one stays. Nothing is said, and nothing
 * else is done, when the new address belongs to someone else: the answer and
 * its time are the same (the email is only queued).
 */
export function requestEmailChange(
  db: AppDatabase,
  member: { id: string; email: string | null },
  newEmail: string,
  now = new Date(),
) {
  const taken = isAddressTaken(db, newEmail, { exceptUserId: member.id, now });
  if (taken || normalizeEmail(newEmail) === member.email) return;
  queueAccountEmail(db, { kind: "verify-email", userId: member.id, email: newEmail });
}

/**
 * Confirms the address a verification link was sent to, once. For an email
 * change, the new address replaces the old one, unless another account has
 * taken it meanwhile; a confirmed old address is told, with a link to undo.
 */
export function confirmEmail(db: AppDatabase, token: string, now = new Date()) {
  return db.transaction(() => {
    const used = consumeEmailToken(db, token, "verify-email", now);
    if (!used) return undefined;
    if (isAddressTaken(db, used.email, { exceptUserId: used.userId, now })) return undefined;
    const member = db
      .select({ email: users.email, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(and(eq(users.id, used.userId), isNull(users.deletedAt)))
      .get();
    if (!member) return undefined;
    db.update(users)
      .set({ email: used.email, emailVerifiedAt: now })
      .where(eq(users.id, used.userId))
      .run();
    const firstConfirmation = !member.verifiedAt;
    // A neighbour who came through an invitation is now real: the inviter hears of it.
    if (firstConfirmation) onInviteeConfirmed(db, used.userId);
    // An address never confirmed is not told: it may not be the member's at all.
    if (member.email && member.email !== used.email && member.verifiedAt) {
      const change = db
        .insert(emailChanges)
        .values({
          userId: used.userId,
          oldEmail: member.email,
          newEmail: used.email,
          changedAt: now,
        })
        .returning({ id: emailChanges.id })
        .get();
      queueAccountEmail(db, {
        kind: "email-changed",
        userId: used.userId,
        email: member.email,
        emailChangeId: change.id,
      });
    }
    return { userId: used.userId, firstConfirmation };
  });
}

/** The change an undo link is for, if the link still works (for the page that offers it). */
export function findUndoableChange(db: AppDatabase, token: string, now = new Date()) {
  return db
    .select({ id: emailChanges.id, userId: emailChanges.userId, oldEmail: emailChanges.oldEmail })
    .from(emailChanges)
    .innerJoin(users, eq(users.id, emailChanges.userId))
    .where(
      and(
        eq(emailChanges.undoTokenHash, hashToken(token)),
        isNull(emailChanges.undoneAt),
        gt(emailChanges.changedAt, new Date(now.getTime() - EMAIL_CHANGE_UNDO_MS)),
        isNull(users.deletedAt),
      ),
    )
    .get();
}

/**
 * Undoes an address change from the link sent to the old address: the old
 * address comes back (confirmed: the link proves it), this change and any
 * later one are marked undone, every session ends, every pending link and
 * queued email of the account stops working, and the password is erased:
 * whoever made the change may know it. The member chooses a new one with the
 * reset token returned (the route opens the reset form with it; "mot de passe
 * oublié" works as well).
 *
 * Only the oldest change still open to undo can be undone: otherwise whoever
 * made a first change could make a second one and undo that, and get the
 * account back after its owner undid the first.
 */
export function undoEmailChange(
  db: AppDatabase,
  token: string,
  now = new Date(),
): Outcome<{ userId: string; email: string; resetToken: string }> {
  return db.transaction(() => {
    const change = findUndoableChange(db, token, now);
    if (!change) return refused({ reason: "undo-link-invalid" });
    const earlier = db
      .select({ id: emailChanges.id })
      .from(emailChanges)
      .where(
        and(
          eq(emailChanges.userId, change.userId),
          isNull(emailChanges.undoneAt),
          gt(emailChanges.changedAt, new Date(now.getTime() - EMAIL_CHANGE_UNDO_MS)),
          lt(emailChanges.id, change.id),
        ),
      )
      .get();
    if (earlier) return refused({ reason: "undo-superseded" });
    // Kept for the member all along (isAddressTaken); an account made otherwise (an import) wins.
    const owner = findUserByEmail(db, change.oldEmail);
    if (owner && owner.id !== change.userId) return refused({ reason: "undo-link-invalid" });

    db.update(users)
      .set({ email: change.oldEmail, emailVerifiedAt: now, passwordHash: null })
      .where(eq(users.id, change.userId))
      .run();
    db.update(emailChanges)
      .set({ undoneAt: now, undoTokenHash: null })
      .where(
        and(
          eq(emailChanges.userId, change.userId),
          isNull(emailChanges.undoneAt),
          gte(emailChanges.id, change.id),
        ),
      )
      .run();
    db.delete(sessions).where(eq(sessions.userId, change.userId)).run();
    db.delete(emailTokens)
      .where(and(eq(emailTokens.userId, change.userId), isNull(emailTokens.usedAt)))
      .run();
    db.delete(accountEmails).where(eq(accountEmails.userId, change.userId)).run();
    const resetToken = createEmailToken(db, {
      userId: change.userId,
      purpose: "reset-password",
      email: change.oldEmail,
      now,
    });
    return { ok: true, userId: change.userId, email: change.oldEmail, resetToken };
  });
}
