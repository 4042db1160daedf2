import type { AppDatabase } from "#db/client";
import { discardPostImages } from "#app/models/images/images.server";
import { getUploadsDir } from "#app/server/uploads.server";
import type { Translate } from "#app/i18n/i18n";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { deleteComment } from "#app/models/answers/comments.server";
import { castVote } from "#app/models/answers/votes.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import { decide } from "#app/models/moderation/decisions.server";
import type { Actor } from "#app/models/members/privileges.server";
import { loadPost } from "#app/models/questions/posts.server";
import { deletePost, restorePost } from "#app/models/questions/removal.server";
import { RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";
import type { IntentInput } from "./intents";
import { asPostOutcome, outcomeNotice, overLimit, refusedNotice } from "./notices.server";

/** The buttons under a post: votes, acceptance, thanks, deletion and restoring. */
export function vote(
  db: AppDatabase,
  actor: Actor,
  input: Pick<IntentInput<"vote">, "postType" | "postId" | "value">,
  t: Translate,
) {
  const target = `${input.postType}-${input.postId}`;
  const limited = overLimit(db, `vote:user:${actor.id}`, RATE_LIMITS.votePerUser, t);
  if (limited) return refusedNotice(limited.message, target, limited.init);
  const outcome = castVote(getStore(), actor, {
    postType: input.postType,
    postId: input.postId,
    value: input.value as -1 | 0 | 1,
  });
  return outcomeNotice(outcome, t, target, t("question.voteRecorded"));
}

export function accept(actor: Actor, input: IntentInput<"accept">, t: Translate) {
  const outcome = acceptAnswer(getStore(), actor, input.answerId, {
    accept: input.accept === "1",
  });
  return outcomeNotice(
    outcome,
    t,
    `answer-${input.answerId}`,
    t(input.accept === "1" ? "question.acceptedDone" : "question.unacceptedDone"),
  );
}

export function thank(db: AppDatabase, actor: Actor, input: IntentInput<"thank">, t: Translate) {
  return outcomeNotice(
    thankAnswer(db, actor, input.answerId),
    t,
    `answer-${input.answerId}`,
    t("question.thanked"),
  );
}

export function remove(actor: Actor, input: IntentInput<"delete">, t: Translate) {
  const store = getStore();
  const outcome = deletePost(store, actor, input.postType, input.postId);
  // Deleted outright (not hidden by moderation): its photos go for good, files and all.
  if (outcome.ok) {
    discardPostImages(
      { db: store.db, uploadsDir: getUploadsDir() },
      { type: input.postType, id: input.postId },
    );
  }
  // A deleted question's notice sits at the top of the page: the post itself is gone from view.
  const target = outcome.ok && input.postType === "question" ? "question" : undefined;
  return outcomeNotice(
    outcome,
    t,
    target ?? `${input.postType}-${input.postId}`,
    t("question.deleted"),
  );
}

export function restore(
  db: AppDatabase,
  actor: Actor,
  input: IntentInput<"restore">,
  t: Translate,
) {
  const target = `${input.postType}-${input.postId}`;
  // A post removed by moderation comes back through a logged decision, like from the queue.
  if (loadPost(db, input.postType, input.postId)?.post.moderationState) {
    const decision = decide(getStore(), actor, {
      targetType: input.postType,
      targetId: String(input.postId),
      decision: "restore",
      rule: "other",
    });
    return outcomeNotice(asPostOutcome(decision), t, target, t("question.restored"));
  }
  return outcomeNotice(
    restorePost(getStore(), actor, input.postType, input.postId),
    t,
    target,
    t("question.restored"),
  );
}

export function removeComment(
  db: AppDatabase,
  actor: Actor,
  input: IntentInput<"delete-comment">,
  t: Translate,
) {
  return outcomeNotice(
    deleteComment(db, actor, input.commentId),
    t,
    "question",
    t("question.commentDeleted"),
  );
}
