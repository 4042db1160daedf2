import { randomBytes } from "node:crypto";
import type { AppDatabase } from "#db/client";
import { sessions } from "#db/schema";

/** The session cookie of app/server/auth.server.ts. */
export const SESSION_COOKIE = "cdm_session";

/**
 * A session for `userId` written straight into the database, valid a day:
 * its id as the session cookie signs the member in, as if they had typed
 * their password at `passwordTypedAt` (sudo mode, ADR 013: now by default;
 * null for a session opened by an emailed link).
 */
export function insertSession(
  db: AppDatabase,
  userId: string,
  userAgent = "Playwright",
  passwordTypedAt: Date | null = new Date(),
): string {
  const sessionId = randomBytes(20).toString("hex");
  db.insert(sessions)
    .values({
      id: sessionId,
      userId,
      expiresAt: Math.floor(Date.now() / 1000) + 24 * 3600,
      createdAt: new Date(),
      userAgent,
      authenticatedAt: passwordTypedAt,
    })
    .run();
  return sessionId;
}
