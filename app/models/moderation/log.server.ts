import { and, desc, eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { comments, moderationActions, organisations } from "#db/schema";
import type { LogTarget, ModerationActionKind } from "#app/domain/moderation";
import { organisationPath } from "#app/domain/directory";
import { questionPath } from "#app/models/questions/paths";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";

const DAY_MS = 24 * 60 * 60 * 1000;

export const LOG_PAGE_SIZE = 30;

export type LogEntry = {
  id: number;
  createdAt: Date;
  action: ModerationActionKind;
  targetType: LogTarget;
  rule: string;
  actorRole: "moderator" | "ambassador" | "admin" | "community";
  suspensionDays: number | null;
  /** Why staff withdrew a listing's manager or merged a listing: public, unlike the reasons told to authors. */
  publicReason: string | null;
  /** Only while the content is visible to everyone. */
  href: string | null;
};

/**
 * The public moderation log of a place, newest first: what, when, which rule,
 * by which role. No names (flaggers, moderators, members) and no content.
 */
export function moderationLog(db: AppDatabase, placeId: number, page = 1) {
  const rows = db
    .select()
    .from(moderationActions)
    .where(eq(moderationActions.placeId, placeId))
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(LOG_PAGE_SIZE + 1)
    .offset((page - 1) * LOG_PAGE_SIZE)
    .all();
  const entries: LogEntry[] = rows.slice(0, LOG_PAGE_SIZE).map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    targetType: row.targetType,
    rule: row.rule,
    actorRole: row.actorRole,
    suspensionDays: row.suspendedUntil
      ? Math.round((row.suspendedUntil.getTime() - row.createdAt.getTime()) / DAY_MS)
      : null,
    publicReason:
      row.action === "revoke-claim" || row.action === "merge-listing" ? row.reason : null,
    href: publicHref(db, row.targetType, row.targetId),
  }));
  return { entries, hasMore: rows.length > LOG_PAGE_SIZE };
}

function publicHref(db: AppDatabase, targetType: LogTarget, targetId: string) {
  const id = Number(targetId);
  if (targetType === "organisation") {
    const listing = db
      .select({ id: organisations.id, slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.id, id))
      .get();
    return listing ? organisationPath(listing) : null;
  }
  if (targetType === "question") {
    const question = getQuestion(db, id);
    return question && !question.deletedAt ? questionPath(question) : null;
  }
  if (targetType === "answer") {
    const answer = getAnswer(db, id);
    const question = answer && getQuestion(db, answer.questionId);
    return answer && question && !answer.deletedAt && !question.deletedAt
      ? `${questionPath(question)}#reponse-${answer.id}`
      : null;
  }
  if (targetType === "comment") {
    const comment = db.select().from(comments).where(eq(comments.id, id)).get();
    const question = comment && getQuestion(db, comment.questionId);
    return comment && question && !comment.deletedAt && !question.deletedAt
      ? questionPath(question)
      : null;
  }
  return null;
}

/**
 * Why moderation removed these posts, for their authors and moderators on
 * the question page: the rule of the latest decision that removed each.
 */
export function removalRules(
  db: AppDatabase,
  posts: { targetType: "question" | "answer"; id: number }[],
) {
  const rules = new Map<string, string>();
  for (const post of posts) {
    const row = db
      .select({ rule: moderationActions.rule })
      .from(moderationActions)
      .where(
        and(
          eq(moderationActions.targetType, post.targetType),
          eq(moderationActions.targetId, String(post.id)),
          inArray(moderationActions.action, ["auto-hide", "hide", "delete"]),
        ),
      )
      .orderBy(desc(moderationActions.id))
      .get();
    if (row) rules.set(`${post.targetType}:${post.id}`, row.rule);
  }
  return rules;
}
