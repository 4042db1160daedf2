import type { Page } from "@playwright/test";
import { expect, test } from "#playwright/fixtures";

/**
 * The open redirect of issue 13, in the browser that would follow it: a TAB
 * after the first slash ("/\t/evil.example/") passed the old check, and
 * Chromium strips it and lands on http://evil.example/. Every way back from
 * a `redirectTo` must stay on this site.
 */
const TAB_VECTOR = "%2F%09%2Fevil.example%2F";
const VECTORS = [
  TAB_VECTOR,
  "%2F%0D%0A%2Fevil.example%2F",
  "%2F%5Cevil.example",
  "%2F.%2F%2Fevil.example",
  "%E3%80%80%2F%2Fevil.example",
];

const isEvil = (url: URL) => url.hostname.endsWith("evil.example");

/** Any request to evil.example is answered here, so a page that got there would say so. */
async function watchForEvil(page: Page) {
  const visits: string[] = [];
  await page.context().route(isEvil, async (route) => {
    visits.push(route.request().url());
    await route.fulfill({ contentType: "text/html", body: "<h1>evil.example</h1>" });
  });
  return visits;
}

function expectOnSite(page: Page) {
  const here = new URL(page.url());
  expect(here.host).toBe(new URL(test.info().project.use.baseURL!).host);
}

test("a signed-in member sent to sign in with a hostile redirectTo stays on the site", async ({
  page,
  insertMember,
  signIn,
}) => {
  const evil = await watchForEvil(page);
  await signIn(page, await insertMember());
  for (const vector of VECTORS) {
    const response = await page.goto(`/connexion?redirectTo=${vector}`);
    expect(response!.status()).toBeLessThan(500);
    expectOnSite(page);
    await expect(page).toHaveURL(/\/$/);
  }
  expect(evil).toEqual([]);
});

test("signing in from a phishing link lands on « Autour de moi », not another site", async ({
  page,
  insertMember,
}) => {
  const evil = await watchForEvil(page);
  const member = await insertMember();
  await page.goto(`/connexion?redirectTo=${TAB_VECTOR}`);
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // The fallback when there is nowhere safe to go back to: the member's home.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Autour de/);
  expectOnSite(page);
  expect(evil).toEqual([]);
});

test("signing in still goes back to the page that asked", async ({ page, insertMember }) => {
  const member = await insertMember();
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fnotifications/);
  await page.getByLabel("Adresse e-mail").fill(member.email);
  await page.getByLabel("Mot de passe").fill(member.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
});

test.describe("the language switcher", () => {
  /** Posts /langue from a page of the site, as its form does, with a chosen `redirectTo`. */
  async function switchLanguage(page: Page, redirectTo: string) {
    await page.evaluate((back) => {
      const form = document.createElement("form");
      form.method = "post";
      form.action = "/langue";
      for (const [name, value] of Object.entries({ lang: "en", redirectTo: back })) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, redirectTo);
    await page.waitForLoadState("load");
  }

  test("never sends the reader to another site", async ({ page }) => {
    const evil = await watchForEvil(page);
    for (const vector of VECTORS) {
      await page.goto("/p/donges-44480");
      await switchLanguage(page, decodeURIComponent(vector));
      expectOnSite(page);
      await expect(page).toHaveURL(/\/$/);
    }
    expect(evil).toEqual([]);
  });

  test("brings the reader back to a search, spaces and accents included", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "/search?q=v%C3%A9lo+cargo");
    await expect(page).toHaveURL(/\/search\?q=v%C3%A9lo\+cargo$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
