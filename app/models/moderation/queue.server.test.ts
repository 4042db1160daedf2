import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "#db/schema";
import { moderationTestbed } from "#test/moderation";
import { flagContent } from "./flags.server";
import { decide } from "./decisions.server";
import { moderationQueue } from "./queue.server";
import { type Actor } from "#app/models/members/privileges.server";
import { getAnswer } from "#app/models/questions/posts.server";

const { db, store, DONGES, MONTOIR, member, staff, flaggedAnswer, target, actionsOn } =
  moderationTestbed();

describe("the queue", () => {
  it("is scoped by place: Donges' moderator sees Donges only; global moderators and admins see all", () => {
    const donges = flaggedAnswer(DONGES);
    const montoir = flaggedAnswer(MONTOIR);
    const keys = (actor: Actor) =>
      moderationQueue(db, actor).map((item) => `${item.targetType}:${item.targetId}`);
    const dongesModerator = staff("moderator", DONGES);
    expect(keys(dongesModerator)).toContain(`answer:${donges.answer.id}`);
    expect(keys(dongesModerator)).not.toContain(`answer:${montoir.answer.id}`);
    for (const everywhere of [staff("moderator", null), member(MONTOIR, { isAdmin: true })]) {
      expect(keys(everywhere)).toEqual(
        expect.arrayContaining([`answer:${donges.answer.id}`, `answer:${montoir.answer.id}`]),
      );
    }
    expect(keys(member(DONGES))).toEqual([]);
    const admin = member(MONTOIR, { isAdmin: true });
    expect(
      moderationQueue(db, admin, { placeId: MONTOIR }).every((item) => item.place?.id === MONTOIR),
    ).toBe(true);
  });

  it("shows reasons, weights and « autre » texts, never the flaggers, hidden items first", () => {
    const { answer, author } = flaggedAnswer();
    const flagger = member(DONGES);
    flagContent(store, flagger, {
      ...target(answer.id),
      reason: "other",
      details: "Il démarche tout le quartier",
    });
    const hidden = flaggedAnswer();
    flagContent(store, member(DONGES), { ...target(hidden.answer.id), reason: "spam" });
    flagContent(store, member(DONGES), { ...target(hidden.answer.id), reason: "spam" });
    const queue = moderationQueue(db, staff("moderator", DONGES));
    expect(queue[0]!.state).toBe("pending-review");
    const item = queue.find((entry) => entry.targetId === String(answer.id))!;
    expect(item).toMatchObject({
      totalWeight: 2,
      reasons: [
        { reason: "spam", count: 1 },
        { reason: "other", count: 1 },
      ],
      otherTexts: ["Il démarche tout le quartier"],
      authorName: `${loadActorName(author.id)}`,
    });
    expect(JSON.stringify(queue)).not.toContain(loadActorName(flagger.id));
  });

  it("gives ambassadors dismiss, hide, restore and lock only", () => {
    flaggedAnswer();
    const ambassador = staff("ambassador", DONGES);
    const item = moderationQueue(db, ambassador)[0]!;
    expect(item.decisions).toEqual(["dismiss", "hide", "restore"]);
    const { answer } = flaggedAnswer();
    expect(
      decide(store, ambassador, { ...target(answer.id), decision: "delete", rule: "spam" }),
    ).toEqual({ ok: false, refusal: { reason: "decision-not-allowed" } });
    expect(getAnswer(db, answer.id)!.deletedAt).toBeNull();
    expect(
      decide(store, ambassador, { ...target(answer.id), decision: "hide", rule: "spam" }),
    ).toMatchObject({ ok: true });
    const log = actionsOn("answer", answer.id);
    expect(log).toMatchObject([{ action: "hide", actorRole: "ambassador" }]);
  });
});

function loadActorName(userId: string) {
  const user = db.select().from(users).where(eq(users.id, userId)).get()!;
  return `${user.firstName} ${user.lastName}`;
}
