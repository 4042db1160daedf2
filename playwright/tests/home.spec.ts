import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test, type TestMember } from "#playwright/fixtures";

/*
 * Issue 14, item 2: the home page shows what is new nearby, a visitor's
 * commune is remembered, members follow communes from their pages.
 */

const placeId = (code: string) =>
  database().$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;

/** A made-up word only this test's questions contain (phone and desktop share one database). */
const marker = () =>
  Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");

function ask(
  author: TestMember,
  code: string,
  title: string,
  kind: "question" | "help" = "question",
) {
  const inserted = insertQuestion(store(), {
    authorId: author.id,
    placeId: placeId(code),
    kind,
    category: "bricolage",
    title,
    body: "Merci d’avance aux voisins qui pourront m’aider.",
    tags: [],
  });
  return { ...inserted, title, path: `/q/${inserted.id}/${inserted.slug}` };
}

test("a visitor who chose Donges and searches « plonbier » gets Donges-area results first without choosing again", async ({
  page,
  insertMember,
}) => {
  const word = marker();
  const donges = ask(
    await insertMember(),
    "44052",
    `Un plombier pour une fuite sous l’évier ${word}`,
  );
  // Bordeaux asked the very same thing, and later: without a place it could come first.
  ask(
    await insertMember({ placeCode: "33063" }),
    "33063",
    `Un plombier pour une fuite sous l’évier ${word}`,
  );

  // The visitor opens Donges's page once (from the home page's chooser)…
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Trouvez de l’aide près de chez vous",
  );
  await page.goto("/p/donges-44480");
  // …and from then on the home page is « Autour de moi » around Donges.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
  await expect(page.getByText("Donges et à moins de 10 km")).toBeVisible();

  // The header's search starts from Donges: no place to choose again.
  const search = page.getByRole("search", { name: "Rechercher sur le site" });
  await search.getByRole("searchbox").fill(`plonbier ${word}`);
  await search.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=plonbier/);
  await expect(page).not.toHaveURL(/lieu=/);
  const titles = page
    .getByRole("region", { name: "Résultats" })
    .getByRole("heading", { level: 3 })
    .filter({ hasText: word });
  await expect(titles).toHaveCount(1);
  await expect(titles.first()).toHaveText(donges.title);
  await expect(page.getByText(/à moins de 10 km de Donges/).first()).toBeVisible();

  // The visitor may forget the commune: the chooser is back.
  await page.goto("/");
  await page.getByRole("button", { name: "Changer de commune" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Trouvez de l’aide près de chez vous",
  );
});

test("a member's home shows open help requests first, new questions and answers in their threads", async ({
  page,
  insertMember,
  signIn,
}) => {
  const word = marker();
  const karim = await insertMember({ firstName: "Karim", lastName: `Accueil${word}` });
  const neighbour = await insertMember({ firstName: "Nina", lastName: "Voisine" });
  const help = ask(neighbour, "44103", `Besoin de bras pour un déménagement ${word}`, "help");
  const question = ask(neighbour, "44052", `Qui connaît un bon serrurier ${word} ?`);
  const own = ask(karim, "44052", `Où déposer des encombrants à Donges ${word} ?`);
  insertAnswer(store(), {
    questionId: own.id,
    authorId: neighbour.id,
    body: "À la déchetterie de Donges, le samedi matin.",
  });
  await signIn(page, karim);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
  const helpSection = page.getByRole("region", { name: "Demandes d’aide en cours" });
  await expect(helpSection.getByRole("link", { name: help.title })).toBeVisible();
  const newSection = page.getByRole("region", { name: "Nouvelles questions" });
  await expect(newSection.getByRole("link", { name: question.title })).toBeVisible();
  const answers = page.getByRole("region", { name: "Nouvelles réponses dans vos discussions" });
  await expect(
    answers.getByRole("link", { name: new RegExp(`Nina Voisine a répondu à .*${word}`) }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Poser une question" }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a member follows and unfollows a commune from its page, without JavaScript too", async ({
  browser,
  insertMember,
  signIn,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
  const page = await context.newPage();
  const member = await insertMember({ firstName: "Iris", lastName: "Suivante" });
  await signIn(page, member);
  await page.goto("/p/lavau-sur-loire-44260");
  await page.getByRole("button", { name: "Suivre Lavau-sur-Loire" }).click();
  await expect(page.getByText("Vous suivez Lavau-sur-Loire")).toBeVisible();
  await page.goto("/parametres/suivis");
  await expect(page.getByRole("listitem").filter({ hasText: "Lavau-sur-Loire" })).toBeVisible();
  await page.goto("/p/lavau-sur-loire-44260");
  await page.getByRole("button", { name: "Ne plus suivre Lavau-sur-Loire" }).click();
  await expect(page.getByRole("button", { name: "Suivre Lavau-sur-Loire" })).toBeVisible();
  await context.close();
});

test("signing in from a page returns to it", async ({ page, insertMember }) => {
  const member = await insertMember();
  await page.goto("/p/donges-44480");
  await page.getByRole("link", { name: "Suivre Donges" }).click();
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/p\/donges-44480$/);
  await expect(page.getByRole("button", { name: "Suivre Donges" })).toBeVisible();
});
