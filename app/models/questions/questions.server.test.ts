import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase } from "#test/databases";
import { embeddedStore } from "#test/store";
import { acceptAnswer, castVote, insertAnswer } from "#app/models/answers/answers.server";
import {
  askQuestion,
  deletePost,
  editQuestion,
  getQuestion,
  insertQuestion,
  listQuestionsNear,
  listRevisions,
  restorePost,
  roundSharedPosition,
  voteToClose,
} from "./questions.server";
import { memberFactory } from "#test/members";
import { roleGrants } from "#db/schema";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const place = (code: string) =>
  db.$client.prepare("SELECT id, lat, lng FROM places WHERE code = ?").get(code) as {
    id: number;
    lat: number;
    lng: number;
  };
const DONGES = place("44052");
const MONTOIR = place("44103");
const NANTES = place("44109");
const member = memberFactory(db);

function ask(authorId: string, placeId = DONGES.id, title = "Qui a une échelle de 3 mètres ?") {
  return insertQuestion(store, {
    authorId,
    placeId,
    kind: "help",
    category: "pret",
    title,
    body: "Pour nettoyer les gouttières samedi.",
    tags: ["echelle"],
  });
}

describe("asking", () => {
  it("asks in the home place or a neighbouring one, never far away", () => {
    const camille = member(DONGES.id);
    const input = {
      kind: "question" as const,
      category: "bricolage" as const,
      title: "Un plombier qui prend de nouveaux clients ?",
      body: "",
      tags: [],
    };
    expect(askQuestion(store, camille, { ...input, placeId: MONTOIR.id })).toMatchObject({
      ok: true,
    });
    expect(
      askQuestion(store, camille, {
        ...input,
        placeId: NANTES.id,
        title: "Autre chose à Nantes ?",
      }),
    ).toEqual({
      ok: false,
      refusal: { reason: "place-too-far" },
    });
    const unconfirmed = member(DONGES.id, { emailVerified: false });
    expect(askQuestion(store, unconfirmed, { ...input, placeId: DONGES.id })).toEqual({
      ok: false,
      refusal: { reason: "email-unverified" },
    });
  });

  it("stores a shared position rounded to about 500 m, and a resent form once", () => {
    const camille = member(DONGES.id);
    const exact = { lat: DONGES.lat + 0.0123, lng: DONGES.lng - 0.0234 };
    const input = {
      placeId: DONGES.id,
      kind: "help" as const,
      category: "jardinage" as const,
      title: "Un coup de main pour tailler une haie ?",
      body: "Elle fait 20 m.",
      tags: [],
      position: exact,
    };
    const first = askQuestion(store, camille, input);
    const second = askQuestion(store, camille, input);
    expect(first.ok && second.ok && first.id === second.id).toBe(true);
    const stored = getQuestion(db, first.ok ? first.id : 0)!;
    expect(stored.positionShared).toBe(true);
    expect({ lat: stored.lat, lng: stored.lng }).toEqual(roundSharedPosition(exact));
    expect(stored.lat).not.toBe(exact.lat);
    expect(Math.abs(stored.lat - exact.lat)).toBeLessThanOrEqual(0.0025);
  });
});

describe("lists around a place", () => {
  it("finds questions within the radius, by tab, page after page without repeats", () => {
    const author = member(DONGES.id);
    const ids = Array.from(
      { length: 7 },
      (_, i) => ask(author.id, DONGES.id, `Question numéro ${i} pour la liste`).id,
    );
    const montoir = ask(author.id, MONTOIR.id, "Une question posée à Montoir").id;
    const centre = { lat: DONGES.lat, lng: DONGES.lng };

    const near = listQuestionsNear(db, { centre, radiusKm: 2, tab: "recent", limit: 100 });
    expect(near.items.map((item) => item.id)).not.toContain(montoir);
    const wider = listQuestionsNear(db, { centre, radiusKm: 10, tab: "recent", limit: 100 });
    expect(wider.items.map((item) => item.id)).toContain(montoir);
    expect(wider.items.find((item) => item.id === montoir)!.distanceKm).toBeCloseTo(5.6, 0);

    const seen: number[] = [];
    let cursor = null;
    do {
      const page: ReturnType<typeof listQuestionsNear> = listQuestionsNear(db, {
        centre,
        radiusKm: 10,
        tab: "recent",
        cursor,
        limit: 3,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...ids, montoir]));

    // Answered and accepted: leaves "unanswered", joins "solved"; votes order "popular".
    const answerer = member(DONGES.id);
    const answer = insertAnswer(store, {
      questionId: ids[0]!,
      authorId: answerer.id,
      body: "Moi !",
    });
    acceptAnswer(store, { ...author }, answer.id);
    castVote(store, member(DONGES.id), { postType: "question", postId: ids[1]!, value: 1 });
    const tab = (name: "unanswered" | "solved" | "votes") =>
      listQuestionsNear(db, { centre, radiusKm: 10, tab: name, limit: 100 }).items.map(
        (item) => item.id,
      );
    expect(tab("unanswered")).not.toContain(ids[0]);
    expect(tab("unanswered")).toContain(ids[1]);
    expect(tab("solved")).toContain(ids[0]);
    expect(tab("solved")).not.toContain(ids[1]);
    expect(tab("votes")[0]).toBe(ids[1]);

    deletePost(store, author, "question", ids[2]!);
    expect(tab("votes")).not.toContain(ids[2]);
  });
});

describe("editing", () => {
  it("keeps every version, and refuses members below 1,000 points unless they wrote it", () => {
    const author = member(DONGES.id);
    const q = ask(author.id);
    const edit = {
      title: "Qui a une échelle de 4 mètres ?",
      body: "Pour les gouttières.",
      category: "pret" as const,
      tags: ["echelle"],
    };
    expect(editQuestion(store, author, q.id, edit)).toMatchObject({
      ok: true,
      slug: "qui-a-une-echelle-de-4-metres",
    });
    // The same edit again changes nothing.
    editQuestion(store, author, q.id, edit);
    expect(listRevisions(db, "question", q.id).map((r) => r.title)).toEqual([
      "Qui a une échelle de 3 mètres ?",
      "Qui a une échelle de 4 mètres ?",
    ]);
    const other = member(DONGES.id, { reputation: 999 });
    expect(editQuestion(store, other, q.id, { ...edit, body: "Vandalisme" })).toEqual({
      ok: false,
      refusal: { reason: "reputation", privilege: "editOthers", needed: 1000, current: 999 },
    });
    const trusted = member(DONGES.id, { reputation: 1000 });
    expect(
      editQuestion(store, trusted, q.id, { ...edit, body: "Orthographe corrigée." }),
    ).toMatchObject({ ok: true });
  });
});

describe("closing and deleting", () => {
  it("closes after three votes of members with 250 points, for the most common reason", () => {
    const q = ask(member(DONGES.id).id);
    const original = ask(member(DONGES.id).id, DONGES.id, "Qui prête une échelle ce mois-ci ?");
    const low = member(DONGES.id, { reputation: 249 });
    expect(voteToClose(store, low, q.id, { action: "close", reason: "off-topic" })).toMatchObject({
      ok: false,
      refusal: { reason: "reputation", needed: 250 },
    });
    const voters = [0, 1, 2].map(() => member(DONGES.id, { reputation: 250 }));
    expect(
      voteToClose(store, voters[0]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ ok: true, decided: false, pendingVotes: 1 });
    // Voting twice in a round counts once.
    expect(
      voteToClose(store, voters[0]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ pendingVotes: 1 });
    voteToClose(store, voters[1]!, q.id, { action: "close", reason: "off-topic" });
    expect(
      voteToClose(store, voters[2]!, q.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: original.id,
      }),
    ).toMatchObject({ decided: true });
    expect(getQuestion(db, q.id)).toMatchObject({
      closedReason: "duplicate",
      duplicateOfId: original.id,
    });
    // A duplicate must point at another existing question.
    const other = ask(member(DONGES.id).id);
    expect(
      voteToClose(store, voters[0]!, other.id, {
        action: "close",
        reason: "duplicate",
        duplicateOfId: other.id,
      }),
    ).toEqual({ ok: false, refusal: { reason: "bad-duplicate" } });
  });

  it("lets the asker close and reopen their own question, and a moderator decide alone", () => {
    const asker = member(DONGES.id);
    const q = ask(asker.id);
    expect(voteToClose(store, asker, q.id, { action: "close", reason: "resolved" })).toMatchObject({
      decided: true,
    });
    expect(voteToClose(store, asker, q.id, { action: "reopen" })).toMatchObject({ decided: true });
    const moderator = member(NANTES.id);
    db.insert(roleGrants)
      .values({ userId: moderator.id, role: "moderator", placeId: DONGES.id })
      .run();
    expect(
      voteToClose(store, moderator, q.id, { action: "close", reason: "off-topic" }),
    ).toMatchObject({ decided: true });
    // Closed by a moderator: the asker alone cannot reopen it.
    expect(voteToClose(store, asker, q.id, { action: "reopen" })).toMatchObject({ ok: false });
  });

  it("lets authors delete their posts, moderators restore them, and keeps useful questions", () => {
    const asker = member(DONGES.id);
    const answerer = member(DONGES.id);
    const q = ask(asker.id);
    const a = insertAnswer(store, {
      questionId: q.id,
      authorId: answerer.id,
      body: "J’en ai une.",
    });
    castVote(store, member(DONGES.id), { postType: "answer", postId: a.id, value: 1 });
    expect(deletePost(store, asker, "question", q.id)).toEqual({
      ok: false,
      refusal: { reason: "has-answers" },
    });
    expect(deletePost(store, member(DONGES.id), "answer", a.id)).toEqual({
      ok: false,
      refusal: { reason: "not-allowed" },
    });
    expect(deletePost(store, answerer, "answer", a.id)).toMatchObject({ ok: true });
    expect(getQuestion(db, q.id)!.answerCount).toBe(0);
    expect(restorePost(store, answerer, "answer", a.id)).toEqual({
      ok: false,
      refusal: { reason: "not-allowed" },
    });
    const moderator = member(DONGES.id);
    db.insert(roleGrants).values({ userId: moderator.id, role: "moderator", placeId: null }).run();
    expect(restorePost(store, moderator, "answer", a.id)).toMatchObject({ ok: true });
    expect(getQuestion(db, q.id)!.answerCount).toBe(1);
  });
});
