import { and, asc, desc, eq, gt, inArray, isNull, max, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  answers,
  closeVotes,
  comments,
  places,
  postRevisions,
  questionTags,
  questions,
  users,
  votes,
  thanks,
} from "#db/schema";
import { slugify } from "#app/domain/normalize";
import { boundingBox, haversineKm, type Point } from "#app/domain/geo";
import { neighbouringPlaces } from "#app/models/places/places.server";
import { renderMarkdown } from "#app/domain/markdown.server";
import {
  ASK_PLACE_RADIUS_KM,
  SHARED_POSITION_GRID_DEGREES,
  type Category,
  type CloseReason,
  type ListTab,
  type PostType,
  type QuestionKind,
} from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { reverseAction } from "#app/models/reputation/reputation.server";
import {
  CLOSE_VOTES_NEEDED,
  isModeratorFor,
  privilegeRefusal,
  suspensionRefusal,
  type Actor,
} from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import type { ModerationState } from "#app/domain/moderation";
import { onPostEdited, onQuestionAsked } from "#app/models/notifications/events.server";

/** The same post sent twice by the same member within this window is one post. */
export const DOUBLE_SUBMIT_WINDOW_MS = 10 * 60 * 1000;

export function questionSlug(title: string) {
  return slugify(title).slice(0, 80).replace(/-+$/, "") || "question";
}

export function questionPath(question: { id: number; slug: string }) {
  return `/q/${question.id}/${question.slug}`;
}

/**
 * A position the member chose to share, snapped to a grid of about 500 m
 * (the longitude step widens with latitude so cells stay roughly square), so
 * the stored point never reveals a home address.
 */
export function roundSharedPosition(position: Point): Point {
  const latStep = SHARED_POSITION_GRID_DEGREES;
  const lngStep = SHARED_POSITION_GRID_DEGREES / Math.cos((position.lat * Math.PI) / 180);
  const snap = (value: number, step: number) => Math.round(value / step) * step;
  return {
    lat: Number(snap(position.lat, latStep).toFixed(5)),
    lng: Number(snap(position.lng, lngStep).toFixed(5)),
  };
}

export type NewQuestion = {
  authorId: string;
  placeId: number;
  kind: QuestionKind;
  category: Category;
  title: string;
  body: string;
  tags: string[];
  neededBy?: string | null;
  /** The asker's position, if they chose to share it; rounded before it is stored. */
  position?: Point | null;
  createdAt?: Date;
};

/** Writes a question, its tags and its first revision, without privilege checks (import, seed). */
export function insertQuestion({ db, search }: Store, input: NewQuestion) {
  return db.transaction(() => {
    const place = db
      .select({ lat: places.lat, lng: places.lng })
      .from(places)
      .where(eq(places.id, input.placeId))
      .get();
    if (!place) throw new Error(`Unknown place ${input.placeId}`);
    const point = input.position ? roundSharedPosition(input.position) : place;
    const createdAt = input.createdAt ?? new Date();
    const question = db
      .insert(questions)
      .values({
        authorId: input.authorId,
        placeId: input.placeId,
        kind: input.kind,
        category: input.category,
        title: input.title,
        slug: questionSlug(input.title),
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        lat: point.lat,
        lng: point.lng,
        positionShared: Boolean(input.position),
        neededBy: input.kind === "help" ? (input.neededBy ?? null) : null,
        createdAt,
        lastActivityAt: createdAt,
      })
      .returning({ id: questions.id, slug: questions.slug })
      .get();
    if (input.tags.length) {
      db.insert(questionTags)
        .values(input.tags.map((tag) => ({ questionId: question.id, tag })))
        .run();
    }
    db.insert(postRevisions)
      .values({
        postType: "question",
        postId: question.id,
        revision: 1,
        title: input.title,
        body: input.body,
        category: input.category,
        tags: input.tags.join(" "),
        editorId: input.authorId,
        createdAt,
      })
      .run();
    search.questionChanged(db, question.id);
    return question;
  });
}

/** A member asks: checks the privilege and that the place is theirs or near it. */
export function askQuestion(
  { db, search }: Store,
  actor: Actor,
  input: Omit<NewQuestion, "authorId" | "createdAt">,
): Outcome<{ id: number; slug: string }> {
  const refusal =
    privilegeRefusal(actor, "ask") ??
    newMemberRefusal(db, actor.id, "question", `${input.title}\n${input.body}`);
  if (refusal) return refused(refusal);
  if (!isPlaceWithinReach(db, actor.homePlaceId, input.placeId)) {
    return refused({ reason: "place-too-far" });
  }
  if (input.position) {
    const place = db.select().from(places).where(eq(places.id, input.placeId)).get();
    if (!place || haversineKm(place, input.position) > ASK_PLACE_RADIUS_KM) {
      return refused({ reason: "place-too-far" });
    }
  }
  const duplicate = db
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(
      and(
        eq(questions.authorId, actor.id),
        eq(questions.title, input.title),
        eq(questions.body, input.body),
        isNull(questions.deletedAt),
        gt(questions.createdAt, new Date(Date.now() - DOUBLE_SUBMIT_WINDOW_MS)),
      ),
    )
    .get();
  if (duplicate) return { ok: true, ...duplicate };
  return db.transaction(() => {
    const question = insertQuestion({ db, search }, { ...input, authorId: actor.id });
    onQuestionAsked(db, question.id, input.body);
    return { ok: true as const, ...question };
  });
}

function isPlaceWithinReach(db: AppDatabase, homePlaceId: number | null, placeId: number) {
  if (homePlaceId == null) return false;
  if (homePlaceId === placeId) return true;
  const [home, target] = [homePlaceId, placeId].map((id) =>
    db.select({ lat: places.lat, lng: places.lng }).from(places).where(eq(places.id, id)).get(),
  );
  return Boolean(home && target && haversineKm(home, target) <= ASK_PLACE_RADIUS_KM);
}

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

/** The author, or a member trusted to edit others (1,000 points), or a moderator of the place. */
export function editRefusal(
  db: AppDatabase,
  actor: Actor,
  post: { authorId: string },
  placeId: number,
  /** Already known by the caller (the question page asks once for all its posts). */
  isModerator?: boolean,
) {
  if (!actor.emailVerified) return { reason: "email-unverified" } as const;
  const suspended = suspensionRefusal(actor);
  if (suspended) return suspended;
  if (post.authorId === actor.id || (isModerator ?? isModeratorFor(db, actor, placeId))) {
    return null;
  }
  return privilegeRefusal(actor, "editOthers");
}

type QuestionEdit = {
  title: string;
  body: string;
  category: Category;
  tags: string[];
  summary?: string | null;
};

/** Edits a question and keeps the new version in its history. An unchanged submission changes nothing. */
export function editQuestion(
  { db, search }: Store,
  actor: Actor,
  questionId: number,
  edit: QuestionEdit,
  at = new Date(),
): Outcome<{ id: number; slug: string }> {
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  const refusal =
    editRefusal(db, actor, question, question.placeId) ??
    newMemberRefusal(db, actor.id, "comment", `${edit.title}\n${edit.body}`);
  if (refusal) return refused(refusal);
  const currentTags = questionTagList(db, questionId);
  const unchanged =
    question.title === edit.title &&
    question.body === edit.body &&
    question.category === edit.category &&
    [...edit.tags].sort().join(" ") === currentTags.join(" ");
  if (unchanged) return { ok: true, id: question.id, slug: question.slug };
  const slug = questionSlug(edit.title);
  db.transaction(() => {
    db.update(questions)
      .set({
        title: edit.title,
        slug,
        body: edit.body,
        bodyHtml: renderMarkdown(edit.body),
        category: edit.category,
        editedAt: at,
        lastActivityAt: at,
      })
      .where(eq(questions.id, questionId))
      .run();
    db.delete(questionTags).where(eq(questionTags.questionId, questionId)).run();
    if (edit.tags.length) {
      db.insert(questionTags)
        .values(edit.tags.map((tag) => ({ questionId, tag })))
        .run();
    }
    addRevision(db, "question", questionId, {
      title: edit.title,
      body: edit.body,
      category: edit.category,
      tags: edit.tags.join(" "),
      editorId: actor.id,
      summary: edit.summary ?? null,
      createdAt: at,
    });
    search.questionChanged(db, questionId);
    onPostEdited(db, actor.id, { type: "question", id: questionId, questionId, body: edit.body });
  });
  return { ok: true, id: question.id, slug };
}

/** Edits an answer, keeping the new version in its history. */
export function editAnswer(
  { db, search }: Store,
  actor: Actor,
  answerId: number,
  edit: { body: string; summary?: string | null },
  at = new Date(),
): Outcome<{ questionId: number }> {
  const answer = getAnswer(db, answerId);
  const question = answer && getQuestion(db, answer.questionId);
  if (!answer || !question || answer.deletedAt || question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  const refusal =
    editRefusal(db, actor, answer, question.placeId) ??
    newMemberRefusal(db, actor.id, "comment", edit.body);
  if (refusal) return refused(refusal);
  if (answer.body === edit.body) return { ok: true, questionId: question.id };
  db.transaction(() => {
    db.update(answers)
      .set({ body: edit.body, bodyHtml: renderMarkdown(edit.body), editedAt: at })
      .where(eq(answers.id, answerId))
      .run();
    db.update(questions).set({ lastActivityAt: at }).where(eq(questions.id, question.id)).run();
    addRevision(db, "answer", answerId, {
      body: edit.body,
      editorId: actor.id,
      summary: edit.summary ?? null,
      createdAt: at,
    });
    search.questionChanged(db, question.id);
    onPostEdited(db, actor.id, {
      type: "answer",
      id: answerId,
      questionId: question.id,
      body: edit.body,
    });
  });
  return { ok: true, questionId: question.id };
}

export function addRevision(
  db: AppDatabase,
  postType: PostType,
  postId: number,
  revision: Omit<typeof postRevisions.$inferInsert, "postType" | "postId" | "revision">,
) {
  const last = db
    .select({ revision: max(postRevisions.revision) })
    .from(postRevisions)
    .where(and(eq(postRevisions.postType, postType), eq(postRevisions.postId, postId)))
    .get();
  db.insert(postRevisions)
    .values({ ...revision, postType, postId, revision: (last?.revision ?? 0) + 1 })
    .run();
}

/** Every version of a post, oldest first, with the editor's name. */
export function listRevisions(db: AppDatabase, postType: PostType, postId: number) {
  return db
    .select({
      revision: postRevisions.revision,
      title: postRevisions.title,
      body: postRevisions.body,
      category: postRevisions.category,
      tags: postRevisions.tags,
      summary: postRevisions.summary,
      createdAt: postRevisions.createdAt,
      editorId: users.id,
      editorFirstName: users.firstName,
      editorLastName: users.lastName,
      editorDeleted: sql<boolean>`${users.deletedAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(postRevisions)
    .innerJoin(users, eq(users.id, postRevisions.editorId))
    .where(and(eq(postRevisions.postType, postType), eq(postRevisions.postId, postId)))
    .orderBy(asc(postRevisions.revision))
    .all();
}

/**
 * Soft-deletes a post. Authors delete their own (not a question whose answers
 * were upvoted or accepted: that would erase the neighbours' help); moderators
 * of the place delete anything. Deleting an accepted answer withdraws the
 * acceptance and its reputation.
 */
export function deletePost(
  { db, search }: Store,
  actor: Actor,
  postType: PostType,
  postId: number,
  at = new Date(),
): Outcome<{ questionId: number }> {
  const target = loadPost(db, postType, postId);
  if (!target || target.post.deletedAt) return refused({ reason: "not-found" });
  const { post, question } = target;
  const moderator = isModeratorFor(db, actor, question.placeId);
  if (post.authorId !== actor.id && !moderator) return refused({ reason: "not-allowed" });
  if (postType === "question" && !moderator && hasValuedAnswers(db, question)) {
    return refused({ reason: "has-answers" });
  }
  removePost({ db, search }, { postType, post, question }, { byId: actor.id, at });
  return { ok: true, questionId: question.id };
}

/** A question or answer, with its question (itself, for a question), as removal needs them. */
type PostInQuestion = {
  postType: PostType;
  post: { id: number; deletedAt: Date | null };
  question: { id: number; acceptedAnswerId: number | null };
};

/**
 * Takes a question or answer out of view (soft delete), keeping the
 * question's answer count, its accepted answer (and that reputation) and its
 * search document right. The one path for authors, moderators and the flag
 * threshold: `moderation` marks a removal by moderation, with the reason its
 * author sees. A post already removed only gets its moderation state updated.
 */
export function removePost(
  { db, search }: Store,
  { postType, post, question }: PostInQuestion,
  removal: {
    byId: string | null;
    at: Date;
    moderation?: { state: ModerationState; reason: string | null };
  },
) {
  const marks = {
    moderationState: removal.moderation?.state ?? null,
    moderationReason: removal.moderation?.reason ?? null,
  };
  db.transaction(() => {
    const table = postType === "question" ? questions : answers;
    if (post.deletedAt) {
      db.update(table).set(marks).where(eq(table.id, post.id)).run();
      return;
    }
    db.update(table)
      .set({ deletedAt: removal.at, deletedById: removal.byId, ...marks })
      .where(eq(table.id, post.id))
      .run();
    if (postType === "answer") {
      const wasAccepted = question.acceptedAnswerId === post.id;
      if (wasAccepted) reverseAction(db, `accept:${post.id}`, removal.at);
      db.update(questions)
        .set({
          answerCount: sql`${questions.answerCount} - 1`,
          acceptedAnswerId: wasAccepted ? null : question.acceptedAnswerId,
        })
        .where(eq(questions.id, question.id))
        .run();
    }
    search.questionChanged(db, question.id);
  });
}

/** Brings a removed question or answer back, clearing any moderation mark (not an answer's acceptance). */
export function reinstatePost({ db, search }: Store, { postType, post, question }: PostInQuestion) {
  if (!post.deletedAt) return;
  db.transaction(() => {
    const table = postType === "question" ? questions : answers;
    db.update(table)
      .set({ deletedAt: null, deletedById: null, moderationState: null, moderationReason: null })
      .where(eq(table.id, post.id))
      .run();
    if (postType === "answer") {
      db.update(questions)
        .set({ answerCount: sql`${questions.answerCount} + 1` })
        .where(eq(questions.id, question.id))
        .run();
    }
    search.questionChanged(db, question.id);
  });
}

/** Moderators bring a deleted post back (an answer's acceptance is not restored). */
export function restorePost(
  { db, search }: Store,
  actor: Actor,
  postType: PostType,
  postId: number,
): Outcome<{ questionId: number }> {
  const target = loadPost(db, postType, postId);
  if (!target) return refused({ reason: "not-found" });
  const { post, question } = target;
  if (!isModeratorFor(db, actor, question.placeId)) return refused({ reason: "not-allowed" });
  reinstatePost({ db, search }, { postType, post, question });
  return { ok: true, questionId: question.id };
}

function hasValuedAnswers(
  db: AppDatabase,
  question: { id: number; acceptedAnswerId: number | null },
) {
  if (question.acceptedAnswerId != null) return true;
  return Boolean(
    db
      .select({ id: answers.id })
      .from(answers)
      .where(
        and(
          eq(answers.questionId, question.id),
          isNull(answers.deletedAt),
          sql`${answers.upvoteCount} > 0`,
        ),
      )
      .get(),
  );
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

/**
 * Closing and reopening. The asker closes their own question at once (and
 * reopens it if they closed it), a moderator of the place decides at once,
 * and members with 250 points vote: three votes decide, for the reason most
 * of them gave. Voting twice in a round changes nothing.
 */
export function voteToClose(
  { db, search }: Store,
  actor: Actor,
  questionId: number,
  vote: { action: "close" | "reopen"; reason?: CloseReason; duplicateOfId?: number | null },
  at = new Date(),
): Outcome<{ decided: boolean; pendingVotes: number }> {
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  const isClosed = question.closedReason != null;
  if (vote.action === "close" && isClosed) return refused({ reason: "question-closed" });
  if (vote.action === "reopen" && !isClosed) return refused({ reason: "question-open" });
  if (vote.action === "close" && vote.reason === "duplicate") {
    const original = vote.duplicateOfId ? getQuestion(db, vote.duplicateOfId) : undefined;
    if (!original || original.id === questionId || original.deletedAt) {
      return refused({ reason: "bad-duplicate" });
    }
  }
  const suspended = suspensionRefusal(actor);
  if (suspended) return refused(suspended);
  const isAsker = question.authorId === actor.id;
  const decidesAlone =
    isModeratorFor(db, actor, question.placeId) ||
    (isAsker &&
      actor.emailVerified &&
      (vote.action === "close" || question.closedById === actor.id));
  if (!decidesAlone) {
    const refusal = privilegeRefusal(actor, "voteToClose");
    if (refusal) return refused(refusal);
  }
  return db.transaction(() => {
    const pending = () =>
      db
        .select()
        .from(closeVotes)
        .where(
          and(
            eq(closeVotes.questionId, questionId),
            eq(closeVotes.action, vote.action),
            isNull(closeVotes.settledAt),
          ),
        )
        .all();
    if (!pending().some((row) => row.voterId === actor.id)) {
      db.insert(closeVotes)
        .values({
          questionId,
          voterId: actor.id,
          action: vote.action,
          reason: vote.action === "close" ? (vote.reason ?? "off-topic") : null,
          duplicateOfId: vote.reason === "duplicate" ? (vote.duplicateOfId ?? null) : null,
          createdAt: at,
        })
        .run();
    }
    const round = pending();
    if (!decidesAlone && round.length < CLOSE_VOTES_NEEDED) {
      return { ok: true as const, decided: false, pendingVotes: round.length };
    }
    if (vote.action === "close") {
      const decision = decidesAlone ? vote : mostCommonCloseReason(round);
      db.update(questions)
        .set({
          closedReason: decision.reason ?? "off-topic",
          duplicateOfId: decision.reason === "duplicate" ? (decision.duplicateOfId ?? null) : null,
          closedAt: at,
          closedById: decidesAlone ? actor.id : null,
        })
        .where(eq(questions.id, questionId))
        .run();
    } else {
      db.update(questions)
        .set({ closedReason: null, duplicateOfId: null, closedAt: null, closedById: null })
        .where(eq(questions.id, questionId))
        .run();
    }
    db.update(closeVotes)
      .set({ settledAt: at })
      .where(and(eq(closeVotes.questionId, questionId), isNull(closeVotes.settledAt)))
      .run();
    search.questionChanged(db, questionId);
    return { ok: true as const, decided: true, pendingVotes: 0 };
  });
}

function mostCommonCloseReason(
  round: { reason: CloseReason | null; duplicateOfId: number | null }[],
) {
  const counts = new Map<
    string,
    { count: number; reason: CloseReason; duplicateOfId: number | null }
  >();
  for (const row of round) {
    const reason = row.reason ?? "off-topic";
    const key = `${reason}:${row.duplicateOfId ?? ""}`;
    const entry = counts.get(key) ?? { count: 0, reason, duplicateOfId: row.duplicateOfId };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]!;
}

/** Pending close or reopen votes on a question, for its page. */
export function pendingCloseVotes(db: AppDatabase, questionId: number) {
  return db
    .select({ voterId: closeVotes.voterId, action: closeVotes.action, reason: closeVotes.reason })
    .from(closeVotes)
    .where(and(eq(closeVotes.questionId, questionId), isNull(closeVotes.settledAt)))
    .all();
}

export type ListCursor = { key: number; id: number };

export function encodeCursor(cursor: ListCursor) {
  return Buffer.from(`${cursor.key}.${cursor.id}`).toString("base64url");
}

/** A cursor from the URL, or null when it is absent or malformed (then the list starts over). */
export function decodeCursor(value: string | null): ListCursor | null {
  if (!value) return null;
  const match = /^(-?\d{1,12})\.(\d{1,12})$/.exec(Buffer.from(value, "base64url").toString());
  return match ? { key: Number(match[1]), id: Number(match[2]) } : null;
}

export type QuestionListItem = {
  id: number;
  slug: string;
  title: string;
  kind: QuestionKind;
  category: Category;
  score: number;
  answerCount: number;
  solved: boolean;
  closedReason: CloseReason | null;
  neededBy: string | null;
  createdAt: Date;
  distanceKm: number;
  place: { code: string; name: string; slug: string };
  author: { id: string; firstName: string; lastName: string; deleted: boolean };
  tags: string[];
};

/**
 * Questions whose point lies within `radiusKm` of `centre`, for a tab and a
 * page: the R*Tree picks the bounding box, the exact great-circle distance
 * (SQLite's math functions) trims it, and the (sort key, id) cursor pages
 * through without OFFSET.
 */
export function listQuestionsNear(
  db: AppDatabase,
  options: {
    centre: Point;
    radiusKm: number;
    tab: ListTab;
    cursor?: ListCursor | null;
    limit?: number;
  },
): { items: QuestionListItem[]; nextCursor: ListCursor | null } {
  const limit = options.limit ?? 20;
  const box = boundingBox(options.centre, options.radiusKm);
  const distance = sql`(2 * 6371.0088 * asin(min(1, sqrt(
      pow(sin(radians(${questions.lat} - ${options.centre.lat}) / 2), 2) +
      cos(radians(${options.centre.lat})) * cos(radians(${questions.lat})) *
      pow(sin(radians(${questions.lng} - ${options.centre.lng}) / 2), 2)))))`;
  const sortKey = options.tab === "votes" ? sql`${questions.score}` : sql`${questions.createdAt}`;
  const tabFilter =
    options.tab === "unanswered"
      ? sql`${questions.answerCount} = 0 AND ${questions.closedReason} IS NULL`
      : options.tab === "solved"
        ? sql`(${questions.acceptedAnswerId} IS NOT NULL OR ${questions.closedReason} = 'resolved')`
        : sql`1`;
  const cursorFilter = options.cursor
    ? sql`(${sortKey} < ${options.cursor.key} OR (${sortKey} = ${options.cursor.key} AND ${questions.id} < ${options.cursor.id}))`
    : sql`1`;
  const rows = db.all<{
    id: number;
    slug: string;
    title: string;
    kind: QuestionKind;
    category: Category;
    score: number;
    answerCount: number;
    acceptedAnswerId: number | null;
    closedReason: CloseReason | null;
    neededBy: string | null;
    createdAt: number;
    sortKey: number;
    distanceKm: number;
    placeCode: string;
    placeName: string;
    placeSlug: string;
    authorId: string;
    firstName: string;
    lastName: string;
    authorDeletedAt: number | null;
    tags: string | null;
  }>(sql`
    SELECT ${questions.id} AS id, ${questions.slug} AS slug, ${questions.title} AS title,
      ${questions.kind} AS kind, ${questions.category} AS category, ${questions.score} AS score,
      ${questions.answerCount} AS answerCount, ${questions.acceptedAnswerId} AS acceptedAnswerId,
      ${questions.closedReason} AS closedReason, ${questions.neededBy} AS neededBy,
      ${questions.createdAt} AS createdAt, ${sortKey} AS sortKey, ${distance} AS distanceKm,
      ${places.code} AS placeCode, ${places.name} AS placeName, ${places.slug} AS placeSlug,
      ${users.id} AS authorId, ${users.firstName} AS firstName, ${users.lastName} AS lastName,
      ${users.deletedAt} AS authorDeletedAt,
      (SELECT group_concat(tag, ' ') FROM ${questionTags} WHERE question_id = ${questions.id}) AS tags
    FROM ${questions}
    JOIN ${places} ON ${places.id} = ${questions.placeId}
    JOIN ${users} ON ${users.id} = ${questions.authorId}
    WHERE ${questions.id} IN (
        SELECT id FROM questions_rtree
        WHERE min_lat <= ${box.maxLat} AND max_lat >= ${box.minLat}
          AND min_lng <= ${box.maxLng} AND max_lng >= ${box.minLng})
      AND ${questions.deletedAt} IS NULL
      AND ${distance} <= ${options.radiusKm}
      AND ${tabFilter}
      AND ${cursorFilter}
    ORDER BY sortKey DESC, ${questions.id} DESC
    LIMIT ${limit + 1}
  `);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      category: row.category,
      score: row.score,
      answerCount: row.answerCount,
      solved: row.acceptedAnswerId != null || row.closedReason === "resolved",
      closedReason: row.closedReason,
      neededBy: row.neededBy,
      createdAt: new Date(row.createdAt * 1000),
      distanceKm: Math.round(row.distanceKm * 10) / 10,
      place: { code: row.placeCode, name: row.placeName, slug: row.placeSlug },
      author: {
        id: row.authorId,
        firstName: row.firstName,
        lastName: row.lastName,
        deleted: row.authorDeletedAt != null,
      },
      tags: row.tags ? row.tags.split(" ").sort() : [],
    })),
    nextCursor: rows.length > limit && last ? { key: last.sortKey, id: last.id } : null,
  };
}

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
 * The places a member may ask in, for the ask form: their home place first,
 * then the neighbouring places by distance.
 */
export function askablePlaces(db: AppDatabase, homePlaceId: number) {
  const home = db.select().from(places).where(eq(places.id, homePlaceId)).get();
  if (!home) return [];
  return [
    { code: home.code, name: home.name, distanceKm: 0 },
    ...neighbouringPlaces(db, home, ASK_PLACE_RADIUS_KM)
      .slice(0, 40)
      .map((place) => ({ code: place.code, name: place.name, distanceKm: place.distanceKm })),
  ];
}

/** The id in a URL ("/q/12/…", "/reponses/40"), or NaN for anything that is not a plain number. */
export function parsePostId(param: string | undefined) {
  return /^\d{1,12}$/.test(param ?? "") ? Number(param) : NaN;
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
