import { describe, expect, it } from "vitest";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { thankAnswer } from "#app/models/answers/thanks.server";
import { castVote } from "#app/models/answers/votes.server";
import { deletePost } from "#app/models/questions/removal.server";
import { memberContribution, recentAnswers } from "./contribution.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES: donges, member, ask: question, answer } = questionsTestbed();
const DONGES = donges.id;
const voter = (placeId: number) => member(placeId, { reputation: 100 });

describe("memberContribution and recentAnswers", () => {
  it("counts live posts, acceptances and thanks, and lists the latest answers", () => {
    const helper = member(DONGES);
    const asker = member(DONGES);
    const q1 = question(asker.id, DONGES, "Un plombier dispo ce week-end à Donges ?");
    const q2 = question(asker.id, DONGES, "Où déposer des encombrants près du bourg ?");
    const q3 = question(helper.id, DONGES, "Qui garde des poules et vend des œufs ?");
    const a1 = answer(q1.id, helper.id, new Date("2026-04-01T09:00:00Z"));
    const a2 = answer(q2.id, helper.id, new Date("2026-04-02T09:00:00Z"));
    const deleted = answer(q2.id, helper.id, new Date("2026-04-03T09:00:00Z"));
    acceptAnswer(store, asker, a1.id);
    thankAnswer(db, asker, a1.id);
    thankAnswer(db, member(DONGES), a2.id);
    castVote(store, voter(DONGES), { postType: "answer", postId: a2.id, value: 1 });
    deletePost(store, helper, "answer", deleted.id);
    deletePost(store, helper, "question", q3.id);

    expect(memberContribution(db, helper.id)).toEqual({
      reputation: 15 + 2 + 2 + 10,
      answers: 2,
      acceptedAnswers: 1,
      questions: 0,
      thanksReceived: 2,
    });
    expect(memberContribution(db, asker.id)).toMatchObject({ questions: 2, answers: 0 });

    expect(recentAnswers(db, helper.id, 10)).toEqual([
      {
        id: a2.id,
        questionId: q2.id,
        questionSlug: q2.slug,
        questionTitle: "Où déposer des encombrants près du bourg ?",
        accepted: false,
        helpful: 1,
        createdAt: new Date("2026-04-02T09:00:00Z"),
      },
      {
        id: a1.id,
        questionId: q1.id,
        questionSlug: q1.slug,
        questionTitle: "Un plombier dispo ce week-end à Donges ?",
        accepted: true,
        helpful: 0,
        createdAt: new Date("2026-04-01T09:00:00Z"),
      },
    ]);
    expect(recentAnswers(db, helper.id, 1)).toHaveLength(1);
  });

  it("hides answers whose question was deleted", () => {
    const helper = member(DONGES);
    const asker = member(DONGES);
    const q = question(asker.id, DONGES);
    answer(q.id, helper.id);
    expect(recentAnswers(db, helper.id, 10)).toHaveLength(1);
    expect(deletePost(store, asker, "question", q.id)).toMatchObject({ ok: true });
    expect(recentAnswers(db, helper.id, 10)).toEqual([]);
    expect(memberContribution(db, helper.id).answers).toBe(0);
  });
});
