import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "#playwright/axe";

test.describe("choosing a place", () => {
  test("typing “donges” on the home page leads to Donges and its neighbours", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Trouvez de l’aide près de chez vous",
    );
    await expectNoAccessibilityViolations(page);

    const chooser = page.getByRole("combobox", { name: "Commune ou code postal" });
    await chooser.fill("donges");
    const option = page.getByRole("option", { name: /Donges/ });
    await expect(option).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(/1 commune trouvée/);
    await chooser.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await chooser.press("Enter");

    await expect(page).toHaveURL(/\/p\/donges-44480$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Donges");
    await expect(page.getByText("Loire-Atlantique (44)")).toBeVisible();

    const neighbours = page
      .getByRole("region", { name: "Communes voisines" })
      .getByRole("listitem");
    const montoir = neighbours.filter({ hasText: "Montoir-de-Bretagne" });
    const lavau = neighbours.filter({ hasText: "Lavau-sur-Loire" });
    await expect(montoir).toBeVisible();
    await expect(lavau).toBeVisible();

    // The distances shown are the API's (which has two decimals), to 0.1 km, the French way.
    const api = await (await request.get("/api/v1/places/44052?radius=10")).json();
    for (const [row, name] of [
      [montoir, "Montoir-de-Bretagne"],
      [lavau, "Lavau-sur-Loire"],
    ] as const) {
      const apiDistance = api.neighbours.find((n: { name: string }) => n.name === name).distanceKm;
      const shown = (await row.textContent())?.match(/(\d+,\d) km/)?.[1];
      expect(shown, `distance shown for ${name}`).toBeTruthy();
      expect(Math.abs(Number(shown!.replace(",", ".")) - apiDistance)).toBeLessThanOrEqual(0.051);
    }
    await expectNoAccessibilityViolations(page);
  });

  test("a click on a suggestion opens the place", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Commune ou code postal" }).fill("44480");
    await page.getByRole("option", { name: /Donges/ }).click();
    await expect(page).toHaveURL(/\/p\/donges-44480$/);
  });

  test("the neighbours follow the chosen radius", async ({ page }) => {
    await page.goto("/p/donges-44480");
    const neighbours = page
      .getByRole("region", { name: "Communes voisines" })
      .getByRole("listitem");
    await expect(neighbours.filter({ hasText: "Lavau-sur-Loire" })).toBeVisible();
    // The choice applies at once: no button to press once the page runs its script.
    await expect(page.getByRole("button", { name: "Afficher" })).toHaveCount(0);
    await page.getByLabel("Rayon").selectOption("5");
    await expect(page).toHaveURL(/radius=5/);
    await expect(neighbours.filter({ hasText: "Corsept" })).toBeVisible();
    await expect(neighbours.filter({ hasText: "Lavau-sur-Loire" })).toHaveCount(0);
  });

  test("a place whose position is unknown says so instead of listing wrong neighbours", async ({
    page,
  }) => {
    await page.goto("/p/bora-bora-98730");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bora-Bora");
    const neighbours = page.getByRole("region", { name: "Communes voisines" });
    await expect(neighbours).toContainText("Nous ne connaissons pas encore la position précise");
    await expect(neighbours.getByRole("listitem")).toHaveCount(0);
  });

  test("an INSEE code in the URL redirects to the place's canonical page", async ({ page }) => {
    await page.goto("/p/44052");
    await expect(page).toHaveURL(/\/p\/donges-44480$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /\/p\/donges-44480$/,
    );
  });

  test("an unknown place gets a friendly French 404", async ({ page }) => {
    const response = await page.goto("/p/nulle-part-00000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commune introuvable");
    await page.getByRole("link", { name: "Retour à l’accueil" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("any unknown URL gets the same 404 page", async ({ page }) => {
    const response = await page.goto("/pas/de/page/ici");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the place chooser is a plain form that lists matching places", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Commune ou code postal" }).fill("saint nazaire");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/communes\?q=saint\+nazaire/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Communes pour « saint nazaire »",
    );
    const results = page.getByRole("main").getByRole("listitem");
    await expect(results.first()).toContainText("Saint-Nazaire");
    await results.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Nazaire");
  });

  test("a search that matches nothing says so", async ({ page }) => {
    await page.goto("/communes?q=zzzqqq");
    await expect(page.getByText("Aucune commune ne correspond à « zzzqqq »")).toBeVisible();
  });

  test("an over-long search gets a clear message, not an error", async ({ page }) => {
    const response = await page.goto(`/communes?q=${"a".repeat(300)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toHaveText(
      "Votre recherche est trop longue (100 caractères au plus).",
    );
  });
});
