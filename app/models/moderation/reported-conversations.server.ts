import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { conversationAccessLog, conversations, flags, messages } from "#db/schema";
import type { Actor } from "#app/models/members/privileges.server";
import { staffRoleFor } from "#app/models/members/staff-roles.server";
import { memberFullName } from "./targets.server";

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
      memberFullName(db, memberId) ?? "",
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
