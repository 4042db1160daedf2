import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { sessions, users } from "#db/schema";
import { verifyAgainstNothing, verifyPassword } from "#app/server/password.server";
import {
  hitRateLimit,
  isRateLimited,
  RATE_LIMITS,
  resetRateLimit,
} from "#app/server/rate-limit.server";
import { refused, type Outcome } from "#app/models/refusals";

/**
 * Sudo mode (app/domain/reauthentication.ts): the member types their password
 * again, and their session may do sensitive things for the next 10 minutes.
 * Limited like signing in: every try counts per IP, failures per member.
 */
export async function confirmPassword(
  db: AppDatabase,
  {
    userId,
    sessionId,
    password,
    ip,
    now = new Date(),
  }: { userId: string; sessionId: string; password: string; ip: string; now?: Date },
): Promise<Outcome> {
  const perIp = hitRateLimit(db, `reauth:ip:${ip}`, RATE_LIMITS.reauthenticatePerIp, now.getTime());
  if (!perIp.allowed) return rateLimited(perIp.retryAfterSeconds);
  const memberKey = `reauth:member:${userId}`;
  const perMember = isRateLimited(
    db,
    memberKey,
    RATE_LIMITS.reauthenticatePerMember,
    now.getTime(),
  );
  if (!perMember.allowed) return rateLimited(perMember.retryAfterSeconds);

  const member = db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  const valid = member?.passwordHash
    ? await verifyPassword(member.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!valid) {
    hitRateLimit(db, memberKey, RATE_LIMITS.reauthenticatePerMember, now.getTime());
    return refused({ reason: "wrong-password" });
  }
  resetRateLimit(db, memberKey);
  // The member's own session only: a session id from elsewhere changes nothing.
  const marked = db
    .update(sessions)
    .set({ authenticatedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .run();
  return marked.changes === 1 ? { ok: true } : refused({ reason: "not-found" });
}

const rateLimited = (retryAfterSeconds: number) =>
  refused({ reason: "rate-limited", retryAfterSeconds });
