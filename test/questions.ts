import { afterAll } from "vitest";
import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

/**
 * What the question tests share: a private copy of the places database with
 * the embedded search writer (closed after the file's tests), three places of
 * the estuary, a member factory, and `ask` and `answer` for posts written
 * without privilege checks, as the import writes them.
 */
export function questionsTestbed() {
  const db = copyPlacesDatabase();
  const store = embeddedStore(db);
  afterAll(() => db.$client.close());
  const DONGES = placeByCode(db, "44052");
  const MONTOIR = placeByCode(db, "44103");
  const NANTES = placeByCode(db, "44109");
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

  /** An answer written without privilege checks, at `createdAt` if given. */
  function answer(questionId: number, authorId: string, createdAt?: Date) {
    return insertAnswer(store, {
      questionId,
      authorId,
      body: "J'en ai une, passez quand vous voulez.",
      createdAt,
    });
  }

  return { db, store, DONGES, MONTOIR, NANTES, member, ask, answer };
}
