import { and, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  comments,
  importedRecords,
  neighbourVerifications,
  organisations,
  places,
  questions,
  users,
  votes,
} from "#db/schema";
import { CATEGORIES_BY_KIND, type OrganisationCategory } from "#app/domain/directory";
import { renderMarkdown } from "#app/domain/markdown.server";
import { slugify } from "#app/domain/normalize";
import { generateId } from "#app/server/tokens.server";
import type { Store } from "#app/server/search.server";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { recordVote } from "#app/models/answers/votes.server";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { findUserByEmail, normalizeEmail } from "#app/models/members/users.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { getAnswer, getQuestion, loadPost } from "#app/models/questions/posts.server";
import type { RecordLine, RecordOf, RecordType } from "./records";

/*
 * Storing one imported record as the app stores its own (the insert
 * functions, the usual reputation rules), its references resolved through
 * what this source brought in before.
 */

/** A reason to refuse a line, worded for the person running the import. */
export class LineError extends Error {}

export function storeRecord(
  { db, search }: Store,
  source: string,
  record: RecordLine,
): { localId: string; outcome: "created" | "linked" } {
  switch (record.type) {
    case "member":
      return storeMember(db, record);
    case "question":
      return { localId: storeQuestion({ db, search }, source, record), outcome: "created" };
    case "answer":
      return { localId: storeAnswer({ db, search }, source, record), outcome: "created" };
    case "comment":
      return { localId: storeComment(db, source, record), outcome: "created" };
    case "vote":
      return { localId: storeVote({ db, search }, source, record), outcome: "created" };
    case "organisation":
      return { localId: storeOrganisation({ db, search }, record), outcome: "created" };
  }
}

/**
 * A listing, indexed for search in the line's transaction. Its point, when
 * given, is its premises, not shown until its managers choose to (as for any
 * listing whose address is not public: ADR 014); without one, its commune's
 * centre.
 */
function storeOrganisation({ db, search }: Store, listing: RecordOf<"organisation">) {
  if (!(CATEGORIES_BY_KIND[listing.kind] as readonly string[]).includes(listing.category)) {
    throw new LineError(`category ${listing.category} is not one of kind ${listing.kind}'s`);
  }
  if ((listing.lat == null) !== (listing.lng == null)) {
    throw new LineError("lat and lng go together: give both or neither");
  }
  const placeId = placeIdByCode(db, listing.place);
  const centre = db
    .select({ lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.id, placeId))
    .get()!;
  const point =
    listing.lat != null && listing.lng != null ? { lat: listing.lat, lng: listing.lng } : null;
  const { id } = db
    .insert(organisations)
    .values({
      kind: listing.kind,
      category: listing.category as OrganisationCategory,
      name: listing.name,
      slug: slugify(listing.name) || "fiche",
      description: listing.description || null,
      descriptionHtml: listing.description ? renderMarkdown(listing.description) : null,
      placeId,
      lat: point?.lat ?? centre.lat,
      lng: point?.lng ?? centre.lng,
      approximate: point == null,
      website: listing.website ?? null,
      phone: listing.phone ?? null,
      openingHours: listing.openingHours ?? null,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get();
  search.organisationsChanged(db, [id]);
  return String(id);
}

function storeMember(db: AppDatabase, member: RecordOf<"member">) {
  const placeId = member.place ? placeIdByCode(db, member.place) : null;
  if (member.verified && placeId == null) {
    throw new LineError("verified needs a place to be verified in");
  }
  if (member.email && !member.deleted) {
    // The neighbour already has an account here: their imported posts join it, unchanged.
    const existing = findUserByEmail(db, member.email);
    if (existing) return { localId: existing.id, outcome: "linked" as const };
  }
  const id = generateId();
  const now = new Date();
  // No password: the member claims the account with "Mot de passe oublié",
  // which also confirms the address (docs/import.md).
  db.insert(users)
    .values(
      member.deleted
        ? {
            id,
            firstName: "",
            lastName: "",
            createdAt: member.createdAt ?? now,
            deletedAt: now,
          }
        : {
            id,
            email: member.email ? normalizeEmail(member.email) : null,
            emailVerifiedAt: null,
            firstName: member.firstName,
            lastName: member.lastName,
            passwordHash: null,
            homePlaceId: placeId,
            createdAt: member.createdAt ?? now,
          },
    )
    .run();
  if (member.verified && placeId != null && !member.deleted) {
    db.insert(neighbourVerifications)
      .values({ userId: id, placeId, method: "import", createdAt: now })
      .run();
  }
  return { localId: id, outcome: "created" as const };
}

function storeQuestion({ db, search }: Store, source: string, question: RecordOf<"question">) {
  const authorId = resolveReference(db, source, "member", question.author, "author");
  const placeId = placeIdByCode(db, question.place);
  const { id } = insertQuestion(
    { db, search },
    {
      authorId,
      placeId,
      kind: question.kind,
      category: question.category,
      title: question.title,
      body: question.body,
      tags: question.tags,
      neededBy: question.neededBy ?? null,
      createdAt: question.createdAt,
    },
  );
  return String(id);
}

function storeAnswer({ db, search }: Store, source: string, answer: RecordOf<"answer">) {
  const questionId = Number(resolveReference(db, source, "question", answer.question, "question"));
  const authorId = resolveReference(db, source, "member", answer.author, "author");
  const question = liveQuestion(db, questionId, `question ${answer.question}`);
  if (answer.accepted && question.acceptedAnswerId != null) {
    throw new LineError(`question ${answer.question} already has an accepted answer`);
  }
  const { id } = insertAnswer(
    { db, search },
    {
      questionId,
      authorId,
      body: answer.body,
      createdAt: answer.createdAt,
    },
  );
  if (answer.accepted) {
    // Accepted as the asker would, so the reputation follows the usual rules.
    const accepted = acceptAnswer({ db, search }, askerActor(db, question.authorId), id, {
      at: answer.createdAt,
    });
    if (!accepted.ok) throw new LineError(`could not be accepted (${accepted.refusal.reason})`);
  }
  return String(id);
}

/**
 * The asker as `acceptAnswer` sees them. An erased account cannot be loaded
 * as an actor, but its acceptance still stands: only the id is checked.
 */
function askerActor(db: AppDatabase, userId: string): Actor {
  return (
    loadActor(db, userId) ?? {
      id: userId,
      isAdmin: false,
      emailVerified: false,
      verifiedNeighbour: false,
      reputation: 0,
      homePlaceId: null,
    }
  );
}

function storeComment(db: AppDatabase, source: string, comment: RecordOf<"comment">) {
  if ((comment.question == null) === (comment.answer == null)) {
    throw new LineError("a comment needs exactly one of question or answer");
  }
  const authorId = resolveReference(db, source, "member", comment.author, "author");
  let questionId: number;
  let answerId: number | null = null;
  if (comment.answer != null) {
    answerId = Number(resolveReference(db, source, "answer", comment.answer, "answer"));
    const answer = getAnswer(db, answerId);
    if (!answer || answer.deletedAt) {
      throw new LineError(`answer ${comment.answer} has been deleted here`);
    }
    questionId = answer.questionId;
  } else {
    questionId = Number(resolveReference(db, source, "question", comment.question!, "question"));
  }
  liveQuestion(
    db,
    questionId,
    comment.question != null ? `question ${comment.question}` : "the answer's question",
  );
  const { id } = db
    .insert(comments)
    .values({ questionId, answerId, authorId, body: comment.body, createdAt: comment.createdAt })
    .returning({ id: comments.id })
    .get();
  db.update(questions)
    .set({
      lastActivityAt: sql`max(${questions.lastActivityAt}, ${Math.floor(comment.createdAt.getTime() / 1000)})`,
    })
    .where(eq(questions.id, questionId))
    .run();
  return String(id);
}

function storeVote({ db, search }: Store, source: string, vote: RecordOf<"vote">) {
  const voterId = resolveReference(db, source, "member", vote.voter, "voter");
  // Answers first: a source whose questions and answers share ids means the answer.
  const answerId = findImported(db, source, "answer", vote.post);
  const questionId = answerId == null ? findImported(db, source, "question", vote.post) : null;
  if (answerId == null && questionId == null) {
    throw new LineError(`unknown post ${vote.post}`);
  }
  const postType = answerId != null ? ("answer" as const) : ("question" as const);
  const postId = Number(answerId ?? questionId);
  const loaded = loadPost(db, postType, postId);
  const at = vote.createdAt ?? loaded?.post.createdAt ?? new Date();
  const outcome = recordVote({ db, search }, voterId, { postType, postId, value: vote.value }, at);
  if (!outcome.ok) {
    throw new LineError(
      outcome.refusal.reason === "own-post"
        ? `member ${vote.voter} cannot vote on their own post`
        : `${postType} ${vote.post} has been deleted here`,
    );
  }
  const row = db
    .select({ id: votes.id })
    .from(votes)
    .where(and(eq(votes.postType, postType), eq(votes.postId, postId), eq(votes.voterId, voterId)))
    .get();
  return String(row?.id ?? `${postType}:${postId}:${voterId}`);
}

/** The question a line adds to; `described` names it in the error if it was deleted here meanwhile. */
function liveQuestion(db: AppDatabase, questionId: number, described: string) {
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) throw new LineError(`${described} has been deleted here`);
  return question;
}

function placeIdByCode(db: AppDatabase, code: string) {
  const place = db.select({ id: places.id }).from(places).where(eq(places.code, code)).get();
  if (!place) throw new LineError(`unknown place ${code}`);
  return place.id;
}

/** The local id of a record this source brought in earlier, or an error naming the reference. */
function resolveReference(
  db: AppDatabase,
  source: string,
  type: RecordType,
  id: string,
  role: string,
) {
  const localId = findImported(db, source, type, id);
  if (localId == null) throw new LineError(`unknown ${role} ${id}`);
  return localId;
}

export function findImported(db: AppDatabase, source: string, type: RecordType, sourceId: string) {
  return db
    .select({ localId: importedRecords.localId })
    .from(importedRecords)
    .where(
      and(
        eq(importedRecords.source, source),
        eq(importedRecords.type, type),
        eq(importedRecords.sourceId, sourceId),
      ),
    )
    .get()?.localId;
}
