import { and, eq, isNull } from "drizzle-orm";
import { comments, flags, messages, moderationActions, questions, users } from "#db/schema";
import type {
  FlagTarget,
  ModerationDecision,
  ModerationRule,
  ModerationState,
  SUSPENSION_DAYS,
} from "#app/domain/moderation";
import type { Store } from "#app/server/search.server";
import type { Actor } from "#app/models/members/privileges.server";
import type { StaffRole } from "#app/models/members/staff-roles.server";
import { revokeVerification } from "#app/models/members/verification.server";
import { notify } from "#app/models/notifications/notify.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { reinstatePost, removePost } from "#app/models/questions/removal.server";
import { refused, type Outcome } from "#app/models/refusals";
import { roleOnTarget, targetContext, type TargetContext } from "./targets.server";

/**
 * Ambassadors look after their place day to day: they may dismiss reports,
 * hide and restore content and lock a heated question. Deleting, suspending a
 * member and revoking a verification need a moderator (or an admin).
 */
export const AMBASSADOR_DECISIONS: readonly ModerationDecision[] = [
  "dismiss",
  "hide",
  "restore",
  "lock",
  "unlock",
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a decision applies to: content may be hidden, a question locked, a member suspended. */
const DECISIONS_FOR: Record<FlagTarget, readonly ModerationDecision[]> = {
  question: ["dismiss", "hide", "delete", "restore", "lock", "unlock"],
  answer: ["dismiss", "hide", "delete", "restore"],
  comment: ["dismiss", "hide", "delete", "restore"],
  message: ["dismiss", "hide", "delete", "restore"],
  conversation: ["dismiss"],
  member: ["dismiss", "suspend", "revoke-verification"],
};

/** The decisions a role may take on this kind of target (none without a role). */
export function decisionsAllowed(role: StaffRole | null, targetType: FlagTarget) {
  if (!role) return [];
  return DECISIONS_FOR[targetType].filter(
    (decision) => role !== "ambassador" || AMBASSADOR_DECISIONS.includes(decision),
  );
}

export type DecisionInput = {
  targetType: FlagTarget;
  targetId: string;
  decision: ModerationDecision;
  rule: ModerationRule;
  /** Shown to the author of the content (and, for a suspension, to the member). */
  reason?: string | null;
  /** For a suspension: 1, 7 or 30. */
  days?: (typeof SUSPENSION_DAYS)[number];
};

/**
 * A moderator's decision on a target, checked against the target's place:
 * applied, logged (the public log of the place), the open flags resolved and
 * the author notified, all in one transaction.
 */
export function decide(
  { db, search }: Store,
  actor: Actor,
  input: DecisionInput,
  at = new Date(),
): Outcome<{ actionId: number }> {
  const context = targetContext(db, input.targetType, input.targetId);
  if (!context) return refused({ reason: "decision-target-gone" });
  const staff = roleOnTarget(db, actor, context);
  if (!staff) return refused({ reason: "decision-not-allowed" });
  if (!decisionsAllowed(staff.role, input.targetType).includes(input.decision)) {
    return refused({
      reason: DECISIONS_FOR[input.targetType].includes(input.decision)
        ? "decision-not-allowed"
        : "decision-not-applicable",
    });
  }
  if (input.decision === "suspend" && !input.days) {
    return refused({ reason: "decision-not-applicable" });
  }
  const reason = input.reason?.trim() || null;
  return db.transaction(() => {
    const applied = applyDecision({ db, search }, actor, input, context, reason, at);
    if (!applied) {
      // Nothing to do (e.g. no verification to revoke): roll back, nothing is logged.
      return refused({ reason: "decision-not-applicable" });
    }
    const suspendedUntil =
      input.decision === "suspend" ? new Date(at.getTime() + input.days! * DAY_MS) : null;
    const action = db
      .insert(moderationActions)
      .values({
        placeId: staff.placeId,
        action: input.decision,
        targetType: input.targetType,
        targetId: input.targetId,
        rule: input.rule,
        reason,
        moderatorId: actor.id,
        actorRole: staff.role!,
        suspendedUntil,
        createdAt: at,
      })
      .returning({ id: moderationActions.id })
      .get();
    db.update(flags)
      .set({ resolvedAt: at, resolvedById: actor.id, moderationActionId: action.id })
      .where(
        and(
          eq(flags.targetType, input.targetType),
          eq(flags.targetId, input.targetId),
          isNull(flags.resolvedAt),
        ),
      )
      .run();
    if (input.decision === "suspend") {
      db.update(users)
        .set({ suspendedUntil, suspensionReason: reason })
        .where(eq(users.id, input.targetId))
        .run();
    }
    if (context.authorId) {
      notify(db, {
        userId: context.authorId,
        type: "moderation-decision",
        dedupeKey: `moderation:${action.id}`,
        moderationActionId: action.id,
        actorId: null,
        at,
      });
    }
    return { ok: true as const, actionId: action.id };
  });
}

/** Applies the decision to the content itself; false when there was nothing to apply. */
function applyDecision(
  { db, search }: Store,
  actor: Actor,
  input: DecisionInput,
  context: TargetContext,
  reason: string | null,
  at: Date,
) {
  const id = Number(input.targetId);
  switch (input.decision) {
    case "dismiss":
      // The reports were unfounded: what the community hid comes back.
      if (context.state === "pending-review") restoreContent({ db, search }, input.targetType, id);
      return true;
    case "hide":
    case "delete": {
      const state = input.decision === "hide" ? "hidden" : "deleted";
      removeContent({ db, search }, input.targetType, id, { byId: actor.id, at, state, reason });
      return true;
    }
    case "restore":
      restoreContent({ db, search }, input.targetType, id);
      return true;
    case "lock":
    case "unlock":
      db.update(questions)
        .set(
          input.decision === "lock"
            ? { lockedAt: at, lockedById: actor.id }
            : { lockedAt: null, lockedById: null },
        )
        .where(eq(questions.id, id))
        .run();
      return true;
    case "suspend":
      return true;
    case "revoke-verification": {
      const member = db
        .select({ id: users.id, homePlaceId: users.homePlaceId })
        .from(users)
        .where(eq(users.id, input.targetId))
        .get()!;
      return revokeVerification(db, actor, member, reason ?? input.rule);
    }
  }
}

function removeContent(
  { db, search }: Store,
  targetType: FlagTarget,
  id: number,
  removal: { byId: string; at: Date; state: ModerationState; reason: string | null },
) {
  const marks = { moderationState: removal.state, moderationReason: removal.reason };
  if (targetType === "question" || targetType === "answer") {
    const question = targetType === "question" ? getQuestion(db, id)! : undefined;
    const answer = targetType === "answer" ? getAnswer(db, id)! : undefined;
    removePost(
      { db, search },
      {
        postType: targetType,
        post: (question ?? answer)!,
        question: question ?? getQuestion(db, answer!.questionId)!,
      },
      {
        byId: removal.byId,
        at: removal.at,
        moderation: { state: removal.state, reason: removal.reason },
      },
    );
  } else if (targetType === "comment") {
    db.update(comments).set(marks).where(eq(comments.id, id)).run();
    db.update(comments)
      .set({ deletedAt: removal.at, deletedById: removal.byId })
      .where(and(eq(comments.id, id), isNull(comments.deletedAt)))
      .run();
  } else if (targetType === "message") {
    db.update(messages).set(marks).where(eq(messages.id, id)).run();
    db.update(messages)
      .set({ deletedAt: removal.at })
      .where(and(eq(messages.id, id), isNull(messages.deletedAt)))
      .run();
  }
}

function restoreContent({ db, search }: Store, targetType: FlagTarget, id: number) {
  const cleared = { deletedAt: null, moderationState: null, moderationReason: null };
  if (targetType === "question" || targetType === "answer") {
    const question = targetType === "question" ? getQuestion(db, id)! : undefined;
    const answer = targetType === "answer" ? getAnswer(db, id)! : undefined;
    reinstatePost(
      { db, search },
      {
        postType: targetType,
        post: (question ?? answer)!,
        question: question ?? getQuestion(db, answer!.questionId)!,
      },
    );
  } else if (targetType === "comment") {
    db.update(comments)
      .set({ ...cleared, deletedById: null })
      .where(eq(comments.id, id))
      .run();
  } else if (targetType === "message") {
    db.update(messages).set(cleared).where(eq(messages.id, id)).run();
  }
}
