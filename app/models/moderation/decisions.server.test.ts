import { describe, expect, it } from "vitest";
import { moderationTestbed } from "#test/moderation";
import { eq } from "drizzle-orm";
import { flags, neighbourVerifications, notifications, users } from "#db/schema";
import { translate } from "#app/i18n/i18n";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { answerQuestion } from "#app/models/answers/answers.server";
import { castVote } from "#app/models/answers/votes.server";
import { flagContent } from "./flags.server";
import { decide } from "./decisions.server";
import { moderationLog, removalRules } from "./log.server";
import { moderationQueue } from "./queue.server";
import { loadActor } from "#app/models/members/privileges.server";
import { askQuestion } from "#app/models/questions/ask.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { voteToClose } from "#app/models/questions/close-votes.server";
import { refusalMessage } from "#app/models/refusal-message";

const { db, store, DONGES, MONTOIR, member, staff, flaggedAnswer, target, actionsOn } =
  moderationTestbed();
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);

describe("decisions", () => {
  it("refuses a Montoir moderator on a Donges item, changing nothing", () => {
    const { answer } = flaggedAnswer(DONGES);
    const montoirModerator = staff("moderator", MONTOIR, MONTOIR);
    expect(
      decide(store, montoirModerator, { ...target(answer.id), decision: "delete", rule: "spam" }),
    ).toEqual({ ok: false, refusal: { reason: "decision-not-allowed" } });
    expect(getAnswer(db, answer.id)!.deletedAt).toBeNull();
    expect(actionsOn("answer", answer.id)).toEqual([]);
    expect(
      db
        .select()
        .from(flags)
        .where(eq(flags.targetId, String(answer.id)))
        .all()
        .every((flag) => flag.resolvedAt === null),
    ).toBe(true);
  });

  it("deletes with a rule and a reason: logged, flags resolved, the author notified and told why", () => {
    const { answer, author, question } = flaggedAnswer();
    const moderator = staff("moderator", DONGES);
    const outcome = decide(store, moderator, {
      ...target(answer.id),
      decision: "delete",
      rule: "spam",
      reason: "Publicité pour un site sans rapport",
    });
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    const removed = getAnswer(db, answer.id)!;
    expect(removed).toMatchObject({
      moderationState: "deleted",
      moderationReason: "Publicité pour un site sans rapport",
    });
    expect(getQuestion(db, question.id)!.answerCount).toBe(0);
    expect(actionsOn("answer", answer.id)).toMatchObject([
      {
        id: outcome.actionId,
        action: "delete",
        rule: "spam",
        placeId: DONGES,
        moderatorId: moderator.id,
        actorRole: "moderator",
      },
    ]);
    const resolved = db
      .select()
      .from(flags)
      .where(eq(flags.targetId, String(answer.id)))
      .all();
    expect(resolved).toMatchObject([
      { resolvedById: moderator.id, moderationActionId: outcome.actionId },
    ]);
    expect(
      db.select().from(notifications).where(eq(notifications.userId, author.id)).all(),
    ).toMatchObject([
      {
        type: "moderation-decision",
        dedupeKey: `moderation:${outcome.actionId}`,
        moderationActionId: outcome.actionId,
        actorId: null,
      },
    ]);
    expect(
      removalRules(db, [{ targetType: "answer", id: answer.id }]).get(`answer:${answer.id}`),
    ).toBe("spam");
    expect(moderationQueue(db, moderator).map((item) => item.targetId)).not.toContain(
      String(answer.id),
    );
  });

  it("dismisses reports, bringing back what the community hid; restores what was hidden", () => {
    const { answer, question } = flaggedAnswer();
    flagContent(store, member(DONGES), { ...target(answer.id), reason: "spam" });
    flagContent(store, member(DONGES), { ...target(answer.id), reason: "spam" });
    expect(getAnswer(db, answer.id)!.moderationState).toBe("pending-review");
    const moderator = staff("moderator", DONGES);
    expect(
      decide(store, moderator, { ...target(answer.id), decision: "dismiss", rule: "other" }),
    ).toMatchObject({ ok: true });
    expect(getAnswer(db, answer.id)).toMatchObject({ deletedAt: null, moderationState: null });
    expect(getQuestion(db, question.id)!.answerCount).toBe(1);
    decide(store, moderator, { ...target(answer.id), decision: "hide", rule: "off-topic" });
    expect(getAnswer(db, answer.id)!.moderationState).toBe("hidden");
    decide(store, moderator, { ...target(answer.id), decision: "restore", rule: "other" });
    expect(getAnswer(db, answer.id)!.deletedAt).toBeNull();
    expect(getQuestion(db, question.id)!.answerCount).toBe(1);
    expect(actionsOn("answer", answer.id).map((row) => row.action)).toEqual([
      "auto-hide",
      "dismiss",
      "hide",
      "restore",
    ]);
  });

  it("locks a question: no answers, comments or votes until unlocked", () => {
    const { question, answer } = flaggedAnswer();
    const moderator = staff("moderator", DONGES);
    const questionTarget = { targetType: "question" as const, targetId: String(question.id) };
    expect(
      decide(store, moderator, { ...questionTarget, decision: "lock", rule: "offensive" }),
    ).toMatchObject({ ok: true });
    const neighbour = member(DONGES);
    const locked = { ok: false, refusal: { reason: "question-locked" } };
    expect(answerQuestion(store, neighbour, question.id, "Je connais quelqu’un.")).toEqual(locked);
    expect(addComment(db, neighbour, { questionId: question.id, body: "+1" })).toEqual(locked);
    expect(castVote(store, neighbour, { postType: "answer", postId: answer.id, value: 1 })).toEqual(
      locked,
    );
    expect(refusalMessage(t, locked.refusal as { reason: "question-locked" })).toContain(
      "verrouillée",
    );
    decide(store, moderator, { ...questionTarget, decision: "unlock", rule: "other" });
    expect(answerQuestion(store, neighbour, question.id, "Je connais quelqu’un.")).toMatchObject({
      ok: true,
    });
  });

  it("suspends a member for 7 days: they can no longer post, and are told until when", () => {
    const troll = member(DONGES);
    flagContent(store, member(DONGES), {
      targetType: "member",
      targetId: troll.id,
      reason: "offensive",
    });
    const moderator = staff("moderator", DONGES);
    const at = new Date("2026-03-04T10:00:00Z");
    const outcome = decide(
      store,
      moderator,
      {
        targetType: "member",
        targetId: troll.id,
        decision: "suspend",
        rule: "offensive",
        reason: "Insultes répétées",
        days: 7,
      },
      at,
    );
    expect(outcome).toMatchObject({ ok: true });
    const until = new Date("2026-03-11T10:00:00Z");
    expect(db.select().from(users).where(eq(users.id, troll.id)).get()).toMatchObject({
      suspendedUntil: until,
      suspensionReason: "Insultes répétées",
    });
    // The same suspension, made to run now.
    db.update(users)
      .set({ suspendedUntil: new Date(Date.now() + 7 * 86_400_000) })
      .where(eq(users.id, troll.id))
      .run();
    const suspended = loadActor(db, troll.id)!;
    const refusal = askQuestion(store, suspended, {
      placeId: DONGES,
      kind: "question",
      category: "autre",
      title: "Une question pendant la suspension",
      body: "",
      tags: [],
    });
    expect(refusal).toMatchObject({ ok: false, refusal: { reason: "suspended" } });
    expect(refusalMessage(t, { reason: "suspended", until })).toBe(
      "Votre compte est suspendu jusqu’au 11 mars 2026 à 11 h 00 : vous pouvez lire, mais pas participer.",
    );
    expect(
      moderationLog(db, DONGES).entries.find((entry) => entry.action === "suspend"),
    ).toMatchObject({ suspensionDays: 7, actorRole: "moderator", href: null });
    // Even on their own question: no accepting, no closing while suspended.
    const { question, answer } = flaggedAnswer();
    db.update(users)
      .set({ suspendedUntil: new Date(Date.now() + 86_400_000) })
      .where(eq(users.id, getQuestion(db, question.id)!.authorId))
      .run();
    const suspendedAsker = loadActor(db, getQuestion(db, question.id)!.authorId)!;
    expect(acceptAnswer(store, suspendedAsker, answer.id)).toMatchObject({
      ok: false,
      refusal: { reason: "suspended" },
    });
    expect(
      voteToClose(store, suspendedAsker, question.id, { action: "close", reason: "resolved" }),
    ).toMatchObject({ ok: false, refusal: { reason: "suspended" } });
    const ambassador = staff("ambassador", DONGES);
    expect(
      decide(store, ambassador, {
        targetType: "member",
        targetId: troll.id,
        decision: "suspend",
        rule: "offensive",
        days: 1,
      }),
    ).toEqual({ ok: false, refusal: { reason: "decision-not-allowed" } });
  });

  it("revokes a verification through the existing revocation, and logs it", () => {
    const member_ = member(DONGES);
    const moderator = staff("moderator", DONGES);
    expect(
      decide(store, moderator, {
        targetType: "member",
        targetId: member_.id,
        decision: "revoke-verification",
        rule: "other",
        reason: "N’habite pas à Donges",
      }),
    ).toMatchObject({ ok: true });
    const verification = db
      .select()
      .from(neighbourVerifications)
      .where(eq(neighbourVerifications.userId, member_.id))
      .get()!;
    expect(verification.revokeReason).toBe("N’habite pas à Donges");
    expect(loadActor(db, member_.id)!.verifiedNeighbour).toBe(false);
    // Nothing left to revoke: refused, nothing logged.
    expect(
      decide(store, moderator, {
        targetType: "member",
        targetId: member_.id,
        decision: "revoke-verification",
        rule: "other",
      }),
    ).toEqual({ ok: false, refusal: { reason: "decision-not-applicable" } });
    expect(actionsOn("member", member_.id)).toHaveLength(1);
  });
});
