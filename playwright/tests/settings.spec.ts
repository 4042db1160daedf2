import type { Browser, Page } from "@playwright/test";
import { expect, test, uniqueEmail, type TestMember } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

async function signInThroughForm(page: Page, member: TestMember) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // Signing in lands on « Autour de moi », never one's own profile.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Autour de moi");
}

/** The page's message (the place field has a live region of its own, usually empty). */
function statusMessage(page: Page, text: string) {
  return page.getByRole("status").filter({ hasText: text });
}

async function newDevice(browser: Browser) {
  return (await browser.newContext({ locale: "fr-FR" })).newPage();
}

test("sessions are listed; one can be closed, or all with “log out everywhere”", async ({
  page,
  browser,
  insertMember,
}) => {
  const member = await insertMember({ firstName: "Nina", lastName: "Simon" });
  const phone = await newDevice(browser);
  await signInThroughForm(phone, member);
  await signInThroughForm(page, member);

  await page.goto("/parametres");
  const sessions = page.getByRole("region", { name: "Vos sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "Cette session" })).toHaveCount(1);
  await sessions
    .filter({ hasNotText: "Cette session" })
    .getByRole("button", { name: "Fermer" })
    .click();
  await expect(sessions).toHaveCount(1);
  await phone.goto("/parametres");
  await expect(phone).toHaveURL(/\/connexion/);

  await signInThroughForm(phone, member);
  await page.getByRole("button", { name: "Se déconnecter partout" }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await phone.goto("/parametres");
  await expect(phone).toHaveURL(/\/connexion/);
  await phone.context().close();
});

test("a name change is saved and logged; the data export holds it, never the password", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember({ firstName: "Paul", lastName: "Durand" });
  await signIn(page, member);
  await page.goto("/parametres");
  await page.getByLabel("Nom", { exact: true }).fill("Durand-Morel");
  await page
    .getByRole("region", { name: "Votre nom" })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  await expect(statusMessage(page, "C’est enregistré.")).toBeVisible();

  const download = await page.request.get("/parametres/export");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  const exported = await download.json();
  expect(exported.profile).toMatchObject({ email: member.email, lastName: "Durand-Morel" });
  expect(exported.profile.passwordHash).toBeUndefined();
  expect(JSON.stringify(exported)).not.toContain("argon2");
  expect(exported.nameChanges).toEqual([
    expect.objectContaining({ oldLastName: "Durand", newLastName: "Durand-Morel" }),
  ]);
});

test("moving to another town drops the verified badge", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const member = await insertMember({ firstName: "Rémi", lastName: "Blanc" });
  verifyNeighbour(member);
  await signIn(page, member);
  await page.goto(`/m/${member.id}`);
  await expect(page.getByText("Voisin·e vérifié·e · Donges")).toBeVisible();
  await page.goto("/parametres");
  await page.getByRole("combobox", { name: "Commune ou code postal" }).fill("44600");
  await page.getByRole("option", { name: /Saint-Nazaire/ }).click();
  await page
    .getByRole("region", { name: "Votre commune" })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  await expect(statusMessage(page, "C’est enregistré.")).toBeVisible();
  await page.goto(`/m/${member.id}`);
  await expect(page.getByText("Habite à Saint-Nazaire")).toBeVisible();
  await expect(page.getByText("Voisinage pas encore vérifié")).toBeVisible();
});

test("an email change takes effect once the new address is confirmed", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember();
  const newEmail = uniqueEmail("nouvelle");
  await signIn(page, member);
  await page.goto("/parametres");
  await page.getByLabel("Nouvelle adresse").fill(newEmail);
  await page
    .getByRole("region", { name: "Adresse e-mail" })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  await expect(statusMessage(page, "L’ancienne reste active")).toBeVisible();
  await page.goto(firstLink(await waitForEmail(newEmail), "/verifier-email"));
  await page.goto("/parametres");
  await expect(page.getByText(`Adresse actuelle : ${newEmail}`)).toBeVisible();
});

test("a password change needs the current one and signs out other sessions", async ({
  page,
  browser,
  insertMember,
}) => {
  const member = await insertMember({ firstName: "Lou", lastName: "Garcia" });
  const other = await newDevice(browser);
  await signInThroughForm(other, member);
  await signInThroughForm(page, member);
  await page.goto("/parametres");
  const passwordSection = page.getByRole("region", { name: "Mot de passe" });
  await passwordSection.getByLabel("Mot de passe actuel").fill("pas le bon");
  await passwordSection.getByLabel("Nouveau mot de passe").fill("un autre mot de passe sûr");
  await passwordSection.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert")).toHaveText("Le mot de passe actuel n’est pas le bon.");
  await passwordSection.getByLabel("Mot de passe actuel").fill(member.password);
  await passwordSection.getByLabel("Nouveau mot de passe").fill("un autre mot de passe sûr");
  await passwordSection.getByRole("button", { name: "Enregistrer" }).click();
  await expect(
    statusMessage(page, "Mot de passe changé. Vos autres sessions ont été fermées."),
  ).toBeVisible();
  await other.goto("/parametres");
  await expect(other).toHaveURL(/\/connexion/);
  await other.context().close();
});

test("deleting an account erases the person; the profile says “Ancien membre”", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember({ firstName: "Éva", lastName: "Lambert" });
  await signIn(page, member);
  await page.goto("/parametres");
  await page.getByRole("button", { name: "Supprimer mon compte" }).click();
  // The box must be ticked (checked on the server too).
  await expect(page).toHaveURL(/\/parametres/);
  await page.getByLabel("Je comprends, supprimer mon compte").check();
  await page.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto(`/m/${member.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ancien membre");
  await expect(page.getByText("Lambert")).toHaveCount(0);

  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
});

test("settings and exports are for members only", async ({ request }) => {
  const settings = await request.get("/parametres", { maxRedirects: 0 });
  expect(settings.status()).toBe(302);
  const exported = await request.get("/parametres/export", { maxRedirects: 0 });
  expect(exported.status()).toBe(302);
  const change = await request.post("/parametres", {
    form: { intent: "delete", confirm: "yes" },
    maxRedirects: 0,
  });
  expect(change.status()).toBe(302);
  expect(change.headers()["location"]).toMatch(/^\/connexion/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused change is explained next to its field, and nothing is saved", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember({ firstName: "Jade", lastName: "Roussel" });
    await signIn(page, member);
    await page.goto("/parametres");
    const nameSection = page.getByRole("region", { name: "Votre nom" });
    await nameSection.getByLabel("Nom", { exact: true }).fill("   ");
    await nameSection.getByRole("button", { name: "Enregistrer" }).click();
    const lastName = nameSection.getByLabel("Nom", { exact: true });
    await expect(lastName).toHaveAttribute("aria-invalid", "true");
    await expect(lastName).toHaveAccessibleDescription("Ce champ est obligatoire.");

    const placeSection = page.getByRole("region", { name: "Votre commune" });
    await placeSection.getByRole("combobox", { name: "Commune ou code postal" }).fill("zzzqqq");
    await placeSection.getByRole("button", { name: "Enregistrer" }).click();
    const place = placeSection.getByRole("combobox", { name: "Commune ou code postal" });
    await expect(place).toHaveAttribute("aria-invalid", "true");
    await expect(place).toHaveAccessibleDescription(
      "Nous ne trouvons pas cette commune. Essayez son code postal.",
    );
    await expect(place).toHaveValue("zzzqqq");

    await page.goto(`/m/${member.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jade Roussel");
    await expect(page.getByText("Habite à Donges")).toBeVisible();
  });
});
