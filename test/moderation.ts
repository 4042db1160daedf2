import { afterAll } from "vitest";
import { and, eq } from "drizzle-orm";
import { moderationActions, roleGrants } from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { flagContent } from "#app/models/moderation/flags.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { copyPlacesDatabase } from "#test/databases";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

/**
 * What the moderation tests share: a private copy of the places database with
 * the embedded search writer (closed after the file's tests), Donges and
 * Montoir, members, staff appointed for a place (or everywhere), an
 * answer reported once as spam, and the decisions logged on a target.
 */
export function moderationTestbed() {
  const db = copyPlacesDatabase();
  const store = embeddedStore(db);
  afterAll(() => db.$client.close());
  const DONGES = placeByCode(db, "44052").id;
  const MONTOIR = placeByCode(db, "44103").id;
  const member = memberFactory(db);

  function staff(role: "moderator" | "ambassador", place: number | null, home = DONGES) {
    const person = member(home);
    db.insert(roleGrants).values({ userId: person.id, role, placeId: place }).run();
    return person;
  }

  function flaggedAnswer(place = DONGES) {
    const asker = member(place);
    const author = member(place);
    const question = insertQuestion(store, {
      authorId: asker.id,
      placeId: place,
      kind: "question",
      category: "bricolage",
      title: "Un bon serrurier dans le coin ?",
      body: "",
      tags: [],
    });
    const answer = insertAnswer(store, {
      questionId: question.id,
      authorId: author.id,
      body: "Des pilules miracles sur https://spam.example",
    });
    flagContent(store, member(place), {
      targetType: "answer",
      targetId: String(answer.id),
      reason: "spam",
    });
    return { asker, author, question, answer };
  }

  const target = (answerId: number) => ({
    targetType: "answer" as const,
    targetId: String(answerId),
  });

  /** The logged decisions on a target, oldest first. */
  function actionsOn(targetType: string, id: number | string) {
    return db
      .select()
      .from(moderationActions)
      .where(
        and(
          eq(moderationActions.targetType, targetType as "answer"),
          eq(moderationActions.targetId, String(id)),
        ),
      )
      .all();
  }

  return { db, store, DONGES, MONTOIR, member, staff, flaggedAnswer, target, actionsOn };
}
