import { database, expect, test } from "#playwright/fixtures";
import { openSiteMenu } from "#playwright/site-menu";

test("an admin appoints an ambassador, who can then print codes for that place", async ({
  page,
  browser,
  insertMember,
  signIn,
}) => {
  const admin = await insertMember({ firstName: "Claire", lastName: "Admin" });
  database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(admin.id);
  // Unique: the admin page lists every grant, and the phone and desktop runs share the database.
  const lastName = `Futur-${test.info().project.name}-${Date.now()}`;
  const future = await insertMember({ firstName: "Bruno", lastName });

  await signIn(page, admin);
  await page.goto("/");
  await openSiteMenu(page);
  await page.getByRole("link", { name: "Administration" }).click();
  await page.getByLabel("Adresse e-mail du membre").fill(future.email);
  await page.getByRole("radio", { name: /Ambassadeur/ }).check();
  await page.getByLabel(/Commune \(vide/).fill("44052");
  await page.getByRole("button", { name: "Nommer" }).click();
  await expect(page.getByRole("status")).toHaveText("Rôle attribué.");
  await expect(
    page.getByText(`Bruno ${lastName} · Ambassadeur (d’une commune) · Donges`),
  ).toBeVisible();

  const context = await browser.newContext({ locale: "fr-FR" });
  const ambassadorPage = await context.newPage();
  await signIn(ambassadorPage, future);
  await ambassadorPage.goto("/ambassadeur");
  await expect(ambassadorPage.getByLabel("Commune", { exact: true })).toHaveText("Donges");
  await context.close();
});

test("the admin page and its actions are refused to members and visitors", async ({
  page,
  request,
  insertMember,
  signIn,
}) => {
  const member = await insertMember();
  await signIn(page, member);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  const post = await page.request.post("/admin", {
    form: { intent: "appoint", email: member.email, role: "moderator" },
  });
  expect(post.status()).toBe(403);
  const visitor = await request.post("/admin", {
    form: { intent: "remove", grantId: "1" },
    maxRedirects: 0,
  });
  expect(visitor.status()).toBe(302);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown address or town is explained next to its field", async ({
    page,
    insertMember,
    signIn,
  }) => {
    const admin = await insertMember({ firstName: "Claire", lastName: "Admin" });
    database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(admin.id);
    const member = await insertMember();
    await signIn(page, admin);
    await page.goto("/admin");
    await page.getByLabel("Adresse e-mail du membre").fill(`personne-${Date.now()}@exemple.fr`);
    await page.getByRole("button", { name: "Nommer" }).click();
    const email = page.getByLabel("Adresse e-mail du membre");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Aucun membre n’a cette adresse.");

    await email.fill(member.email);
    await page.getByLabel(/Commune \(vide/).fill("zzzqqq");
    await page.getByRole("button", { name: "Nommer" }).click();
    const place = page.getByLabel(/Commune \(vide/);
    await expect(place).toHaveAttribute("aria-invalid", "true");
    await expect(place).toHaveAccessibleDescription(
      "Nous ne trouvons pas cette commune. Essayez son code postal.",
    );
    await expect(page.getByLabel("Adresse e-mail du membre")).not.toHaveAttribute("aria-invalid");
  });
});
