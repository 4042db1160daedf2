import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, comments, places, postRevisions, thanks, users, votes } from "#db/schema";
import type { Actor } from "#app/models/members/privileges.server";
import { pendingCloseVotes } from "./close-votes.server";
import { getQuestion, questionTagList } from "./posts.server";
import { memberKey, questionKey } from "#app/domain/content-keys";

type Viewer = { actor: Actor | null; isModerator: boolean };

/**
 * Everything the question page shows: the question, its answers (the
 * accepted one first, then by score, then oldest first), comments, and what
 * the viewer has already voted or thanked. Deleted posts are shown only to
 * their author and to moderators, marked as deleted.
 */
export function questionThread(db: AppDatabase, questionId: number, viewer: Viewer) {
  const question = getQuestion(db, questionId);
  if (!question) return undefined;
  const viewerId = viewer.actor?.id;
  const canSeeDeleted = (authorId: string) => viewer.isModerator || authorId === viewerId;
  if (question.deletedAt && !canSeeDeleted(question.authorId)) return undefined;

  const place = db
    .select({ id: places.id, code: places.code, name: places.name, slug: places.slug })
    .from(places)
    .where(eq(places.id, question.placeId))
    .get()!;
  const answerRows = db
    .select()
    .from(answers)
    .where(eq(answers.questionId, questionId))
    .orderBy(desc(answers.score), asc(answers.createdAt), asc(answers.id))
    .all()
    .filter((answer) => !answer.deletedAt || canSeeDeleted(answer.authorId));
  answerRows.sort(
    (a, b) =>
      Number(b.id === question.acceptedAnswerId) - Number(a.id === question.acceptedAnswerId),
  );
  const commentRows = db
    .select()
    .from(comments)
    .where(and(eq(comments.questionId, questionId), isNull(comments.deletedAt)))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
  const authorIds = [
    ...new Set([
      question.authorId,
      ...answerRows.map((a) => a.authorId),
      ...commentRows.map((c) => c.authorId),
    ]),
  ];
  const authors = new Map(
    db
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        reputation: users.reputation,
        deletedAt: users.deletedAt,
      })
      .from(users)
      .where(inArray(users.id, authorIds))
      .all()
      .map((author) => [author.id, { ...author, deleted: author.deletedAt != null }]),
  );
  const myVotes = new Map<string, number>();
  const myThanks = new Set<number>();
  if (viewerId) {
    const answerIds = answerRows.map((a) => a.id);
    for (const vote of db
      .select({ postType: votes.postType, postId: votes.postId, value: votes.value })
      .from(votes)
      .where(eq(votes.voterId, viewerId))
      .all()) {
      if (
        (vote.postType === "question" && vote.postId === questionId) ||
        (vote.postType === "answer" && answerIds.includes(vote.postId))
      ) {
        myVotes.set(`${vote.postType}:${vote.postId}`, vote.value);
      }
    }
    if (answerIds.length) {
      for (const row of db
        .select({ answerId: thanks.answerId })
        .from(thanks)
        .where(and(eq(thanks.userId, viewerId), inArray(thanks.answerId, answerIds)))
        .all()) {
        myThanks.add(row.answerId);
      }
    }
  }
  const duplicateOf =
    question.duplicateOfId != null ? getQuestion(db, question.duplicateOfId) : undefined;
  const revisionCounts = new Map(
    db
      .select({
        postType: postRevisions.postType,
        postId: postRevisions.postId,
        count: sql<number>`count(*)`,
      })
      .from(postRevisions)
      .where(
        sql`(${postRevisions.postType} = 'question' AND ${postRevisions.postId} = ${questionId})
          OR (${postRevisions.postType} = 'answer' AND ${postRevisions.postId} IN (
            SELECT id FROM ${answers} WHERE question_id = ${questionId}))`,
      )
      .groupBy(postRevisions.postType, postRevisions.postId)
      .all()
      .map((row) => [`${row.postType}:${row.postId}`, row.count]),
  );
  return {
    question,
    place,
    tags: questionTagList(db, questionId),
    authors,
    answers: answerRows,
    comments: commentRows,
    myVotes,
    myThanks,
    duplicateOf:
      duplicateOf && !duplicateOf.deletedAt
        ? { id: duplicateOf.id, slug: duplicateOf.slug, title: duplicateOf.title }
        : null,
    revisionCounts,
    pendingCloseVotes: pendingCloseVotes(db, questionId),
  };
}

/**
 * The content versions a thread shows beyond its question's own (ADR 022):
 * its authors (names, reputation) and the question it duplicates.
 */
export function threadKeys(thread: NonNullable<ReturnType<typeof questionThread>>) {
  return [
    ...[...thread.authors.keys()].map(memberKey),
    ...(thread.duplicateOf ? [questionKey(thread.duplicateOf.id)] : []),
  ];
}
