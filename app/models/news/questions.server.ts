import type { AppDatabase } from "#db/client";
import { newsQuestions } from "#db/schema";
import { parsePostId } from "#app/models/questions/paths";
import { newsPath } from "./paths";
import { getNewsPost, isPublicNews, newsOfQuestion } from "./read.server";

/*
 * « Poser une question à ce sujet » (ADR 027): the ask form names the post
 * (`?actualite=` then a hidden field); the question, once asked, is linked
 * to it and each page shows the other.
 */

/** The public post a form value names, or null (a post one may not read is not one to ask about). */
export function newsToAskAbout(db: AppDatabase, value: FormDataEntryValue | string | null) {
  const post = getNewsPost(db, parsePostId(typeof value === "string" ? value : undefined));
  return post && isPublicNews(post) ? { id: post.id, title: post.title } : null;
}

/** Links a question just asked to the post it is about; a repeat keeps the first link. */
export function linkQuestionToNews(
  db: AppDatabase,
  questionId: number,
  value: FormDataEntryValue | string | null,
) {
  const post = newsToAskAbout(db, value);
  if (!post) return;
  db.insert(newsQuestions).values({ questionId, newsId: post.id }).onConflictDoNothing().run();
}

/** The news post a question was asked about, as its page links it, or null. */
export function newsAboutQuestion(db: AppDatabase, questionId: number) {
  const post = newsOfQuestion(db, questionId);
  return post ? { title: post.title, path: newsPath(post) } : null;
}
