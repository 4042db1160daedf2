import { sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { rateLimits } from "#db/schema";
import type { Translate } from "#app/i18n/i18n";

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * The limits actions check themselves, on what they count: sign-in
 * failures per account, questions posted, reset e-mails per address… Each is
 * shown in its form. Every action also has a request limit (ACTION_LIMITS).
 */
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
  verificationCodePerUser: { limit: 10, windowSeconds: 60 * 60 },
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

const minutes = (n: number) => n * 60;
const hours = (n: number) => n * 60 * 60;

/**
 * Every action's request limit (docs/decisions/016-every-action-limited.md):
 * each route action names one (app/server/actions.server.ts), per intent
 * when it has several, and every request with that intent counts, valid or
 * not, before the action runs: per member when signed in, and per IP. Set at
 * or above the limits in RATE_LIMITS, so a person meets those first, in
 * their form; these stop floods. E-mails to an address typed into a form are
 * the strictest: each one can land in a stranger's inbox.
 */
export const ACTION_LIMITS = {
  // E-mail to a typed address.
  emailChange: { perMember: rule(3, hours(1)), perIp: rule(10, hours(1)) },
  signUp: { perIp: rule(10, hours(1)) },
  passwordResetRequest: { perIp: rule(10, hours(1)) },
  verificationEmail: { perMember: rule(5, hours(1)), perIp: rule(20, hours(1)) },
  // Secrets checked against guesses: the password, a reset link, a sign-in.
  passwordChange: { perMember: rule(10, hours(1)), perIp: rule(30, hours(1)) },
  passwordReset: { perIp: rule(20, hours(1)) },
  signIn: { perIp: rule(60, minutes(15)) },
  passwordConfirmation: { perMember: rule(20, minutes(15)), perIp: rule(60, minutes(15)) },
  emailChangeUndo: { perIp: rule(20, hours(1)) },
  verificationCode: { perMember: rule(20, hours(1)), perIp: rule(60, hours(1)) },
  // The member's own account.
  profile: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  sessions: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  follows: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  // Local news (ADR 027): a publisher posts a few a day; the first-day limit counts posts.
  news: { perMember: rule(20, hours(24)), perIp: rule(80, hours(24)) },
  emailPreferences: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  language: { perMember: rule(60, minutes(10)), perIp: rule(120, minutes(10)) },
  signOut: { perMember: rule(30, minutes(10)), perIp: rule(120, minutes(10)) },
  visitorPlace: { perMember: rule(60, minutes(10)), perIp: rule(120, minutes(10)) },
  invitation: { perMember: rule(30, hours(24)), perIp: rule(120, hours(24)) },
  // Writing for others to read.
  ask: { perMember: rule(20, hours(1)), perIp: rule(80, hours(1)) },
  answer: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  comment: { perMember: rule(120, hours(1)), perIp: rule(480, hours(1)) },
  edit: { perMember: rule(120, hours(1)), perIp: rule(480, hours(1)) },
  message: { perMember: rule(120, hours(1)), perIp: rule(480, hours(1)) },
  preview: { perMember: rule(120, minutes(10)), perIp: rule(480, minutes(10)) },
  // Claiming a directory listing, or adding one: staff check each by hand.
  claim: { perMember: rule(10, hours(24)), perIp: rule(40, hours(24)) },
  // A partner's bons plans: each new one notifies the listing's followers.
  deal: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  dealTake: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  // The agenda: publishing events, changing their dates, registering to them.
  eventPublish: { perMember: rule(20, hours(24)), perIp: rule(80, hours(24)) },
  eventManage: { perMember: rule(120, hours(1)), perIp: rule(480, hours(1)) },
  eventRegister: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  // Acting on others' posts and members.
  vote: { perMember: rule(600, hours(1)), perIp: rule(2400, hours(1)) },
  react: { perMember: rule(120, hours(1)), perIp: rule(480, hours(1)) },
  removal: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  closing: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  flag: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  block: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  vouch: { perMember: rule(30, hours(1)), perIp: rule(120, hours(1)) },
  vouchRequest: { perMember: rule(20, hours(1)), perIp: rule(80, hours(1)) },
  notificationsRead: { perMember: rule(600, hours(1)), perIp: rule(2400, hours(1)) },
  unsubscribe: { perIp: rule(600, hours(1)) },
  // A page with a broken policy reports on every visit: enough to see it, not to flood the log.
  cspReport: { perIp: rule(60, minutes(10)) },
  // Staff.
  moderate: { perMember: rule(600, hours(1)), perIp: rule(2400, hours(1)) },
  // Recording, renewing and ending partnerships: a few a day per ambassador.
  partnership: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
  codeBatch: { perMember: rule(10, hours(24)), perIp: rule(30, hours(24)) },
  appointment: { perMember: rule(60, hours(1)), perIp: rule(240, hours(1)) },
} satisfies Record<string, ActionLimit>;

export type ActionLimit = { perMember?: RateLimitRule; perIp: RateLimitRule };
export type ActionLimitName = keyof typeof ACTION_LIMITS;

function rule(limit: number, windowSeconds: number): RateLimitRule {
  return { limit, windowSeconds };
}

/**
 * Counts one request against an action limit, per member (when signed in)
 * and per IP: allowed only if both are, else the longer wait. Both count,
 * so one IP cannot take turns between accounts.
 */
export function hitActionLimit(
  db: AppDatabase,
  name: ActionLimitName,
  who: { memberId: string | null; ip: string },
  now = Date.now(),
): RateLimitResult {
  const limit: ActionLimit = ACTION_LIMITS[name];
  const hits = [hitRateLimit(db, `action:${name}:ip:${who.ip}`, limit.perIp, now)];
  if (limit.perMember && who.memberId) {
    hits.push(hitRateLimit(db, `action:${name}:member:${who.memberId}`, limit.perMember, now));
  }
  const refused = hits.filter((hit) => !hit.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(...refused.map((hit) => hit.retryAfterSeconds)),
  };
}

/** "Trop de tentatives. Réessayez dans 12 min.": how every rate limit explains itself. */
export function rateLimitMessage(t: Translate, retryAfterSeconds: number) {
  return t("form.rateLimited", { minutes: Math.ceil(retryAfterSeconds / 60) });
}

/** A 429, and when to try again. */
export function rateLimitInit(retryAfterSeconds: number): ResponseInit {
  return { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } };
}
