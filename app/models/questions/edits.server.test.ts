import { describe, expect, it } from "vitest";
import { editQuestion } from "./edits.server";
import { listRevisions } from "./revisions.server";
import { questionsTestbed } from "#test/questions";

const { db, store, DONGES, member, ask } = questionsTestbed();

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
