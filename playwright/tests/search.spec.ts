import type { Page } from "@playwright/test";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { loadActor } from "#app/models/members/privileges.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test, type TestMember } from "#playwright/fixtures";

const placeId = (code: string) =>
  database().$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;

/**
 * A made-up word only this test's questions contain: the phone and desktop
 * runs (and every other spec) share one database. Letters only, so every
 * engine reads it as one word.
 */
const marker = () =>
  Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");

const DONGES = "44052";
const MONTOIR = "44103";
const BORDEAUX = "33063";

function ask(
  author: TestMember,
  code: string,
  question: { title: string; body: string; kind?: "question" | "help" | "offer" },
) {
  const inserted = insertQuestion(store(), {
    authorId: author.id,
    placeId: placeId(code),
    kind: question.kind ?? "question",
    category: "bricolage",
    title: question.title,
    body: question.body,
    tags: [],
  });
  return { ...inserted, title: question.title, path: `/q/${inserted.id}/${inserted.slug}` };
}

/** The titles of the results, in order (the highlighting leaves their text as it is). */
const resultTitles = (page: Page) =>
  page.getByRole("region", { name: "Résultats" }).getByRole("heading", { level: 3 });

test("a visitor types “plonbier fuite” with Donges as place and gets Donges-area questions about plumbers first, none from Bordeaux", async ({
  page,
  insertMember,
}) => {
  const word = marker();
  const asker = await insertMember({ firstName: "Nadia", lastName: "Roche" });
  const answerer = await insertMember({ firstName: "Yves", lastName: "Morel", placeCode: MONTOIR });
  const donges = ask(asker, DONGES, {
    title: `Un plombier pour une fuite sous l’évier ${word}`,
    body: "La fuite a commencé hier soir, qui connaît un plombier disponible ?",
    kind: "help",
  });
  const answer = insertAnswer(store(), {
    questionId: donges.id,
    authorId: answerer.id,
    body: "Patrick, plombier à Montoir, est passé en une heure pour ma fuite.",
  });
  acceptAnswer(store(), loadActor(database(), asker.id)!, answer.id);
  const montoir = ask(await insertMember({ placeCode: MONTOIR }), MONTOIR, {
    title: `Fuite de toiture après la tempête ${word}`,
    body: "Un plombier-zingueur peut-il passer vite ? La fuite s’aggrave.",
  });
  const bordeaux = ask(await insertMember({ placeCode: BORDEAUX }), BORDEAUX, {
    title: `Un plombier pour une fuite sous l’évier ${word}`,
    body: "Même problème à Bordeaux : une fuite, un plombier ?",
  });

  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher");
  // A visitor has no home place: the whole of France until they choose one.
  await expect(page.getByRole("status").filter({ hasText: "dans toute la France" })).toBeVisible();

  await page.getByRole("combobox", { name: "Autour de" }).fill("Donges");
  await page.getByRole("option", { name: /Donges/ }).click();
  await expect(page).toHaveURL(/lieu=donges-44480/);

  // Typed as people type, typo included; the search runs as they type.
  await page.getByLabel("Votre recherche").pressSequentially(`plonbier fuite ${word}`, {
    delay: 30,
  });
  await expect(page).toHaveURL(new RegExp(`q=plonbier\\+fuite\\+${word}`));

  const titles = resultTitles(page).filter({ hasText: word });
  await expect(titles).toHaveCount(2);
  await expect(titles.first()).toHaveText(donges.title);
  await expect(titles.nth(1)).toHaveText(montoir.title);
  // Bordeaux asked the very same thing, 400 km away: not within 10 km of Donges.
  await expect(page.locator(`a[href="${bordeaux.path}"]`)).toHaveCount(0);

  const dongesHit = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: donges.title }) });
  await expect(dongesHit).toContainText("Résolu");
  await expect(dongesHit).toContainText("Demande d’aide");
  // The best answer's words, highlighted.
  await expect(dongesHit.locator("mark").first()).toBeVisible();
  const montoirHit = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: montoir.title }) });
  await expect(montoirHit).toContainText("Montoir-de-Bretagne · à 5,6 km");

  // The whole of France brings Bordeaux back.
  await page.getByLabel("Rayon").selectOption("france");
  await expect(page.locator(`a[href="${bordeaux.path}"]`)).toBeVisible();

  // A chip keeps the other parameters.
  await page.getByLabel("Rayon").selectOption("10");
  // Bordeaux asked the very same thing, 400 km away: not within 10 km of Donges.
  await expect(page.locator(`a[href="${bordeaux.path}"]`)).toHaveCount(0);
  // On a phone the chips are folded away; wider, they show.
  const fold = page.getByText("Filtrer les résultats");
  if (await fold.isVisible()) await fold.click();
  await page
    .getByRole("navigation", { name: "Filtres" })
    .getByRole("link", { name: /^Résolues/ })
    .click();
  await expect(page).toHaveURL(/resolu=oui/);
  await expect(page).toHaveURL(/lieu=donges-44480/);
  await expect(titles).toHaveCount(1);
  await expect(titles.first()).toHaveText(donges.title);

  await titles.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${donges.path}$`));
});

test("typing the title of an existing question on the ask form shows it as similar", async ({
  page,
  insertMember,
  signIn,
}) => {
  const word = marker();
  const neighbour = await insertMember({ firstName: "Lucie", lastName: "Bernard" });
  const existing = ask(neighbour, MONTOIR, {
    title: `Qui prête une remorque pour des gravats ${word} ?`,
    body: "Pour une journée, samedi prochain.",
  });
  const member = await insertMember({ firstName: "Marc", lastName: "Giraud" });
  await signIn(page, member);
  await page.goto("/demander");
  await page
    .getByLabel("Titre")
    .pressSequentially(`Qui prête une remorque pour des gravats ${word}`, {
      delay: 20,
    });

  const similar = page.getByRole("link", { name: existing.title });
  // One line under the title, « 2 questions proches déjà posées », that opens to show them.
  await page.getByText(/questions? proches? déjà posées?/).click();
  await expect(similar).toBeVisible();
  // Announced politely ("1 question semblable", "3 questions semblables").
  await expect(
    page.getByRole("status").filter({ hasText: /^\d+ questions? semblables?$/ }),
  ).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  await similar.click();
  await expect(page).toHaveURL(new RegExp(`${existing.path}$`));
});

test("a search nobody has asked yet offers to ask it, prefilled", async ({
  page,
  insertMember,
  signIn,
}) => {
  // Words nobody used yet (a first word that matches nothing: the `last` strategy keeps it).
  const question = `${marker()} ${marker()} pour réparer les vélos le dimanche`;
  await signIn(page, await insertMember({ firstName: "Rose", lastName: "Perrin" }));
  await page.goto(`/search?${new URLSearchParams({ q: question, lieu: "donges-44480" })}`);
  await expect(
    page.getByText("Personne n’a encore posé cette question près de chez vous."),
  ).toBeVisible();
  const ask = page.getByRole("link", { name: "Poser cette question" });
  await expect(ask).toHaveAttribute(
    "href",
    `/demander?${new URLSearchParams({ titre: question, lieu: "donges-44480" })}`,
  );
  await ask.click();
  await expect(page).toHaveURL(/\/demander\?/);
  await expect(page.getByLabel("Titre")).toHaveValue(question);
  await expect(page.getByLabel("Commune", { exact: true })).toHaveValue(DONGES);
});

test("the search page with results has no accessibility violations", async ({
  page,
  insertMember,
}) => {
  const word = marker();
  const asker = await insertMember();
  ask(asker, DONGES, { title: `Une nounou le mercredi ${word} ?`, body: "Pour deux enfants." });
  ask(asker, MONTOIR, {
    title: `Une baby-sitter le mercredi ${word} ?`,
    body: "Une nounou, même ponctuelle.",
    kind: "help",
  });
  await page.goto(`/search?${new URLSearchParams({ q: word, lieu: "donges-44480" })}`);
  await expect(resultTitles(page)).toHaveCount(2);
  await expectNoAccessibilityViolations(page);
});

test("every page has a search box in its header", async ({ page }) => {
  await page.goto("/p/donges-44480");
  const box = page.getByRole("search", { name: "Rechercher sur le site" });
  await box.getByRole("searchbox", { name: "Rechercher" }).fill("échelle");
  await box.getByRole("button", { name: "Lancer la recherche" }).click();
  await expect(page).toHaveURL(/\/search\?q=%C3%A9chelle/);
  await expect(page.getByLabel("Votre recherche")).toHaveValue("échelle");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form is a plain GET form and the results render", async ({
    page,
    insertMember,
  }) => {
    const word = marker();
    const question = ask(await insertMember(), DONGES, {
      title: `Un composteur collectif ${word} dans le quartier ?`,
      body: "Pour les épluchures.",
    });
    // From the header box of another page…
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Rechercher" }).fill(word);
    await page.getByRole("searchbox", { name: "Rechercher" }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
    await expect(page.getByRole("link", { name: question.title })).toBeVisible();

    // …then the page's own form, with a place typed by hand.
    await page.getByRole("combobox", { name: "Autour de" }).fill("Donges");
    await page.getByLabel("Rayon").selectOption("2");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/lieu=Donges/);
    await expect(page).toHaveURL(/rayon=2/);
    await expect(
      page.getByRole("status").filter({ hasText: "à moins de 2 km de Donges" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: question.title })).toBeVisible();
  });
});

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [name, lieu] of [
    ["the whole of France", null],
    ["around a place", "donges-44480"],
  ] as const) {
    test(`the first result is on screen without scrolling: ${name}`, async ({
      page,
      insertMember,
    }, testInfo) => {
      test.skip(testInfo.project.name !== "phone", "a phone's layout");
      // Filters in every group, as a busy commune has: kinds, categories, solved or not.
      const asker = await insertMember();
      const kinds = ["question", "help", "offer"] as const;
      kinds.forEach((kind, index) =>
        ask(asker, index === 2 ? MONTOIR : DONGES, {
          title: `Un plombier pour une fuite, cas ${index + 1}`,
          body: "Qui connaît un plombier disponible cette semaine ?",
          kind,
        }),
      );
      const query = new URLSearchParams({ q: "plombier", ...(lieu ? { lieu } : {}) });
      await page.goto(`/search?${query}`);
      const first = resultTitles(page).first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      // Not scrolled: the result's whole title lies inside the first screen.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      // The filters are one tap away, and still work.
      await page.getByText("Filtrer les résultats").click();
      await page
        .getByRole("navigation", { name: "Filtres" })
        .getByRole("link", { name: /^Sans solution/ })
        .click();
      await expect(page).toHaveURL(/resolu=non/);
    });
  }
});
