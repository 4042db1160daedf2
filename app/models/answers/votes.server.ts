import { and, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { answers, questions, votes } from "#db/schema";
import type { PostType } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { loadPost } from "#app/models/questions/posts.server";
import { awardReputation, reverseAction } from "#app/models/reputation/reputation.server";
import { refused, type Outcome, type Refusal } from "#app/models/refusals";

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
  if (target.value < 0 && isHelpRequest(target.postType, loaded.question)) {
    return refused({ reason: "no-downvote-on-help" });
  }
  if (target.value !== 0) {
    const refusal = privilegeRefusal(actor, target.value > 0 ? "voteUp" : "voteDown");
    if (refusal) return refused(refusal);
  }
  return applyVote({ db, search }, actor.id, target, loaded, at);
}

const isHelpRequest = (postType: PostType, question: { kind: string }) =>
  postType === "question" && question.kind === "help";

/**
 * What a post's vote buttons offer a member, by the rules castVote applies:
 * « Utile », or why not (shown instead of the button); and whether the
 * down-vote (never on a request for help).
 */
export function voteOffer(
  actor: Actor,
  postType: PostType,
  post: { authorId: string },
  question: { kind: string; lockedAt: Date | null },
): { upRefusal: Refusal | null; canVoteDown: boolean } {
  const upRefusal: Refusal | null =
    post.authorId === actor.id
      ? { reason: "own-post" }
      : question.lockedAt
        ? { reason: "question-locked" }
        : privilegeRefusal(actor, "voteUp");
  const canVoteDown =
    !upRefusal &&
    !isHelpRequest(postType, question) &&
    privilegeRefusal(actor, "voteDown") === null;
  return { upRefusal, canVoteDown };
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
