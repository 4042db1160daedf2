import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import {
  comments,
  conversationAccessLog,
  conversations,
  flags,
  messages,
  moderationActions,
  places,
  questions,
  roleGrants,
  users,
} from "#db/schema";
import { excerpt, markdownToPlainText } from "#app/domain/markdown.server";
import { memberName } from "#app/domain/names";
import { notify } from "#app/models/notifications/notify.server";
import type { Actor } from "#app/models/members/privileges.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { reinstatePost, removePost } from "#app/models/questions/removal.server";
import { revokeVerification } from "#app/models/members/verification.server";
import {
  type FlagReason,
  type FlagTarget,
  type ModerationActionKind,
  type ModerationState,
  type SUSPENSION_DAYS,
  type ModerationDecision,
  type ModerationRule,
} from "#app/domain/moderation";
import type { Store } from "#app/server/search.server";

export type StaffRole = "admin" | "moderator" | "ambassador";

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

/** Whether the member has a moderation queue at all: an admin, a moderator or an ambassador. */
export function isStaffMember(db: AppDatabase, member: { id: string; isAdmin: boolean }) {
  if (member.isAdmin) return true;
  return Boolean(
    db.select({ id: roleGrants.id }).from(roleGrants).where(eq(roleGrants.userId, member.id)).get(),
  );
}

function hasGlobalModeration(db: AppDatabase, actor: { id: string }) {
  return Boolean(
    db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, actor.id),
          eq(roleGrants.role, "moderator"),
          isNull(roleGrants.placeId),
        ),
      )
      .get(),
  );
}

/**
 * The strongest role `actor` holds for a place: admin, moderator (of the
 * place, or global), ambassador of the place; null for anyone else. Content
 * without a place is for admins and global moderators only.
 */
export function staffRoleFor(
  db: AppDatabase,
  actor: { id: string; isAdmin: boolean },
  placeId: number | null,
): StaffRole | null {
  if (actor.isAdmin) return "admin";
  if (hasGlobalModeration(db, actor)) return "moderator";
  if (placeId == null) return null;
  const grants = db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, actor.id), eq(roleGrants.placeId, placeId)))
    .all()
    .map((grant) => grant.role);
  if (grants.includes("moderator")) return "moderator";
  if (grants.includes("ambassador")) return "ambassador";
  return null;
}

export function decisionsAllowed(role: StaffRole | null, targetType: FlagTarget) {
  if (!role) return [];
  return DECISIONS_FOR[targetType].filter(
    (decision) => role !== "ambassador" || AMBASSADOR_DECISIONS.includes(decision),
  );
}

/** The places whose queue `actor` sees; `global` for admins and global moderators. */
export function moderatedPlaces(db: AppDatabase, actor: { id: string; isAdmin: boolean }) {
  const global = actor.isAdmin || hasGlobalModeration(db, actor);
  const scoped = db
    .selectDistinct({ id: places.id, name: places.name, slug: places.slug })
    .from(roleGrants)
    .innerJoin(places, eq(places.id, roleGrants.placeId))
    .where(eq(roleGrants.userId, actor.id))
    .orderBy(asc(places.name))
    .all();
  return { global, places: scoped };
}

/** Where a target lives, who wrote it, and its current state, for a decision or the queue. */
type TargetContext = {
  /** Places whose staff may decide: the post's place, the member's home, the flags' places. */
  placeIds: (number | null)[];
  authorId: string | null;
  state: ModerationState | null;
  removed: boolean;
  locked: boolean;
};

function flagPlaces(db: AppDatabase, targetType: FlagTarget, targetId: string) {
  return db
    .selectDistinct({ placeId: flags.placeId })
    .from(flags)
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId)))
    .all()
    .map((row) => row.placeId);
}

function targetContext(
  db: AppDatabase,
  targetType: FlagTarget,
  targetId: string,
): TargetContext | undefined {
  const id = /^\d{1,12}$/.test(targetId) ? Number(targetId) : NaN;
  const post = (row: {
    authorId: string;
    deletedAt: Date | null;
    moderationState: ModerationState | null;
  }) => ({
    authorId: row.authorId,
    state: row.moderationState,
    removed: row.deletedAt != null,
    locked: false,
  });
  switch (targetType) {
    case "question": {
      const question = getQuestion(db, id);
      if (!question) return undefined;
      return { ...post(question), placeIds: [question.placeId], locked: question.lockedAt != null };
    }
    case "answer": {
      const answer = getAnswer(db, id);
      const question = answer && getQuestion(db, answer.questionId);
      return answer && question ? { ...post(answer), placeIds: [question.placeId] } : undefined;
    }
    case "comment": {
      const comment = db.select().from(comments).where(eq(comments.id, id)).get();
      const question = comment && getQuestion(db, comment.questionId);
      return comment && question ? { ...post(comment), placeIds: [question.placeId] } : undefined;
    }
    case "message": {
      const message = db.select().from(messages).where(eq(messages.id, id)).get();
      if (!message) return undefined;
      return {
        ...post({ ...message, authorId: message.senderId }),
        placeIds: flagPlaces(db, targetType, targetId),
      };
    }
    case "conversation": {
      const conversation = db
        .select({ id: conversations.id })
        .from(conversations)
        .where(eq(conversations.id, id))
        .get();
      if (!conversation) return undefined;
      return {
        authorId: null,
        state: null,
        removed: false,
        locked: false,
        placeIds: flagPlaces(db, targetType, targetId),
      };
    }
    case "member": {
      const member = db
        .select()
        .from(users)
        .where(eq(users.id, targetId.slice(0, 40)))
        .get();
      if (!member || member.deletedAt) return undefined;
      return {
        authorId: member.id,
        state: null,
        removed: false,
        locked: false,
        placeIds: [member.homePlaceId],
      };
    }
  }
}

/** The role `actor` acts with on a target: the strongest over the places it belongs to. */
function roleOnTarget(db: AppDatabase, actor: Actor, context: TargetContext) {
  const order: StaffRole[] = ["admin", "moderator", "ambassador"];
  const roles = (context.placeIds.length ? context.placeIds : [null]).map((placeId) => ({
    placeId,
    role: staffRoleFor(db, actor, placeId),
  }));
  return (
    roles
      .filter((entry) => entry.role)
      .sort((a, b) => order.indexOf(a.role!) - order.indexOf(b.role!))[0] ?? null
  );
}

export type DecisionRefusal = "not-found" | "not-allowed" | "not-applicable";

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
): { ok: true; actionId: number } | { ok: false; refusal: DecisionRefusal } {
  const context = targetContext(db, input.targetType, input.targetId);
  if (!context) return { ok: false, refusal: "not-found" };
  const staff = roleOnTarget(db, actor, context);
  if (!staff) return { ok: false, refusal: "not-allowed" };
  if (!decisionsAllowed(staff.role, input.targetType).includes(input.decision)) {
    return {
      ok: false,
      refusal: DECISIONS_FOR[input.targetType].includes(input.decision)
        ? "not-allowed"
        : "not-applicable",
    };
  }
  if (input.decision === "suspend" && !input.days) return { ok: false, refusal: "not-applicable" };
  const reason = input.reason?.trim() || null;
  return db.transaction(() => {
    const applied = applyDecision({ db, search }, actor, input, context, reason, at);
    if (!applied) {
      // Nothing to do (e.g. no verification to revoke): roll back, nothing is logged.
      return { ok: false as const, refusal: "not-applicable" as const };
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

export type QueueItem = {
  targetType: FlagTarget;
  targetId: string;
  place: { id: number; name: string; slug: string } | null;
  /** Title or excerpt, never hidden from moderators. */
  title: string;
  excerpt: string;
  /** The author's (or the member's) full name: moderators know who they judge. */
  authorName: string | null;
  href: string | null;
  state: ModerationState | null;
  removed: boolean;
  locked: boolean;
  totalWeight: number;
  reasons: { reason: FlagReason; count: number }[];
  /** The texts of « autre » reports, without who wrote them. */
  otherTexts: string[];
  firstFlaggedAt: Date;
  decisions: ModerationDecision[];
};

/**
 * The moderation queue: every target with open flags in the places `actor`
 * looks after (all places for admins and global moderators), hidden ones
 * first, then by weight. Flaggers are never named.
 */
export function moderationQueue(
  db: AppDatabase,
  actor: Actor,
  options: { placeId?: number | null } = {},
): QueueItem[] {
  const scope = moderatedPlaces(db, actor);
  const placeIds = scope.places.map((place) => place.id);
  if (!scope.global && placeIds.length === 0) return [];
  const filters = [isNull(flags.resolvedAt)];
  if (options.placeId != null) filters.push(eq(flags.placeId, options.placeId));
  if (!scope.global) filters.push(inArray(flags.placeId, placeIds));
  const open = db
    .select({
      targetType: flags.targetType,
      targetId: flags.targetId,
      placeId: flags.placeId,
      reason: flags.reason,
      details: flags.details,
      weight: flags.weight,
      createdAt: flags.createdAt,
    })
    .from(flags)
    .where(and(...filters))
    .orderBy(asc(flags.createdAt), asc(flags.id))
    .all();
  const groups = new Map<string, typeof open>();
  for (const flag of open) {
    const key = `${flag.targetType}:${flag.targetId}`;
    groups.set(key, [...(groups.get(key) ?? []), flag]);
  }
  const items: QueueItem[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const context = targetContext(db, first.targetType, first.targetId);
    if (!context) continue;
    const staff = roleOnTarget(db, actor, context);
    if (!staff) continue;
    const reasonCounts = new Map<FlagReason, number>();
    for (const flag of group)
      reasonCounts.set(flag.reason, (reasonCounts.get(flag.reason) ?? 0) + 1);
    const placeId = context.placeIds.find((id) => id != null) ?? first.placeId;
    items.push({
      targetType: first.targetType,
      targetId: first.targetId,
      place: placeId != null ? (placeById(db, placeId) ?? null) : null,
      ...describeTarget(db, first.targetType, first.targetId),
      state: context.state,
      removed: context.removed,
      locked: context.locked,
      totalWeight: group.reduce((total, flag) => total + flag.weight, 0),
      reasons: [...reasonCounts].map(([reason, count]) => ({ reason, count })),
      otherTexts: group.flatMap((flag) => (flag.details ? [flag.details] : [])),
      firstFlaggedAt: first.createdAt,
      decisions: decisionsAllowed(staff.role, first.targetType),
    });
  }
  return items.sort(
    (a, b) =>
      Number(b.state === "pending-review") - Number(a.state === "pending-review") ||
      b.totalWeight - a.totalWeight ||
      a.firstFlaggedAt.getTime() - b.firstFlaggedAt.getTime(),
  );
}

function placeById(db: AppDatabase, id: number) {
  return db
    .select({ id: places.id, name: places.name, slug: places.slug })
    .from(places)
    .where(eq(places.id, id))
    .get();
}

const fullName = (person: { firstName: string; lastName: string } | undefined) =>
  person ? memberName(person, { full: true }) : null;

function userById(db: AppDatabase, id: string) {
  return db
    .select({ firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** What the queue shows of a target: for moderators only, so removed content is shown too. */
function describeTarget(db: AppDatabase, targetType: FlagTarget, targetId: string) {
  const id = Number(targetId);
  switch (targetType) {
    case "question": {
      const question = getQuestion(db, id)!;
      return {
        title: question.title,
        excerpt: excerpt(markdownToPlainText(question.body), 280),
        authorName: fullName(userById(db, question.authorId)),
        href: questionPath(question),
      };
    }
    case "answer": {
      const answer = getAnswer(db, id)!;
      const question = getQuestion(db, answer.questionId)!;
      return {
        title: question.title,
        excerpt: excerpt(markdownToPlainText(answer.body), 280),
        authorName: fullName(userById(db, answer.authorId)),
        href: `${questionPath(question)}#reponse-${answer.id}`,
      };
    }
    case "comment": {
      const comment = db.select().from(comments).where(eq(comments.id, id)).get()!;
      const question = getQuestion(db, comment.questionId)!;
      return {
        title: question.title,
        excerpt: excerpt(comment.body, 280),
        authorName: fullName(userById(db, comment.authorId)),
        href: questionPath(question),
      };
    }
    case "message": {
      const message = db.select().from(messages).where(eq(messages.id, id)).get()!;
      return {
        title: "",
        excerpt: excerpt(message.body, 280),
        authorName: fullName(userById(db, message.senderId)),
        href: `/moderation/conversations/${message.conversationId}`,
      };
    }
    case "conversation": {
      const conversation = db.select().from(conversations).where(eq(conversations.id, id)).get()!;
      const names = [conversation.memberAId, conversation.memberBId].map((memberId) =>
        fullName(userById(db, memberId)),
      );
      return {
        title: names.join(" · "),
        excerpt: "",
        authorName: null,
        href: `/moderation/conversations/${conversation.id}`,
      };
    }
    case "member": {
      const member = userById(db, targetId)!;
      return {
        title: fullName(member)!,
        excerpt: "",
        authorName: fullName(member),
        href: `/m/${targetId}`,
      };
    }
  }
}

/**
 * A reported conversation, for the staff of a place an open report on it (or
 * on one of its messages) belongs to. Each reading is logged; anyone else,
 * and anyone once the reports are resolved, gets undefined.
 */
export function readReportedConversation(
  db: AppDatabase,
  actor: Actor,
  conversationId: number,
  at = new Date(),
) {
  const conversation = db
    .select()
    .from(conversations)
    .where(eq(conversations.id, conversationId))
    .get();
  if (!conversation) return undefined;
  const messageIds = db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .all()
    .map((row) => String(row.id));
  const reports = db
    .select({
      id: flags.id,
      placeId: flags.placeId,
      targetType: flags.targetType,
      targetId: flags.targetId,
    })
    .from(flags)
    .where(
      and(
        isNull(flags.resolvedAt),
        or(
          and(eq(flags.targetType, "conversation"), eq(flags.targetId, String(conversationId))),
          messageIds.length
            ? and(eq(flags.targetType, "message"), inArray(flags.targetId, messageIds))
            : sql`0`,
        ),
      ),
    )
    .all();
  const report = reports.find((flag) => staffRoleFor(db, actor, flag.placeId));
  if (!report) return undefined;
  db.insert(conversationAccessLog)
    .values({ conversationId, moderatorId: actor.id, flagId: report.id, createdAt: at })
    .run();
  const members = new Map(
    [conversation.memberAId, conversation.memberBId].map((memberId) => [
      memberId,
      fullName(userById(db, memberId)) ?? "",
    ]),
  );
  return {
    id: conversation.id,
    members: [...members.values()],
    messages: db
      .select()
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      .orderBy(asc(messages.createdAt), asc(messages.id))
      .all()
      .map((message) => ({
        id: message.id,
        senderName: members.get(message.senderId) ?? "",
        body: message.body,
        createdAt: message.createdAt,
        state: message.moderationState,
        reported: reports.some(
          (flag) => flag.targetType === "message" && flag.targetId === String(message.id),
        ),
      })),
  };
}

export const LOG_PAGE_SIZE = 30;

export type LogEntry = {
  id: number;
  createdAt: Date;
  action: ModerationActionKind;
  targetType: FlagTarget;
  rule: string;
  actorRole: "moderator" | "ambassador" | "admin" | "community";
  suspensionDays: number | null;
  /** Only while the content is visible to everyone. */
  href: string | null;
};

/**
 * The public moderation log of a place, newest first: what, when, which rule,
 * by which role. No names (flaggers, moderators, members) and no content.
 */
export function moderationLog(db: AppDatabase, placeId: number, page = 1) {
  const rows = db
    .select()
    .from(moderationActions)
    .where(eq(moderationActions.placeId, placeId))
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(LOG_PAGE_SIZE + 1)
    .offset((page - 1) * LOG_PAGE_SIZE)
    .all();
  const entries: LogEntry[] = rows.slice(0, LOG_PAGE_SIZE).map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    targetType: row.targetType,
    rule: row.rule,
    actorRole: row.actorRole,
    suspensionDays: row.suspendedUntil
      ? Math.round((row.suspendedUntil.getTime() - row.createdAt.getTime()) / DAY_MS)
      : null,
    href: publicHref(db, row.targetType, row.targetId),
  }));
  return { entries, hasMore: rows.length > LOG_PAGE_SIZE };
}

function publicHref(db: AppDatabase, targetType: FlagTarget, targetId: string) {
  const id = Number(targetId);
  if (targetType === "question") {
    const question = getQuestion(db, id);
    return question && !question.deletedAt ? questionPath(question) : null;
  }
  if (targetType === "answer") {
    const answer = getAnswer(db, id);
    const question = answer && getQuestion(db, answer.questionId);
    return answer && question && !answer.deletedAt && !question.deletedAt
      ? `${questionPath(question)}#reponse-${answer.id}`
      : null;
  }
  if (targetType === "comment") {
    const comment = db.select().from(comments).where(eq(comments.id, id)).get();
    const question = comment && getQuestion(db, comment.questionId);
    return comment && question && !comment.deletedAt && !question.deletedAt
      ? questionPath(question)
      : null;
  }
  return null;
}

/**
 * Why moderation removed these posts, for their authors and moderators on
 * the question page: the rule of the latest decision that removed each.
 */
export function removalRules(
  db: AppDatabase,
  posts: { targetType: "question" | "answer"; id: number }[],
) {
  const rules = new Map<string, string>();
  for (const post of posts) {
    const row = db
      .select({ rule: moderationActions.rule })
      .from(moderationActions)
      .where(
        and(
          eq(moderationActions.targetType, post.targetType),
          eq(moderationActions.targetId, String(post.id)),
          inArray(moderationActions.action, ["auto-hide", "hide", "delete"]),
        ),
      )
      .orderBy(desc(moderationActions.id))
      .get();
    if (row) rules.set(`${post.targetType}:${post.id}`, row.rule);
  }
  return rules;
}
