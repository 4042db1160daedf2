import { expectNoAccessibilityViolations } from "#playwright/axe";
import { expect, test } from "#playwright/fixtures";

/**
 * The footer of every page (issue 14): the site's own pages, the code it runs
 * (the AGPL asks a network service to offer it), and the icons a phone puts
 * on its home screen.
 */
test("every page's footer leads to the site's pages and to its source code", async ({ page }) => {
  await page.goto("/p/donges-44480");
  const footer = page.getByRole("navigation", { name: "Le site" });
  await expect(footer.getByRole("link", { name: "Code source (AGPL)" })).toHaveAttribute(
    "href",
    "https://github.com/coup-de-main/coup-de-main",
  );
  for (const [link, heading, title] of [
    ["À propos", "À propos de Coup de main", "À propos de Coup de main · Coup de main"],
    ["Confidentialité", "Confidentialité", "Confidentialité · Coup de main"],
    ["Mentions légales", "Mentions légales", "Mentions légales · Coup de main"],
    ["Contact", "Contact", "Contact · Coup de main"],
    ["Règles", "Les règles de la modération", undefined],
  ] as const) {
    await page
      .getByRole("navigation", { name: "Le site" })
      .getByRole("link", { name: link })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    if (title) await expect(page).toHaveTitle(title);
  }
});

test("the legal notice says plainly what the publisher has not filled in", async ({ page }) => {
  // The e2e server runs without LEGAL_* settings.
  await page.goto("/mentions-legales");
  await expect(page.getByRole("region", { name: "Éditeur" })).toContainText(
    "Non renseigné par l’éditeur du site (réglage LEGAL_PUBLISHER_NAME).",
  );
  await expect(page.getByRole("region", { name: "Hébergeur" })).toContainText("LEGAL_HOST");
  await page.goto("/contact");
  await expect(page.getByRole("link", { name: "vos paramètres" })).toHaveAttribute(
    "href",
    "/parametres",
  );
});

test("the privacy policy says what is kept and how to take it away or erase it", async ({
  page,
}) => {
  await page.goto("/confidentialite");
  for (const heading of [
    "Votre compte",
    "Ce que vous publiez",
    "Messages privés",
    "Connexions et sécurité",
    "Sauvegardes",
    "Vos droits",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("30 jours")).toBeVisible();
  await expect(page.getByRole("region", { name: "Vos droits" })).toContainText(
    "« Télécharger mes données »",
  );
  await expectNoAccessibilityViolations(page);
});

test("the pages speak English to English readers", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/confidentialite");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy");
  await expect(page.getByRole("navigation", { name: "The site" })).toBeVisible();
  await context.close();
});

test("the icons and the web manifest are served", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/apple-touch-icon.png",
  );
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await request.get(manifestHref!);
  expect(manifest.status()).toBe(200);
  const icons = ((await manifest.json()) as { icons: { src: string; sizes: string }[] }).icons;
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const src of ["/apple-touch-icon.png", ...icons.map((icon) => icon.src)]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\//);
  }
});
