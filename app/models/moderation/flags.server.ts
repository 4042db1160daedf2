import { and, asc, eq, isNull, sum } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { comments, conversations, flags, messages, moderationActions, users } from "#db/schema";
import { type FlagReason, type FlagTarget } from "#app/domain/moderation";
import { notify } from "#app/models/notifications/notify.server";
import { privilegeRefusal, type Actor } from "#app/models/members/privileges.server";
import { refused, type Outcome } from "#app/models/refusals";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { removePost } from "#app/models/questions/removal.server";
import { memberName } from "#app/domain/names";
import { isStaffFor } from "#app/models/members/staff-roles.server";
import type { Store } from "#app/server/search.server";

/** Open flags whose weights add up to this hide the content until a moderator looks. */
export const HIDE_THRESHOLD = 3;

/**
 * How much a member's flag counts (docs/moderation.md): a verified neighbour
 * 1, an email-confirmed member 0.5, plus 0.5 from 250 points of reputation and
 * 1 from 1,000. Three verified neighbours hide a post; three newcomers do not.
 */
export function flagWeight(actor: Actor) {
  const base = actor.verifiedNeighbour || actor.isAdmin ? 1 : 0.5;
  const bonus = actor.reputation >= 1000 ? 1 : actor.reputation >= 250 ? 0.5 : 0;
  return base + bonus;
}

/** What a flag points at, as the flagger may see it: its author, its place, whether it can be hidden. */
type FlagSubject = { authorId: string | null; placeId: number | null; hideable: boolean };

/**
 * The target as `actor` may see it, or undefined (then: 404). Posts must be
 * visible (not removed, nor their question); a message or a conversation only
 * to its two members; a member while their account exists. `placeId` scopes
 * the flag to moderators: the question's place for posts, the member's home
 * for members, the flagger's home for private messages (which have no place).
 */
export function flagSubject(
  db: AppDatabase,
  actor: Actor,
  targetType: FlagTarget,
  targetId: string,
): FlagSubject | undefined {
  const numericId = /^\d{1,12}$/.test(targetId) ? Number(targetId) : NaN;
  switch (targetType) {
    case "question": {
      const question = getQuestion(db, numericId);
      if (!question || question.deletedAt) return undefined;
      return { authorId: question.authorId, placeId: question.placeId, hideable: true };
    }
    case "answer": {
      const answer = getAnswer(db, numericId);
      const question = answer && getQuestion(db, answer.questionId);
      if (!answer || !question || answer.deletedAt || question.deletedAt) return undefined;
      return { authorId: answer.authorId, placeId: question.placeId, hideable: true };
    }
    case "comment": {
      const comment = db.select().from(comments).where(eq(comments.id, numericId)).get();
      const question = comment && getQuestion(db, comment.questionId);
      const answer = comment?.answerId != null ? getAnswer(db, comment.answerId) : undefined;
      if (!comment || !question || comment.deletedAt || question.deletedAt) return undefined;
      if (answer?.deletedAt) return undefined;
      return { authorId: comment.authorId, placeId: question.placeId, hideable: true };
    }
    case "message": {
      const message = db.select().from(messages).where(eq(messages.id, numericId)).get();
      if (!message || message.deletedAt) return undefined;
      if (!isConversationMember(db, message.conversationId, actor.id)) return undefined;
      return { authorId: message.senderId, placeId: actor.homePlaceId, hideable: true };
    }
    case "conversation": {
      if (!isConversationMember(db, numericId, actor.id)) return undefined;
      return { authorId: null, placeId: actor.homePlaceId, hideable: false };
    }
    case "member": {
      const member = db
        .select({ id: users.id, homePlaceId: users.homePlaceId, deletedAt: users.deletedAt })
        .from(users)
        .where(eq(users.id, targetId.slice(0, 40)))
        .get();
      if (!member || member.deletedAt) return undefined;
      return { authorId: member.id, placeId: member.homePlaceId, hideable: false };
    }
  }
}

export function isConversationMember(db: AppDatabase, conversationId: number, userId: string) {
  if (!Number.isSafeInteger(conversationId)) return false;
  const conversation = db
    .select({ a: conversations.memberAId, b: conversations.memberBId })
    .from(conversations)
    .where(eq(conversations.id, conversationId))
    .get();
  return Boolean(conversation && (conversation.a === userId || conversation.b === userId));
}

/**
 * A member reports something. Once per member and target (a second report
 * changes nothing and says so), never one's own content. When the open flags
 * reach `HIDE_THRESHOLD` (at once for a moderator of the place or an admin),
 * the content is hidden pending review and the community's decision is logged.
 */
export function flagContent(
  { db, search }: Store,
  actor: Actor,
  report: { targetType: FlagTarget; targetId: string; reason: FlagReason; details?: string | null },
  at = new Date(),
): Outcome<{ alreadyFlagged: boolean; hidden: boolean }> {
  const refusal = privilegeRefusal(actor, "flag");
  if (refusal) return refused(refusal);
  const details = report.details?.trim() || null;
  if (report.reason === "other" && !details) return refused({ reason: "other-needs-details" });
  const subject = flagSubject(db, actor, report.targetType, report.targetId);
  if (!subject) return refused({ reason: "flag-target-gone" });
  if (subject.authorId === actor.id) return refused({ reason: "own-content" });
  const staff = subject.placeId != null && isStaffFor(db, actor, subject.placeId, ["moderator"]);
  return db.transaction(() => {
    const inserted = db
      .insert(flags)
      .values({
        targetType: report.targetType,
        targetId: report.targetId,
        placeId: subject.placeId,
        flaggerId: actor.id,
        reason: report.reason,
        details: report.reason === "other" ? details : null,
        // A moderator's or an admin's report is a decision: it weighs the whole threshold.
        weight: staff ? HIDE_THRESHOLD : flagWeight(actor),
        createdAt: at,
      })
      .onConflictDoNothing()
      .returning({ id: flags.id })
      .get();
    if (!inserted) return { ok: true as const, alreadyFlagged: true, hidden: false };
    const hidden =
      subject.hideable &&
      openFlagWeight(db, report.targetType, report.targetId) >= HIDE_THRESHOLD &&
      hidePendingReview(
        { db, search },
        report.targetType,
        report.targetId,
        subject,
        mostGivenReason(db, report.targetType, report.targetId),
        at,
      );
    return { ok: true as const, alreadyFlagged: false, hidden };
  });
}

/** The summed weight of the open (unresolved) flags on a target. */
export function openFlagWeight(db: AppDatabase, targetType: FlagTarget, targetId: string) {
  const row = db
    .select({ total: sum(flags.weight) })
    .from(flags)
    .where(
      and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt)),
    )
    .get();
  return Number(row?.total ?? 0);
}

/** The reason most open flags on a target give (the earliest on a tie): the rule of an auto-hide. */
function mostGivenReason(db: AppDatabase, targetType: FlagTarget, targetId: string): FlagReason {
  const reasons = db
    .select({ reason: flags.reason })
    .from(flags)
    .where(
      and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt)),
    )
    .orderBy(asc(flags.id))
    .all()
    .map((row) => row.reason);
  const counts = new Map<FlagReason, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The community hides the content until a moderator decides; the author hears of it. */
function hidePendingReview(
  { db, search }: Store,
  targetType: FlagTarget,
  targetId: string,
  subject: FlagSubject,
  rule: FlagReason,
  at: Date,
) {
  const id = Number(targetId);
  if (targetType === "question" || targetType === "answer") {
    const question = targetType === "question" ? getQuestion(db, id)! : undefined;
    const answer = targetType === "answer" ? getAnswer(db, id)! : undefined;
    const post = question ?? answer!;
    removePost(
      { db, search },
      { postType: targetType, post, question: question ?? getQuestion(db, answer!.questionId)! },
      { byId: null, at, moderation: { state: "pending-review", reason: null } },
    );
  } else if (targetType === "comment") {
    db.update(comments)
      .set({ deletedAt: at, moderationState: "pending-review" })
      .where(eq(comments.id, id))
      .run();
  } else if (targetType === "message") {
    db.update(messages)
      .set({ deletedAt: at, moderationState: "pending-review" })
      .where(eq(messages.id, id))
      .run();
  } else {
    return false;
  }
  const action = db
    .insert(moderationActions)
    .values({
      placeId: subject.placeId,
      action: "auto-hide",
      targetType,
      targetId,
      rule,
      reason: null,
      moderatorId: null,
      actorRole: "community",
      createdAt: at,
    })
    .returning({ id: moderationActions.id })
    .get();
  if (subject.authorId) {
    notify(db, {
      userId: subject.authorId,
      type: "moderation-decision",
      dedupeKey: `moderation:${action.id}`,
      moderationActionId: action.id,
      actorId: null,
      at,
    });
  }
  return true;
}

/**
 * What the report page says it is about, and where "back" goes: the
 * question's title for posts, the member's name (full, for members only).
 */
export function flagTargetSummary(db: AppDatabase, targetType: FlagTarget, targetId: string) {
  const id = Number(targetId);
  const questionOf = (questionId: number) => getQuestion(db, questionId)!;
  switch (targetType) {
    case "question": {
      const question = questionOf(id);
      return { title: question.title, back: questionPath(question) };
    }
    case "answer": {
      const answer = getAnswer(db, id)!;
      const question = questionOf(answer.questionId);
      return { title: question.title, back: `${questionPath(question)}#reponse-${answer.id}` };
    }
    case "comment": {
      const comment = db.select().from(comments).where(eq(comments.id, id)).get()!;
      const question = questionOf(comment.questionId);
      return { title: question.title, back: questionPath(question) };
    }
    case "message":
    case "conversation":
      return { title: "", back: "/messages" };
    case "member": {
      const member = db
        .select({ firstName: users.firstName, lastName: users.lastName })
        .from(users)
        .where(eq(users.id, targetId))
        .get()!;
      return { title: memberName(member, { full: true }), back: `/m/${targetId}` };
    }
  }
}
