import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  answers,
  comments,
  neighbourVerifications,
  organisations,
  places,
  questionTags,
  questions,
  users,
  votes,
} from "#db/schema";
import type { RecordCounts } from "./records";

export type ExportReport = RecordCounts;

/**
 * Writes the community as JSON Lines the importer reads back: members, the
 * directory's listings, then questions, answers, votes and comments, so
 * every reference points to a line above it. Deleted posts are left out; the posts, comments and votes of
 * erased accounts stay, by an "Ancien membre" line without personal data.
 * Post ids are prefixed ("q12", "a40", "c7") because votes name a post
 * without saying which kind it is.
 */
export function exportCommunity(
  db: AppDatabase,
  write: (line: string) => void,
  { onProgress }: { onProgress?: (done: number, total: number) => void } = {},
): ExportReport {
  const questionRows = db
    .select({ question: questions, placeCode: places.code })
    .from(questions)
    .innerJoin(places, eq(places.id, questions.placeId))
    .where(isNull(questions.deletedAt))
    .orderBy(asc(questions.id))
    .all();
  const questionIds = new Set(questionRows.map((row) => row.question.id));
  const acceptedAnswerIds = new Set(
    questionRows.map((row) => row.question.acceptedAnswerId).filter((id) => id != null),
  );
  const tagsByQuestion = new Map<number, string[]>();
  for (const row of db
    .select()
    .from(questionTags)
    .orderBy(asc(questionTags.questionId), asc(questionTags.tag))
    .all()) {
    tagsByQuestion.set(row.questionId, [...(tagsByQuestion.get(row.questionId) ?? []), row.tag]);
  }
  const answerRows = db
    .select()
    .from(answers)
    .where(isNull(answers.deletedAt))
    .orderBy(asc(answers.id))
    .all()
    .filter((answer) => questionIds.has(answer.questionId));
  const answerIds = new Set(answerRows.map((answer) => answer.id));
  const voteRows = db
    .select()
    .from(votes)
    .orderBy(asc(votes.id))
    .all()
    .filter((vote) =>
      vote.postType === "question" ? questionIds.has(vote.postId) : answerIds.has(vote.postId),
    );
  const commentRows = db
    .select()
    .from(comments)
    .where(isNull(comments.deletedAt))
    .orderBy(asc(comments.id))
    .all()
    .filter(
      (comment) =>
        questionIds.has(comment.questionId) &&
        (comment.answerId == null || answerIds.has(comment.answerId)),
    );

  const referenced = new Set([
    ...questionRows.map((row) => row.question.authorId),
    ...answerRows.map((answer) => answer.authorId),
    ...voteRows.map((vote) => vote.voterId),
    ...commentRows.map((comment) => comment.authorId),
  ]);
  const memberRows = db
    .select({ user: users, placeCode: places.code })
    .from(users)
    .leftJoin(places, eq(places.id, users.homePlaceId))
    .orderBy(asc(users.createdAt), asc(users.id))
    .all()
    .filter((row) => !row.user.deletedAt || referenced.has(row.user.id));
  const verifiedIds = verifiedMemberIds(
    db,
    memberRows.filter((row) => !row.user.deletedAt).map((row) => row.user.id),
  );

  const organisationRows = db
    .select({ organisation: organisations, placeCode: places.code })
    .from(organisations)
    .innerJoin(places, eq(places.id, organisations.placeId))
    .orderBy(asc(organisations.id))
    .all();

  const total =
    organisationRows.length +
    memberRows.length +
    questionRows.length +
    answerRows.length +
    voteRows.length +
    commentRows.length;
  let done = 0;
  const emit = (record: Record<string, unknown>) => {
    write(JSON.stringify(record));
    done += 1;
    if (done % 100 === 0 || done === total) onProgress?.(done, total);
  };
  onProgress?.(0, total);

  for (const { user, placeCode } of memberRows) {
    emit(
      user.deletedAt
        ? {
            type: "member",
            id: user.id,
            firstName: "Ancien",
            lastName: "membre",
            deleted: true,
            createdAt: user.createdAt.toISOString(),
          }
        : {
            type: "member",
            id: user.id,
            firstName: user.firstName,
            lastName: user.lastName,
            ...(user.email ? { email: user.email } : {}),
            ...(placeCode ? { place: placeCode } : {}),
            verified: verifiedIds.has(user.id),
            createdAt: user.createdAt.toISOString(),
          },
    );
  }
  for (const { organisation, placeCode } of organisationRows) {
    emit({
      type: "organisation",
      id: `o${organisation.id}`,
      name: organisation.name,
      kind: organisation.kind,
      category: organisation.category,
      place: placeCode,
      // The premises' point; an approximate one is the commune's centre, which the importer finds again.
      ...(organisation.approximate ? {} : { lat: organisation.lat, lng: organisation.lng }),
      ...(organisation.description ? { description: organisation.description } : {}),
      ...(organisation.openingHours ? { openingHours: organisation.openingHours } : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      ...(organisation.phone ? { phone: organisation.phone } : {}),
    });
  }
  for (const { question, placeCode } of questionRows) {
    emit({
      type: "question",
      id: `q${question.id}`,
      author: question.authorId,
      place: placeCode,
      kind: question.kind,
      category: question.category,
      title: question.title,
      body: question.body,
      tags: tagsByQuestion.get(question.id) ?? [],
      ...(question.neededBy ? { neededBy: question.neededBy } : {}),
      createdAt: question.createdAt.toISOString(),
    });
  }
  for (const answer of answerRows) {
    emit({
      type: "answer",
      id: `a${answer.id}`,
      question: `q${answer.questionId}`,
      author: answer.authorId,
      body: answer.body,
      accepted: acceptedAnswerIds.has(answer.id),
      createdAt: answer.createdAt.toISOString(),
    });
  }
  for (const vote of voteRows) {
    emit({
      type: "vote",
      post: `${vote.postType === "question" ? "q" : "a"}${vote.postId}`,
      voter: vote.voterId,
      value: vote.value,
      createdAt: vote.createdAt.toISOString(),
    });
  }
  for (const comment of commentRows) {
    emit({
      type: "comment",
      id: `c${comment.id}`,
      ...(comment.answerId != null
        ? { answer: `a${comment.answerId}` }
        : { question: `q${comment.questionId}` }),
      author: comment.authorId,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    });
  }
  return {
    member: memberRows.length,
    question: questionRows.length,
    answer: answerRows.length,
    vote: voteRows.length,
    comment: commentRows.length,
    organisation: organisationRows.length,
  };
}

/** Members verified in their present home place (as `activeVerification` sees it), in one query. */
function verifiedMemberIds(db: AppDatabase, userIds: string[]) {
  const verified = new Set<string>();
  // SQLite limits bound parameters; members are checked in slices.
  for (let start = 0; start < userIds.length; start += 500) {
    const slice = userIds.slice(start, start + 500);
    for (const row of db
      .select({ userId: neighbourVerifications.userId })
      .from(neighbourVerifications)
      .innerJoin(users, eq(users.id, neighbourVerifications.userId))
      .where(
        and(
          inArray(neighbourVerifications.userId, slice),
          isNull(neighbourVerifications.revokedAt),
          isNotNull(users.homePlaceId),
          eq(neighbourVerifications.placeId, users.homePlaceId),
        ),
      )
      .all()) {
      verified.add(row.userId);
    }
  }
  return verified;
}
