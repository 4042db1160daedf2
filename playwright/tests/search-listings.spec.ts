import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { organisations } from "#db/schema";
import { insertQuestion } from "#app/models/questions/ask.server";
import { DAYS_OF_WEEK } from "#app/domain/opening-hours";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test } from "#playwright/fixtures";

/** A made-up word only this test's documents contain (the specs share one database). */
const marker = () =>
  Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");

/** The word with one letter changed in its middle: a typo search forgives it. */
const misspelt = (word: string) =>
  `${word.slice(0, 4)}${word[4] === "b" ? "c" : "b"}${word.slice(5)}`;

const placeOf = (code: string) =>
  database().$client.prepare("SELECT id, lat, lng FROM places WHERE code = ?").get(code) as {
    id: number;
    lat: number;
    lng: number;
  };

/**
 * This spec's place: far from Donges, whose directory other specs count
 * (the specs share one database).
 */
const QUIMPER = { code: "29232", slug: "quimper-29000" };

/** A listing in Quimper, indexed as the app indexes them; `alwaysOpen` gives it hours. */
function listing(name: string, options: { alwaysOpen: boolean; description: string }) {
  const place = placeOf(QUIMPER.code);
  const { id, slug } = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      description: options.description,
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      source: "member",
      openingHours: options.alwaysOpen
        ? { weekly: [{ days: [...DAYS_OF_WEEK], opens: "00:00", closes: "00:00" }], special: [] }
        : null,
    })
    .returning({ id: organisations.id, slug: organisations.slug })
    .get();
  store().search.organisationsChanged(database(), [id]);
  return { name, path: `/o/${id}/${slug}` };
}

function question(word: string, authorId: string) {
  const title = `Où trouver du pain ${word} le lundi ?`;
  insertQuestion(store(), {
    authorId,
    placeId: placeOf(QUIMPER.code).id,
    kind: "question",
    category: "commerces",
    title,
    body: "La boulangerie du bourg ferme le lundi.",
    tags: [],
  });
  return title;
}

const results = (page: Page) => page.getByRole("region", { name: "Résultats" });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 3 });

test("listings are found beside the questions, as cards, and by themselves when asked", async ({
  page,
  insertMember,
}) => {
  const word = marker();
  const bakery = listing(`Fournil ${word}`, {
    alwaysOpen: true,
    description: "Pain au levain cuit sur place.",
  });
  const unknownHours = listing(`Boulange ${word}`, {
    alwaysOpen: false,
    description: "Viennoiseries.",
  });
  const asked = question(word, (await insertMember()).id);

  // Misspelt, around Quimper: both types, the listings as cards.
  await page.goto(`/search?${new URLSearchParams({ q: misspelt(word), lieu: QUIMPER.slug })}`);
  await expect(resultTitles(page)).toHaveCount(3);
  const card = results(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: bakery.name }) });
  await expect(card).toContainText("Commerce ou artisan");
  await expect(card).toContainText("Boulangerie, pâtisserie");
  await expect(card).toContainText("Quimper");
  await expect(card).toContainText("Ouvert maintenant");
  await expect(card).toContainText("Fiche de l’annuaire");
  await expect(page.getByRole("link", { name: asked })).toBeVisible();

  // Listings alone: the question goes.
  await page.getByLabel("Chercher dans").selectOption("fiches");
  await expect(page).toHaveURL(/contenu=fiches/);
  await expect(resultTitles(page)).toHaveCount(2);
  // Open now: the listing without hours goes too.
  await page.getByLabel("Ouvert maintenant").check();
  await expect(page).toHaveURL(/ouvert=oui/);
  await expect(resultTitles(page)).toHaveCount(1);
  await expect(page.getByRole("link", { name: unknownHours.name })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: bakery.name }).click();
  await expect(page).toHaveURL(new RegExp(`${bakery.path}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form asks for listings and « ouvert maintenant » as plain GET fields", async ({
    page,
  }) => {
    const word = marker();
    const bakery = listing(`Fournil ${word}`, { alwaysOpen: true, description: "Pain." });
    listing(`Boulange ${word}`, { alwaysOpen: false, description: "Pain." });
    await page.goto(`/search?q=${word}&lieu=${QUIMPER.slug}`);
    await expect(resultTitles(page)).toHaveCount(2);
    await page.getByLabel("Chercher dans").selectOption("fiches");
    await page.getByLabel("Ouvert maintenant").check();
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/contenu=fiches/);
    await expect(page).toHaveURL(/ouvert=oui/);
    await expect(resultTitles(page)).toHaveCount(1);
    await expect(page.getByRole("link", { name: bakery.name })).toBeVisible();
  });
});

test("a visitor's cached results change as soon as a listing does", async ({ request }) => {
  const word = marker();
  const bakery = listing(`Fournil ${word}`, { alwaysOpen: true, description: "Pain de seigle." });
  const address = `/search?${new URLSearchParams({ q: word, lieu: QUIMPER.slug, contenu: "fiches" })}`;
  const visit = async () => {
    const response = await request.get(address, { headers: { "Accept-Language": "fr-FR" } });
    expect(response.status()).toBe(200);
    return response.text();
  };
  expect(await visit()).toContain("Pain de seigle.");

  const id = Number(bakery.path.split("/")[2]);
  database()
    .update(organisations)
    .set({ description: "Pain de campagne." })
    .where(eq(organisations.id, id))
    .run();
  store().search.organisationsChanged(database(), [id]);
  const seen = await visit();
  expect(seen).toContain("Pain de campagne.");
  expect(seen).not.toContain("Pain de seigle.");
});
