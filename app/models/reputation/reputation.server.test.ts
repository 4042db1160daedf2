import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reputationEvents } from "#db/schema";
import { copyPlacesDatabase } from "#test/databases";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { castVote, voteOffer } from "#app/models/answers/votes.server";
import type { Actor } from "#app/models/members/privileges.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { parisDay } from "#app/i18n/format";
import { rebuildReputation, reputationHistory } from "./reputation.server";
import { memberFactory, reputationOf } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const DONGES = db.$client
  .prepare("SELECT id FROM places WHERE code = '44052'")
  .pluck()
  .get() as number;
const member = memberFactory(db);

function question(authorId: string, at = new Date(), kind: "help" | "question" = "help") {
  return insertQuestion(store, {
    authorId,
    placeId: DONGES,
    kind,
    category: "bricolage",
    title: "Quelqu'un connaît un plombier dispo ?",
    body: "Fuite sous l'évier depuis ce matin.",
    tags: ["plombier"],
    createdAt: at,
  });
}
function answer(questionId: number, authorId: string) {
  return insertAnswer(store, { questionId, authorId, body: "Appelez Patrick, il est super." });
}
/** A voter with enough points to vote down, whose own score the test can watch. */
const voter = () => member(DONGES, { reputation: 100 });

describe("votes", () => {
  it("gives +10 for an answer upvote and +5 for a question upvote, and undoing takes them back", () => {
    const asker = member(DONGES);
    const answerer = member(DONGES);
    const q = question(asker.id);
    const a = answer(q.id, answerer.id);
    const v = voter();

    expect(castVote(store, v, { postType: "answer", postId: a.id, value: 1 })).toMatchObject({
      ok: true,
      score: 1,
    });
    expect(reputationOf(db, answerer.id)).toBe(10);
    expect(castVote(store, v, { postType: "question", postId: q.id, value: 1 })).toMatchObject({
      ok: true,
    });
    expect(reputationOf(db, asker.id)).toBe(5);

    expect(castVote(store, v, { postType: "answer", postId: a.id, value: 0 })).toMatchObject({
      ok: true,
      score: 0,
    });
    expect(castVote(store, v, { postType: "question", postId: q.id, value: 0 })).toMatchObject({
      ok: true,
    });
    expect(reputationOf(db, answerer.id)).toBe(0);
    expect(reputationOf(db, asker.id)).toBe(0);
  });

  it("takes 2 from the author of a downvoted post and 1 from whoever downvotes an answer", () => {
    const asker = member(DONGES);
    const answerer = member(DONGES);
    const q = question(asker.id);
    const a = answer(q.id, answerer.id);
    const v = voter();

    castVote(store, v, { postType: "answer", postId: a.id, value: -1 });
    expect(reputationOf(db, answerer.id)).toBe(-2);
    // A request for help is never voted down; a plain question may be.
    expect(castVote(store, v, { postType: "question", postId: q.id, value: -1 })).toEqual({
      ok: false,
      refusal: { reason: "no-downvote-on-help" },
    });
    expect(reputationOf(db, asker.id)).toBe(0);
    const plain = question(asker.id, new Date(), "question");
    expect(reputationOf(db, v.id)).toBe(99);
    castVote(store, v, { postType: "question", postId: plain.id, value: -1 });
    expect(reputationOf(db, asker.id)).toBe(-2);
    // Downvoting a question costs the voter nothing.
    expect(reputationOf(db, v.id)).toBe(99);

    // Changing the answer vote to up reverses the downvote's events, then applies the upvote.
    castVote(store, v, { postType: "answer", postId: a.id, value: 1 });
    expect(reputationOf(db, answerer.id)).toBe(10);
    expect(reputationOf(db, v.id)).toBe(100);
    castVote(store, v, { postType: "question", postId: plain.id, value: 0 });
    expect(reputationOf(db, asker.id)).toBe(0);
  });

  it("offers « Utile » to those who may use it and says why to the others", () => {
    // voteOffer reads only the post's author and the question's kind and lock.
    const asker = member(DONGES);
    const a = { authorId: member(DONGES).id };
    const plainQuestion = { kind: "question", lockedAt: null };
    const offer = (actor: Actor, postType: "question" | "answer", post: { authorId: string }) =>
      voteOffer(actor, postType, post, plainQuestion);

    expect(offer(asker, "question", { authorId: asker.id })).toEqual({
      upRefusal: { reason: "own-post" },
      canVoteDown: false,
    });
    const unverified = member(DONGES, { verifiedNeighbour: false });
    expect(offer(unverified, "answer", a)).toEqual({
      upRefusal: { reason: "not-verified-neighbour" },
      canVoteDown: false,
    });
    // Up, but not yet down: 50 points needed.
    expect(offer(member(DONGES), "answer", a)).toEqual({ upRefusal: null, canVoteDown: false });
    expect(offer(voter(), "answer", a)).toEqual({ upRefusal: null, canVoteDown: true });
    // Never down on a neighbour's request for help, whatever one's points.
    expect(
      voteOffer(voter(), "question", { authorId: asker.id }, { kind: "help", lockedAt: null }),
    ).toEqual({
      upRefusal: null,
      canVoteDown: false,
    });
    expect(voteOffer(voter(), "answer", a, { ...plainQuestion, lockedAt: new Date() })).toEqual({
      upRefusal: { reason: "question-locked" },
      canVoteDown: false,
    });
  });

  it("refuses votes on one's own posts and changes nothing", () => {
    const asker = member(DONGES, { reputation: 100 });
    const q = question(asker.id);
    const a = answer(q.id, asker.id);
    for (const value of [1, -1] as const) {
      expect(castVote(store, asker, { postType: "question", postId: q.id, value })).toEqual({
        ok: false,
        refusal: { reason: "own-post" },
      });
      expect(castVote(store, asker, { postType: "answer", postId: a.id, value })).toEqual({
        ok: false,
        refusal: { reason: "own-post" },
      });
    }
    expect(reputationOf(db, asker.id)).toBe(100);
  });

  it("makes a repeated vote harmless", () => {
    const answerer = member(DONGES);
    const q = question(member(DONGES).id);
    const a = answer(q.id, answerer.id);
    const v = voter();
    for (let i = 0; i < 3; i++) {
      expect(castVote(store, v, { postType: "answer", postId: a.id, value: 1 })).toMatchObject({
        ok: true,
        score: 1,
      });
    }
    expect(reputationOf(db, answerer.id)).toBe(10);
  });
});

describe("accepting", () => {
  it("gives +15 to the answerer and +2 to the asker, moves with the acceptance and is withdrawn", () => {
    const asker = member(DONGES);
    const first = member(DONGES);
    const second = member(DONGES);
    const q = question(asker.id);
    const a1 = answer(q.id, first.id);
    const a2 = answer(q.id, second.id);

    expect(acceptAnswer(store, asker, a1.id)).toMatchObject({ ok: true, accepted: true });
    expect(reputationOf(db, first.id)).toBe(15);
    expect(reputationOf(db, asker.id)).toBe(2);
    // Accepting twice is harmless.
    acceptAnswer(store, asker, a1.id);
    expect(reputationOf(db, first.id)).toBe(15);

    acceptAnswer(store, asker, a2.id);
    expect(reputationOf(db, first.id)).toBe(0);
    expect(reputationOf(db, second.id)).toBe(15);
    expect(reputationOf(db, asker.id)).toBe(2);

    acceptAnswer(store, asker, a2.id, { accept: false });
    expect(reputationOf(db, second.id)).toBe(0);
    expect(reputationOf(db, asker.id)).toBe(0);
  });

  it("lets only the asker accept, and gives nothing for accepting one's own answer", () => {
    const asker = member(DONGES);
    const other = member(DONGES);
    const q = question(asker.id);
    const own = answer(q.id, asker.id);
    const theirs = answer(q.id, other.id);
    expect(acceptAnswer(store, other, theirs.id)).toEqual({
      ok: false,
      refusal: { reason: "not-asker" },
    });
    expect(acceptAnswer(store, asker, own.id)).toMatchObject({ ok: true });
    expect(reputationOf(db, asker.id)).toBe(0);
  });
});

describe("thanks", () => {
  it("gives +2 per thanks, once per member, never for one's own answer, and at most 20 a day", () => {
    const answerer = member(DONGES);
    const q = question(member(DONGES).id);
    const a = answer(q.id, answerer.id);
    const thanker = member(DONGES);
    thankAnswer(db, thanker, a.id);
    thankAnswer(db, thanker, a.id);
    expect(reputationOf(db, answerer.id)).toBe(2);
    expect(thankAnswer(db, answerer, a.id)).toEqual({ ok: false, refusal: { reason: "own-post" } });

    for (let i = 0; i < 12; i++) thankAnswer(db, member(DONGES), a.id);
    expect(reputationOf(db, answerer.id)).toBe(20);
    const capped = reputationHistory(db, answerer.id).filter((e) => e.points === 0);
    expect(capped.length).toBe(3);
  });
});

describe("daily cap", () => {
  it("stops vote gains at 200 a day, but not accepted answers, and frees room when a vote is undone", () => {
    const answerer = member(DONGES);
    const asker = member(DONGES);
    const day = new Date("2026-05-04T10:00:00Z");
    const q = question(asker.id, day);
    const a = answer(q.id, answerer.id);
    const voters = Array.from({ length: 22 }, () => voter());
    for (const v of voters) castVote(store, v, { postType: "answer", postId: a.id, value: 1 }, day);
    expect(reputationOf(db, answerer.id)).toBe(200);

    acceptAnswer(store, asker, a.id, { at: day });
    expect(reputationOf(db, answerer.id)).toBe(215);

    // The 21st and 22nd votes gave nothing; withdrawing one of the first twenty frees 10 points
    // of the day, which the ledger gives back on the next vote that day.
    castVote(store, voters[0]!, { postType: "answer", postId: a.id, value: 0 }, day);
    expect(reputationOf(db, answerer.id)).toBe(205);
    castVote(store, voter(), { postType: "answer", postId: a.id, value: 1 }, day);
    expect(reputationOf(db, answerer.id)).toBe(215);

    // A new day in Paris starts a new allowance.
    const nextDay = new Date("2026-05-04T22:30:00Z");
    expect(parisDay(nextDay)).toBe("2026-05-05");
    castVote(store, voter(), { postType: "answer", postId: a.id, value: 1 }, nextDay);
    expect(reputationOf(db, answerer.id)).toBe(225);
  });
});

describe("the ledger", () => {
  it("records each reversal as its own event and always sums to the cached reputation", () => {
    const answerer = member(DONGES);
    const q = question(member(DONGES).id);
    const a = answer(q.id, answerer.id);
    const v = voter();
    castVote(store, v, { postType: "answer", postId: a.id, value: 1 });
    castVote(store, v, { postType: "answer", postId: a.id, value: -1 });
    const events = db
      .select()
      .from(reputationEvents)
      .where(eq(reputationEvents.userId, answerer.id))
      .all();
    expect(events.map((e) => [e.reason, e.points])).toEqual([
      ["answer-upvoted", 10],
      ["answer-upvoted", -10],
      ["post-downvoted", -2],
    ]);
    expect(events[1]!.reversesId).toBe(events[0]!.id);
    expect(events[0]!.reversedAt).not.toBeNull();
    // Only the members given 100 starting points outside the ledger (the voters) have drifted.
    const drifted = rebuildReputation(db);
    expect(drifted.length).toBeGreaterThan(0);
    expect(drifted.every((row) => row.cached - row.ledger === 100)).toBe(true);
    expect(rebuildReputation(db)).toEqual([]);
    expect(reputationOf(db, answerer.id)).toBe(-2);
  });
});
