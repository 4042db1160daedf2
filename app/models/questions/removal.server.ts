import { and, eq, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, questions } from "#db/schema";
import type { ModerationState } from "#app/domain/moderation";
import type { PostType } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { isModeratorFor, type Actor } from "#app/models/members/privileges.server";
import { reverseAction } from "#app/models/reputation/reputation.server";
import { refused, type Outcome } from "#app/models/refusals";
import { loadPost } from "./posts.server";

/**
 * Soft-deletes a post. Authors delete their own (not a question whose answers
 * were upvoted or accepted: that would erase the neighbours' help); moderators
 * of the place delete anything. Deleting an accepted answer withdraws the
 * acceptance and its reputation.
 */
export function deletePost(
  { db, search }: Store,
  actor: Actor,
  postType: PostType,
  postId: number,
  at = new Date(),
): Outcome<{ questionId: number }> {
  const target = loadPost(db, postType, postId);
  if (!target || target.post.deletedAt) return refused({ reason: "not-found" });
  const { post, question } = target;
  const moderator = isModeratorFor(db, actor, question.placeId);
  if (post.authorId !== actor.id && !moderator) return refused({ reason: "not-allowed" });
  if (postType === "question" && !moderator && hasValuedAnswers(db, question)) {
    return refused({ reason: "has-answers" });
  }
  removePost({ db, search }, { postType, post, question }, { byId: actor.id, at });
  return { ok: true, questionId: question.id };
}

/** A question or answer, with its question (itself, for a question), as removal needs them. */
type PostInQuestion = {
  postType: PostType;
  post: { id: number; deletedAt: Date | null };
  question: { id: number; acceptedAnswerId: number | null };
};

/**
 * Takes a question or answer out of view (soft delete), keeping the
 * question's answer count, its accepted answer (and that reputation) and its
 * search document right. The one path for authors, moderators and the flag
 * threshold: `moderation` marks a removal by moderation, with the reason its
 * author sees. A post already removed only gets its moderation state updated.
 */
export function removePost(
  { db, search }: Store,
  { postType, post, question }: PostInQuestion,
  removal: {
    byId: string | null;
    at: Date;
    moderation?: { state: ModerationState; reason: string | null };
  },
) {
  const marks = {
    moderationState: removal.moderation?.state ?? null,
    moderationReason: removal.moderation?.reason ?? null,
  };
  db.transaction(() => {
    const table = postType === "question" ? questions : answers;
    if (post.deletedAt) {
      db.update(table).set(marks).where(eq(table.id, post.id)).run();
      return;
    }
    db.update(table)
      .set({ deletedAt: removal.at, deletedById: removal.byId, ...marks })
      .where(eq(table.id, post.id))
      .run();
    if (postType === "answer") {
      const wasAccepted = question.acceptedAnswerId === post.id;
      if (wasAccepted) reverseAction(db, `accept:${post.id}`, removal.at);
      db.update(questions)
        .set({
          answerCount: sql`${questions.answerCount} - 1`,
          acceptedAnswerId: wasAccepted ? null : question.acceptedAnswerId,
        })
        .where(eq(questions.id, question.id))
        .run();
    }
    search.questionChanged(db, question.id);
  });
}

/** Brings a removed question or answer back, clearing any moderation mark (not an answer's acceptance). */
export function reinstatePost({ db, search }: Store, { postType, post, question }: PostInQuestion) {
  if (!post.deletedAt) return;
  db.transaction(() => {
    const table = postType === "question" ? questions : answers;
    db.update(table)
      .set({ deletedAt: null, deletedById: null, moderationState: null, moderationReason: null })
      .where(eq(table.id, post.id))
      .run();
    if (postType === "answer") {
      db.update(questions)
        .set({ answerCount: sql`${questions.answerCount} + 1` })
        .where(eq(questions.id, question.id))
        .run();
    }
    search.questionChanged(db, question.id);
  });
}

/** Moderators bring a deleted post back (an answer's acceptance is not restored). */
export function restorePost(
  { db, search }: Store,
  actor: Actor,
  postType: PostType,
  postId: number,
): Outcome<{ questionId: number }> {
  const target = loadPost(db, postType, postId);
  if (!target) return refused({ reason: "not-found" });
  const { post, question } = target;
  if (!isModeratorFor(db, actor, question.placeId)) return refused({ reason: "not-allowed" });
  reinstatePost({ db, search }, { postType, post, question });
  return { ok: true, questionId: question.id };
}

function hasValuedAnswers(
  db: AppDatabase,
  question: { id: number; acceptedAnswerId: number | null },
) {
  if (question.acceptedAnswerId != null) return true;
  return Boolean(
    db
      .select({ id: answers.id })
      .from(answers)
      .where(
        and(
          eq(answers.questionId, question.id),
          isNull(answers.deletedAt),
          sql`${answers.upvoteCount} > 0`,
        ),
      )
      .get(),
  );
}
