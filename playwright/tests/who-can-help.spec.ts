import sharp from "sharp";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { expect, test } from "#playwright/fixtures";

test("a member says what they can help with; neighbours find them by skill and place, visitors see « Camille D. »", async ({
  page,
  browser,
  insertMember,
  signIn,
  verifyNeighbour,
}) => {
  // Each project (phone, desktop) runs at once: a first name of its own.
  const firstName = test.info().project.name === "phone" ? "Apolline" : "Bérénice";
  const lastName = `Couturière${Date.now()}`;
  const camille = await insertMember({ firstName, lastName });
  verifyNeighbour(camille);
  await signIn(page, camille);

  await page.goto("/parametres");
  await page.getByRole("link", { name: /Votre profil : présentation/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ce que je peux faire pour mes voisins",
  );
  await expectNoAccessibilityViolations(page);
  await page.getByRole("checkbox", { name: "Couture" }).check();
  await page.getByRole("checkbox", { name: "Jardinage" }).check();
  await page.getByLabel("Autres savoir-faire").fill("Tricot, Crochet");
  await page.getByLabel("Quelques mots sur vous").fill("Retraitée, j’ai une machine à coudre.");
  await page.getByRole("button", { name: "Enregistrer mon profil" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Votre profil est enregistré." }),
  ).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Couture" })).toBeChecked();

  // The photo: initials until then.
  await expect(
    page.getByRole("img", { name: `Initiales de ${firstName} ${lastName}` }),
  ).toBeVisible();
  const portrait = await sharp({
    create: { width: 600, height: 600, channels: 3, background: "#c84" },
  })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel("Choisir une photo")
    .setInputFiles({ name: "moi.jpg", mimeType: "image/jpeg", buffer: portrait });
  await page.getByRole("button", { name: "Envoyer la photo" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Votre photo est en ligne." }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: `Photo de ${firstName} ${lastName}` })).toBeVisible();

  await page.getByRole("link", { name: "Voir mon profil" }).click();
  const skills = page.getByRole("list", { name: "Peut aider pour" });
  await expect(skills.getByRole("listitem")).toHaveText([
    "Jardinage",
    "Couture",
    "crochet",
    "tricot",
  ]);
  await expect(page.getByText("Retraitée, j’ai une machine à coudre.")).toBeVisible();

  // A visitor in Montoir-de-Bretagne looks for sewing help.
  const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await visitor.goto("/search?q=ourlet");
  await visitor
    .getByRole("link", { name: /Qui peut m’aider \?/ })
    .first()
    .click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Qui peut m’aider ?");
  await visitor.getByLabel("Pour quoi ?").fill("couture");
  await visitor.getByLabel("Près de quelle commune ?").fill("Montoir-de-Bretagne");
  await visitor.getByLabel("Dans un rayon de").selectOption("10");
  await visitor.getByRole("button", { name: "Chercher" }).click();
  await expect(visitor).toHaveURL(/competence=couture/);
  const card = visitor.getByRole("listitem").filter({ hasText: `${firstName} C.` });
  await expect(card).toBeVisible();
  await expect(card).toContainText("à Donges, à moins de 10 km");
  await expect(card).toContainText("Retraitée, j’ai une machine à coudre.");
  await expect(visitor.getByText(lastName)).toHaveCount(0);
  await expect(card.getByRole("link", { name: /Écrire/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(visitor);

  // A signed-in neighbour sees the full name and can write.
  const karim = await insertMember({ firstName: "Karim", lastName: "Benali" });
  const neighbour = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signIn(neighbour, karim);
  await neighbour.goto("/qui-peut-aider?competence=Tricot&lieu=donges-44480&rayon=2");
  const found = neighbour.getByRole("listitem").filter({ hasText: `${firstName} ${lastName}` });
  await expect(found).toContainText(`à Donges`);
  await found.getByRole("link", { name: `Écrire à ${firstName} ${lastName}` }).click();
  await expect(neighbour).toHaveURL(/\/messages\/nouveau\?a=/);
});
