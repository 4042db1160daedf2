import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "#db/schema";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { castVote } from "#app/models/answers/votes.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { placeLeaderboard } from "./leaderboard.server";
import { parisMonthStart } from "#app/i18n/format";
import { placeByCode } from "#test/members";
import { questionsTestbed } from "#test/questions";
import type { Actor } from "#app/models/members/privileges.server";

const { db, store, member, answer } = questionsTestbed();
const DONGES = placeByCode(db, "44052").id;
const LAVAU = placeByCode(db, "44080").id;
const PAIMBOEUF = placeByCode(db, "44116").id;

function named(actor: Actor, firstName: string, lastName = "Test") {
  db.update(users).set({ firstName, lastName }).where(eq(users.id, actor.id)).run();
  return actor;
}
function question(
  authorId: string,
  placeId: number,
  title = "Quelqu'un a une perceuse à prêter ?",
) {
  return insertQuestion(store, {
    authorId,
    placeId,
    kind: "question",
    category: "bricolage",
    title,
    body: "Pour fixer deux étagères samedi.",
    tags: [],
  });
}
const voter = (placeId: number) => member(placeId, { reputation: 100 });

describe("placeLeaderboard", () => {
  it("ranks the members of the place by points, with their answers and accepted answers", () => {
    const asker = named(member(PAIMBOEUF), "Zoé");
    const top = named(member(PAIMBOEUF), "Camille", "Durand");
    const second = named(member(PAIMBOEUF), "Karim", "Benali");
    const outsider = named(member(DONGES), "Julie");
    const q = question(asker.id, PAIMBOEUF);
    const a1 = answer(q.id, top.id);
    const a2 = answer(q.id, second.id);
    const a3 = answer(q.id, outsider.id);
    acceptAnswer(store, asker, a1.id); // top +15, asker +2
    castVote(store, voter(DONGES), { postType: "answer", postId: a2.id, value: 1 }); // second +10
    castVote(store, voter(DONGES), { postType: "answer", postId: a3.id, value: 1 }); // outsider +10

    expect(placeLeaderboard(db, PAIMBOEUF)).toEqual([
      {
        rank: 1,
        id: top.id,
        firstName: "Camille",
        lastName: "Durand",
        points: 15,
        answers: 1,
        acceptedAnswers: 1,
      },
      {
        rank: 2,
        id: second.id,
        firstName: "Karim",
        lastName: "Benali",
        points: 10,
        answers: 1,
        acceptedAnswers: 0,
      },
      {
        rank: 3,
        id: asker.id,
        firstName: "Zoé",
        lastName: "Test",
        points: 2,
        answers: 0,
        acceptedAnswers: 0,
      },
    ]);
    expect(placeLeaderboard(db, PAIMBOEUF, { limit: 2 }).map((e) => e.id)).toEqual([
      top.id,
      second.id,
    ]);
  });

  it("leaves out members at zero or below, deleted accounts and deleted answers", () => {
    const asker = member(LAVAU);
    const downvoted = member(LAVAU);
    const gone = member(LAVAU);
    const q = question(asker.id, LAVAU);
    const a1 = answer(q.id, downvoted.id);
    const a2 = answer(q.id, gone.id);
    castVote(store, voter(DONGES), { postType: "answer", postId: a1.id, value: -1 });
    castVote(store, voter(DONGES), { postType: "answer", postId: a2.id, value: 1 });
    expect(placeLeaderboard(db, LAVAU).map((e) => e.id)).toEqual([gone.id]);

    db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();
    expect(placeLeaderboard(db, LAVAU)).toEqual([]);
  });

  it("counts only the period asked for, and ties share a rank, listed by name", () => {
    const place = placeByCode(db, "44013").id; // Besné
    const asker = named(member(place), "Aline");
    const early = named(member(place), "Bruno");
    const late = named(member(place), "Élodie");
    const later = named(member(place), "Denis");
    const lastMonth = new Date("2026-03-20T10:00:00Z");
    const thisMonth = new Date("2026-04-02T10:00:00Z");
    const q = question(asker.id, place);
    const old = answer(q.id, early.id, lastMonth);
    const recent = answer(q.id, late.id, thisMonth);
    const recent2 = answer(q.id, later.id, thisMonth);
    castVote(store, voter(DONGES), { postType: "answer", postId: old.id, value: 1 }, lastMonth);
    castVote(store, voter(DONGES), { postType: "answer", postId: recent.id, value: 1 }, thisMonth);
    castVote(store, voter(DONGES), { postType: "answer", postId: recent2.id, value: 1 }, thisMonth);

    const since = parisMonthStart(thisMonth);
    expect(
      placeLeaderboard(db, place, { since }).map((e) => [e.rank, e.firstName, e.points, e.answers]),
    ).toEqual([
      [1, "Denis", 10, 1],
      [1, "Élodie", 10, 1],
    ]);
    expect(placeLeaderboard(db, place).map((e) => [e.rank, e.firstName, e.points])).toEqual([
      [1, "Bruno", 10],
      [1, "Denis", 10],
      [1, "Élodie", 10],
    ]);
  });
});
