import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import {
  conversationAccessLog,
  conversations,
  flags,
  messages,
  moderationActions,
  neighbourVerifications,
  notifications,
  roleGrants,
  users,
} from "#db/schema";
import { translate } from "#app/i18n/i18n";
import {
  acceptAnswer,
  addComment,
  answerQuestion,
  castVote,
  insertAnswer,
} from "#app/models/answers/answers.server";
import { flagContent } from "./flags.server";
import {
  decide,
  moderationLog,
  moderationQueue,
  readReportedConversation,
  removalRules,
} from "./moderation.server";
import { loadActor, type Actor } from "#app/models/members/privileges.server";
import { askQuestion, insertQuestion } from "#app/models/questions/ask.server";
import { editAnswer } from "#app/models/questions/edits.server";
import { getAnswer, getQuestion } from "#app/models/questions/posts.server";
import { voteToClose } from "#app/models/questions/close-votes.server";
import { refusalMessage } from "#app/models/refusal-message";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const placeId = (code: string) => placeByCode(db, code).id;
const DONGES = placeId("44052");
const MONTOIR = placeId("44103");
const member = memberFactory(db);
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);

function staff(role: "moderator" | "ambassador", place: number | null, home = DONGES) {
  const person = member(home);
  db.insert(roleGrants).values({ userId: person.id, role, placeId: place }).run();
  return person;
}

function flaggedAnswer(place = DONGES) {
  const asker = member(place);
  const author = member(place);
  const question = insertQuestion(store, {
    authorId: asker.id,
    placeId: place,
    kind: "question",
    category: "bricolage",
    title: "Un bon serrurier dans le coin ?",
    body: "",
    tags: [],
  });
  const answer = insertAnswer(store, {
    questionId: question.id,
    authorId: author.id,
    body: "Des pilules miracles sur https://spam.example",
  });
  flagContent(store, member(place), {
    targetType: "answer",
    targetId: String(answer.id),
    reason: "spam",
  });
  return { asker, author, question, answer };
}

const target = (answerId: number) => ({
  targetType: "answer" as const,
  targetId: String(answerId),
});

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
    ).toEqual({ ok: false, refusal: "not-allowed" });
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

function actionsOn(targetType: string, id: number | string) {
  return db
    .select()
    .from(moderationActions)
    .where(
      and(
        eq(moderationActions.targetType, targetType as "answer"),
        eq(moderationActions.targetId, String(id)),
      ),
    )
    .all();
}

describe("decisions", () => {
  it("refuses a Montoir moderator on a Donges item, changing nothing", () => {
    const { answer } = flaggedAnswer(DONGES);
    const montoirModerator = staff("moderator", MONTOIR, MONTOIR);
    expect(
      decide(store, montoirModerator, { ...target(answer.id), decision: "delete", rule: "spam" }),
    ).toEqual({ ok: false, refusal: "not-allowed" });
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
    if (!outcome.ok) throw new Error(outcome.refusal);
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
    ).toEqual({ ok: false, refusal: "not-allowed" });
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
    ).toEqual({ ok: false, refusal: "not-applicable" });
    expect(actionsOn("member", member_.id)).toHaveLength(1);
  });
});

describe("the public log", () => {
  it("links only to content everyone can see, and names nobody", () => {
    const { answer } = flaggedAnswer();
    const visible = flaggedAnswer();
    const moderator = staff("moderator", DONGES);
    decide(store, moderator, { ...target(answer.id), decision: "delete", rule: "spam" });
    decide(store, moderator, { ...target(visible.answer.id), decision: "dismiss", rule: "other" });
    const entries = moderationLog(db, DONGES).entries;
    expect(entries.find((entry) => entry.action === "delete")!.href).toBeNull();
    expect(entries.find((entry) => entry.action === "dismiss")!.href).toContain(
      `#reponse-${visible.answer.id}`,
    );
    expect(JSON.stringify(entries)).not.toContain(moderator.id);
  });
});

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

describe("new-member limits on posts", () => {
  const newQuestion = (n: number) => ({
    placeId: DONGES,
    kind: "question" as const,
    category: "bricolage" as const,
    title: `Ma question numéro ${n} aux voisins`,
    body: "",
    tags: [],
  });

  it("refuses a fourth question on the first day, saying when more are allowed", () => {
    const newcomer = member(DONGES, { newMember: true });
    for (let n = 1; n <= 3; n++) expect(askQuestion(store, newcomer, newQuestion(n)).ok).toBe(true);
    const outcome = askQuestion(store, newcomer, newQuestion(4));
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { reason: "new-member-limit", action: "question", limit: 3 },
    });
    if (outcome.ok) return;
    expect(refusalMessage(t, outcome.refusal)).toMatch(
      /^Pendant leurs premières 24 heures, les nouveaux membres peuvent poser 3 questions\. Vous pourrez en poser d’autres à partir de (demain à )?\d{1,2} h \d{2}\.$/,
    );
    const veteran = member(DONGES);
    for (let n = 1; n <= 4; n++) expect(askQuestion(store, veteran, newQuestion(n)).ok).toBe(true);
  });

  it("refuses an eleventh answer, and posts or edits with more than two links", () => {
    const { question } = flaggedAnswer();
    const newcomer = member(DONGES, { newMember: true });
    for (let n = 1; n <= 10; n++) {
      expect(answerQuestion(store, newcomer, question.id, `Réponse ${n}`).ok).toBe(true);
    }
    expect(answerQuestion(store, newcomer, question.id, "Réponse 11")).toMatchObject({
      ok: false,
      refusal: { reason: "new-member-limit", action: "answer", limit: 10 },
    });
    const other = member(DONGES, { newMember: true });
    const threeLinks = "https://a.fr https://b.fr https://c.fr";
    const linksRefusal = { ok: false, refusal: { reason: "new-member-links", limit: 2 } };
    expect(answerQuestion(store, other, question.id, threeLinks)).toMatchObject(linksRefusal);
    expect(addComment(db, other, { questionId: question.id, body: threeLinks })).toMatchObject(
      linksRefusal,
    );
    expect(askQuestion(store, other, { ...newQuestion(1), body: threeLinks })).toMatchObject(
      linksRefusal,
    );
    const answer = answerQuestion(store, other, question.id, "Voir https://a.fr");
    if (!answer.ok) throw new Error("answer refused");
    expect(editAnswer(store, other, answer.id, { body: threeLinks })).toMatchObject(linksRefusal);
    expect(refusalMessage(t, { reason: "new-member-links", limit: 2, until: new Date() })).toMatch(
      /^Pendant leurs premières 24 heures, les nouveaux membres peuvent mettre au plus 2 liens par message\. Vous pourrez en mettre davantage à partir de \d{1,2} h \d{2}\.$/,
    );
  });
});
