import type { Browser, Page } from "@playwright/test";
import { database, expect, test, uniqueEmail, type TestMember } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

type SignIn = (page: Page, member: TestMember) => Promise<void>;

/** A page in a browser of its own, signed in as `member`. */
async function pageAs(browser: Browser, signIn: SignIn, member: TestMember) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, member);
  return page;
}

test("a newcomer in Donges is vouched for by two verified neighbours and gets the badge", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  // Léa signs up and confirms her address.
  const email = uniqueEmail("lea");
  await page.goto("/inscription");
  await page.getByLabel("Prénom").fill("Léa");
  await page.getByLabel("Nom", { exact: true }).fill("Martin");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("la mer est calme ce soir");
  await page.getByRole("combobox", { name: "Votre commune" }).fill("Donges");
  await page.getByRole("radio", { name: "Voisine vérifiée" }).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.goto(firstLink(await waitForEmail(email), "/verifier-email"));
  await expect(page).toHaveURL(/\/bienvenue/);
  const profileUrl = `/m/${
    database().$client.prepare("SELECT id FROM users WHERE email = ?").pluck().get(email) as string
  }`;
  await page.goto(profileUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Léa Martin");
  await expect(page.getByText("Voisinage pas encore vérifié")).toBeVisible();

  // Two verified neighbours, one of Donges and one of Corsept (4.7 km), vouch for her.
  const karim = await insertMember({ firstName: "Karim", lastName: "Benali" });
  const julie = await insertMember({ firstName: "Julie", lastName: "Lefèvre", placeCode: "44046" });
  verifyNeighbour(karim);
  verifyNeighbour(julie);
  for (const [voucher, expected] of [
    [karim, "Merci ! Votre recommandation est enregistrée."],
    [julie, "Merci ! Avec votre recommandation, ce voisinage est maintenant vérifié."],
  ] as const) {
    const voucherPage = await pageAs(browser, signIn, voucher);
    await voucherPage.goto(profileUrl);
    await voucherPage
      .getByRole("button", { name: "Je connais cette personne, elle habite ici" })
      .click();
    await expect(voucherPage.getByRole("status")).toHaveText(expected);
    await voucherPage.context().close();
  }

  await page.reload();
  await expect(page.getByText("Voisine vérifiée · Donges")).toBeVisible();
  await expect(page.getByText("Recommandé·e par Karim Benali, Julie Lefèvre")).toBeVisible();

  // A visitor sees "Léa M.", the badge, and the vouchers' initials only.
  const visitor = await browser.newPage({ locale: "fr-FR" });
  await visitor.goto(profileUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Léa M.");
  await expect(visitor.getByText("Voisine vérifiée · Donges")).toBeVisible();
  await expect(visitor.getByText("Recommandé·e par Karim B., Julie L.")).toBeVisible();
  await expect(visitor.getByText("Martin")).toHaveCount(0);
  await visitor.close();
});

test("an ambassador verifies a resident directly; a moderator revokes it with a reason", async ({
  browser,
  insertMember,
  grantRole,
  signIn,
}) => {
  const resident = await insertMember({ firstName: "Hugo", lastName: "Roux" });
  const ambassador = await insertMember({ firstName: "Anne", lastName: "Ambassadrice" });
  grantRole(ambassador, "ambassador", "44052");
  const moderator = await insertMember({ firstName: "Marc", lastName: "Modérateur" });
  grantRole(moderator, "moderator", "44052");

  const ambassadorPage = await pageAs(browser, signIn, ambassador);
  await ambassadorPage.goto(`/m/${resident.id}`);
  await ambassadorPage.getByRole("button", { name: /Vérifier ce voisinage/ }).click();
  await expect(ambassadorPage.getByRole("status")).toHaveText("Voisinage vérifié.");
  await expect(ambassadorPage.getByText("Voisin·e vérifié·e · Donges")).toBeVisible();
  // An ambassador cannot revoke.
  await expect(ambassadorPage.getByRole("button", { name: "Retirer la vérification" })).toHaveCount(
    0,
  );
  await ambassadorPage.context().close();

  const moderatorPage = await pageAs(browser, signIn, moderator);
  await moderatorPage.goto(`/m/${resident.id}`);
  await moderatorPage.getByLabel("Raison (gardée dans le journal de modération)").fill("Déménagé");
  await moderatorPage.getByRole("button", { name: "Retirer la vérification" }).click();
  await expect(moderatorPage.getByRole("status")).toHaveText("La vérification a été retirée.");
  await expect(moderatorPage.getByText("Voisinage pas encore vérifié")).toBeVisible();
  await moderatorPage.context().close();
});

test("an ambassador prints codes; a resident enters one and is verified; it works once", async ({
  browser,
  insertMember,
  grantRole,
  signIn,
}) => {
  const ambassador = await insertMember({ firstName: "Anne" });
  grantRole(ambassador, "ambassador", "44052");
  const ambassadorPage = await pageAs(browser, signIn, ambassador);
  await ambassadorPage.goto("/ambassadeur");
  await ambassadorPage.getByLabel("Nombre de codes (1 à 100)").fill("3");
  await ambassadorPage.getByRole("button", { name: "Créer les codes" }).click();
  await expect(ambassadorPage.getByRole("heading", { level: 1 })).toHaveText("3 codes pour Donges");
  const codes = await ambassadorPage.locator(".code-list code").allTextContents();
  expect(codes).toHaveLength(3);
  await ambassadorPage.context().close();

  const resident = await insertMember({ firstName: "Zoé" });
  const residentPage = await pageAs(browser, signIn, resident);
  await residentPage.goto("/verification");
  await residentPage.getByLabel("Code de vérification").fill(codes[0]!.toLowerCase());
  await residentPage.getByRole("button", { name: "Valider le code" }).click();
  await expect(residentPage.getByRole("status")).toHaveText(
    "Code accepté : votre voisinage est vérifié.",
  );
  await residentPage.context().close();

  const other = await insertMember({ firstName: "Yann" });
  const otherPage = await pageAs(browser, signIn, other);
  await otherPage.goto("/verification");
  await otherPage.getByLabel("Code de vérification").fill(codes[0]!);
  await otherPage.getByRole("button", { name: "Valider le code" }).click();
  await expect(otherPage.getByRole("alert")).toHaveText(
    "Ce code n’est pas valable ou a déjà servi.",
  );
  await otherPage.context().close();
});

test("a number of codes out of range is explained next to it, before anything is sent", async ({
  page,
  insertMember,
  grantRole,
  signIn,
}) => {
  const ambassador = await insertMember({ firstName: "Anne" });
  grantRole(ambassador, "ambassador", "44052");
  await signIn(page, ambassador);
  await page.goto("/ambassadeur");
  const count = page.getByLabel("Nombre de codes (1 à 100)");
  // Hydrated: Conform has taken over validation from the browser's own.
  await expect(page.locator("form", { has: count })).toHaveAttribute("novalidate", "");
  await count.fill("0");
  await page.getByRole("button", { name: "Créer les codes" }).click();
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(count).toHaveAccessibleDescription("Un nombre entier de 1 à 100.");
  // Still the ambassador's page, not the page of a printed batch.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Espace ambassadeur");
  await expect(
    page.getByRole("heading", { level: 2, name: "Codes de vérification" }),
  ).toBeVisible();
});

test.describe("rights are checked on the server, whatever the page shows", () => {
  test("a plain member cannot verify, revoke, vouch unverified, or print codes", async ({
    browser,
    insertMember,
    verifyNeighbour,
    signIn,
  }) => {
    const member = await insertMember();
    const target = await insertMember();
    const verifiedTarget = await insertMember();
    verifyNeighbour(verifiedTarget);
    const page = await pageAs(browser, signIn, member);
    const post = (url: string, form: Record<string, string>) =>
      page.request.post(url, {
        form,
        headers: { Origin: new URL(page.url() || "http://localhost").origin },
      });
    await page.goto("/");
    expect((await post(`/m/${target.id}`, { intent: "verify" })).status()).toBe(403);
    expect(
      (await post(`/m/${verifiedTarget.id}`, { intent: "revoke", reason: "x" })).status(),
    ).toBe(403);
    expect((await post(`/m/${target.id}`, { intent: "vouch" })).status()).toBe(403);
    expect((await post("/ambassadeur", { placeId: "1", count: "5" })).status()).toBe(403);
    await page.goto(`/m/${target.id}`);
    await expect(page.getByText("Voisinage pas encore vérifié")).toBeVisible();
    await page.context().close();
  });

  test("visitors are sent to sign in", async ({ request, insertMember }) => {
    const target = await insertMember();
    const response = await request.post(`/m/${target.id}`, {
      form: { intent: "verify" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toMatch(/^\/connexion\?redirectTo=/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a revocation without a reason is explained next to the reason, and changes nothing", async ({
    page,
    insertMember,
    verifyNeighbour,
    grantRole,
    signIn,
  }) => {
    const resident = await insertMember({ firstName: "Inès", lastName: "Perrot" });
    verifyNeighbour(resident);
    const moderator = await insertMember({ firstName: "Paul", lastName: "Modérateur" });
    grantRole(moderator, "moderator", "44052");
    await signIn(page, moderator);
    await page.goto(`/m/${resident.id}`);
    await page.getByLabel("Raison (gardée dans le journal de modération)").fill("   ");
    await page.getByRole("button", { name: "Retirer la vérification" }).click();
    const reason = page.getByLabel("Raison (gardée dans le journal de modération)");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription("Ce champ est obligatoire.");
    await expect(page.getByText("Voisin·e vérifié·e · Donges")).toBeVisible();
  });
});
