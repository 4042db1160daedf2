import { eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { users } from "#db/schema";
import { resetPasswordMessage, verifyEmailMessage } from "#app/emails/templates.server";
import type { Locale } from "#app/i18n/messages";
import { hashPassword } from "#app/utils/password.server";
import { publicUrl, sendMail } from "#app/utils/mail.server";
import { consumeEmailToken, createEmailToken, createMember, findUserByEmail } from "./user.server";

/**
 * Account flows that send email. Each answers the same way whether or not the
 * address is registered, so nobody can use them to learn who is a member.
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
  },
): Promise<{ created: boolean }> {
  // Hash first: the time taken must not depend on whether the email exists.
  const passwordHash = await hashPassword(input.password);
  if (findUserByEmail(db, input.email)) return { created: false };
  const userId = createMember(db, {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    passwordHash,
    homePlaceId: input.homePlaceId,
    locale: input.locale,
    badgeStyle: input.badgeStyle,
  });
  await sendVerificationEmail(db, {
    userId,
    email: input.email,
    firstName: input.firstName,
    locale: input.locale,
  });
  return { created: true };
}

export async function sendVerificationEmail(
  db: AppDatabase,
  member: { userId: string; email: string; firstName: string; locale: Locale },
) {
  const token = createEmailToken(db, {
    userId: member.userId,
    purpose: "verify-email",
    email: member.email,
  });
  const url = publicUrl(`/verifier-email?token=${encodeURIComponent(token)}`);
  await sendMail({
    to: member.email,
    ...verifyEmailMessage({ locale: member.locale, firstName: member.firstName, url }),
  });
}

export async function requestPasswordReset(db: AppDatabase, email: string) {
  const user = findUserByEmail(db, email);
  if (!user?.email) return;
  const token = createEmailToken(db, {
    userId: user.id,
    purpose: "reset-password",
    email: user.email,
  });
  const url = publicUrl(`/reinitialiser-mot-de-passe?token=${encodeURIComponent(token)}`);
  await sendMail({
    to: user.email,
    ...resetPasswordMessage({ locale: user.locale, firstName: user.firstName, url }),
  });
}

/**
 * Confirms the address a verification link was sent to, once. For an email
 * change, the new address replaces the old one, unless another account has
 * taken it meanwhile.
 */
export function confirmEmail(db: AppDatabase, token: string) {
  return db.transaction(() => {
    const used = consumeEmailToken(db, token, "verify-email");
    if (!used) return undefined;
    const owner = findUserByEmail(db, used.email);
    if (owner && owner.id !== used.userId) return undefined;
    db.update(users)
      .set({ email: used.email, emailVerifiedAt: new Date() })
      .where(eq(users.id, used.userId))
      .run();
    return { userId: used.userId };
  });
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
