import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { copyPlacesDatabase } from "#test/databases";
import { moderationActions, notifications, users } from "#db/schema";
import { translate } from "#app/i18n/i18n";
import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { notify } from "./notify.server";
import { notificationSentence, notificationViews } from "./content.server";
import { memberFactory, placeByCode } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const DONGES = placeByCode(db, "44052").id;
const member = memberFactory(db);
const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("fr", key, params);

function viewsOf(userId: string) {
  const rows = db.select().from(notifications).where(eq(notifications.userId, userId)).all();
  return notificationViews(db, rows);
}

describe("notification views", () => {
  const asker = member(DONGES);
  const answerer = member(DONGES);
  const question = insertQuestion(store, {
    authorId: asker.id,
    placeId: DONGES,
    kind: "question",
    category: "bricolage",
    title: "Un plombier qui prend de nouveaux clients ?",
    body: "",
    tags: [],
  });
  const answer = insertAnswer(store, {
    questionId: question.id,
    authorId: answerer.id,
    body: "Oui",
  });

  it("says who did what on which question, and links to the answer", () => {
    notify(db, {
      userId: asker.id,
      type: "answer-on-my-question",
      dedupeKey: `answer:${answer.id}`,
      actorId: answerer.id,
      questionId: question.id,
      answerId: answer.id,
    });
    const [view] = viewsOf(asker.id);
    expect(notificationSentence(fr, "fr", view!)).toBe(
      `Voisin2 Test a répondu à votre question « Un plombier qui prend de nouveaux clients ? »`,
    );
    expect(view!.path).toBe(
      `/q/${question.id}/un-plombier-qui-prend-de-nouveaux-clients#reponse-${answer.id}`,
    );
    expect(view!.read).toBe(false);
  });

  it("names a deleted member « Ancien membre »", () => {
    db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, answerer.id)).run();
    const [view] = viewsOf(asker.id);
    expect(notificationSentence(fr, "fr", view!)).toMatch(/^Ancien membre a répondu/);
  });

  it("explains a moderation decision with its rule and reason, without naming the moderator", () => {
    const action = db
      .insert(moderationActions)
      .values({
        placeId: DONGES,
        action: "hide",
        targetType: "answer",
        targetId: String(answer.id),
        rule: "spam",
        reason: "Publicité répétée",
        actorRole: "moderator",
      })
      .returning()
      .get();
    notify(db, {
      userId: asker.id,
      type: "moderation-decision",
      dedupeKey: `moderation:${action.id}`,
      moderationActionId: action.id,
      questionId: question.id,
    });
    const view = viewsOf(asker.id).find((v) => v.type === "moderation-decision")!;
    expect(notificationSentence(fr, "fr", view)).toBe(
      "Une décision de modération concerne votre contenu : masqué (Spam) — Publicité répétée",
    );
  });
});
