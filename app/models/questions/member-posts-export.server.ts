import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, comments, questions } from "#db/schema";

/**
 * What a member wrote, for « Télécharger mes données »: their questions,
 * answers and comments as they wrote them (Markdown), with their dates, the
 * deleted ones too (they are still stored).
 */
export function exportMemberPosts(db: AppDatabase, userId: string) {
  return {
    questions: db
      .select({
        id: questions.id,
        kind: questions.kind,
        category: questions.category,
        title: questions.title,
        body: questions.body,
        neededBy: questions.neededBy,
        createdAt: questions.createdAt,
        editedAt: questions.editedAt,
        deletedAt: questions.deletedAt,
      })
      .from(questions)
      .where(eq(questions.authorId, userId))
      .orderBy(asc(questions.id))
      .all(),
    answers: db
      .select({
        id: answers.id,
        questionId: answers.questionId,
        body: answers.body,
        createdAt: answers.createdAt,
        editedAt: answers.editedAt,
        deletedAt: answers.deletedAt,
      })
      .from(answers)
      .where(eq(answers.authorId, userId))
      .orderBy(asc(answers.id))
      .all(),
    comments: db
      .select({
        id: comments.id,
        questionId: comments.questionId,
        answerId: comments.answerId,
        body: comments.body,
        createdAt: comments.createdAt,
        deletedAt: comments.deletedAt,
      })
      .from(comments)
      .where(eq(comments.authorId, userId))
      .orderBy(asc(comments.id))
      .all(),
  };
}
