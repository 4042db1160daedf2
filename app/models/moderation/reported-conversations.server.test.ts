import { describe, expect, it } from "vitest";
import { moderationTestbed } from "#test/moderation";
import { eq } from "drizzle-orm";
import { conversationAccessLog, conversations, messages } from "#db/schema";
import { flagContent } from "./flags.server";
import { decide } from "./decisions.server";
import { readReportedConversation } from "./reported-conversations.server";

const { db, store, DONGES, MONTOIR, member, staff } = moderationTestbed();

describe("reported conversations", () => {
  it("are readable by the staff of the report's place while it is open, each reading logged", () => {
    const a = member(DONGES);
    const b = member(MONTOIR);
    const [first, second] = [a.id, b.id].sort() as [string, string];
    const conversation = db
      .insert(conversations)
      .values({ memberAId: first, memberBId: second, lastMessageAt: new Date() })
      .returning()
      .get();
    db.insert(messages)
      .values({
        conversationId: conversation.id,
        senderId: b.id,
        body: "Menace",
        createdAt: new Date(),
      })
      .run();
    const dongesModerator = staff("moderator", DONGES);
    const montoirModerator = staff("moderator", MONTOIR, MONTOIR);
    expect(readReportedConversation(db, dongesModerator, conversation.id)).toBeUndefined();
    flagContent(store, a, {
      targetType: "conversation",
      targetId: String(conversation.id),
      reason: "dangerous",
    });
    expect(readReportedConversation(db, montoirModerator, conversation.id)).toBeUndefined();
    const read = readReportedConversation(db, dongesModerator, conversation.id)!;
    expect(read.messages.map((message) => message.body)).toEqual(["Menace"]);
    readReportedConversation(db, dongesModerator, conversation.id);
    const log = db
      .select()
      .from(conversationAccessLog)
      .where(eq(conversationAccessLog.conversationId, conversation.id))
      .all();
    expect(log).toHaveLength(2);
    expect(log.every((row) => row.moderatorId === dongesModerator.id)).toBe(true);
    decide(store, dongesModerator, {
      targetType: "conversation",
      targetId: String(conversation.id),
      decision: "dismiss",
      rule: "other",
    });
    expect(readReportedConversation(db, dongesModerator, conversation.id)).toBeUndefined();
  });
});
