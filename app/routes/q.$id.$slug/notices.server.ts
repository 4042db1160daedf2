import { data } from "@remix-run/node";
import type { Translate } from "#app/i18n/i18n";
import { refused, type Outcome } from "#app/models/refusals";
import { rateLimitRefusal, refusalInit, refusalMessage } from "#app/models/refusal-message";
import { hitRateLimit, type RateLimitRule } from "#app/server/rate-limit.server";
import type { AppDatabase } from "#db/client";
import type { QuestionReply } from "./intents";

/** A refusal shown beside `target`, with its HTTP status. */
export function refusedNotice(message: string, target: string, init: number | ResponseInit) {
  return data<QuestionReply>({ notice: { ok: false, message, target } }, init);
}

/** What came of an action, beside `target`: the success message, or the refusal and its status. */
export function outcomeNotice(outcome: Outcome, t: Translate, target: string, success: string) {
  if (!outcome.ok) {
    return refusedNotice(refusalMessage(t, outcome.refusal), target, refusalInit(outcome.refusal));
  }
  return { notice: { ok: true, message: success, target } } satisfies QuestionReply;
}

/**
 * A moderation decision taken on the question page (restore, lock, unlock)
 * is refused in the words of the page's other actions, not the queue's.
 */
export function asPostOutcome(decision: Outcome): Outcome {
  if (decision.ok) return decision;
  return refused({
    reason: decision.refusal.reason === "decision-target-gone" ? "not-found" : "not-allowed",
  });
}

/**
 * Counts one more action against `key`: null while the limit allows it,
 * else the French message and the 429 (with Retry-After) to answer.
 */
export function overLimit(db: AppDatabase, key: string, rule: RateLimitRule, t: Translate) {
  const hit = hitRateLimit(db, key, rule);
  return hit.allowed ? null : rateLimitRefusal(t, hit.retryAfterSeconds);
}
