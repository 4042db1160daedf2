import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answerListings, organisations, roleGrants } from "#db/schema";
import { renderMarkdown, listingIdsIn } from "#app/domain/markdown.server";
import { splitAtListings, withListingToken } from "#app/domain/listing-tokens";
import { insertAnswer } from "#app/models/answers/answers.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editAnswer } from "#app/models/questions/edits.server";
import { deletePost, restorePost } from "#app/models/questions/removal.server";
import { buildSearchDocument } from "#search/documents";
import { questionsTestbed } from "#test/questions";
import { listingCards, recommendationsOf, syncAnswerListings } from "./recommendations.server";

const { db, store, DONGES, member, ask } = questionsTestbed();

function listing(name: string, category: "batiment" | "boulangerie" = "batiment") {
  return db
    .insert(organisations)
    .values({
      kind: "commerce",
      category,
      name,
      slug: name.toLowerCase().replace(/\W+/g, "-"),
      placeId: DONGES.id,
      lat: DONGES.lat,
      lng: DONGES.lng,
      approximate: true,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get().id;
}

const rowsOf = (answerId: number) =>
  db
    .select({ id: answerListings.organisationId })
    .from(answerListings)
    .where(eq(answerListings.answerId, answerId))
    .all()
    .map((row) => row.id)
    .sort((a, b) => a - b);

describe("the [fiche:N] token", () => {
  it("becomes a card placeholder on a line of its own at the top level only", () => {
    expect(renderMarkdown("Voici :\n[fiche:12]\nmerci")).toBe(
      '<p>Voici :</p>\n<p data-fiche="12"></p>\n<p>merci</p>\n',
    );
    // In code, quotes, lists, or inside a sentence, it is the text it is.
    for (const source of [
      "```\n[fiche:6]\n```",
      "    [fiche:6]",
      "`[fiche:6]`",
      "> [fiche:6]",
      "- [fiche:6]",
      "Allez voir [fiche:6] demain",
      "[fiche:6] demain",
      "[fiche:-6]",
      "[fiche:1234567890]",
    ]) {
      expect(renderMarkdown(source), source).not.toContain("data-fiche");
      expect(listingIdsIn(source), source).toEqual([]);
    }
    expect(listingIdsIn("[fiche:3]\n\n[fiche:4]\n[fiche:3]")).toEqual([3, 4]);
  });

  it("never lets an author write the placeholder, or another attribute, themselves", () => {
    expect(renderMarkdown('<p data-fiche="9"></p>')).not.toMatch(/<p data-fiche/);
    expect(listingIdsIn('<p data-fiche="9"></p>')).toEqual([]);
    expect(renderMarkdown('<p data-fiche="9" onclick="x()"></p>')).not.toMatch(/<p data/);
  });

  it("cuts the HTML between the cards, and appends a token on its own line", () => {
    expect(splitAtListings(renderMarkdown("A\n\n[fiche:2]\n\nB"))).toEqual([
      { html: "<p>A</p>\n" },
      { listingId: 2 },
      { html: "<p>B</p>\n" },
    ]);
    expect(splitAtListings("<p>x</p>")).toEqual([{ html: "<p>x</p>" }]);
    expect(withListingToken("Essayez celui-ci :  \n", 7)).toBe("Essayez celui-ci :\n\n[fiche:7]\n");
    expect(withListingToken("", 7)).toBe("[fiche:7]\n");
  });
});

describe("the answer ↔ listing relation", () => {
  it("follows creates and edits, ignoring unknown ids", () => {
    const plumber = listing("Donges Plomberie");
    const baker = listing("Fournil de Donges", "boulangerie");
    const asker = member(DONGES.id);
    const author = member(DONGES.id);
    const question = ask(asker.id);
    const answer = insertAnswer(store, {
      questionId: question.id,
      authorId: author.id,
      body: `Appelez-les :\n\n[fiche:${plumber}]\n\n[fiche:999999]`,
    });
    expect(rowsOf(answer.id)).toEqual([plumber]);
    const edited = editAnswer(store, loadActor(db, author.id)!, answer.id, {
      body: `Plutôt eux :\n\n[fiche:${baker}]\n\n\`[fiche:${plumber}]\``,
    });
    expect(edited.ok).toBe(true);
    expect(rowsOf(answer.id)).toEqual([baker]);
  });

  it("counts only live answers: deleted or moderated ones drop out, restored ones return", () => {
    const plumber = listing("Plomberie de l'Estuaire");
    const author = member(DONGES.id);
    const question = ask(member(DONGES.id).id);
    const answer = insertAnswer(store, {
      questionId: question.id,
      authorId: author.id,
      body: `[fiche:${plumber}]`,
    });
    const formerMember = "Ancien membre";
    const [shown] = recommendationsOf(db, plumber, { formerMember });
    expect(shown?.answerId).toBe(answer.id);
    // Visitors' view of names: « Camille D. ».
    expect(shown?.author).toMatch(/^\S+ \S\.$/);

    expect(deletePost(store, loadActor(db, author.id)!, "answer", answer.id).ok).toBe(true);
    expect(recommendationsOf(db, plumber, { formerMember })).toEqual([]);
    const moderator = member(DONGES.id);
    db.insert(roleGrants)
      .values({ userId: moderator.id, role: "moderator", placeId: DONGES.id })
      .run();
    const staff = loadActor(db, moderator.id)!;
    expect(restorePost(store, staff, "answer", answer.id).ok).toBe(true);
    expect(recommendationsOf(db, plumber, { formerMember })).toHaveLength(1);
    expect(deletePost(store, staff, "answer", answer.id).ok).toBe(true);
    expect(recommendationsOf(db, plumber, { formerMember })).toEqual([]);
  });

  it("makes the question findable by the listing's name and category", () => {
    const plumber = listing("Léon Tuyaux et Fils");
    const question = ask(member(DONGES.id).id);
    const answer = insertAnswer(store, {
      questionId: question.id,
      authorId: member(DONGES.id).id,
      body: `Essayez :\n\n[fiche:${plumber}]`,
    });
    const document = buildSearchDocument(db, question.id)!;
    expect(document.answers).toContain("Léon Tuyaux et Fils");
    expect(document.answers).toContain("Artisan du bâtiment");
    syncAnswerListings(db, answer.id, "<p>rien</p>");
    expect(buildSearchDocument(db, question.id)!.answers).not.toContain("Léon");
  });

  it("gives cards by the written id, a merged listing's card being its survivor's", () => {
    const a = listing("Boulangerie A", "boulangerie");
    const b = listing("Boulangerie B", "boulangerie");
    db.update(organisations)
      .set({ mergedIntoId: a, mergedAt: new Date() })
      .where(eq(organisations.id, b))
      .run();
    const cards = listingCards(db, [a, b, 424242], new Date());
    expect(cards[a]?.name).toBe("Boulangerie A");
    expect(cards[b]?.id).toBe(a);
    expect(cards[424242]).toBeUndefined();
  });
});
