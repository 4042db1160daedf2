import { eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { comments, questions } from "#db/schema";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import {
  isModeratorFor,
  privilegeRefusal,
  type Actor,
} from "#app/models/members/privileges.server";
import { onCommentPosted } from "#app/models/notifications/events.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { refused, type Outcome } from "#app/models/refusals";

/** A short comment on a question or one of its answers. */
export function addComment(
  db: AppDatabase,
  actor: Actor,
  target: { questionId: number; answerId?: number | null; body: string },
  at = new Date(),
): Outcome<{ id: number }> {
  const refusal =
    privilegeRefusal(actor, "comment") ?? newMemberRefusal(db, actor.id, "comment", target.body);
  if (refusal) return refused(refusal);
  const question = getQuestion(db, target.questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  if (question.lockedAt) return refused({ reason: "question-locked" });
  if (target.answerId != null) {
    const answer = getAnswer(db, target.answerId);
    if (!answer || answer.deletedAt || answer.questionId !== question.id) {
      return refused({ reason: "not-found" });
    }
  }
  return db.transaction(() => {
    const comment = db
      .insert(comments)
      .values({
        questionId: question.id,
        answerId: target.answerId ?? null,
        authorId: actor.id,
        body: target.body,
        createdAt: at,
      })
      .returning({ id: comments.id })
      .get();
    db.update(questions).set({ lastActivityAt: at }).where(eq(questions.id, question.id)).run();
    onCommentPosted(db, {
      ...target,
      answerId: target.answerId ?? null,
      id: comment.id,
      authorId: actor.id,
      createdAt: at,
    });
    return { ok: true as const, id: comment.id };
  });
}

/** Comment authors and moderators of the place delete comments. */
export function deleteComment(
  db: AppDatabase,
  actor: Actor,
  commentId: number,
  at = new Date(),
): Outcome<{ questionId: number }> {
  const comment = db.select().from(comments).where(eq(comments.id, commentId)).get();
  const question = comment && getQuestion(db, comment.questionId);
  if (!comment || !question || comment.deletedAt) return refused({ reason: "not-found" });
  if (comment.authorId !== actor.id && !isModeratorFor(db, actor, question.placeId)) {
    return refused({ reason: "not-allowed" });
  }
  db.update(comments)
    .set({ deletedAt: at, deletedById: actor.id })
    .where(eq(comments.id, commentId))
    .run();
  return { ok: true, questionId: question.id };
}
