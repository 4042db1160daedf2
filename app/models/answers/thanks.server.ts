import { eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, thanks } from "#db/schema";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { onAnswerThanked } from "#app/models/notifications/events.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { awardReputation } from "#app/models/reputation/reputation.server";
import { refused, type Outcome } from "#app/models/refusals";

/** "Merci": once per member and answer, not on one's own; +2 to the answerer (20 a day at most). */
export function thankAnswer(
  db: AppDatabase,
  actor: Actor,
  answerId: number,
  at = new Date(),
): Outcome<{ questionId: number }> {
  const refusal = privilegeRefusal(actor, "thank");
  if (refusal) return refused(refusal);
  const answer = getAnswer(db, answerId);
  const question = answer && getQuestion(db, answer.questionId);
  if (!answer || !question || answer.deletedAt || question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  if (answer.authorId === actor.id) return refused({ reason: "own-post" });
  db.transaction(() => {
    const inserted = db
      .insert(thanks)
      .values({ answerId, userId: actor.id, createdAt: at })
      .onConflictDoNothing()
      .returning({ answerId: thanks.answerId })
      .get();
    if (!inserted) return;
    db.update(answers)
      .set({ thanksCount: sql`${answers.thanksCount} + 1` })
      .where(eq(answers.id, answerId))
      .run();
    awardReputation(db, {
      userId: answer.authorId,
      reason: "thanks-received",
      actionKey: `thanks:${answerId}:${actor.id}`,
      postType: "answer",
      postId: answerId,
      actorId: actor.id,
      at,
    });
    onAnswerThanked(db, actor.id, answer, at);
  });
  return { ok: true, questionId: question.id };
}
