import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { rateLimits } from "#db/schema";

export type RateLimitRule = { limit: number; windowSeconds: number };

/** The limits on actions that attract abuse, per IP and per account or address. */
export const RATE_LIMITS = {
  signInPerIp: { limit: 20, windowSeconds: 15 * 60 },
  signInPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 5, windowSeconds: 60 * 60 },
  // The password asked again (sudo mode): every try per IP, failures per member, as at sign-in.
  reauthenticatePerIp: { limit: 20, windowSeconds: 15 * 60 },
  reauthenticatePerMember: { limit: 5, windowSeconds: 15 * 60 },
  // Undo links are long random tokens: this only stops a script hammering the page.
  undoEmailChangePerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 5, windowSeconds: 60 * 60 },
  resetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  verificationEmailPerUser: { limit: 3, windowSeconds: 60 * 60 },
  // A new confirmation link asked for by address (an expired link's page, signed out).
  confirmationResendPerIp: { limit: 10, windowSeconds: 60 * 60 },
  verificationCodePerUser: { limit: 10, windowSeconds: 60 * 60 },
  previewPerUser: { limit: 120, windowSeconds: 10 * 60 },
  // Posting: generous for a neighbour, tight for a script.
  askPerUser: { limit: 10, windowSeconds: 60 * 60 },
  answerPerUser: { limit: 30, windowSeconds: 60 * 60 },
  commentPerUser: { limit: 60, windowSeconds: 60 * 60 },
  votePerUser: { limit: 300, windowSeconds: 60 * 60 },
  editPerUser: { limit: 60, windowSeconds: 60 * 60 },
  messagePerUser: { limit: 60, windowSeconds: 60 * 60 },
  // Asking neighbours to vouch: a few a day is all a new neighbour needs.
  vouchRequestPerUser: { limit: 5, windowSeconds: 24 * 60 * 60 },
  // Following and unfollowing communes, creating invite links: a neighbour's pace, not a script's.
  followPerUser: { limit: 60, windowSeconds: 60 * 60 },
  invitationPerUser: { limit: 10, windowSeconds: 24 * 60 * 60 },
  // Reports: plenty for a neighbour who cleans up a spam wave, not for a flagging script.
  flagPerUser: { limit: 30, windowSeconds: 60 * 60 },
  moderatePerUser: { limit: 300, windowSeconds: 60 * 60 },
  // A page with a broken policy reports on every visit: enough to see it, not to flood the log.
  cspReportPerIp: { limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window and says whether it is
 * allowed. One atomic UPSERT, so concurrent requests (and processes) cannot
 * both slip under the limit.
 */
export function hitRateLimit(
  db: AppDatabase,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): RateLimitResult {
  const nowSeconds = Math.floor(now / 1000);
  const row = db
    .insert(rateLimits)
    .values({ key, count: 1, resetAt: nowSeconds + rule.windowSeconds })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.resetAt} <= ${nowSeconds} THEN 1 ELSE ${rateLimits.count} + 1 END`,
        resetAt: sql`CASE WHEN ${rateLimits.resetAt} <= ${nowSeconds} THEN ${nowSeconds + rule.windowSeconds} ELSE ${rateLimits.resetAt} END`,
      },
    })
    .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt })
    .get();
  return {
    allowed: row.count <= rule.limit,
    retryAfterSeconds: Math.max(1, row.resetAt - nowSeconds),
  };
}

/** Whether `key` is already over its limit, without counting a hit (e.g. failed sign-ins). */
export function isRateLimited(
  db: AppDatabase,
  key: string,
  rule: RateLimitRule,
  now = Date.now(),
): RateLimitResult {
  const nowSeconds = Math.floor(now / 1000);
  const row = db
    .select({ count: rateLimits.count, resetAt: rateLimits.resetAt })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${key}`)
    .get();
  if (!row || row.resetAt <= nowSeconds) return { allowed: true, retryAfterSeconds: 0 };
  return {
    allowed: row.count < rule.limit,
    retryAfterSeconds: Math.max(1, row.resetAt - nowSeconds),
  };
}

/** Forgets a key's hits (a successful sign-in clears the account's failures). */
export function resetRateLimit(db: AppDatabase, key: string) {
  db.delete(rateLimits)
    .where(sql`${rateLimits.key} = ${key}`)
    .run();
}
