import { and, eq } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { comments, conversations, flags, messages, users } from "#db/schema";
import { excerpt, markdownToPlainText } from "#app/domain/markdown.server";
import type { FlagTarget, ModerationState } from "#app/domain/moderation";
import { memberName } from "#app/domain/names";
import type { Actor } from "#app/models/members/privileges.server";
import { staffRoleFor, type StaffRole } from "#app/models/members/staff-roles.server";
import { questionPath } from "#app/models/questions/paths";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";

/*
 * What moderation acts on: a post, a comment, a private message or
 * conversation, or a member. Where it lives (the places whose staff may
 * decide), its state, and what moderators are shown of it.
 */

/** Where a target lives, who wrote it, and its current state, for a decision or the queue. */
export type TargetContext = {
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

export function targetContext(
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
export function roleOnTarget(db: AppDatabase, actor: Actor, context: TargetContext) {
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
export function describeTarget(db: AppDatabase, targetType: FlagTarget, targetId: string) {
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

/** A member's full name, as moderators see it (they know who they judge). */
export function memberFullName(db: AppDatabase, userId: string) {
  return fullName(userById(db, userId));
}
