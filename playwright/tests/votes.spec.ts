import { eq } from "drizzle-orm";
import { answers, questions, users } from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test, type TestMember } from "#playwright/fixtures";

const DONGES = () =>
  database().$client.prepare("SELECT id FROM places WHERE code = '44052'").pluck().get() as number;

/** A question (or a request for help) with one answer; unique titles: phone and desktop share the database. */
function seedThread(asker: TestMember, answerer: TestMember, kind: "question" | "help") {
  const question = insertQuestion(store(), {
    authorId: asker.id,
    placeId: DONGES(),
    kind,
    category: "bricolage",
    title: `Qui a une scie sauteuse à prêter ? ${Math.random().toString(36).slice(2, 8)}`,
    body: "Pour une planche de chêne, ce samedi.",
    tags: [],
  });
  const answer = insertAnswer(store(), {
    questionId: question.id,
    authorId: answerer.id,
    body: "J’en ai une, passez la prendre.",
  });
  return { path: `/q/${question.id}/${question.slug}`, id: question.id, answerId: answer.id };
}

const givePoints = (member: TestMember, reputation: number) =>
  database().update(users).set({ reputation }).where(eq(users.id, member.id)).run();

test("« Utile » is offered only to those who may use it; the others read why beforehand", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const asker = await insertMember({ firstName: "Gisèle" });
  const answerer = await insertMember({ firstName: "Hugo" });
  const thread = seedThread(asker, answerer, "question");
  const answer = page.locator(`#reponse-${thread.answerId}`);

  // A visitor: the count only.
  await page.goto(thread.path);
  await expect(page.getByRole("button", { name: "Utile" })).toHaveCount(0);
  await expect(page.getByText("Score")).toHaveCount(0);

  // A member not verified yet: the reason and the way to get verified, no button, no 403.
  const newcomer = await insertMember({ firstName: "Ivan" });
  await signIn(page, newcomer);
  await page.goto(thread.path);
  await expect(page.getByRole("button", { name: "Utile" })).toHaveCount(0);
  await expect(
    answer.getByText("Vérifiez votre voisinage pour dire qu’un message est utile."),
  ).toBeVisible();
  await expect(answer.getByRole("link", { name: "Comment être vérifié" })).toBeVisible();

  // The author of the answer: why not, on their own post.
  await page.context().clearCookies();
  await signIn(page, answerer);
  await page.goto(thread.path);
  await expect(answer.getByText("C’est votre message")).toBeVisible();
  await expect(answer.getByRole("button", { name: "Utile" })).toHaveCount(0);

  // A verified neighbour without points: « Utile », but no down-vote yet.
  verifyNeighbour(newcomer);
  await page.context().clearCookies();
  await signIn(page, newcomer);
  await page.goto(thread.path);
  const helpful = answer.getByRole("button", { name: "Utile" });
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await expect(answer.getByText("Pas utile ?")).toHaveCount(0);
  await helpful.click();
  await expect(helpful).toHaveAttribute("aria-pressed", "true");
  await expect(answer.getByText("1 utile", { exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // Pressed again, the vote is taken back.
  await helpful.click();
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await expect(answer.getByText("1 utile", { exact: true })).toHaveCount(0);
});

test("the down-vote waits behind « Pas utile ? » with a reason, and never on a request for help", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const asker = await insertMember({ firstName: "Jade" });
  const answerer = await insertMember({ firstName: "Kylian" });
  const voter = await insertMember({ firstName: "Lina" });
  verifyNeighbour(voter);
  givePoints(voter, 120);
  const plain = seedThread(asker, answerer, "question");
  const help = seedThread(asker, answerer, "help");
  await signIn(page, voter);

  await page.goto(plain.path);
  const answer = page.locator(`#reponse-${plain.answerId}`);
  await answer.getByText("Pas utile ?").click();
  const reasons = answer.getByRole("group", { name: "Pourquoi ce message n’aide pas ?" });
  await expect(reasons.getByRole("radio")).toHaveCount(4);
  await expectNoAccessibilityViolations(page);
  await reasons.getByRole("radio", { name: "Incorrect" }).check();
  await answer.getByRole("button", { name: "Voter contre" }).click();
  await expect(answer.getByText("Vote enregistré.")).toBeVisible();
  expect(database().select().from(answers).where(eq(answers.id, plain.answerId)).get()!.score).toBe(
    -1,
  );
  // Taken back from the same menu, still open after the vote.
  await answer.getByRole("button", { name: "Retirer mon vote contre" }).click();
  await expect(answer.getByRole("button", { name: "Retirer mon vote contre" })).toHaveCount(0);
  const score = () =>
    database().select().from(answers).where(eq(answers.id, plain.answerId)).get()!.score;
  expect(score()).toBe(0);

  // A neighbour's request for help: « Utile », never « Pas utile ? ».
  await page.goto(help.path);
  const question = page.locator(`#question-${help.id}`);
  await expect(question.getByRole("button", { name: "Utile" })).toBeVisible();
  await expect(question.getByText("Pas utile ?")).toHaveCount(0);
  // Nor by hand: the server refuses it too.
  const response = await page.request.post(help.path, {
    form: { intent: "vote-down", postType: "question", postId: String(help.id), reason: "unkind" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
  expect(database().select().from(questions).where(eq(questions.id, help.id)).get()!.score).toBe(0);
});

test("lists say « 1 utile » as the question page does: place page, search, member page", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const asker = await insertMember({ firstName: "Maël" });
  const answerer = await insertMember({ firstName: "Nora" });
  const voter = await insertMember({ firstName: "Oscar" });
  verifyNeighbour(voter);
  const thread = seedThread(asker, answerer, "question");
  await signIn(page, voter);
  await page.goto(thread.path);
  await page.locator(`#question-${thread.id}`).getByRole("button", { name: "Utile" }).click();
  await expect(
    page.locator(`#question-${thread.id}`).getByText("1 utile", { exact: true }),
  ).toBeVisible();
  const answer = page.locator(`#reponse-${thread.answerId}`);
  await answer.getByRole("button", { name: "Utile" }).click();
  await expect(answer.getByText("1 utile", { exact: true })).toBeVisible();
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  const item = (link: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: link }) });

  await page.goto("/p/donges-44480");
  await expect(item(title).getByText("1 utile", { exact: true })).toBeVisible();
  await expect(page.getByText(/\d votes?$/)).toHaveCount(0);

  await page.goto(`/search?q=${encodeURIComponent(title.split(" ? ")[1]!)}&lieu=`);
  await expect(item(title).getByText("1 utile", { exact: true })).toBeVisible();

  await page.goto(`/m/${answerer.id}`);
  await expect(item(title).getByText("1 utile", { exact: true })).toBeVisible();
  await expect(page.getByText(/^score /)).toHaveCount(0);
});
