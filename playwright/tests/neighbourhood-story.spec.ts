import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "@playwright/test";
import { expect, test, type TestMember } from "#playwright/fixtures";
import { firstLink, waitForEmail } from "#playwright/mailbox";

const run = promisify(execFile);

async function pageAs(
  browser: Browser,
  signIn: (page: Page, member: TestMember) => Promise<void>,
  member: TestMember,
) {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, member);
  return page;
}

/** The daily digest, as cron would run it, against the e2e server's database and SMTP server. */
function runDigest() {
  return run("npm", ["run", "--silent", "digest", "--", "--force"], {
    env: {
      ...process.env,
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
      PUBLIC_URL: `http://localhost:${process.env.E2E_PORT ?? 3123}`,
    },
  });
}

// The story of issue 6: follow, hear of a question, get it in the digest, talk privately.
test("a follower hears of a bricolage question, finds it in the digest and talks to the asker", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  test.slow();
  const tag = Math.random().toString(36).slice(2, 8);
  const follower = await insertMember({ firstName: "Lucie", lastName: `Bricole${tag}` });
  const asker = await insertMember({ firstName: "Marc", lastName: `Perceuse${tag}` });
  verifyNeighbour(asker);

  // Lucie follows « bricolage within 10 km of Donges ».
  await signIn(page, follower);
  await page.goto("/parametres/suivis");
  await expect(page.getByRole("combobox", { name: "Commune" })).toHaveValue("Donges");
  await page.getByLabel("Autour").selectOption({ label: "À moins de 10 km" });
  await page.getByLabel("Catégorie").selectOption({ label: "Bricolage" });
  await page.getByRole("button", { name: "Suivre", exact: true }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Bricolage à moins de 10 km de Donges" }),
  ).toBeVisible();

  // Marc, a neighbour, asks a bricolage question in Donges.
  const askerPage = await pageAs(browser, signIn, asker);
  await askerPage.goto("/demander");
  const title = `Qui peut me prêter une perceuse à percussion ? ${tag}`;
  await askerPage.getByLabel("Titre").fill(title);
  await askerPage.getByLabel("Détails").fill("Pour fixer une étagère dans un mur en béton.");
  await askerPage.getByLabel("Catégorie").selectOption("bricolage");
  await askerPage.getByRole("button", { name: "Publier" }).click();
  await expect(askerPage.getByRole("heading", { level: 1 })).toHaveText(title);
  const questionPath = new URL(askerPage.url()).pathname;

  // Lucie's bell rings and lists it.
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Mon compte" })
    .getByRole("link", { name: /^Notifications, \d+ non lues?$/ })
    .click();
  await expect(
    page.getByRole("button", {
      name: `Non lue Nouvelle question près de chez vous : « ${title} »`,
    }),
  ).toBeVisible();

  // The next digest, received by a real SMTP server, carries it with a link.
  const digestStart = new Date(Date.now() - 1000);
  await runDigest();
  const digest = await waitForEmail(follower.email, {
    subjectIncludes: "Votre résumé",
    after: digestStart,
  });
  expect(digest.text).toContain(title);
  expect(new URL(firstLink(digest, "/q/")).pathname).toBe(questionPath);

  // From the email to the question, then a private word to its asker.
  await page.goto(firstLink(digest, "/q/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page
    .getByRole("link", { name: `Marc Perceuse${tag}` })
    .first()
    .click();
  await page.getByRole("link", { name: `Écrire à Marc Perceuse${tag}` }).click();
  await page
    .getByLabel("Votre message")
    .fill("Bonjour Marc, j’en ai une, je peux la déposer ce soir.");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Conversation avec Marc Perceuse${tag}`,
  );

  // Marc hears of it by email at once (its words stay in the app), and in the header.
  const messageEmail = await waitForEmail(asker.email, {
    subjectIncludes: "vous a écrit un message privé",
    after: digestStart,
  });
  expect(messageEmail.subject).toBe(`Lucie Bricole${tag} vous a écrit un message privé`);
  expect(messageEmail.text).not.toContain("je peux la déposer ce soir");
  expect(new URL(firstLink(messageEmail, "/messages/")).pathname).toMatch(/^\/messages\/\d+$/);

  // Marc sees the unread message and replies; Lucie reads the reply.
  await askerPage.goto("/");
  await askerPage.getByRole("link", { name: "Messages, 1 non lu" }).click();
  await askerPage.getByRole("link", { name: new RegExp(`Lucie Bricole${tag}`) }).click();
  await expect(askerPage.getByText("je peux la déposer ce soir.")).toBeVisible();
  await askerPage
    .getByLabel("Votre réponse")
    .fill("Merci Lucie ! Après 19 h, au 12 rue des Lilas.");
  await askerPage.getByRole("button", { name: "Envoyer" }).click();
  await expect(askerPage.getByText("Après 19 h, au 12 rue des Lilas.")).toBeVisible();

  await page.goto("/messages");
  await page.getByRole("link", { name: new RegExp(`Marc Perceuse${tag}`) }).click();
  await expect(page.getByText("Merci Lucie ! Après 19 h, au 12 rue des Lilas.")).toBeVisible();
  await askerPage.context().close();
});
