import { and, eq, gt, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { emailTokens, places, users } from "#db/schema";
import { generateId, generateToken, hashToken } from "#app/server/tokens.server";

export type EmailTokenPurpose = "verify-email" | "reset-password";

/** How long an emailed link stays valid. */
export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  "verify-email": 24 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

/**
 * How long the old address can undo a change of address (the link sent to it),
 * and stays reserved for its member meanwhile.
 */
export const EMAIL_CHANGE_UNDO_MS = 7 * 24 * 60 * 60 * 1000;

/** Emails are compared in lowercase, without surrounding spaces. */
export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: AppDatabase, email: string) {
  return db
    .select()
    .from(users)
    .where(and(eq(users.email, normalizeEmail(email)), isNull(users.deletedAt)))
    .get();
}

export function createMember(
  db: AppDatabase,
  member: {
    firstName: string;
    lastName: string;
    email: string;
    passwordHash: string;
    homePlaceId: number;
    locale: "fr" | "en";
    badgeStyle?: "feminine" | "masculine" | "neutral";
    emailVerifiedAt?: Date | null;
    isAdmin?: boolean;
  },
) {
  const id = generateId();
  db.insert(users)
    .values({
      id,
      email: normalizeEmail(member.email),
      firstName: member.firstName,
      lastName: member.lastName,
      passwordHash: member.passwordHash,
      homePlaceId: member.homePlaceId,
      locale: member.locale,
      badgeStyle: member.badgeStyle ?? "neutral",
      emailVerifiedAt: member.emailVerifiedAt ?? null,
      isAdmin: member.isAdmin ?? false,
    })
    .run();
  return id;
}

/** A new single-use link for `purpose`; only its hash is stored. */
export function createEmailToken(
  db: AppDatabase,
  {
    userId,
    purpose,
    email,
    now = new Date(),
  }: { userId: string; purpose: EmailTokenPurpose; email: string; now?: Date },
) {
  const token = generateToken();
  db.insert(emailTokens)
    .values({
      tokenHash: hashToken(token),
      userId,
      purpose,
      email: normalizeEmail(email),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    })
    .run();
  return token;
}

/** The row of `token` if it serves `purpose` and is neither used nor expired. */
function usableToken(token: string, purpose: EmailTokenPurpose, now: Date) {
  return and(
    eq(emailTokens.tokenHash, hashToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, now),
  );
}

/** The token's row if it is valid for `purpose` (unused, unexpired), without using it. */
export function findValidEmailToken(
  db: AppDatabase,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  return db
    .select()
    .from(emailTokens)
    .where(usableToken(token, purpose, now))
    .get();
}

/**
 * Uses a token: marks it used and returns it, or undefined if it was invalid,
 * expired or already used. One UPDATE, so two clicks cannot both succeed.
 */
export function consumeEmailToken(
  db: AppDatabase,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  return db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(usableToken(token, purpose, now))
    .returning()
    .get();
}

/** What a public profile shows. */
export function getMemberProfile(db: AppDatabase, id: string) {
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      createdAt: users.createdAt,
      deletedAt: users.deletedAt,
      badgeStyle: users.badgeStyle,
      homePlaceId: users.homePlaceId,
      placeName: places.name,
      placeSlug: places.slug,
    })
    .from(users)
    .leftJoin(places, eq(places.id, users.homePlaceId))
    .where(eq(users.id, id))
    .get();
}
