import type { Page } from "@playwright/test";
import { insertAnswer } from "#app/models/answers/answers.server";
import { sendMessage } from "#app/models/messages/send.server";
import { loadActor } from "#app/models/members/privileges.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { questionPath } from "#app/models/questions/paths";
import { database, expect, test, type TestMember } from "#playwright/fixtures";
import { embeddedStore } from "#test/store";

function messagesIn(conversationId: number) {
  return database()
    .$client.prepare("SELECT count(*) FROM messages WHERE conversation_id = ?")
    .pluck()
    .get(conversationId) as number;
}

function donges() {
  return database()
    .$client.prepare("SELECT id FROM places WHERE code = '44052'")
    .pluck()
    .get() as number;
}

/** The same browser, now as someone else. */
async function switchTo(
  page: Page,
  member: TestMember,
  signIn: (p: Page, m: TestMember) => Promise<void>,
) {
  await page.context().clearCookies();
  await signIn(page, member);
}

test("a neighbour writes from a profile, the other replies, and nobody else can read or post", async ({
  page,
  insertMember,
  signIn,
}) => {
  const alice = await insertMember({ firstName: "Alice", lastName: "Martin" });
  const bruno = await insertMember({ firstName: "Bruno", lastName: "Leroy" });
  const intruder = await insertMember({ firstName: "Chloé", lastName: "Curieuse" });

  await signIn(page, alice);
  await page.goto(`/m/${bruno.id}`);
  await page.getByRole("link", { name: "Écrire à Bruno Leroy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Écrire à Bruno Leroy");
  await page.getByLabel("Votre message").fill("Bonjour Bruno,\nje peux passer prendre l’échelle ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversation avec Bruno Leroy");
  await expect(page.getByText("je peux passer prendre l’échelle ?")).toBeVisible();
  const conversationUrl = new URL(page.url()).pathname;
  const conversationId = Number(conversationUrl.split("/").pop());

  await switchTo(page, bruno, signIn);
  await page.goto("/");
  await page.getByRole("link", { name: "Messages, 1 non lu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages");
  await page.getByRole("link", { name: /Alice Martin/ }).click();
  await expect(page.getByText("Bonjour Bruno,")).toBeVisible();
  // Reading it clears the count.
  await expect(page.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  await page.getByLabel("Votre réponse").fill("Oui, après 18 h.");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByText("Oui, après 18 h.")).toBeVisible();

  await switchTo(page, alice, signIn);
  await page.goto("/messages");
  await expect(page.getByRole("link", { name: /Bruno Leroy\s*1 non lu/ })).toBeVisible();
  await page.getByRole("link", { name: /Bruno Leroy/ }).click();
  await expect(page.getByText("Oui, après 18 h.")).toBeVisible();
  expect(messagesIn(conversationId)).toBe(2);

  // A third member: the conversation does not exist for them, in the page or in a direct POST.
  await switchTo(page, intruder, signIn);
  const response = await page.goto(conversationUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("échelle")).toHaveCount(0);
  const post = await page.request.post(conversationUrl, {
    form: { body: "Je lis vos messages" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(404);
  expect(messagesIn(conversationId)).toBe(2);
  // Nor can they write to themselves, even by posting the form directly.
  const toSelf = await page.request.post(`/messages/nouveau?a=${intruder.id}`, {
    form: { body: "Note à moi-même" },
    maxRedirects: 0,
  });
  expect(toSelf.status()).toBe(403);
  await page.goto("/messages");
  await expect(page.getByText("Aucune conversation pour l’instant.")).toBeVisible();
});

test("a blocked member can no longer write, and the blocker can unblock", async ({
  page,
  insertMember,
  signIn,
}) => {
  const alice = await insertMember({ firstName: "Alice", lastName: "Bavarde" });
  const bruno = await insertMember({ firstName: "Bruno", lastName: "Tranquille" });
  const sent = sendMessage(database(), loadActor(database(), alice.id)!, {
    toUserId: bruno.id,
    body: "Vous avez vu mon annonce ?",
  });
  if (!sent.ok) throw new Error(sent.refusal.reason);

  await signIn(page, bruno);
  await page.goto(`/messages/${sent.conversationId}`);
  await page.getByRole("button", { name: "Bloquer Alice Bavarde" }).click();
  await expect(
    page.getByText("Vous avez bloqué Alice Bavarde : ce membre ne peut plus vous écrire."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Débloquer Alice Bavarde" })).toBeVisible();

  await switchTo(page, alice, signIn);
  await page.goto(`/messages/${sent.conversationId}`);
  await page.getByLabel("Votre réponse").fill("Et maintenant ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("alert")).toHaveText("Ce membre ne reçoit pas vos messages.");
  // Nor from the profile, in a new message.
  await page.goto(`/m/${bruno.id}`);
  await page.getByRole("link", { name: "Écrire à Bruno Tranquille" }).click();
  await page.getByLabel("Votre message").fill("Par ici alors ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("alert")).toHaveText("Ce membre ne reçoit pas vos messages.");
  expect(messagesIn(sent.conversationId)).toBe(1);

  // The blocker changes their mind from the profile.
  await switchTo(page, bruno, signIn);
  await page.goto(`/m/${alice.id}`);
  await page.getByRole("button", { name: "Débloquer Alice Bavarde" }).click();
  await expect(page.getByRole("link", { name: "Écrire à Alice Bavarde" })).toBeVisible();
});

test("« Écrire » on an answer starts a conversation about the question, even without JavaScript", async ({
  browser,
  page,
  insertMember,
  signIn,
}) => {
  const db = database();
  const store = embeddedStore(db);
  const asker = await insertMember({ firstName: "Rose", lastName: "Jardin" });
  const helper = await insertMember({ firstName: "Marc", lastName: "Outils" });
  const question = insertQuestion(store, {
    authorId: asker.id,
    placeId: donges(),
    kind: "help",
    category: "bricolage",
    title: "Qui peut me prêter une perceuse samedi ?",
    body: "Pour fixer une étagère.",
    tags: [],
  });
  insertAnswer(store, { questionId: question.id, authorId: helper.id, body: "J’en ai une." });
  const offer = insertQuestion(store, {
    authorId: helper.id,
    placeId: donges(),
    kind: "offer",
    category: "pret",
    title: "Je prête ma remorque le week-end",
    body: "",
    tags: [],
  });

  await signIn(page, asker);
  await page.goto(questionPath(question));
  const answer = page.getByRole("article", { name: /Marc Outils/ });
  await answer.getByRole("link", { name: "Écrire à Marc Outils" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Écrire à Marc Outils");
  await page.getByLabel("Votre message").fill("Je passe la chercher à 10 h ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversation avec Marc Outils");
  await expect(
    page.getByRole("link", { name: "Qui peut me prêter une perceuse samedi ?" }),
  ).toBeVisible();

  // The offer's asker is one tap away too; the pair keeps its one conversation.
  await page.goto(questionPath(offer));
  await page.getByRole("link", { name: "Écrire à Marc Outils" }).click();
  await page.getByLabel("Votre message").fill("Et la remorque, dimanche ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByText("Je passe la chercher à 10 h ?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Je prête ma remorque le week-end" })).toBeVisible();

  // The helper answers from a browser without JavaScript: a plain form post.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": "10.251.0.7" },
  });
  const noScript = await context.newPage();
  await signIn(noScript, helper);
  await noScript.goto("/messages");
  await noScript.getByRole("link", { name: /Rose Jardin/ }).click();
  await noScript.getByLabel("Votre réponse").fill("Oui pour les deux !");
  await noScript.getByRole("button", { name: "Envoyer" }).click();
  await expect(noScript.getByText("Oui pour les deux !")).toBeVisible();
  await context.close();
});
