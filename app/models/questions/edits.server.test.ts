import { describe, expect, it } from "vitest";
import { editablePost, editAnswer, editQuestion } from "./edits.server";
import { deletePost } from "./removal.server";
import { listRevisions } from "./revisions.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, member, ask, answer } = questionsTestbed();

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

  it("opens the edit page of a live post to whoever may edit it, with the way back", () => {
    const author = member(DONGES.id);
    const q = ask(author.id);
    const reply = answer(q.id, author.id);
    expect(editablePost(db, author, "answer", String(reply.id))).toMatchObject({
      ok: true,
      post: { id: reply.id },
      question: { id: q.id },
      path: `/q/${q.id}/qui-a-une-echelle-de-3-metres#reponse-${reply.id}`,
    });
    expect(editablePost(db, author, "question", String(q.id))).toMatchObject({
      ok: true,
      path: `/q/${q.id}/qui-a-une-echelle-de-3-metres`,
    });
    expect(editablePost(db, null, "question", String(q.id))).toEqual({
      ok: false,
      refusal: { reason: "not-allowed" },
    });
    const stranger = member(DONGES.id, { reputation: 10 });
    expect(editablePost(db, stranger, "answer", String(reply.id))).toMatchObject({
      ok: false,
      refusal: { reason: "reputation", privilege: "editOthers" },
    });
    expect(editablePost(db, author, "answer", "12abc")).toMatchObject({
      refusal: { reason: "not-found" },
    });
    expect(deletePost(store, author, "question", q.id)).toMatchObject({ ok: true });
    // An answer under a deleted question is gone with it.
    expect(editablePost(db, author, "answer", String(reply.id))).toMatchObject({
      refusal: { reason: "not-found" },
    });
  });

  it("counts every edit submitted, changed or not, and refuses past the hourly limit", () => {
    const author = member(DONGES.id);
    const q = ask(author.id);
    const reply = answer(q.id, author.id);
    const at = new Date();
    for (let edit = 0; edit < 60; edit += 1) {
      expect(editAnswer(store, author, reply.id, { body: "La même." }, at)).toMatchObject({
        ok: true,
      });
    }
    expect(editAnswer(store, author, reply.id, { body: "Encore." }, at)).toEqual({
      ok: false,
      refusal: { reason: "rate-limited", retryAfterSeconds: 3600 },
    });
  });
});
