import { describe, expect, it } from "vitest";
import { roleGrants } from "#db/schema";
import { castVote } from "#app/models/answers/votes.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { getQuestion } from "./posts.server";
import { deletePost, restorePost } from "./removal.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, member, ask } = questionsTestbed();

describe("deleting", () => {
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
