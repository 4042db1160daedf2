import { eq } from "drizzle-orm";
import { questions } from "#db/schema";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test } from "#playwright/fixtures";

const DONGES = () =>
  database().$client.prepare("SELECT id FROM places WHERE code = '44052'").pluck().get() as number;

test("a long title is kept whole, counted and refused, never cut", async ({
  page,
  insertMember,
  signIn,
}) => {
  await signIn(page, await insertMember({ firstName: "Maëlle" }));
  await page.goto("/demander");
  const long = `Qui pourrait me prêter une remorque ${"très ".repeat(25)}solide pour samedi`;
  expect(long.length).toBeGreaterThan(150);
  await page.getByLabel("Titre").fill(long);
  await expect(page.getByLabel("Titre")).toHaveValue(long);
  await expect(
    page.getByText(`${long.length} / 150 : ${long.length - 150} caractères de trop`),
  ).toBeVisible();
  await page.getByLabel("Détails").fill("Pour déménager un buffet.");
  await page.getByLabel("Catégorie").selectOption("pret");
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByText("Le titre doit faire entre")).toBeVisible();
  await expect(page).toHaveURL(/\/demander/);
  expect(database().select().from(questions).where(eq(questions.title, long)).all()).toHaveLength(
    0,
  );
});

test("the toolbar writes the Markdown: bold, list, link, from the keyboard too", async ({
  page,
  insertMember,
  signIn,
}) => {
  await signIn(page, await insertMember({ firstName: "Noé" }));
  await page.goto("/demander");
  const details = page.getByLabel("Détails");
  const toolbar = page.getByRole("toolbar", { name: "Mise en forme" });
  await details.fill("Fuite sous l’évier");
  await details.selectText();
  await toolbar.getByRole("button", { name: "Gras" }).click();
  await expect(details).toHaveValue("**Fuite sous l’évier**");
  await details.press("End");
  await toolbar.getByRole("button", { name: "Liste" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("clé à molette");
  await expect(details).toHaveValue("**Fuite sous l’évier**\n- clé à molette");
  await details.press("End");
  await details.press("Enter");
  await toolbar.getByRole("button", { name: "Lien" }).click();
  await page.keyboard.type("exemple.fr");
  await expect(details).toHaveValue(
    "**Fuite sous l’évier**\n- clé à molette\n[texte du lien](https://exemple.fr)",
  );
  // Ctrl+B in the text: bold.
  await details.press("ControlOrMeta+End");
  await details.press("ControlOrMeta+b");
  await expect(details).toHaveValue(/\*\*texte important\*\*$/);
  await expect(page.getByText("Mise en forme : une ligne qui commence par un tiret")).toBeVisible();
});

test("similar questions: only real ones, at most three, on one line until opened", async ({
  page,
  insertMember,
  signIn,
}) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const neighbour = await insertMember({ firstName: "Oscar" });
  const ask = (title: string) =>
    insertQuestion(store(), {
      authorId: neighbour.id,
      placeId: DONGES(),
      kind: "help",
      category: "bricolage",
      title,
      body: "",
      tags: [],
    });
  ask(`Monter des armoires ${tag} : qui a les outils ?`);
  ask(`Quelqu'un aurait une échelle ${tag} à prêter samedi ?`);
  ask(`Quelqu'un pour m'aider à remplir ma demande ${tag} sur le site de la CAF ?`);

  await signIn(page, await insertMember({ firstName: "Pia" }));
  await page.goto("/demander");
  await page.getByLabel("Titre").fill(`Qui peut m'aider à monter une armoire ${tag} ?`);
  const summary = page.getByText(/^\d questions? proches? déjà posées?$/);
  await expect(summary).toBeVisible();
  // One line: the form stays where it was.
  expect((await summary.boundingBox())!.height).toBeLessThan(60);
  await expect(page.getByRole("link", { name: /Monter des armoires/ })).toBeHidden();
  await summary.click();
  await expect(
    page.getByRole("link", { name: new RegExp(`Monter des armoires ${tag}`) }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`échelle ${tag}`) })).toHaveCount(0);
  await expect(page.getByRole("link", { name: new RegExp(`CAF`) })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});
