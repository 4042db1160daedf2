/**
 * What the search engines index for a question (ADR 006), read from the
 * database: the question, its place, its tags and its live answers, Markdown
 * stripped. Both engines index exactly this, so they see the same text.
 */
import { and, asc, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, places, questionTags, questions } from "#db/schema";
import { markdownToPlainText } from "#app/domain/markdown.server";
import type { SearchDocument } from "./engine";

/** Documents for these question ids, in the same order; deleted questions (and unknown ids) are left out. */
export function buildSearchDocuments(db: AppDatabase, questionIds: number[]): SearchDocument[] {
  if (questionIds.length === 0) return [];
  const rows = db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      body: questions.body,
      kind: questions.kind,
      category: questions.category,
      acceptedAnswerId: questions.acceptedAnswerId,
      closedReason: questions.closedReason,
      score: questions.score,
      answerCount: questions.answerCount,
      lat: questions.lat,
      lng: questions.lng,
      createdAt: questions.createdAt,
      placeId: places.id,
      placeCode: places.code,
      placeName: places.name,
      placeSlug: places.slug,
    })
    .from(questions)
    .innerJoin(places, eq(places.id, questions.placeId))
    .where(and(inArray(questions.id, questionIds), isNull(questions.deletedAt)))
    .all();
  if (rows.length === 0) return [];
  const liveIds = rows.map((row) => row.id);

  const tagsByQuestion = new Map<number, string[]>();
  for (const row of db
    .select({ questionId: questionTags.questionId, tag: questionTags.tag })
    .from(questionTags)
    .where(inArray(questionTags.questionId, liveIds))
    .orderBy(asc(questionTags.tag))
    .all()) {
    const list = tagsByQuestion.get(row.questionId) ?? [];
    list.push(row.tag);
    tagsByQuestion.set(row.questionId, list);
  }

  const answersByQuestion = new Map<number, { id: number; body: string }[]>();
  for (const row of db
    .select({ id: answers.id, questionId: answers.questionId, body: answers.body })
    .from(answers)
    .where(and(inArray(answers.questionId, liveIds), isNull(answers.deletedAt)))
    // The best answers first, as the question page shows them.
    .orderBy(asc(answers.questionId), desc(answers.score), asc(answers.createdAt), asc(answers.id))
    .all()) {
    const list = answersByQuestion.get(row.questionId) ?? [];
    list.push(row);
    answersByQuestion.set(row.questionId, list);
  }

  const byId = new Map<number, SearchDocument>();
  for (const row of rows) {
    const live = answersByQuestion.get(row.id) ?? [];
    const accepted = live.find((answer) => answer.id === row.acceptedAnswerId);
    byId.set(row.id, {
      id: row.id,
      slug: row.slug,
      title: row.title,
      body: markdownToPlainText(row.body),
      acceptedAnswer: accepted ? markdownToPlainText(accepted.body) : "",
      answers: live
        .filter((answer) => answer !== accepted)
        .map((answer) => markdownToPlainText(answer.body))
        .filter(Boolean)
        .join("\n\n"),
      tags: tagsByQuestion.get(row.id) ?? [],
      kind: row.kind,
      category: row.category,
      // As the question lists say: an accepted answer, or closed as resolved.
      solved: row.acceptedAnswerId != null || row.closedReason === "resolved",
      score: row.score,
      answerCount: row.answerCount,
      placeId: row.placeId,
      placeCode: row.placeCode,
      placeName: row.placeName,
      placeSlug: row.placeSlug,
      lat: row.lat,
      lng: row.lng,
      createdAt: Math.floor(row.createdAt.getTime() / 1000),
    });
  }
  return questionIds.flatMap((id) => byId.get(id) ?? []);
}

/** The document of one question, or null when it is deleted (or unknown): then it must leave the index. */
export function buildSearchDocument(db: AppDatabase, questionId: number): SearchDocument | null {
  return buildSearchDocuments(db, [questionId])[0] ?? null;
}

/** The ids of every live question, in id order. */
export function allQuestionIds(db: AppDatabase): number[] {
  return db
    .select({ id: questions.id })
    .from(questions)
    .where(isNull(questions.deletedAt))
    .orderBy(asc(questions.id))
    .all()
    .map((row) => row.id);
}

/** How many live questions a rebuild will index (for its progress bar). */
export function countLiveQuestions(db: AppDatabase): number {
  return (
    db.$client.prepare("SELECT count(*) AS n FROM questions WHERE deleted_at IS NULL").get() as {
      n: number;
    }
  ).n;
}

/**
 * The ids of every live question in batches, read page by page (keyset on
 * the id), so a rebuild of a million questions never holds them all.
 */
export function* questionIdBatches(db: AppDatabase, batchSize = 500): Generator<number[]> {
  let after = 0;
  for (;;) {
    const batch = db
      .select({ id: questions.id })
      .from(questions)
      .where(and(isNull(questions.deletedAt), gt(questions.id, after)))
      .orderBy(asc(questions.id))
      .limit(batchSize)
      .all()
      .map((row) => row.id);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!;
  }
}
