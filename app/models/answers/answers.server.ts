import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { answers, questions } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import { DOUBLE_SUBMIT_WINDOW_MS } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { onAnswerPosted } from "#app/models/notifications/events.server";
import { getQuestion } from "#app/models/questions/posts.server";
import { addRevision } from "#app/models/questions/revisions.server";
import { refused, type Outcome } from "#app/models/refusals";
import { syncAnswerListings } from "#app/models/directory/recommendations.server";

/** Writes an answer and its first revision, without privilege checks (import, seed). */
export function insertAnswer(
  { db, search }: Store,
  input: { questionId: number; authorId: string; body: string; createdAt?: Date },
) {
  const createdAt = input.createdAt ?? new Date();
  const bodyHtml = renderMarkdown(input.body);
  return db.transaction(() => {
    const answer = db
      .insert(answers)
      .values({
        questionId: input.questionId,
        authorId: input.authorId,
        body: input.body,
        bodyHtml,
        createdAt,
      })
      .returning({ id: answers.id })
      .get();
    syncAnswerListings(db, answer.id, bodyHtml);
    db.update(questions)
      .set({ answerCount: sql`${questions.answerCount} + 1`, lastActivityAt: createdAt })
      .where(eq(questions.id, input.questionId))
      .run();
    addRevision(db, "answer", answer.id, {
      body: input.body,
      editorId: input.authorId,
      createdAt,
    });
    search.questionChanged(db, input.questionId);
    return answer;
  });
}

/** A member answers: email verified, the question open and not deleted. */
export function answerQuestion(
  { db, search }: Store,
  actor: Actor,
  questionId: number,
  body: string,
): Outcome<{ id: number }> {
  const refusal = privilegeRefusal(actor, "answer");
  if (refusal) return refused(refusal);
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  if (question.lockedAt) return refused({ reason: "question-locked" });
  if (question.closedReason) return refused({ reason: "question-closed" });
  // A double submission (a second tap, a resent form) returns the answer already written.
  const duplicate = db
    .select({ id: answers.id })
    .from(answers)
    .where(
      and(
        eq(answers.questionId, questionId),
        eq(answers.authorId, actor.id),
        eq(answers.body, body),
        isNull(answers.deletedAt),
        gt(answers.createdAt, new Date(Date.now() - DOUBLE_SUBMIT_WINDOW_MS)),
      ),
    )
    .get();
  if (duplicate) return { ok: true, id: duplicate.id };
  const firstDay = newMemberRefusal(db, actor.id, "answer", body);
  if (firstDay) return refused(firstDay);
  return db.transaction(() => {
    const answer = insertAnswer({ db, search }, { questionId, authorId: actor.id, body });
    onAnswerPosted(db, answer.id);
    return { ok: true as const, ...answer };
  });
}
