import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, questions, questionTags } from "#db/schema";
import type { PostType } from "#app/domain/questions";
import { parsePostId, questionPath } from "./paths";

/* A question or an answer by its id, or as a URL names it, deleted or not. */

export function getQuestion(db: AppDatabase, id: number) {
  return db.select().from(questions).where(eq(questions.id, id)).get();
}

export function getAnswer(db: AppDatabase, id: number) {
  return db.select().from(answers).where(eq(answers.id, id)).get();
}

export function questionTagList(db: AppDatabase, questionId: number) {
  return db
    .select({ tag: questionTags.tag })
    .from(questionTags)
    .where(eq(questionTags.questionId, questionId))
    .orderBy(asc(questionTags.tag))
    .all()
    .map((row) => row.tag);
}

/** A post and the question it belongs to (itself, for a question). */
export function loadPost(db: AppDatabase, postType: PostType, postId: number) {
  if (postType === "question") {
    const question = getQuestion(db, postId);
    return question ? { post: question, question } : undefined;
  }
  const answer = getAnswer(db, postId);
  const question = answer && getQuestion(db, answer.questionId);
  return answer && question ? { post: answer, question } : undefined;
}

/** The question a URL names, if it exists. */
export function questionFromParam(db: AppDatabase, param: string | undefined) {
  const id = parsePostId(param);
  return Number.isSafeInteger(id) ? getQuestion(db, id) : undefined;
}

/** The answer a URL names and its question, if both exist. */
export function answerFromParam(db: AppDatabase, param: string | undefined) {
  const id = parsePostId(param);
  const answer = Number.isSafeInteger(id) ? getAnswer(db, id) : undefined;
  const question = answer && getQuestion(db, answer.questionId);
  return answer && question ? { answer, question } : undefined;
}

/**
 * The question or answer a URL names, unless it or its question was deleted,
 * with the address that shows it in its thread (edit and history pages).
 */
export function livePostFromParam(db: AppDatabase, postType: PostType, param: string | undefined) {
  const id = parsePostId(param);
  const found = Number.isSafeInteger(id) ? loadPost(db, postType, id) : undefined;
  if (!found || found.post.deletedAt || found.question.deletedAt) return undefined;
  const path = questionPath(found.question);
  return { ...found, path: postType === "answer" ? `${path}#reponse-${found.post.id}` : path };
}
