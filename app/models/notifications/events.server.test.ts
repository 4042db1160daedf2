import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import { follows, notifications, users } from "#db/schema";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { answerQuestion, insertAnswer } from "#app/models/answers/answers.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import { MAX_FOLLOWS } from "#app/domain/follows";
import { addFollow, listFollows, removeFollow } from "./follows.server";
import { mentionsIn } from "./mentions.server";
import {
  listNotifications,
  markAllNotificationsRead,
  openNotification,
  unreadNotificationCount,
} from "./inbox.server";
import { askQuestion, insertQuestion } from "#app/models/questions/ask.server";
import { editAnswer, editQuestion } from "#app/models/questions/edits.server";
import { memberFactory, placeByCode } from "#test/members";
import type { Actor } from "#app/models/members/privileges.server";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const place = (code: string) => placeByCode(db, code);
const DONGES = place("44052");
const MONTOIR = place("44103");
const NANTES = place("44109");
const member = memberFactory(db);
/** Kilometres per degree of latitude on the mean Earth sphere used by haversineKm. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

let titleCounter = 0;
function ask(
  asker: Actor,
  options: { category?: "bricolage" | "jardinage"; placeId?: number; body?: string } = {},
) {
  titleCounter += 1;
  const outcome = askQuestion(store, asker, {
    placeId: options.placeId ?? DONGES.id,
    kind: "question",
    category: options.category ?? "bricolage",
    title: `Question de test numéro ${titleCounter} ?`,
    body: options.body ?? "",
    tags: [],
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome;
}

function answer(answerer: Actor, questionId: number, body = "Voici ce que je sais.") {
  const outcome = answerQuestion(store, answerer, questionId, body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome;
}

function notificationsOf(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).all();
}

function rename(actor: Actor, firstName: string, lastName: string) {
  db.update(users).set({ firstName, lastName }).where(eq(users.id, actor.id)).run();
}

describe("notifications of member actions", () => {
  it("tells the asker of an answer, once even if the form is sent twice, never the answerer", () => {
    const asker = member(DONGES.id);
    const answerer = member(DONGES.id);
    const question = ask(asker);
    const first = answer(answerer, question.id);
    const again = answer(answerer, question.id);
    expect(again.id).toBe(first.id);
    expect(notificationsOf(asker.id)).toMatchObject([
      {
        type: "answer-on-my-question",
        dedupeKey: `answer:${first.id}`,
        actorId: answerer.id,
        questionId: question.id,
        answerId: first.id,
        readAt: null,
      },
    ]);
    expect(notificationsOf(answerer.id)).toEqual([]);
  });

  it("does not notify askers of their own answer, nor a deleted asker", () => {
    const asker = member(DONGES.id);
    const question = ask(asker);
    answer(asker, question.id);
    expect(notificationsOf(asker.id)).toEqual([]);
    const gone = member(DONGES.id);
    const orphan = ask(gone);
    db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();
    answer(member(DONGES.id), orphan.id);
    expect(notificationsOf(gone.id)).toEqual([]);
  });

  it("tells the asker of a comment on the question, and the answerer of one on their answer", () => {
    const asker = member(DONGES.id);
    const answerer = member(DONGES.id);
    const commenter = member(DONGES.id);
    const question = ask(asker);
    const reply = answer(answerer, question.id);
    const onQuestion = addComment(db, commenter, { questionId: question.id, body: "Bonne idée" });
    const onAnswer = addComment(db, commenter, {
      questionId: question.id,
      answerId: reply.id,
      body: "Merci pour le tuyau",
    });
    if (!onQuestion.ok || !onAnswer.ok) throw new Error("comment refused");
    expect(
      notificationsOf(asker.id)
        .filter((row) => row.type !== "answer-on-my-question")
        .map((row) => [row.type, row.dedupeKey]),
    ).toEqual([
      ["comment-on-my-question", `comment:${onQuestion.id}`],
      ["comment-on-my-question", `comment:${onAnswer.id}`],
    ]);
    expect(notificationsOf(answerer.id).map((row) => [row.type, row.dedupeKey])).toEqual([
      ["comment-on-my-answer", `comment:${onAnswer.id}`],
    ]);
    expect(notificationsOf(commenter.id)).toEqual([]);
  });

  it("notifies the asker once for a comment on their own answer", () => {
    const asker = member(DONGES.id);
    const commenter = member(DONGES.id);
    const question = ask(asker);
    const own = answer(asker, question.id);
    addComment(db, commenter, { questionId: question.id, answerId: own.id, body: "Ah bon ?" });
    expect(notificationsOf(asker.id).map((row) => row.type)).toEqual(["comment-on-my-answer"]);
  });

  it("tells answerers when their answer is accepted (once) and when they are thanked", () => {
    const asker = member(DONGES.id);
    const answerer = member(DONGES.id);
    const thanker = member(DONGES.id);
    const question = ask(asker);
    const reply = answer(answerer, question.id);
    acceptAnswer(store, asker, reply.id);
    acceptAnswer(store, asker, reply.id, { accept: false });
    acceptAnswer(store, asker, reply.id);
    thankAnswer(db, thanker, reply.id);
    thankAnswer(db, thanker, reply.id);
    thankAnswer(db, asker, reply.id);
    expect(
      notificationsOf(answerer.id).map((row) => [row.type, row.dedupeKey, row.actorId]),
    ).toEqual([
      ["answer-accepted", `accept:${reply.id}`, asker.id],
      ["thanks-received", `thanks:${reply.id}:${thanker.id}`, thanker.id],
      ["thanks-received", `thanks:${reply.id}:${asker.id}`, asker.id],
    ]);
  });

  it("creates nothing for imported or seeded content (insert functions)", () => {
    const asker = member(DONGES.id);
    const follower = member(DONGES.id);
    addFollow(db, follower.id, { placeId: DONGES.id, radiusKm: 0, category: null });
    rename(follower, "Importée", "Silencieuse");
    const question = insertQuestion(store, {
      authorId: asker.id,
      placeId: DONGES.id,
      kind: "question",
      category: "bricolage",
      title: "Une vieille question importée ?",
      body: "Bonjour @Importée-Silencieuse",
      tags: [],
      createdAt: new Date("2024-01-01"),
    });
    insertAnswer(store, {
      questionId: question.id,
      authorId: member(DONGES.id).id,
      body: "Une vieille réponse",
      createdAt: new Date("2024-01-02"),
    });
    expect(notificationsOf(asker.id)).toEqual([]);
    expect(notificationsOf(follower.id)).toEqual([]);
  });
});

describe("mentions", () => {
  it("finds at most five distinct mentions, folded", () => {
    expect(
      mentionsIn(
        "Merci @Camille-Durand et @camille-durand, @Jean-Pierre-Martin, @Hélène-Le-Gall. mail@exemple.fr @seul",
      ),
    ).toEqual(["camille durand", "jean pierre martin", "helene le gall"]);
    const many = Array.from({ length: 8 }, (_, i) => `@Prenom-Nom${"x".repeat(i)}`).join(" ");
    expect(mentionsIn(many)).toHaveLength(5);
  });

  it("notifies the member named, whatever the accents, case and hyphenated first name", () => {
    const helene = member(DONGES.id);
    rename(helene, "Hélène", "Lécuyer");
    const jeanPierre = member(DONGES.id);
    rename(jeanPierre, "Jean-Pierre", "Martin");
    const author = member(DONGES.id);
    const question = ask(author, { body: "Demandez à @helene-lecuyer ou @JEAN-PIERRE-MARTIN." });
    expect(notificationsOf(helene.id)).toMatchObject([
      { type: "mention", dedupeKey: `mention:question:${question.id}`, actorId: author.id },
    ]);
    expect(notificationsOf(jeanPierre.id)).toMatchObject([{ type: "mention" }]);
  });

  it("prefers namesakes in the thread, then nearby ones, and notifies no one when still ambiguous", () => {
    const inThread = member(DONGES.id);
    const elsewhere = member(DONGES.id);
    rename(inThread, "Paul", "Homonyme");
    rename(elsewhere, "Paul", "Homonyme");
    const asker = member(DONGES.id);
    const question = ask(asker);
    answer(inThread, question.id);
    const commenter = member(DONGES.id);
    addComment(db, commenter, { questionId: question.id, body: "Voyez avec @Paul-Homonyme" });
    expect(notificationsOf(inThread.id).map((row) => row.type)).toEqual(["mention"]);
    expect(notificationsOf(elsewhere.id)).toEqual([]);

    // Outside any thread: the one living near the question is meant.
    const near = member(MONTOIR.id);
    const far = member(NANTES.id);
    rename(near, "Zoé", "Lointaine");
    rename(far, "Zoé", "Lointaine");
    ask(member(DONGES.id), { body: "Bonjour @Zoe-Lointaine" });
    expect(notificationsOf(near.id).map((row) => row.type)).toEqual(["mention"]);
    expect(notificationsOf(far.id)).toEqual([]);

    // Two namesakes, both near and outside the thread: no one.
    const a = member(DONGES.id);
    const b = member(MONTOIR.id);
    rename(a, "Léa", "Ambiguë");
    rename(b, "Léa", "Ambiguë");
    ask(member(DONGES.id), { body: "Bonjour @Lea-Ambigue" });
    expect(notificationsOf(a.id)).toEqual([]);
    expect(notificationsOf(b.id)).toEqual([]);
  });

  it("never mentions a deleted member", () => {
    const gone = member(DONGES.id);
    rename(gone, "Parti", "Definitivement");
    db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();
    ask(member(DONGES.id), { body: "@Parti-Definitivement ?" });
    expect(notificationsOf(gone.id)).toEqual([]);
  });

  it("notifies only the newly added mentions when a post is edited", () => {
    const first = member(DONGES.id);
    const second = member(DONGES.id);
    rename(first, "Premier", "Mentionne");
    rename(second, "Second", "Mentionne");
    const author = member(DONGES.id);
    const question = ask(member(DONGES.id));
    const reply = answer(author, question.id, "Demandez à @Premier-Mentionne");
    expect(
      editAnswer(store, author, reply.id, { body: "Demandez à @Premier-Mentionne !" }),
    ).toEqual({
      ok: true,
      questionId: question.id,
    });
    expect(notificationsOf(first.id)).toHaveLength(1);
    editAnswer(store, author, reply.id, { body: "@Premier-Mentionne ou @Second-Mentionne" });
    expect(notificationsOf(first.id)).toHaveLength(1);
    expect(notificationsOf(second.id)).toMatchObject([
      { type: "mention", dedupeKey: `mention:answer:${reply.id}`, answerId: reply.id },
    ]);

    const asker = member(DONGES.id);
    const own = ask(asker);
    const edited = editQuestion(store, asker, own.id, {
      title: "Une question modifiée pour mentionner ?",
      body: "Avis de @Second-Mentionne ?",
      category: "bricolage",
      tags: [],
    });
    expect(edited.ok).toBe(true);
    expect(notificationsOf(second.id).map((row) => row.dedupeKey)).toContain(
      `mention:question:${own.id}`,
    );
  });
});

describe("followed questions", () => {
  it("matches the radius exactly: 4.9 km is in, 5.1 km is out", () => {
    const inside = member(DONGES.id);
    const outside = member(DONGES.id);
    for (const [follower, km] of [
      [inside, 4.9],
      [outside, 5.1],
    ] as const) {
      addFollow(db, follower.id, { placeId: DONGES.id, radiusKm: 5, category: null });
      // Move the follow's centre due north of Donges' centre, where the question will be.
      db.update(follows)
        .set({ lat: DONGES.lat + km / KM_PER_DEGREE, lng: DONGES.lng })
        .where(eq(follows.userId, follower.id))
        .run();
    }
    const asker = member(DONGES.id);
    const question = ask(asker);
    expect(notificationsOf(inside.id)).toMatchObject([
      {
        type: "followed-question",
        dedupeKey: `question:${question.id}`,
        actorId: asker.id,
        questionId: question.id,
      },
    ]);
    expect(notificationsOf(outside.id)).toEqual([]);
  });

  it("matches the category or every category, and the place alone for radius 0", () => {
    const bricolage = member(DONGES.id);
    const jardinage = member(DONGES.id);
    const everything = member(DONGES.id);
    const placeOnly = member(DONGES.id);
    const aroundMontoir = member(MONTOIR.id);
    addFollow(db, bricolage.id, { placeId: DONGES.id, radiusKm: 10, category: "bricolage" });
    addFollow(db, jardinage.id, { placeId: DONGES.id, radiusKm: 10, category: "jardinage" });
    addFollow(db, everything.id, { placeId: DONGES.id, radiusKm: 0, category: null });
    addFollow(db, placeOnly.id, { placeId: MONTOIR.id, radiusKm: 0, category: null });
    addFollow(db, aroundMontoir.id, { placeId: MONTOIR.id, radiusKm: 20, category: null });
    ask(member(DONGES.id), { category: "bricolage" });
    expect(notificationsOf(bricolage.id)).toHaveLength(1);
    expect(notificationsOf(jardinage.id)).toEqual([]);
    expect(notificationsOf(everything.id)).toHaveLength(1);
    expect(notificationsOf(placeOnly.id)).toEqual([]);
    expect(notificationsOf(aroundMontoir.id)).toHaveLength(1);
  });

  it("notifies followers once when the same question is sent twice", () => {
    const follower = member(DONGES.id);
    addFollow(db, follower.id, { placeId: DONGES.id, radiusKm: 0, category: null });
    const asker = member(DONGES.id);
    const input = {
      placeId: DONGES.id,
      kind: "question" as const,
      category: "jardinage" as const,
      title: "Qui taille les haies dans le coin ?",
      body: "",
      tags: [],
    };
    const first = askQuestion(store, asker, input);
    const again = askQuestion(store, asker, input);
    expect(again).toEqual(first);
    expect(notificationsOf(follower.id)).toHaveLength(1);
  });

  it("notifies a member once however many follows match, and never the asker", () => {
    const follower = member(DONGES.id);
    addFollow(db, follower.id, { placeId: DONGES.id, radiusKm: 0, category: null });
    addFollow(db, follower.id, { placeId: DONGES.id, radiusKm: 10, category: "bricolage" });
    addFollow(db, follower.id, { placeId: MONTOIR.id, radiusKm: 20, category: null });
    ask(member(DONGES.id));
    expect(notificationsOf(follower.id)).toHaveLength(1);
    ask(follower);
    expect(notificationsOf(follower.id)).toHaveLength(1);
  });
});

describe("follows", () => {
  it("adds a follow once, caps them at 20, and removes only the member's own", () => {
    const owner = member(DONGES.id);
    const other = member(DONGES.id);
    addFollow(db, owner.id, { placeId: DONGES.id, radiusKm: 10, category: "bricolage" });
    addFollow(db, owner.id, { placeId: DONGES.id, radiusKm: 10, category: "bricolage" });
    expect(listFollows(db, owner.id)).toEqual([
      expect.objectContaining({ placeName: "Donges", radiusKm: 10, category: "bricolage" }),
    ]);
    const [follow] = listFollows(db, owner.id);
    expect(removeFollow(db, other.id, follow!.id)).toBe(false);
    expect(listFollows(db, owner.id)).toHaveLength(1);
    expect(removeFollow(db, owner.id, follow!.id)).toBe(true);
    expect(listFollows(db, owner.id)).toEqual([]);
  });

  it("refuses the 21st follow", () => {
    const owner = member(DONGES.id);
    const radii = [0, 2, 5, 10, 20] as const;
    const categories = ["bricolage", "jardinage", "pret", null] as const;
    let added = 0;
    for (const radiusKm of radii) {
      for (const category of categories) {
        expect(addFollow(db, owner.id, { placeId: DONGES.id, radiusKm, category })).toEqual({
          ok: true,
        });
        added += 1;
      }
    }
    expect(added).toBe(MAX_FOLLOWS);
    expect(addFollow(db, owner.id, { placeId: MONTOIR.id, radiusKm: 0, category: null })).toEqual({
      ok: false,
      refusal: { reason: "too-many-follows" },
    });
    expect(listFollows(db, owner.id)).toHaveLength(MAX_FOLLOWS);
  });
});

describe("the notification inbox", () => {
  it("counts unread, opens only one's own, marks all read, pages by 30", () => {
    const asker = member(DONGES.id);
    const question = ask(asker);
    for (let i = 0; i < 31; i += 1) answer(member(DONGES.id), question.id);
    expect(unreadNotificationCount(db, asker.id)).toBe(31);
    const first = listNotifications(db, asker.id);
    expect(first.items).toHaveLength(30);
    expect(first.items[0]!.id).toBeGreaterThan(first.items[29]!.id);
    const second = listNotifications(db, asker.id, { before: first.nextCursor });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();

    const intruder = member(DONGES.id);
    const target = first.items[0]!;
    expect(openNotification(db, intruder.id, target.id)).toBeUndefined();
    expect(unreadNotificationCount(db, asker.id)).toBe(31);
    expect(openNotification(db, asker.id, target.id)?.path).toBe(target.path);
    expect(unreadNotificationCount(db, asker.id)).toBe(30);
    markAllNotificationsRead(db, intruder.id);
    expect(unreadNotificationCount(db, asker.id)).toBe(30);
    markAllNotificationsRead(db, asker.id);
    expect(unreadNotificationCount(db, asker.id)).toBe(0);
    expect(
      db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.userId, asker.id), eq(notifications.type, "answer-on-my-question")),
        )
        .all()
        .every((row) => row.readAt != null),
    ).toBe(true);
  });
});
