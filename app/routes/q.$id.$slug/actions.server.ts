import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import type { AppDatabase } from "#db/client";
import type { Translate } from "#app/i18n/i18n";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment, deleteComment } from "#app/models/answers/comments.server";
import { answerQuestion } from "#app/models/answers/answers.server";
import { castVote } from "#app/models/answers/votes.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import { decide } from "#app/models/moderation/decisions.server";
import { refused, type Outcome } from "#app/models/refusals";
import { CLOSE_VOTES_NEEDED, type Actor } from "#app/models/members/privileges.server";
import { deletePost, restorePost } from "#app/models/questions/removal.server";
import { getQuestion, loadPost } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { voteToClose } from "#app/models/questions/close-votes.server";
import { refusalInit, refusalMessage, rateLimitRefusal } from "#app/models/refusal-message";
import { CLOSE_REASONS, POST_TYPES } from "#app/domain/questions";
import { answerSchema, commentSchema } from "#app/domain/question-forms";
import { MODERATION_RULES } from "#app/domain/moderation";
import { hitRateLimit, RATE_LIMITS } from "#app/server/rate-limit.server";
import { getStore } from "#app/server/search.server";

const id = z.coerce.number().int().positive();
const reasonField = z.string().trim().max(500).optional();

/** Every small action of the question page, told apart by `intent`. */
const intentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("vote"),
    postType: z.enum(POST_TYPES),
    postId: id,
    value: z.enum(["1", "-1", "0"]).transform(Number),
  }),
  z.object({ intent: z.literal("accept"), answerId: id, accept: z.enum(["1", "0"]) }),
  z.object({ intent: z.literal("thank"), answerId: id }),
  z.object({ intent: z.literal("delete"), postType: z.enum(POST_TYPES), postId: id }),
  z.object({ intent: z.literal("restore"), postType: z.enum(POST_TYPES), postId: id }),
  z.object({ intent: z.literal("delete-comment"), commentId: id }),
  z.object({
    intent: z.literal("close"),
    reason: z.enum(CLOSE_REASONS),
    duplicateOf: z.string().trim().max(300).optional(),
  }),
  z.object({ intent: z.literal("reopen") }),
  z.object({ intent: z.literal("lock"), rule: z.enum(MODERATION_RULES), reason: reasonField }),
  z.object({ intent: z.literal("unlock"), rule: z.enum(MODERATION_RULES), reason: reasonField }),
]);

/** Where a notice is shown: next to the post it is about. */
export type Notice = { ok: boolean; message: string; target: string };

function notice(outcome: Outcome, t: Translate, target: string, success: string) {
  if (!outcome.ok) {
    return data(
      { notice: { ok: false, message: refusalMessage(t, outcome.refusal), target } as Notice },
      refusalInit(outcome.refusal),
    );
  }
  return { notice: { ok: true, message: success, target } as Notice };
}

/**
 * A moderation decision taken on the question page (restore, lock, unlock)
 * is refused in the words of the page's other actions, not the queue's.
 */
function asPostOutcome(decision: Outcome): Outcome {
  if (decision.ok) return decision;
  return refused({
    reason: decision.refusal.reason === "decision-target-gone" ? "not-found" : "not-allowed",
  });
}

/** "https://…/q/12/titre", "/q/12" or "12": the question a duplicate points to. */
function questionIdFrom(typed: string | undefined) {
  const match =
    /(?:^|\/q\/)(\d{1,12})(?:$|[/?#])/.exec(typed ?? "") ?? /^(\d{1,12})$/.exec(typed ?? "");
  return match ? Number(match[1]) : null;
}

export async function handleQuestionAction(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  formData: FormData,
  t: Translate,
) {
  const intent = formData.get("intent");
  if (intent === "answer") return postAnswer(db, actor, questionId, formData, t);
  if (intent === "comment") return postComment(db, actor, questionId, formData, t);

  const parsed = intentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return data(
      { notice: { ok: false, message: t("form.invalid"), target: "question" } as Notice },
      { status: 400 },
    );
  }
  const input = parsed.data;
  switch (input.intent) {
    case "vote": {
      const limit = hitRateLimit(db, `vote:user:${actor.id}`, RATE_LIMITS.votePerUser);
      const target = `${input.postType}-${input.postId}`;
      if (!limit.allowed) {
        const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
        return data(
          { notice: { ok: false, message: refusal.message, target } as Notice },
          refusal.init,
        );
      }
      const outcome = castVote(getStore(), actor, {
        postType: input.postType,
        postId: input.postId,
        value: input.value as -1 | 0 | 1,
      });
      return notice(outcome, t, target, t("question.voteRecorded"));
    }
    case "accept": {
      const outcome = acceptAnswer(getStore(), actor, input.answerId, {
        accept: input.accept === "1",
      });
      return notice(
        outcome,
        t,
        `answer-${input.answerId}`,
        t(input.accept === "1" ? "question.acceptedDone" : "question.unacceptedDone"),
      );
    }
    case "thank":
      return notice(
        thankAnswer(db, actor, input.answerId),
        t,
        `answer-${input.answerId}`,
        t("question.thanked"),
      );
    case "delete": {
      const outcome = deletePost(getStore(), actor, input.postType, input.postId);
      if (outcome.ok && input.postType === "question") {
        return {
          notice: { ok: true, message: t("question.deleted"), target: "question" } as Notice,
        };
      }
      return notice(outcome, t, `${input.postType}-${input.postId}`, t("question.deleted"));
    }
    case "restore": {
      const target = `${input.postType}-${input.postId}`;
      // A post removed by moderation comes back through a logged decision, like from the queue.
      if (loadPost(db, input.postType, input.postId)?.post.moderationState) {
        const decision = decide(getStore(), actor, {
          targetType: input.postType,
          targetId: String(input.postId),
          decision: "restore",
          rule: "other",
        });
        return notice(asPostOutcome(decision), t, target, t("question.restored"));
      }
      return notice(
        restorePost(getStore(), actor, input.postType, input.postId),
        t,
        target,
        t("question.restored"),
      );
    }
    case "delete-comment":
      return notice(
        deleteComment(db, actor, input.commentId),
        t,
        "question",
        t("question.commentDeleted"),
      );
    case "lock":
    case "unlock": {
      // The same logged decision as from the moderation queue.
      const decision = decide(getStore(), actor, {
        targetType: "question",
        targetId: String(questionId),
        decision: input.intent,
        rule: input.rule,
        reason: input.reason,
      });
      return notice(asPostOutcome(decision), t, "locking", t("moderation.done"));
    }
    case "close":
    case "reopen": {
      const duplicateOfId = input.intent === "close" ? questionIdFrom(input.duplicateOf) : null;
      const outcome = voteToClose(getStore(), actor, questionId, {
        action: input.intent,
        reason: input.intent === "close" ? input.reason : undefined,
        duplicateOfId,
      });
      const success = !outcome.ok
        ? ""
        : outcome.decided
          ? t(input.intent === "close" ? "question.closedDone" : "question.reopenedDone")
          : t("question.closeVoteRecorded", {
              count: outcome.pendingVotes,
              needed: CLOSE_VOTES_NEEDED,
            });
      return notice(outcome, t, "closing", success);
    }
  }
}

async function postAnswer(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  formData: FormData,
  t: Translate,
) {
  const submission = parseWithZod(formData, { schema: answerSchema(t) });
  if (submission.status !== "success") {
    return data({ answerResult: submission.reply() }, { status: 400 });
  }
  const limit = hitRateLimit(db, `answer:user:${actor.id}`, RATE_LIMITS.answerPerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data(
      { answerResult: submission.reply({ formErrors: [refusal.message] }) },
      refusal.init,
    );
  }
  const outcome = answerQuestion(getStore(), actor, questionId, submission.value.body);
  if (!outcome.ok) {
    return data(
      { answerResult: submission.reply({ formErrors: [refusalMessage(t, outcome.refusal)] }) },
      refusalInit(outcome.refusal),
    );
  }
  const question = getQuestion(db, questionId)!;
  return redirect(`${questionPath(question)}#reponse-${outcome.id}`);
}

async function postComment(
  db: AppDatabase,
  actor: Actor,
  questionId: number,
  formData: FormData,
  t: Translate,
) {
  const answerId = id.safeParse(formData.get("answerId"));
  const target = answerId.success ? `answer-${answerId.data}` : "question";
  const submission = parseWithZod(formData, { schema: commentSchema(t) });
  if (submission.status !== "success") {
    const message = submission.error?.body?.[0] ?? t("form.invalid");
    return data({ notice: { ok: false, message, target } as Notice }, { status: 400 });
  }
  const limit = hitRateLimit(db, `comment:user:${actor.id}`, RATE_LIMITS.commentPerUser);
  if (!limit.allowed) {
    const refusal = rateLimitRefusal(t, limit.retryAfterSeconds);
    return data(
      { notice: { ok: false, message: refusal.message, target } as Notice },
      refusal.init,
    );
  }
  const outcome = addComment(db, actor, {
    questionId,
    answerId: answerId.success ? answerId.data : null,
    body: submission.value.body,
  });
  return notice(outcome, t, target, t("question.commentAdded"));
}
