import { and, eq, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  accountEmails,
  blocks,
  emailChanges,
  emailDigests,
  emailSettings,
  emailTokens,
  follows,
  invitations,
  memberSkills,
  nameChanges,
  notificationPreferences,
  notifications,
  neighbourVerifications,
  places,
  roleGrants,
  sessions,
  users,
  vouches,
} from "#db/schema";
import type { Locale } from "#app/i18n/messages";
import { hashPassword } from "#app/server/password.server";
import { exportMemberMessages } from "#app/models/messages/conversations.server";
import { followHome } from "#app/models/notifications/follows.server";
import { acceptInvitation } from "#app/models/invitations/invitations.server";
import { setHome } from "./home.server";
import { queueAccountEmail } from "./account-emails.server";
import { isAddressTaken } from "./email-changes.server";
import { consumeEmailToken, createMember, findUserByEmail } from "./users.server";

/**
 * Account flows that send email. Each answers the same way, in the same
 * time, whether or not the address is registered, so nobody can use them to
 * learn who is a member: the password is hashed either way, and emails are
 * only queued (account-emails.server.ts), never sent while the request waits.
 */
export async function signUpMember(
  db: AppDatabase,
  input: {
    firstName: string;
    lastName: string;
    email: string;
    password: string;
    homePlaceId: number;
    badgeStyle: "feminine" | "masculine" | "neutral";
    locale: Locale;
    /** The personal invite link the member came through, if any. */
    invitationToken?: string | null;
  },
): Promise<{ created: boolean }> {
  // Hash first: the time taken must not depend on whether the email exists.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(() => {
    if (isAddressTaken(db, input.email)) return { created: false };
    const userId = createMember(db, {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      passwordHash,
      homePlaceId: input.homePlaceId,
      locale: input.locale,
      badgeStyle: input.badgeStyle,
    });
    // Every member hears of what is new around home from the start (changeable in /parametres/suivis).
    followHome(db, userId);
    if (input.invitationToken) acceptInvitation(db, input.invitationToken, userId);
    queueVerificationEmail(db, { userId, email: input.email });
    return { created: true };
  });
}

/** A link to confirm `email` (the member's address, or the new one they asked for). */
export function queueVerificationEmail(db: AppDatabase, member: { userId: string; email: string }) {
  queueAccountEmail(db, { kind: "verify-email", userId: member.userId, email: member.email });
}

export function requestPasswordReset(db: AppDatabase, email: string) {
  const user = findUserByEmail(db, email);
  if (!user?.email) return;
  queueAccountEmail(db, { kind: "reset-password", userId: user.id, email: user.email });
}

/** Sets a new password from a reset link, once; the caller then ends every other session. */
export async function resetPasswordWithToken(db: AppDatabase, token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(() => {
    const used = consumeEmailToken(db, token, "reset-password");
    if (!used) return undefined;
    // Following the link proves the address too.
    db.update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, unixepoch())` })
      .where(eq(users.id, used.userId))
      .run();
    return { userId: used.userId };
  });
}

/** Changes a member's name; the change is logged (members are known by their real names). */
export function changeName(
  db: AppDatabase,
  userId: string,
  name: { firstName: string; lastName: string },
) {
  db.transaction(() => {
    const current = db
      .select({ firstName: users.firstName, lastName: users.lastName })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!current) return;
    if (current.firstName === name.firstName && current.lastName === name.lastName) return;
    db.insert(nameChanges)
      .values({
        userId,
        oldFirstName: current.firstName,
        oldLastName: current.lastName,
        newFirstName: name.firstName,
        newLastName: name.lastName,
      })
      .run();
    db.update(users).set(name).where(eq(users.id, userId)).run();
  });
}

/** Moving: the verified-neighbour badge belonged to the old place, so it is dropped (see activeVerification). */
export function changeHomePlace(db: AppDatabase, userId: string, placeId: number) {
  setHome(db, userId, { placeId });
}

export function changeLocale(db: AppDatabase, userId: string, locale: Locale) {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export async function changePassword(db: AppDatabase, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

/** "Download my data": everything stored about the member, as JSON (never the password hash). */
export function exportMemberData(db: AppDatabase, userId: string) {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const { passwordHash: _passwordHash, ...profile } = user;
  const homePlace =
    user.homePlaceId != null
      ? db
          .select({ code: places.code, name: places.name })
          .from(places)
          .where(eq(places.id, user.homePlaceId))
          .get()
      : null;
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...profile, homePlace },
    sessions: db
      .select({
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .all(),
    nameChanges: db.select().from(nameChanges).where(eq(nameChanges.userId, userId)).all(),
    emailChanges: db
      .select({
        oldEmail: emailChanges.oldEmail,
        newEmail: emailChanges.newEmail,
        changedAt: emailChanges.changedAt,
        undoneAt: emailChanges.undoneAt,
      })
      .from(emailChanges)
      .where(eq(emailChanges.userId, userId))
      .all(),
    verifications: db
      .select()
      .from(neighbourVerifications)
      .where(eq(neighbourVerifications.userId, userId))
      .all(),
    vouchesGiven: db.select().from(vouches).where(eq(vouches.voucherId, userId)).all(),
    vouchesReceived: db.select().from(vouches).where(eq(vouches.voucheeId, userId)).all(),
    roles: db.select().from(roleGrants).where(eq(roleGrants.userId, userId)).all(),
    conversations: exportMemberMessages(db, userId),
    blocked: db
      .select({ memberId: blocks.blockedId, createdAt: blocks.createdAt })
      .from(blocks)
      .where(eq(blocks.blockerId, userId))
      .all(),
  };
}

/**
 * Deletes an account: personal data is erased and sessions end. The row
 * stays (as "Ancien membre") so that what the member wrote keeps its place.
 */
export function deleteAccount(db: AppDatabase, userId: string) {
  db.transaction(() => {
    db.delete(sessions).where(eq(sessions.userId, userId)).run();
    db.delete(emailTokens).where(eq(emailTokens.userId, userId)).run();
    db.delete(accountEmails).where(eq(accountEmails.userId, userId)).run();
    db.delete(emailChanges).where(eq(emailChanges.userId, userId)).run();
    db.delete(nameChanges).where(eq(nameChanges.userId, userId)).run();
    db.delete(neighbourVerifications).where(eq(neighbourVerifications.userId, userId)).run();
    db.delete(vouches).where(eq(vouches.voucheeId, userId)).run();
    db.delete(roleGrants).where(eq(roleGrants.userId, userId)).run();
    // Messages stay for the other member (signed "Ancien membre"); whom they blocked goes.
    db.delete(blocks).where(eq(blocks.blockerId, userId)).run();
    // What was addressed to them, and what would keep writing to them.
    db.delete(notifications).where(eq(notifications.userId, userId)).run();
    db.delete(emailDigests).where(eq(emailDigests.userId, userId)).run();
    db.delete(follows).where(eq(follows.userId, userId)).run();
    db.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId)).run();
    db.delete(emailSettings).where(eq(emailSettings.userId, userId)).run();
    db.delete(memberSkills).where(eq(memberSkills.userId, userId)).run();
    // Links not yet used stop working; accepted ones stay the invitee's record.
    db.delete(invitations)
      .where(and(eq(invitations.inviterId, userId), isNull(invitations.acceptedAt)))
      .run();
    db.update(users)
      .set({
        email: null,
        emailVerifiedAt: null,
        firstName: "",
        lastName: "",
        passwordHash: null,
        homePlaceId: null,
        bio: null,
        isAdmin: false,
        deletedAt: new Date(),
      })
      .where(eq(users.id, userId))
      .run();
  });
}
