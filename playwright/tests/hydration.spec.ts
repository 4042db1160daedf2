import type { Page, Route } from "@playwright/test";
import { expect, test } from "#playwright/fixtures";

/**
 * People on slow phones type as soon as the page appears, before its scripts
 * have run. Whatever they typed must survive React taking over the page
 * (hydration) and be what the form sends. Here every script is held back
 * until the test has typed, then released (app/components/typed-before-hydration.ts).
 */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(
    (url) => url.pathname.endsWith(".js"),
    async (route) => {
      if (released) await route.continue();
      else held.push(route);
    },
  );
  return async function release() {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

/**
 * Makes hydration fail: the page arrives with a footer that differs from
 * what React renders, as a browser extension or a text that depends on the
 * clock would make it. React 18 then throws the server's DOM away and renders
 * the whole document again.
 */
async function breakHydration(page: Page, path: string) {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "<p>L’entraide entre voisins</p>",
      "<p>Changé par une extension</p>",
    );
    expect(html).toContain("Changé par une extension");
    await route.fulfill({ response, body: html });
  });
}

/** React has taken over `selector`'s element (it keeps its props on the node). */
async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction((selector) => {
    const node = document.querySelector(selector);
    return node !== null && Object.keys(node).some((key) => key.startsWith("__reactProps"));
  }, selector);
  // Effects run just after: give them a moment to (wrongly) reset anything.
  await page.waitForTimeout(300);
}

for (const hydration of ["succeeds", "fails"] as const) {
  test(`words typed into the header search before hydration are searched (hydration ${hydration})`, async ({
    page,
  }) => {
    const path = "/communes?q=donges";
    const release = await holdScripts(page);
    if (hydration === "fails") await breakHydration(page, path);
    await page.goto(path, { waitUntil: "commit" });
    const search = page.getByRole("searchbox", { name: "Rechercher", exact: true });
    await search.pressSequentially("plombier");
    await release();
    await waitForHydration(page, "#header-search-q");
    await expect(search).toHaveValue("plombier");
    // The caret stays in the field: the reader goes on typing, then presses Enter.
    await page.keyboard.type(" fuite");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=plombier(\+|%20)fuite/);
  });

  test(`a question typed into the ask form before hydration is published (hydration ${hydration})`, async ({
    page,
    insertMember,
    signIn,
  }) => {
    await signIn(page, await insertMember());
    const release = await holdScripts(page);
    if (hydration === "fails") await breakHydration(page, "/demander");
    await page.goto("/demander", { waitUntil: "commit" });
    const title = `Qui aurait une échelle à prêter samedi (${hydration}) ?`;
    const body = "Pour nettoyer les gouttières, merci !";
    await page.getByRole("radio", { name: /Demande d’aide/ }).check();
    await page.getByLabel("Titre").pressSequentially(title);
    await page.getByLabel("Catégorie").selectOption("bricolage");
    await page.getByLabel("Détails").pressSequentially(body);
    await release();
    await waitForHydration(page, "textarea[name=body]");
    await expect(page.getByLabel("Titre")).toHaveValue(title);
    await expect(page.getByLabel("Détails")).toHaveValue(body);
    await expect(page.getByLabel("Catégorie")).toHaveValue("bricolage");
    await expect(page.getByRole("radio", { name: /Demande d’aide/ })).toBeChecked();
    // The counter and the preview know the text typed before the script ran.
    await expect(page.getByText(`${body.length} / `)).toBeVisible();
    await expect(page.getByRole("region", { name: "Aperçu" })).toContainText("gouttières");
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Demande d’aide").first()).toBeVisible();
  });
}

test("a commune typed before hydration gets its suggestions", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "commit" });
  const chooser = page.getByRole("combobox", { name: "Commune ou code postal" });
  await chooser.pressSequentially("Donge");
  await release();
  await waitForHydration(page, "[role=combobox]");
  await expect(chooser).toHaveValue("Donge");
  await expect(page.getByRole("option", { name: /Donges/ })).toBeVisible();
});
