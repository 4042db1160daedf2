import type { Translate } from "#app/i18n/i18n";
import { decide } from "#app/models/moderation/decisions.server";
import { CLOSE_VOTES_NEEDED, type Actor } from "#app/models/members/privileges.server";
import { voteToClose } from "#app/models/questions/close-votes.server";
import { getStore } from "#app/server/search.server";
import type { IntentInput } from "./intents";
import { asPostOutcome, outcomeNotice } from "./notices.server";

/** "https://…/q/12/titre", "/q/12" or "12": the question a duplicate points to. */
function questionIdFrom(typed: string | undefined) {
  const match =
    /(?:^|\/q\/)(\d{1,12})(?:$|[/?#])/.exec(typed ?? "") ?? /^(\d{1,12})$/.exec(typed ?? "");
  return match ? Number(match[1]) : null;
}

/** A vote to close (with a reason, or as a duplicate) or to reopen; enough votes decide. */
export function closeOrReopen(
  actor: Actor,
  questionId: number,
  input: IntentInput<"close" | "reopen">,
  t: Translate,
) {
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
  return outcomeNotice(outcome, t, "closing", success);
}

/** Lock or unlock: the same logged decision as from the moderation queue. */
export function lockOrUnlock(
  actor: Actor,
  questionId: number,
  input: IntentInput<"lock" | "unlock">,
  t: Translate,
) {
  const decision = decide(getStore(), actor, {
    targetType: "question",
    targetId: String(questionId),
    decision: input.intent,
    rule: input.rule,
    reason: input.reason,
  });
  return outcomeNotice(asPostOutcome(decision), t, "locking", t("moderation.done"));
}
