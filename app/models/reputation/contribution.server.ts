import { and, desc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, questions } from "#db/schema";

/* What a member gave the neighbourhood, as their profile shows it. */

/** A live answer: not deleted, on a question that is not deleted either. */
const visibleAnswer = sql`${answers.deletedAt} IS NULL AND ${questions.deletedAt} IS NULL`;

/** What a member gave the neighbourhood, for their profile. */
export function memberContribution(db: AppDatabase, userId: string) {
  const row = db.get<{
    reputation: number | null;
    answers: number;
    acceptedAnswers: number;
    questions: number;
    thanksReceived: number;
  }>(sql`
    SELECT
      (SELECT reputation FROM users WHERE id = ${userId}) AS reputation,
      (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.author_id = ${userId} AND a.deleted_at IS NULL AND q.deleted_at IS NULL) AS answers,
      (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.author_id = ${userId} AND a.deleted_at IS NULL AND q.deleted_at IS NULL
          AND q.accepted_answer_id = a.id) AS acceptedAnswers,
      (SELECT count(*) FROM questions WHERE author_id = ${userId} AND deleted_at IS NULL) AS questions,
      (SELECT count(*) FROM thanks t JOIN answers a ON a.id = t.answer_id
        JOIN questions q ON q.id = a.question_id
        WHERE a.author_id = ${userId} AND a.deleted_at IS NULL AND q.deleted_at IS NULL)
        AS thanksReceived
  `);
  return {
    reputation: row?.reputation ?? 0,
    answers: row?.answers ?? 0,
    acceptedAnswers: row?.acceptedAnswers ?? 0,
    questions: row?.questions ?? 0,
    thanksReceived: row?.thanksReceived ?? 0,
  };
}

/** A member's latest live answers, newest first, with the question each one answers. */
export function recentAnswers(db: AppDatabase, userId: string, limit = 10) {
  return db
    .select({
      id: answers.id,
      questionId: questions.id,
      questionSlug: questions.slug,
      questionTitle: questions.title,
      accepted: sql<boolean>`${questions.acceptedAnswerId} IS ${answers.id}`.mapWith(Boolean),
      helpful: answers.upvoteCount,
      createdAt: answers.createdAt,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(and(eq(answers.authorId, userId), visibleAnswer))
    .orderBy(desc(answers.createdAt), desc(answers.id))
    .limit(limit)
    .all();
}
