import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import { answers, conversations, messages, questions, users } from "#db/schema";
import { translate } from "#app/i18n/i18n";
import { addComment } from "#app/models/answers/comments.server";
import { answerQuestion } from "#app/models/answers/answers.server";
import { askQuestion, insertQuestion } from "#app/models/questions/ask.server";
import { editAnswer } from "#app/models/questions/edits.server";
import { refusalMessage } from "#app/models/refusal-message";
import { countLinks, NEW_MEMBER_LIMITS, newMemberRefusal } from "./new-member-limits.server";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);
const HOUR = 60 * 60 * 1000;
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);

function confirmedAgo(userId: string, ms: number) {
  db.update(users)
    .set({ emailVerifiedAt: new Date(Date.now() - ms) })
    .where(eq(users.id, userId))
    .run();
}

function ask(authorId: string, n: number) {
  return insertQuestion(store, {
    authorId,
    placeId: DONGES,
    kind: "question",
    category: "bricolage",
    title: `Question numéro ${n} pour les voisins`,
    body: "",
    tags: [],
  });
}

describe("countLinks", () => {
  it.each([
    ["pas de lien ici", 0],
    ["voir https://exemple.fr et http://autre.fr/page", 2],
    ["www.exemple.fr", 1],
    ["[le site](https://exemple.fr)", 1],
    ["[https://exemple.fr](https://exemple.fr)", 1],
    ["[a](https://a.fr) puis https://b.fr et www.c.fr", 3],
  ])("%s → %i", (text, expected) => {
    expect(countLinks(text)).toBe(expected);
  });
});

describe("new-member limits", () => {
  it("allows three questions on the first day, then explains the limit", () => {
    const newcomer = member(DONGES);
    confirmedAgo(newcomer.id, 2 * HOUR);
    for (let n = 1; n <= NEW_MEMBER_LIMITS.question; n++) {
      expect(newMemberRefusal(db, newcomer.id, "question", "")).toBeNull();
      ask(newcomer.id, n);
    }
    expect(newMemberRefusal(db, newcomer.id, "question", "")).toEqual({
      reason: "new-member-limit",
      action: "question",
      limit: 3,
      until: expect.any(Date),
    });
  });

  it("lifts every limit 24 hours after the email was confirmed", () => {
    const member1 = member(DONGES);
    confirmedAgo(member1.id, 25 * HOUR);
    for (let n = 1; n <= 4; n++) ask(member1.id, n);
    expect(newMemberRefusal(db, member1.id, "question", "")).toBeNull();
    expect(
      newMemberRefusal(db, member1.id, "answer", "a https://a.fr b https://b.fr c https://c.fr"),
    ).toBeNull();
  });

  it("counts ten answers and twenty messages", () => {
    const asker = member(DONGES);
    const question = ask(asker.id, 99);
    const newcomer = member(DONGES);
    confirmedAgo(newcomer.id, HOUR);
    for (let n = 0; n < NEW_MEMBER_LIMITS.answer; n++) {
      db.insert(answers)
        .values({ questionId: question.id, authorId: newcomer.id, body: `r${n}`, bodyHtml: "" })
        .run();
    }
    expect(newMemberRefusal(db, newcomer.id, "answer", "")).toMatchObject({ limit: 10 });
    const [a, b] = [asker.id, newcomer.id].sort() as [string, string];
    const conversation = db
      .insert(conversations)
      .values({ memberAId: a, memberBId: b, lastMessageAt: new Date() })
      .returning()
      .get();
    for (let n = 0; n < NEW_MEMBER_LIMITS.message; n++) {
      expect(newMemberRefusal(db, newcomer.id, "message", "")).toBeNull();
      db.insert(messages)
        .values({
          conversationId: conversation.id,
          senderId: newcomer.id,
          body: "x",
          createdAt: new Date(),
        })
        .run();
    }
    expect(newMemberRefusal(db, newcomer.id, "message", "")).toMatchObject({ limit: 20 });
    // Questions are counted apart from answers and messages.
    expect(newMemberRefusal(db, newcomer.id, "question", "")).toBeNull();
  });

  it("refuses a post with more than two links on the first day, comments included", () => {
    const newcomer = member(DONGES);
    confirmedAgo(newcomer.id, HOUR);
    const threeLinks = "https://a.fr https://b.fr www.c.fr";
    expect(newMemberRefusal(db, newcomer.id, "comment", "https://a.fr https://b.fr")).toBeNull();
    for (const action of ["question", "answer", "comment", "message"] as const) {
      expect(newMemberRefusal(db, newcomer.id, action, threeLinks)).toEqual({
        reason: "new-member-links",
        limit: 2,
        until: expect.any(Date),
      });
    }
    expect(db.select().from(questions).where(eq(questions.authorId, newcomer.id)).all()).toEqual(
      [],
    );
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
    const question = ask(member(DONGES).id, 0);
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
