import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, comments, questions, thanks, votes } from "#db/schema";
import { renderMarkdown } from "#app/domain/markdown.server";
import type { PostType } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { awardReputation, reverseAction } from "#app/models/reputation/reputation.server";
import {
  isModeratorFor,
  privilegeRefusal,
  suspensionRefusal,
  type Actor,
} from "#app/models/members/privileges.server";
import { addRevision } from "#app/models/questions/revisions.server";
import { DOUBLE_SUBMIT_WINDOW_MS } from "#app/domain/questions";
import { getAnswer, getQuestion, loadPost } from "#app/models/questions/posts.server";
import { newMemberRefusal } from "#app/models/members/new-member-limits.server";
import { refused, type Outcome } from "#app/models/refusals";
import {
  onAnswerAccepted,
  onAnswerPosted,
  onAnswerThanked,
  onCommentPosted,
} from "#app/models/notifications/events.server";

/** Writes an answer and its first revision, without privilege checks (import, seed). */
export function insertAnswer(
  { db, search }: Store,
  input: { questionId: number; authorId: string; body: string; createdAt?: Date },
) {
  const createdAt = input.createdAt ?? new Date();
  return db.transaction(() => {
    const answer = db
      .insert(answers)
      .values({
        questionId: input.questionId,
        authorId: input.authorId,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        createdAt,
      })
      .returning({ id: answers.id })
      .get();
    db.update(questions)
      .set({ answerCount: sql`${questions.answerCount} + 1`, lastActivityAt: createdAt })
      .where(eq(questions.id, input.questionId))
      .run();
    addRevision(db, "answer", answer.id, {
      body: input.body,
      editorId: input.authorId,
      createdAt,
    });
    search.questionChanged(db, input.questionId);
    return answer;
  });
}

/** A member answers: email verified, the question open and not deleted. */
export function answerQuestion(
  { db, search }: Store,
  actor: Actor,
  questionId: number,
  body: string,
): Outcome<{ id: number }> {
  const refusal = privilegeRefusal(actor, "answer");
  if (refusal) return refused(refusal);
  const question = getQuestion(db, questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  if (question.lockedAt) return refused({ reason: "question-locked" });
  if (question.closedReason) return refused({ reason: "question-closed" });
  // A double submission (a second tap, a resent form) returns the answer already written.
  const duplicate = db
    .select({ id: answers.id })
    .from(answers)
    .where(
      and(
        eq(answers.questionId, questionId),
        eq(answers.authorId, actor.id),
        eq(answers.body, body),
        isNull(answers.deletedAt),
        gt(answers.createdAt, new Date(Date.now() - DOUBLE_SUBMIT_WINDOW_MS)),
      ),
    )
    .get();
  if (duplicate) return { ok: true, id: duplicate.id };
  const firstDay = newMemberRefusal(db, actor.id, "answer", body);
  if (firstDay) return refused(firstDay);
  return db.transaction(() => {
    const answer = insertAnswer({ db, search }, { questionId, authorId: actor.id, body });
    onAnswerPosted(db, answer.id);
    return { ok: true as const, ...answer };
  });
}

/**
 * The asker accepts the answer that solved it (accepting another one moves
 * the acceptance; accepting the accepted one again withdraws it). The
 * answerer gets 15 points and the asker 2, unless they answered themselves.
 */
export function acceptAnswer(
  { db, search }: Store,
  actor: Actor,
  answerId: number,
  { accept = true, at = new Date() }: { accept?: boolean; at?: Date } = {},
): Outcome<{ questionId: number; accepted: boolean }> {
  const answer = getAnswer(db, answerId);
  const question = answer && getQuestion(db, answer.questionId);
  if (!answer || !question || answer.deletedAt || question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  if (question.authorId !== actor.id) return refused({ reason: "not-asker" });
  const suspended = suspensionRefusal(actor);
  if (suspended) return refused(suspended);
  const alreadyAccepted = question.acceptedAnswerId === answerId;
  if (accept === alreadyAccepted) {
    return { ok: true, questionId: question.id, accepted: alreadyAccepted };
  }
  db.transaction(() => {
    if (question.acceptedAnswerId != null) {
      reverseAction(db, `accept:${question.acceptedAnswerId}`, at);
    }
    db.update(questions)
      .set({ acceptedAnswerId: accept ? answerId : null, lastActivityAt: at })
      .where(eq(questions.id, question.id))
      .run();
    search.questionChanged(db, question.id);
    if (accept && answer.authorId !== question.authorId) {
      const actionKey = `accept:${answerId}`;
      const post = { postType: "answer" as const, postId: answerId, actorId: actor.id, at };
      awardReputation(db, {
        ...post,
        userId: answer.authorId,
        reason: "answer-accepted",
        actionKey,
      });
      awardReputation(db, { ...post, userId: actor.id, reason: "accepted-an-answer", actionKey });
    }
    if (accept) onAnswerAccepted(db, actor.id, answer, at);
  });
  return { ok: true, questionId: question.id, accepted: accept };
}

type VoteTarget = { postType: PostType; postId: number; value: -1 | 0 | 1 };
type VoteOutcome = Outcome<{ questionId: number; score: number; value: number }>;

/**
 * Up (+1), down (-1) or retract (0): one vote per member and post, never on
 * one's own posts. Changing a vote reverses the reputation of the old one
 * before applying the new one; repeating the same vote changes nothing.
 */
export function castVote(
  { db, search }: Store,
  actor: Actor,
  target: VoteTarget,
  at = new Date(),
): VoteOutcome {
  const loaded = votablePost(db, actor.id, target);
  if (!loaded.ok) return loaded;
  if (target.value !== 0) {
    const refusal = privilegeRefusal(actor, target.value > 0 ? "voteUp" : "voteDown");
    if (refusal) return refused(refusal);
  }
  return applyVote({ db, search }, actor.id, target, loaded, at);
}

/**
 * The work of a vote, with its reputation, without the privilege checks: for
 * imports, whose voters may not be verified yet. Votes on one's own posts are
 * still refused.
 */
export function recordVote(
  { db, search }: Store,
  voterId: string,
  target: VoteTarget,
  at = new Date(),
): VoteOutcome {
  const loaded = votablePost(db, voterId, target);
  if (!loaded.ok) return loaded;
  return applyVote({ db, search }, voterId, target, loaded, at);
}

function votablePost(db: AppDatabase, voterId: string, target: VoteTarget) {
  const loaded = loadPost(db, target.postType, target.postId);
  if (!loaded || loaded.post.deletedAt || loaded.question.deletedAt) {
    return refused({ reason: "not-found" });
  }
  if (loaded.question.lockedAt) return refused({ reason: "question-locked" });
  if (loaded.post.authorId === voterId) return refused({ reason: "own-post" });
  return { ok: true as const, ...loaded };
}

function applyVote(
  { db, search }: Store,
  voterId: string,
  target: VoteTarget,
  { post, question }: NonNullable<ReturnType<typeof loadPost>>,
  at: Date,
): VoteOutcome {
  const existing = db
    .select()
    .from(votes)
    .where(
      and(
        eq(votes.postType, target.postType),
        eq(votes.postId, target.postId),
        eq(votes.voterId, voterId),
      ),
    )
    .get();
  const previous = existing?.value ?? 0;
  if (previous === target.value) {
    return { ok: true, questionId: question.id, score: post.score, value: previous };
  }
  const table = target.postType === "question" ? questions : answers;
  return db.transaction(() => {
    let voteId = existing?.id;
    if (existing) reverseAction(db, `vote:${existing.id}`, at);
    if (target.value === 0) {
      db.delete(votes).where(eq(votes.id, existing!.id)).run();
    } else if (existing) {
      db.update(votes)
        .set({ value: target.value, createdAt: at })
        .where(eq(votes.id, existing.id))
        .run();
    } else {
      voteId = db
        .insert(votes)
        .values({ ...target, voterId, createdAt: at })
        .returning({ id: votes.id })
        .get().id;
    }
    const upvoteDelta = Number(target.value === 1) - Number(previous === 1);
    const updated = db
      .update(table)
      .set({
        score: sql`${table.score} + ${target.value - previous}`,
        upvoteCount: sql`${table.upvoteCount} + ${upvoteDelta}`,
      })
      .where(eq(table.id, target.postId))
      .returning({ score: table.score })
      .get();
    // The score orders search results and the answers inside a question's document.
    search.questionChanged(db, question.id);
    if (target.value !== 0 && voteId != null) {
      const event = {
        actionKey: `vote:${voteId}`,
        postType: target.postType,
        postId: target.postId,
        actorId: voterId,
        at,
      };
      if (target.value > 0) {
        awardReputation(db, {
          ...event,
          userId: post.authorId,
          reason: target.postType === "answer" ? "answer-upvoted" : "question-upvoted",
        });
      } else {
        awardReputation(db, { ...event, userId: post.authorId, reason: "post-downvoted" });
        if (target.postType === "answer") {
          awardReputation(db, { ...event, userId: voterId, reason: "downvoted-an-answer" });
        }
      }
    }
    return {
      ok: true as const,
      questionId: question.id,
      score: updated.score,
      value: target.value,
    };
  });
}

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

/** A short comment on a question or one of its answers. */
export function addComment(
  db: AppDatabase,
  actor: Actor,
  target: { questionId: number; answerId?: number | null; body: string },
  at = new Date(),
): Outcome<{ id: number }> {
  const refusal =
    privilegeRefusal(actor, "comment") ?? newMemberRefusal(db, actor.id, "comment", target.body);
  if (refusal) return refused(refusal);
  const question = getQuestion(db, target.questionId);
  if (!question || question.deletedAt) return refused({ reason: "not-found" });
  if (question.lockedAt) return refused({ reason: "question-locked" });
  if (target.answerId != null) {
    const answer = getAnswer(db, target.answerId);
    if (!answer || answer.deletedAt || answer.questionId !== question.id) {
      return refused({ reason: "not-found" });
    }
  }
  return db.transaction(() => {
    const comment = db
      .insert(comments)
      .values({
        questionId: question.id,
        answerId: target.answerId ?? null,
        authorId: actor.id,
        body: target.body,
        createdAt: at,
      })
      .returning({ id: comments.id })
      .get();
    db.update(questions).set({ lastActivityAt: at }).where(eq(questions.id, question.id)).run();
    onCommentPosted(db, {
      ...target,
      answerId: target.answerId ?? null,
      id: comment.id,
      authorId: actor.id,
      createdAt: at,
    });
    return { ok: true as const, id: comment.id };
  });
}

/** Comment authors and moderators of the place delete comments. */
export function deleteComment(
  db: AppDatabase,
  actor: Actor,
  commentId: number,
  at = new Date(),
): Outcome<{ questionId: number }> {
  const comment = db.select().from(comments).where(eq(comments.id, commentId)).get();
  const question = comment && getQuestion(db, comment.questionId);
  if (!comment || !question || comment.deletedAt) return refused({ reason: "not-found" });
  if (comment.authorId !== actor.id && !isModeratorFor(db, actor, question.placeId)) {
    return refused({ reason: "not-allowed" });
  }
  db.update(comments)
    .set({ deletedAt: at, deletedById: actor.id })
    .where(eq(comments.id, commentId))
    .run();
  return { ok: true, questionId: question.id };
}
