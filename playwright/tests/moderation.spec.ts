import { and, eq } from "drizzle-orm";
import { answers, conversations, flags } from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { database, expect, store, test, type TestMember } from "#playwright/fixtures";
import { openSiteMenu } from "#playwright/site-menu";

const DONGES_CODE = "44052";

function dongesId() {
  return database()
    .$client.prepare("SELECT id FROM places WHERE code = ?")
    .pluck()
    .get(DONGES_CODE) as number;
}

function answerState(answerId: number) {
  return database()
    .select({ deletedAt: answers.deletedAt, state: answers.moderationState })
    .from(answers)
    .where(eq(answers.id, answerId))
    .get()!;
}

test("three verified neighbours hide a spam answer; a Donges moderator deletes it, openly", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
  grantRole,
}) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const asker = await insertMember({ firstName: "Rose", lastName: `Lumière${suffix}` });
  const spammer = await insertMember({ firstName: "Paul", lastName: `Pub${suffix}` });
  const flaggers: TestMember[] = [];
  for (const firstName of ["Aline", "Bruno", "Chantal"]) {
    const flagger = await insertMember({ firstName, lastName: `Vigilant${suffix}` });
    verifyNeighbour(flagger);
    flaggers.push(flagger);
  }
  const question = insertQuestion(store(), {
    authorId: asker.id,
    placeId: dongesId(),
    kind: "help",
    category: "bricolage",
    title: `Qui peut m’aider à poser une étagère ${suffix} ?`,
    body: "Samedi matin, deux trous dans du placo.",
    tags: [],
  });
  const spam = `Montres de luxe pas chères ${suffix}, écrivez-moi !`;
  const answer = insertAnswer(store(), {
    questionId: question.id,
    authorId: spammer.id,
    body: spam,
  });

  // Each neighbour reports the answer from the question page.
  for (const [index, flagger] of flaggers.entries()) {
    await page.context().clearCookies();
    await signIn(page, flagger);
    await page.goto(`/q/${question.id}`);
    // Only staff have a moderation queue in their menu.
    await expect(page.getByRole("link", { name: "Modération" })).toHaveCount(0);
    await page.getByRole("link", { name: "Signaler cette réponse" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Signaler" })).toBeVisible();
    await page.getByRole("radio", { name: "Spam ou publicité" }).check();
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page.getByRole("status")).toContainText(
      index < 2 ? "transmis à la modération" : "masqué en attendant l’examen",
    );
  }
  expect(answerState(answer.id).state).toBe("pending-review");

  // Visitors no longer see it.
  await page.context().clearCookies();
  await page.goto(`/q/${question.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("étagère");
  await expect(page.getByText(spam)).toHaveCount(0);

  // A Montoir moderator cannot decide on a Donges item, even by a direct POST.
  const montoirModerator = await insertMember({
    firstName: "Marc",
    lastName: `Montoir${suffix}`,
    placeCode: "44103",
  });
  grantRole(montoirModerator, "moderator", "44103");
  await signIn(page, montoirModerator);
  const forbidden = await page.request.post("/moderation", {
    form: {
      targetType: "answer",
      targetId: String(answer.id),
      decision: "delete",
      rule: "spam",
      reason: "Essai",
    },
  });
  expect(forbidden.status()).toBe(403);
  expect(answerState(answer.id).state).toBe("pending-review");
  await page.goto("/moderation");
  await expect(page.getByText(spam)).toHaveCount(0);

  // The Donges moderator finds it in the queue and deletes it under the spam rule.
  const moderator = await insertMember({ firstName: "Denise", lastName: `Modère${suffix}` });
  grantRole(moderator, "moderator", DONGES_CODE);
  await page.context().clearCookies();
  await signIn(page, moderator);
  await page.goto("/");
  await openSiteMenu(page);
  await page
    .getByRole("navigation", { name: "Menu du site" })
    .getByRole("link", { name: "Modération" })
    .click();
  await expect(page).toHaveURL(/\/moderation$/);
  const item = page.getByRole("listitem").filter({ hasText: spam });
  await expect(item).toContainText("Masqué en attendant votre examen");
  await expect(item).toContainText("Spam ou publicité : 3");
  for (const flagger of flaggers) {
    await expect(item).not.toContainText(flagger.firstName);
  }
  await item.getByRole("radio", { name: "Supprimer" }).check();
  await item.getByLabel("Règle").selectOption("spam");
  await item
    .getByLabel("Motif montré à l’auteur·rice (facultatif)")
    .fill("Publicité sans rapport avec la question");
  await item.getByRole("button", { name: "Appliquer la décision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Décision enregistrée" })).toBeVisible();
  await expect(page.getByText(spam)).toHaveCount(0);
  expect(answerState(answer.id).state).toBe("deleted");

  // The author sees their answer in place, with the rule and the reason.
  await page.context().clearCookies();
  await signIn(page, spammer);
  await page.goto(`/q/${question.id}`);
  const notice = page.getByRole("note").filter({ hasText: "Votre réponse" });
  await expect(notice).toContainText(
    "Votre réponse a été supprimée par la modération (règle : Spam).",
  );
  await expect(notice).toContainText("Motif : Publicité sans rapport avec la question");
  await expect(notice.getByRole("link", { name: "Les règles de modération" })).toBeVisible();

  // The public log of Donges shows both decisions, naming nobody.
  await page.context().clearCookies();
  await page.goto("/p/donges-44480");
  await page.getByRole("link", { name: "Journal de modération de Donges" }).click();
  await expect(page).toHaveURL(/\/p\/donges-44480\/moderation$/);
  const log = page.getByRole("list", { name: "Décisions" });
  await expect(log).toContainText(
    "Supprimé : une réponse · règle : Spam · par un·e modérateur·rice",
  );
  await expect(log).toContainText("Masqué en attendant un examen : une réponse");
  await expect(log).toContainText("par la communauté");
  const body = await page.locator("main").innerText();
  for (const person of [...flaggers, moderator]) {
    expect(body).not.toContain(person.firstName);
    expect(body).not.toContain(person.lastName);
  }
  expect(body).not.toContain(spam);
});

test("a Donges moderator locks a question from its page: no more answers, and the log says so", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
  grantRole,
}) => {
  const asker = await insertMember({ firstName: "Léa", lastName: "Verrou" });
  const neighbour = await insertMember({ firstName: "Hugo", lastName: "Voisin" });
  verifyNeighbour(neighbour);
  const question = insertQuestion(store(), {
    authorId: asker.id,
    placeId: dongesId(),
    kind: "question",
    category: "autre",
    title: "Un débat qui a dégénéré entre voisins",
    body: "",
    tags: [],
  });
  const moderator = await insertMember({ firstName: "Noé", lastName: "Modérateur" });
  grantRole(moderator, "moderator", DONGES_CODE);
  await signIn(page, moderator);
  await page.goto(`/q/${question.id}`);
  await page.locator("summary", { hasText: "Verrouiller la question" }).click();
  await page.getByLabel("Règle").selectOption("offensive");
  await page.getByRole("button", { name: "Verrouiller la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Décision enregistrée" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, neighbour);
  await page.goto(`/q/${question.id}`);
  await expect(page.getByText("Cette question est verrouillée par la modération")).toBeVisible();
  await expect(page.getByRole("button", { name: "Répondre" })).toHaveCount(0);
  const answer = await page.request.post(`/q/${question.id}/${question.slug}`, {
    form: { intent: "answer", body: "Une réponse malgré le verrou." },
  });
  expect(answer.status()).toBe(403);
  const written = database()
    .select({ id: answers.id })
    .from(answers)
    .where(eq(answers.questionId, question.id))
    .all();
  expect(written).toEqual([]);
  await page.goto("/p/donges-44480/moderation");
  await expect(page.getByRole("list", { name: "Décisions" })).toContainText(
    "Verrouillé : une question · règle : Contenu offensant · par un·e modérateur·rice",
  );
});

test("only its two members may report a private conversation (checked on the server)", async ({
  page,
  insertMember,
  signIn,
}) => {
  const [first, second, outsider] = [
    await insertMember({ firstName: "Inès", lastName: "Écrit" }),
    await insertMember({ firstName: "Jules", lastName: "Répond" }),
    await insertMember({ firstName: "Kevin", lastName: "Curieux" }),
  ];
  const [a, b] = [first.id, second.id].sort() as [string, string];
  const conversation = database()
    .insert(conversations)
    .values({ memberAId: a, memberBId: b, lastMessageAt: new Date() })
    .returning({ id: conversations.id })
    .get();
  const report = { cible: "conversation", id: String(conversation.id), reason: "offensive" };
  await signIn(page, outsider);
  expect((await page.goto(`/signaler?cible=conversation&id=${conversation.id}`))!.status()).toBe(
    404,
  );
  expect((await page.request.post("/signaler", { form: report })).status()).toBe(404);
  expect((await page.request.get(`/moderation/conversations/${conversation.id}`)).status()).toBe(
    403,
  );
  await page.context().clearCookies();
  await signIn(page, first);
  await page.goto(`/signaler?cible=conversation&id=${conversation.id}`);
  await expect(page.getByText("Vous signalez une conversation privée.")).toBeVisible();
  await page.getByRole("radio", { name: "Offensant" }).check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("status")).toContainText("transmis à la modération");
  const stored = database()
    .select({ flaggerId: flags.flaggerId })
    .from(flags)
    .where(and(eq(flags.targetType, "conversation"), eq(flags.targetId, String(conversation.id))))
    .all();
  expect(stored).toEqual([{ flaggerId: first.id }]);
});
