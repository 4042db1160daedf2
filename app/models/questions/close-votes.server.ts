import { and, eq, isNull } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { closeVotes, questions } from "#db/schema";
import type { CloseReason } from "#app/domain/questions";
import type { Store } from "#app/server/search.server";
import {
  CLOSE_VOTES_NEEDED,
  isModeratorFor,
  privilegeRefusal,
  suspensionRefusal,
  type Actor,
} from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";
import { getQuestion } from "./posts.server";

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
