import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { organisations } from "#db/schema";
import { importDirectory } from "#db/directory/import";
import { DAYS_OF_WEEK } from "#app/domain/opening-hours";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/directory",
);

/** A calendar day `days` from today (UTC; the test only needs it a few days ahead). */
function dayFromToday(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test.beforeAll(async () => {
  // The official-format fixtures, imported as `npm run directory:import` would
  // (idempotent: the phone and desktop runs may both get here).
  const db = database();
  await importDirectory(db, {
    rna: path.join(fixtures, "rna_waldec_extrait.csv"),
    sirene: path.join(fixtures, "StockEtablissement_extrait.csv"),
  });
  // Hours whose status does not depend on when the test runs: the bakery never
  // closes; the Lavau café opens only on one special day, five days ahead.
  db.update(organisations)
    .set({
      openingHours: {
        weekly: [{ days: [...DAYS_OF_WEEK], opens: "00:00", closes: "00:00" }],
        special: [],
      },
    })
    .where(eq(organisations.siret, "81234567800012"))
    .run();
  const day = dayFromToday(5);
  db.update(organisations)
    .set({
      openingHours: {
        weekly: [],
        special: [
          {
            from: day,
            through: day,
            reason: "special",
            ranges: [{ opens: "09:00", closes: "12:00" }],
          },
        ],
      },
    })
    .where(eq(organisations.siret, "86789012300017"))
    .run();
});

test.describe("the directory", () => {
  test("around Donges: filters by kind, category and open now", async ({ page }) => {
    await page.goto("/p/donges-44480");
    await page.getByRole("link", { name: /L’annuaire : associations, commerces/ }).click();
    await expect(page).toHaveURL(/\/p\/donges-44480\/annuaire$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Annuaire de Donges et des environs",
    );
    const list = page.getByRole("region", { name: /fiches?$/ });
    // The six listings of the fixtures around Donges, and any that specs running beside this
    // one add within 10 km (news and events in Lavau-sur-Loire): the count says « fiches ».
    const count = async () =>
      Number((await list.getByRole("heading", { level: 2 }).innerText()).split(" ")[0]);
    await expect(list.getByRole("heading", { level: 2 })).toHaveText(/^\d+ fiches$/);
    const all = await count();
    expect(all).toBeGreaterThanOrEqual(6);
    const bakery = list.getByRole("listitem").filter({ hasText: "Au Fournil de Donges" });
    await expect(bakery).toContainText("Boulangerie, pâtisserie · Donges");
    await expect(bakery).toContainText("Ouvert maintenant · ouvert 24 h/24");
    await expect(list.getByRole("listitem").filter({ hasText: "L'Escale du Port" })).toContainText(
      /Fermé · ouvre \w+ à 9 h/,
    );
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Type").selectOption({ label: "Commerce ou artisan" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/type=commerce/);
    await expect(list.getByRole("heading", { level: 2 })).not.toHaveText(`${all} fiches`);
    expect(await count()).toBeGreaterThanOrEqual(3);
    await expect(
      list.getByRole("listitem").filter({ hasText: "Au Fournil de Donges" }),
    ).toBeVisible();

    await page.getByLabel("Catégorie").selectOption({ label: "Artisan du bâtiment" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("listitem")).toContainText("Montoir Plomberie");

    await page.goto("/p/donges-44480/annuaire");
    await page.getByLabel("Ouvert maintenant").check();
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/ouvert=maintenant/);
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("listitem")).toContainText("Au Fournil de Donges");
  });

  test("a listing from open data: no street address for a sole trader, hours, structured data", async ({
    page,
  }) => {
    await page.goto("/p/donges-44480/annuaire");
    await page.getByRole("link", { name: "Au Fournil de Donges" }).click();
    await expect(page).toHaveURL(/\/o\/\d+\/au-fournil-de-donges$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Au Fournil de Donges");
    await expect(page.getByText("Ouvert maintenant · ouvert 24 h/24")).toBeVisible();
    await expect(
      page.getByText("Fiche issue des données publiques · vous la gérez ? Revendiquez-la"),
    ).toBeVisible();
    // A sole trader's premises are often a home: only the commune until the listing is claimed.
    await expect(page.getByText("12 rue du Port")).toHaveCount(0);
    expect(await page.content()).not.toContain("rue du Port");
    await expect(page.getByText(/L’adresse exacte n’est pas publiée/)).toBeVisible();
    const hours = page.getByRole("table", { name: "Horaires" });
    await expect(hours.getByRole("row", { name: /Dimanche/ })).toContainText("24 h/24");

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(jsonLd).toMatchObject({
      "@type": "LocalBusiness",
      name: "Au Fournil de Donges",
      address: { addressLocality: "Donges", postalCode: "44480" },
    });
    expect(jsonLd.openingHoursSpecification).toHaveLength(1);
    expect(jsonLd.geo).toBeUndefined();
    await expectNoAccessibilityViolations(page);

    // An old or mistyped slug moves to the listing's one URL.
    const id = page.url().match(/\/o\/(\d+)\//)![1];
    await page.goto(`/o/${id}/ancien-nom`);
    await expect(page).toHaveURL(new RegExp(`/o/${id}/au-fournil-de-donges$`));
    expect((await page.request.get("/o/99999999/rien")).status()).toBe(404);
  });
});

test.describe("the directory without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters are a plain GET form", async ({ page }) => {
    await page.goto("/p/donges-44480/annuaire");
    await page.getByLabel("Catégorie").selectOption({ label: "Boulangerie, pâtisserie" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/categorie=boulangerie/);
    const list = page.getByRole("region", { name: /fiches?$/ });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("listitem")).toContainText("Au Fournil de Donges");
  });
});
