import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "#playwright/fixtures";

/**
 * The browser downloads only its reader's language, and never the emails'
 * text (issue 12): the catalogues are one chunk per language, loaded by
 * entry.client.tsx, and the emails' text is server-only (emails.server.ts).
 */
const french = ["Trouvez de l’aide près de chez vous", "Se déconnecter", "Communes voisines"];
const english = ["Find help near you", "Sign in", "Neighbouring towns"];
const emails = [
  "Vous recevez cet e-mail parce que",
  "L’équipe de Coup de main",
  "ouvrez ce lien (valable 24 heures)",
  "Votre résumé Coup de main",
  "You get this email because",
  "The Coup de main team",
  "Your Coup de main digest",
];

/** Every script a visit downloads, by address, until the page is hydrated and quiet. */
async function scriptsOf(page: Page, visit: () => Promise<void>) {
  const scripts = new Map<string, { text: string; transferred: number }>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    // Scripts and module preloads alike.
    if (!new URL(response.url()).pathname.endsWith(".js")) return;
    pending.push(
      (async () => {
        const text = await response.text();
        const { responseBodySize } = await response.request().sizes();
        scripts.set(response.url(), { text, transferred: responseBodySize });
      })(),
    );
  });
  await visit();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  const all = [...scripts.values()];
  const bytes = all.reduce((sum, script) => sum + Buffer.byteLength(script.text), 0);
  const transferred = all.reduce((sum, script) => sum + script.transferred, 0);
  console.log(`${all.length} scripts, ${bytes} bytes (${transferred} bytes transferred)`);
  return all.map((script) => script.text).join("\n");
}

const found = (text: string, strings: string[]) => strings.filter((s) => text.includes(s));

test("a French page's scripts hold the French catalogue only, and no email text", async ({
  page,
  insertMember,
  signIn,
}) => {
  await signIn(page, await insertMember());
  const scripts = await scriptsOf(page, async () => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    // Fetched with the page's other scripts, not after them.
    await expect(
      page.locator('head link[rel="modulepreload"][href*="/catalogue.fr-"]'),
    ).toHaveCount(1);
    await page.goto("/p/donges-44480");
    await page.goto("/parametres/notifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications par e-mail");
  });
  expect(found(scripts, french)).toEqual(french);
  expect(found(scripts, english)).toEqual([]);
  expect(found(scripts, emails)).toEqual([]);
});

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-GB" });

  test("downloads the English catalogue only", async ({ page }) => {
    const scripts = await scriptsOf(page, async () => {
      await page.goto("/p/donges-44480");
      await expect(page.getByRole("heading", { name: "Neighbouring towns" })).toBeVisible();
    });
    expect(found(scripts, english)).toEqual(english);
    expect(found(scripts, french)).toEqual([]);
    expect(found(scripts, emails)).toEqual([]);
  });
});

test("in the build, each language's text is in its catalogue's chunk only, the emails' in none", () => {
  const assets = path.resolve("build/client/assets");
  const chunks = fs
    .readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, text: fs.readFileSync(path.join(assets, name), "utf8") }));
  const holding = (strings: string[]) =>
    chunks.filter((chunk) => found(chunk.text, strings).length > 0).map((chunk) => chunk.name);
  expect(holding(french)).toEqual([expect.stringMatching(/^catalogue\.fr-[\w-]+\.js$/)]);
  expect(holding(english)).toEqual([expect.stringMatching(/^catalogue\.en-[\w-]+\.js$/)]);
  expect(holding(emails)).toEqual([]);
});
