import { and, count, eq, gte } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, messages, newsPosts, questions, users } from "#db/schema";
import type { NewMemberRefusal } from "./refusals";

/**
 * What a member may post in their first day after confirming their email
 * (docs/moderation.md): enough to ask and help, too little for a spammer's
 * run. The counters read the posts themselves, so nothing can drift.
 */
export const NEW_MEMBER_WINDOW_MS = 24 * 60 * 60 * 1000;
export const NEW_MEMBER_LIMITS = {
  question: 3,
  answer: 10,
  message: 20,
  news: 2,
  linksPerPost: 2,
} as const;

/** What a new member writes: each has its link limit; all but comments a daily count. */
export type LimitedAction = "question" | "answer" | "comment" | "message" | "news";
type CountedAction = Exclude<LimitedAction, "comment">;

/**
 * Links in a post, as a reader would count them: bare URLs, `www.` addresses
 * and Markdown links (a Markdown link whose text is its URL counts once).
 */
export function countLinks(text: string): number {
  const markdownLink = /\[[^\]]*\]\(\s*<?[^)\s>]+>?[^)]*\)/g;
  const markdownLinks = text.match(markdownLink)?.length ?? 0;
  const bare = text.replace(markdownLink, " ").match(/\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi);
  return markdownLinks + (bare?.length ?? 0);
}

/** When the member's first day ends, or null if it has (or never started: email unconfirmed). */
export function newMemberUntil(db: AppDatabase, userId: string, now = new Date()): Date | null {
  const user = db
    .select({ emailVerifiedAt: users.emailVerifiedAt, isAdmin: users.isAdmin })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user?.emailVerifiedAt || user.isAdmin) return null;
  const until = new Date(user.emailVerifiedAt.getTime() + NEW_MEMBER_WINDOW_MS);
  return until > now ? until : null;
}

/**
 * Why a new member may not post this now, or null. `body` is the text being
 * posted (its links are counted); `action` is counted against the day's limit.
 */
export function newMemberRefusal(
  db: AppDatabase,
  userId: string,
  action: LimitedAction,
  body: string,
  now = new Date(),
): NewMemberRefusal | null {
  const until = newMemberUntil(db, userId, now);
  if (!until) return null;
  const since = new Date(until.getTime() - NEW_MEMBER_WINDOW_MS);
  if (countLinks(body) > NEW_MEMBER_LIMITS.linksPerPost) {
    return { reason: "new-member-links", limit: NEW_MEMBER_LIMITS.linksPerPost, until };
  }
  if (action === "comment") return null;
  const limit = NEW_MEMBER_LIMITS[action];
  if (postsSince(db, userId, action, since) >= limit) {
    return { reason: "new-member-limit", action, limit, until };
  }
  return null;
}

function postsSince(db: AppDatabase, userId: string, action: CountedAction, since: Date) {
  if (action === "question") {
    return db
      .select({ n: count() })
      .from(questions)
      .where(and(eq(questions.authorId, userId), gte(questions.createdAt, since)))
      .get()!.n;
  }
  if (action === "news") {
    return db
      .select({ n: count() })
      .from(newsPosts)
      .where(and(eq(newsPosts.authorId, userId), gte(newsPosts.createdAt, since)))
      .get()!.n;
  }
  if (action === "answer") {
    return db
      .select({ n: count() })
      .from(answers)
      .where(and(eq(answers.authorId, userId), gte(answers.createdAt, since)))
      .get()!.n;
  }
  return db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.senderId, userId), gte(messages.createdAt, since)))
    .get()!.n;
}
