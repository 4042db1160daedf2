import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { accountEmails, roleGrants, users } from "#db/schema";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test, uniqueEmail } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

/** Signed in an hour ago: the password has not been typed lately. */
const anHourAgo = () => new Date(Date.now() - 60 * 60_000);

function emailSection(page: Page) {
  return page.getByRole("region", { name: "Adresse e-mail" });
}

test("a session that has not typed the password lately is asked for it, then changes the address; the old address can undo it", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember({ firstName: "Maëlle", lastName: "Robin" });
  const newEmail = uniqueEmail("nouvelle");
  await signIn(page, member, { passwordTypedAt: anHourAgo() });
  await page.goto("/parametres");
  // Asked before anything is typed: no form yet, a way to confirm instead.
  await expect(emailSection(page).getByLabel("Nouvelle adresse")).toHaveCount(0);
  await emailSection(page).getByRole("link", { name: "Confirmer mon mot de passe" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez votre mot de passe");
  await page.getByLabel("Mot de passe", { exact: true }).fill("pas le bon");
  await page.getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByRole("alert")).toHaveText("Ce mot de passe n’est pas le bon.");
  await page.getByLabel("Mot de passe", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Confirmer" }).click();

  await expect(page).toHaveURL(/\/parametres#email-title$/);
  await emailSection(page).getByLabel("Nouvelle adresse").fill(newEmail);
  await emailSection(page).getByRole("button", { name: "Enregistrer" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "L’ancienne reste active" }),
  ).toBeVisible();
  await page.goto(firstLink(await waitForEmail(newEmail), "/verifier-email"));
  await page.goto("/parametres");
  await expect(page.getByText(`Adresse actuelle : ${newEmail}`)).toBeVisible();

  // The old address is told, with a link to undo the change.
  const notice = await waitForEmail(member.email, { subjectIncludes: "a changé" });
  expect(notice.text).toContain(`est désormais ${newEmail}`);
  await page.goto(firstLink(notice, "/annuler-changement-email"));
  await expect(page.getByText(`redeviendra ${member.email}`)).toBeVisible();
  await page.getByRole("button", { name: "Annuler le changement" }).click();
  await expect(page.getByRole("status")).toContainText("Votre ancienne adresse est rétablie");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("un mot de passe tout neuf");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maëlle Robin");
  await page.goto("/parametres");
  await expect(page.getByText(`Adresse actuelle : ${member.email}`)).toBeVisible();
  // A freshly chosen password counts as typed: the address can be changed at once.
  await expect(emailSection(page).getByLabel("Nouvelle adresse")).toBeVisible();
});

test("sensitive changes posted directly from such a session are refused and change nothing", async ({
  page,
  insertMember,
  grantRole,
  signIn,
}) => {
  const member = await insertMember();
  database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(member.id);
  grantRole(member, "ambassador", "44052");
  const other = await insertMember();
  await signIn(page, member, { passwordTypedAt: anHourAgo() });
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form, maxRedirects: 0 });
  const askedAgain = (returnTo: string) =>
    `/confirmer-mot-de-passe?retour=${encodeURIComponent(returnTo)}`;

  const emailChange = await post("/parametres", { intent: "email", email: uniqueEmail() });
  expect(emailChange.status()).toBe(302);
  expect(emailChange.headers()["location"]).toBe(askedAgain("/parametres#email-title"));
  const deletion = await post("/parametres", { intent: "delete", confirm: "yes" });
  expect(deletion.headers()["location"]).toBe(askedAgain("/parametres#data-title"));
  const appointment = await post("/admin", {
    intent: "appoint",
    email: other.email,
    role: "moderator",
  });
  expect(appointment.headers()["location"]).toBe(askedAgain("/admin"));
  const codes = await post("/ambassadeur", { placeId: "1", count: "5" });
  expect(codes.headers()["location"]).toBe(askedAgain("/ambassadeur"));

  const db = database();
  expect(db.select().from(users).where(eq(users.id, member.id)).get()?.deletedAt).toBeNull();
  expect(db.select().from(accountEmails).where(eq(accountEmails.userId, member.id)).all()).toEqual(
    [],
  );
  expect(db.select().from(roleGrants).where(eq(roleGrants.userId, other.id)).all()).toEqual([]);
  // Still a member, still signed in.
  await page.goto("/parametres");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres");
});

test("the password page meets WCAG 2.2 AA, and so does the settings page asking for it", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember();
  await signIn(page, member, { passwordTypedAt: null });
  await page.goto("/parametres");
  await expectNoAccessibilityViolations(page);
  await page.goto("/confirmer-mot-de-passe?retour=%2Fparametres");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez votre mot de passe");
  await expectNoAccessibilityViolations(page);
  await page.goto("/annuler-changement-email?token=plus-valable");
  await expect(page.getByRole("alert")).toContainText("n’est plus valable");
  await expectNoAccessibilityViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the password is confirmed, then the account deleted", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const member = await insertMember({ firstName: "Yanis", lastName: "Perrin" });
    await signIn(page, member, { passwordTypedAt: anHourAgo() });
    await page.goto("/parametres");
    const data = page.getByRole("region", { name: "Vos données" });
    await expect(data.getByRole("button", { name: "Supprimer mon compte" })).toHaveCount(0);
    await data.getByRole("link", { name: "Confirmer mon mot de passe" }).click();
    await page.getByLabel("Mot de passe", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Confirmer" }).click();
    await expect(page).toHaveURL(/\/parametres#data-title$/);
    await data.getByLabel("Je comprends, supprimer mon compte").check();
    await data.getByRole("button", { name: "Supprimer mon compte" }).click();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto(`/m/${member.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ancien membre");
  });

  test("the way back only ever leads to this site", async ({ page, insertMember, signIn }) => {
    const member = await insertMember();
    await signIn(page, member, { passwordTypedAt: null });
    await page.goto("/confirmer-mot-de-passe?retour=%2F%2Fevil.example%2F");
    await page.getByLabel("Mot de passe", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Confirmer" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/parametres$/);
  });
});
