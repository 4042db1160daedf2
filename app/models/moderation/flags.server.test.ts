import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import {
  answers,
  conversations,
  flags,
  messages,
  moderationActions,
  notifications,
  questions,
  roleGrants,
} from "#db/schema";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { flagContent, flagWeight, HIDE_THRESHOLD, openFlagWeight } from "./flags.server";
import { loadActor } from "#app/models/members/privileges.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const placeId = (code: string) => placeByCode(db, code).id;
const DONGES = placeId("44052");
const MONTOIR = placeId("44103");
const member = memberFactory(db);

function questionWithAnswer(placeId = DONGES) {
  const asker = member(placeId);
  const spammer = member(placeId);
  const question = insertQuestion(store, {
    authorId: asker.id,
    placeId,
    kind: "help",
    category: "bricolage",
    title: "Qui peut m’aider à monter une étagère ?",
    body: "Samedi matin si possible.",
    tags: [],
  });
  const answer = insertAnswer(store, {
    questionId: question.id,
    authorId: spammer.id,
    body: "Achetez des montres pas chères sur https://spam.example",
  });
  return { asker, spammer, question, answer };
}

const spamFlag = (id: number) =>
  ({ targetType: "answer", targetId: String(id), reason: "spam" }) as const;

function conversationBetween(a: string, b: string) {
  const [first, second] = [a, b].sort() as [string, string];
  const conversation = db
    .insert(conversations)
    .values({ memberAId: first, memberBId: second, lastMessageAt: new Date() })
    .returning()
    .get();
  const message = db
    .insert(messages)
    .values({
      conversationId: conversation.id,
      senderId: a,
      body: "Bonjour",
      createdAt: new Date(),
    })
    .returning()
    .get();
  return { conversation, message };
}

describe("flag weights", () => {
  it("weighs verified neighbours 1, others 0.5, plus reputation", () => {
    expect(flagWeight(member(DONGES))).toBe(1);
    expect(flagWeight(member(DONGES, { verifiedNeighbour: false }))).toBe(0.5);
    expect(flagWeight(member(DONGES, { reputation: 250 }))).toBe(1.5);
    expect(flagWeight(member(DONGES, { reputation: 1000 }))).toBe(2);
    expect(flagWeight(member(DONGES, { verifiedNeighbour: false, reputation: 1000 }))).toBe(1.5);
  });
});

describe("the hide threshold", () => {
  it("hides an answer at the third verified flag, keeping the question's counts right", () => {
    const { asker, spammer, question, answer } = questionWithAnswer();
    acceptAnswer(store, asker, answer.id);
    const flaggers = [member(DONGES), member(DONGES), member(DONGES)];
    for (const flagger of flaggers.slice(0, 2)) {
      expect(flagContent(store, flagger, spamFlag(answer.id))).toEqual({
        ok: true,
        alreadyFlagged: false,
        hidden: false,
      });
    }
    expect(getAnswer(db, answer.id)!.deletedAt).toBeNull();
    expect(openFlagWeight(db, "answer", String(answer.id))).toBe(2);
    const third = { ...spamFlag(answer.id), reason: "offensive" as const };
    expect(flagContent(store, flaggers[2]!, third)).toMatchObject({ hidden: true });
    const hidden = getAnswer(db, answer.id)!;
    expect(hidden.deletedAt).not.toBeNull();
    expect(hidden.moderationState).toBe("pending-review");
    const after = getQuestion(db, question.id)!;
    expect(after.answerCount).toBe(0);
    expect(after.acceptedAnswerId).toBeNull();
    const log = db
      .select()
      .from(moderationActions)
      .where(eq(moderationActions.targetId, String(answer.id)))
      .all();
    expect(log).toMatchObject([
      {
        action: "auto-hide",
        rule: "spam",
        actorRole: "community",
        moderatorId: null,
        placeId: DONGES,
      },
    ]);
    const notice = db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, spammer.id), eq(notifications.type, "moderation-decision")),
      )
      .all();
    expect(notice).toMatchObject([
      { type: "moderation-decision", moderationActionId: log[0]!.id, actorId: null },
    ]);
  });

  it("does not hide on three unverified members' flags", () => {
    const { answer } = questionWithAnswer();
    for (let n = 0; n < 3; n++) {
      flagContent(store, member(DONGES, { verifiedNeighbour: false }), spamFlag(answer.id));
    }
    expect(openFlagWeight(db, "answer", String(answer.id))).toBe(1.5);
    expect(getAnswer(db, answer.id)!.deletedAt).toBeNull();
  });

  it("hides at once on a moderator's or an admin's flag", () => {
    const { answer } = questionWithAnswer();
    const moderator = member(DONGES);
    db.insert(roleGrants)
      .values({ userId: moderator.id, role: "moderator", placeId: DONGES })
      .run();
    expect(flagContent(store, moderator, spamFlag(answer.id))).toMatchObject({ hidden: true });
    const other = questionWithAnswer();
    const admin = member(MONTOIR, { isAdmin: true });
    expect(flagContent(store, admin, spamFlag(other.answer.id))).toMatchObject({ hidden: true });
    expect(openFlagWeight(db, "answer", String(other.answer.id))).toBe(HIDE_THRESHOLD);
  });

  it("never hides a member, who only reaches the queue", () => {
    const target = member(DONGES);
    for (let n = 0; n < 4; n++) {
      expect(
        flagContent(store, member(DONGES), {
          targetType: "member",
          targetId: target.id,
          reason: "offensive",
        }),
      ).toMatchObject({ ok: true, hidden: false });
    }
    expect(loadActor(db, target.id)).not.toBeNull();
    const placed = db
      .select({ placeId: flags.placeId })
      .from(flags)
      .where(eq(flags.targetId, target.id))
      .all();
    expect(placed.every((flag) => flag.placeId === DONGES)).toBe(true);
  });
});

describe("who may flag what", () => {
  it("counts one flag per member and target; a second one says so and changes nothing", () => {
    const { answer } = questionWithAnswer();
    const flagger = member(DONGES);
    flagContent(store, flagger, spamFlag(answer.id));
    expect(flagContent(store, flagger, { ...spamFlag(answer.id), reason: "offensive" })).toEqual({
      ok: true,
      alreadyFlagged: true,
      hidden: false,
    });
    const rows = db
      .select()
      .from(flags)
      .where(and(eq(flags.targetType, "answer"), eq(flags.targetId, String(answer.id))))
      .all();
    expect(rows).toMatchObject([{ reason: "spam", weight: 1 }]);
  });

  it("refuses one's own content, unconfirmed and suspended members, and « autre » without a text", () => {
    const { spammer, answer } = questionWithAnswer();
    expect(flagContent(store, spammer, spamFlag(answer.id))).toEqual({
      ok: false,
      refusal: { reason: "own-content" },
    });
    expect(
      flagContent(store, member(DONGES, { emailVerified: false }), spamFlag(answer.id)),
    ).toMatchObject({ ok: false, refusal: { reason: "email-unverified" } });
    const suspended = {
      ...member(DONGES),
      suspendedUntil: new Date(Date.now() + 86_400_000),
    };
    expect(flagContent(store, suspended, spamFlag(answer.id))).toMatchObject({
      ok: false,
      refusal: { reason: "suspended" },
    });
    expect(
      flagContent(store, member(DONGES), { ...spamFlag(answer.id), reason: "other", details: " " }),
    ).toEqual({ ok: false, refusal: { reason: "other-needs-details" } });
    expect(
      flagContent(store, member(DONGES), {
        ...spamFlag(answer.id),
        reason: "other",
        details: "Il vend des montres",
      }),
    ).toMatchObject({ ok: true });
  });

  it("answers not-found for removed or missing targets", () => {
    const { answer } = questionWithAnswer();
    db.update(answers).set({ deletedAt: new Date() }).where(eq(answers.id, answer.id)).run();
    expect(flagContent(store, member(DONGES), spamFlag(answer.id))).toEqual({
      ok: false,
      refusal: { reason: "flag-target-gone" },
    });
    expect(flagContent(store, member(DONGES), spamFlag(999_999))).toMatchObject({ ok: false });
    expect(
      flagContent(store, member(DONGES), {
        targetType: "question",
        targetId: "abc",
        reason: "spam",
      }),
    ).toMatchObject({ ok: false, refusal: { reason: "flag-target-gone" } });
  });

  it("lets only the two members flag a conversation or its messages, from the flagger's place", () => {
    const writer = member(MONTOIR);
    const reader = member(DONGES);
    const outsider = member(DONGES);
    const { conversation, message } = conversationBetween(writer.id, reader.id);
    for (const target of [
      { targetType: "conversation", targetId: String(conversation.id) },
      { targetType: "message", targetId: String(message.id) },
    ] as const) {
      expect(flagContent(store, outsider, { ...target, reason: "offensive" })).toEqual({
        ok: false,
        refusal: { reason: "flag-target-gone" },
      });
      expect(flagContent(store, reader, { ...target, reason: "offensive" })).toMatchObject({
        ok: true,
      });
    }
    expect(
      flagContent(store, writer, {
        targetType: "message",
        targetId: String(message.id),
        reason: "spam",
      }),
    ).toMatchObject({ ok: false, refusal: { reason: "own-content" } });
    const rows = db.select().from(flags).where(eq(flags.flaggerId, reader.id)).all();
    expect(rows.map((row) => row.placeId)).toEqual([DONGES, DONGES]);
  });

  it("places flags on comments and questions in the question's place", () => {
    const { asker, question } = questionWithAnswer(MONTOIR);
    const commenter = member(MONTOIR);
    const comment = addComment(db, commenter, { questionId: question.id, body: "Pub !" });
    if (!comment.ok) throw new Error("comment refused");
    const flagger = member(DONGES);
    flagContent(store, flagger, {
      targetType: "comment",
      targetId: String(comment.id),
      reason: "spam",
    });
    flagContent(store, flagger, {
      targetType: "question",
      targetId: String(question.id),
      reason: "off-topic",
    });
    const rows = db.select().from(flags).where(eq(flags.flaggerId, flagger.id)).all();
    expect(rows.map((row) => row.placeId)).toEqual([MONTOIR, MONTOIR]);
    expect(getQuestion(db, question.id)!.authorId).toBe(asker.id);
    expect(
      db.select().from(questions).where(eq(questions.id, question.id)).get()!.deletedAt,
    ).toBeNull();
  });
});
