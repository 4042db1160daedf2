import fs from "node:fs/promises";
import { eq } from "drizzle-orm";
import { emailTokens } from "#db/schema";
import { database, expect, test, uniqueEmail } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

/**
 * A member whose address is not confirmed is never shut out (issue 14):
 * wherever they are stopped, a button sends a new link; a link that expired
 * says so and offers a new one, by address when signed out, without telling
 * who has an account.
 */
test("stopped before asking, an unconfirmed member gets a new link and confirms", async ({
  page,
  insertMember,
  signIn,
}) => {
  const louis = await insertMember({ firstName: "Louis", verifiedEmail: false });
  await signIn(page, louis);
  await page.goto("/p/donges-44480");
  // In the header at 1280 px; in its menu on a phone.
  const askLink = page
    .getByRole("link", { name: "Demander", exact: true })
    .filter({ visible: true });
  if ((await askLink.count()) === 0) {
    await page.locator("details.site-menu").filter({ visible: true }).locator("summary").click();
  }
  await askLink.click();
  await expect(page).toHaveURL(/\/verifier-email\/en-attente$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Confirmez votre adresse e-mail",
  );
  // He never opened a link: nothing says one expired.
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByText("n’est plus valable")).toHaveCount(0);
  await expect(page.getByText(louis.email)).toBeVisible();

  const asked = new Date();
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("status")).toContainText(
    `Un nouveau lien vient de partir vers ${louis.email}`,
  );
  const message = await waitForEmail(louis.email, { subjectIncludes: "Confirmez", after: asked });
  await page.goto(firstLink(message, "/verifier-email"));
  await expect(
    page.getByRole("status").filter({ hasText: "Votre adresse e-mail est confirmée. Bienvenue !" }),
  ).toBeVisible();
  await page.goto("/demander");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demander à vos voisins");
});

test("the banner's button sends a new link from any page", async ({
  page,
  insertMember,
  signIn,
}) => {
  const member = await insertMember({ verifiedEmail: false });
  await signIn(page, member);
  await page.goto("/p/donges-44480");
  const banner = page.getByText("Confirmez votre adresse e-mail pour pouvoir publier.");
  await expect(banner).toBeVisible();
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("status")).toContainText("Un nouveau lien vient de partir");
  await waitForEmail(member.email, { subjectIncludes: "Confirmez" });
  // A few more, then the limit, said plainly.
  for (let i = 0; i < 2; i += 1) {
    await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
    await expect(page.getByRole("status")).toContainText("Un nouveau lien vient de partir");
  }
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("alert")).toContainText("Trop de tentatives");
});

test("an expired link offers a new one by address, the same answer for any address", async ({
  page,
  insertMember,
  signIn,
}) => {
  // Signed up a while ago, never confirmed: the link in the mailbox is past its 24 hours.
  const member = await insertMember({ firstName: "Maëlle", verifiedEmail: false });
  await signIn(page, member);
  await page.goto("/verifier-email/en-attente");
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  const first = await waitForEmail(member.email, { subjectIncludes: "Confirmez" });
  database()
    .update(emailTokens)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(emailTokens.userId, member.id))
    .run();
  await page.context().clearCookies();

  await page.goto(firstLink(first, "/verifier-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien ne fonctionne plus");
  await expect(page.getByText("a déjà servi ou a expiré")).toBeVisible();

  // An address without an account gets the same answer, and no email.
  const stranger = uniqueEmail("inconnu");
  await page.getByLabel("Adresse e-mail").fill(stranger);
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("status")).toHaveText(
    `Si un compte attend une confirmation à l’adresse ${stranger}, un nouveau lien vient d’y être envoyé. Pensez à regarder dans les indésirables.`,
  );

  await page.goto(firstLink(first, "/verifier-email"));
  const asked = new Date();
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.getByRole("status")).toContainText(
    `Si un compte attend une confirmation à l’adresse ${member.email}`,
  );
  const second = await waitForEmail(member.email, { subjectIncludes: "Confirmez", after: asked });
  await page.goto(firstLink(second, "/verifier-email"));
  // Confirmed and signed in: the welcome path begins (onboarding.spec.ts).
  await expect(
    page.getByRole("status").filter({ hasText: "Votre adresse e-mail est confirmée. Bienvenue !" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre commune");
  await expect.poll(() => mailsTo(stranger)).toBe(0);
});

test("without a link, /verifier-email leads to the page that waits for one", async ({
  page,
  insertMember,
  signIn,
}) => {
  await page.goto("/verifier-email");
  await expect(page).toHaveURL(/\/connexion$/);
  await signIn(page, await insertMember({ verifiedEmail: false }));
  await page.goto("/verifier-email");
  await expect(page).toHaveURL(/\/verifier-email\/en-attente$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

async function mailsTo(address: string) {
  const dir = process.env.E2E_MAIL_SPOOL!;
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith(".json"));
  const texts = await Promise.all(names.map((name) => fs.readFile(`${dir}/${name}`, "utf8")));
  return texts.filter((text) => text.includes(address)).length;
}
