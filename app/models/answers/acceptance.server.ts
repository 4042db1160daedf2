import { eq } from "drizzle-orm";
import { questions } from "#db/schema";
import type { Store } from "#app/server/search.server";
import { suspensionRefusal, type Actor } from "#app/models/members/privileges.server";
import { onAnswerAccepted } from "#app/models/notifications/events.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { awardReputation, reverseAction } from "#app/models/reputation/reputation.server";
import { refused, type Outcome } from "#app/models/refusals";

/**
 * The asker accepts the answer that solved it (accepting another one moves
 * the acceptance; accepting the accepted one again withdraws it). The
 * answerer gets 15 points and the asker 2, unless they answered themselves.
 */
export function acceptAnswer(
  { db, search }: Store,
  actor: Actor,
  answerId: number,
  { accept = true, at = new Date() }: { accept?: boolean; at?: Date } = {},
): Outcome<{ questionId: number; accepted: boolean }> {
  const answer = getAnswer(db, answerId);
  const question = answer && getQuestion(db, answer.questionId);
  if (!answer || !question || answer.deletedAt || question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  if (question.authorId !== actor.id) return refused({ reason: "not-asker" });
  const suspended = suspensionRefusal(actor);
  if (suspended) return refused(suspended);
  const alreadyAccepted = question.acceptedAnswerId === answerId;
  if (accept === alreadyAccepted) {
    return { ok: true, questionId: question.id, accepted: alreadyAccepted };
  }
  db.transaction(() => {
    if (question.acceptedAnswerId != null) {
      reverseAction(db, `accept:${question.acceptedAnswerId}`, at);
    }
    db.update(questions)
      .set({ acceptedAnswerId: accept ? answerId : null, lastActivityAt: at })
      .where(eq(questions.id, question.id))
      .run();
    search.questionChanged(db, question.id);
    if (accept && answer.authorId !== question.authorId) {
      const actionKey = `accept:${answerId}`;
      const post = { postType: "answer" as const, postId: answerId, actorId: actor.id, at };
      awardReputation(db, {
        ...post,
        userId: answer.authorId,
        reason: "answer-accepted",
        actionKey,
      });
      awardReputation(db, { ...post, userId: actor.id, reason: "accepted-an-answer", actionKey });
    }
    if (accept) onAnswerAccepted(db, actor.id, answer, at);
  });
  return { ok: true, questionId: question.id, accepted: accept };
}
