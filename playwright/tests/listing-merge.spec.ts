import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { organisations, places } from "#db/schema";
import { insertAnswer } from "#app/models/answers/answers.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test } from "#playwright/fixtures";

/*
 * A moderator merges a duplicate listing into the one to keep (ADR 025).
 * The story runs in Le Croisic, away from the communes other specs count
 * listings in.
 */
const LE_CROISIC = "44049";

function leCroisic() {
  return database().select().from(places).where(eq(places.code, LE_CROISIC)).get()!;
}

/** A bakery's listing in Le Croisic, indexed as the import would. */
function insertBakery(name: string, slug: string) {
  const place = leCroisic();
  const { id } = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug,
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      source: "member",
    })
    .returning({ id: organisations.id })
    .get();
  store().search.organisationsChanged(database(), [id]);
  return { id, name, path: `/o/${id}/${slug}` };
}

test("a moderator merges a duplicate listing; its address and recommendations follow", async ({
  page,
  browser,
  insertMember,
  grantRole,
  signIn,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const kept = insertBakery(`Boulangerie du Traict ${suffix}`, `boulangerie-du-traict-${suffix}`);
  const duplicate = insertBakery(`Boulangerie Traict ${suffix}`, `boulangerie-traict-${suffix}`);
  const neighbour = await insertMember({ placeCode: LE_CROISIC });
  const question = insertQuestion(store(), {
    authorId: neighbour.id,
    placeId: leCroisic().id,
    kind: "question",
    category: "commerces",
    title: `Du pain le dimanche au Croisic ? ${suffix}`,
    body: "Tout est fermé près du port.",
    tags: [],
  });
  insertAnswer(store(), {
    questionId: question.id,
    authorId: (await insertMember({ placeCode: LE_CROISIC })).id,
    body: `Celle-ci ouvre le dimanche :\n\n[fiche:${duplicate.id}]`,
  });
  const moderator = await insertMember({ firstName: "Maël", placeCode: LE_CROISIC });
  grantRole(moderator, "moderator", LE_CROISIC);

  // Without JavaScript, the search and the form are plain HTML; no confirmation, nothing merged.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `10.246.${Math.floor(Math.random() * 250)}.3` },
  });
  const plain = await context.newPage();
  await signIn(plain, moderator);
  await plain.goto(duplicate.path);
  await plain.getByRole("link", { name: "Fusionner avec une autre fiche" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(
    `Fusionner « ${duplicate.name} » avec une autre fiche`,
  );
  await plain.getByLabel("Nom de la fiche à garder").fill(`boulangerie traict ${suffix}`);
  await plain.getByRole("button", { name: "Chercher" }).click();
  const keptChoice = new RegExp(`^${kept.name} · Le Croisic`);
  await expect(plain.getByRole("radio", { name: keptChoice })).toBeVisible();
  await expect(plain.getByRole("radio", { name: new RegExp(`^${duplicate.name} `) })).toHaveCount(
    0,
  );
  await plain.getByRole("radio", { name: keptChoice }).check();
  await plain.getByLabel("Raison de la fusion").fill("La même boulangerie, saisie deux fois.");
  await plain.getByRole("button", { name: "Fusionner", exact: true }).click();
  await expect(plain.getByText("Cochez la confirmation pour fusionner.")).toBeVisible();
  await context.close();

  // With JavaScript: the page passes axe, and the merge leads to the kept listing.
  await signIn(page, moderator);
  await page.goto(`/o/${duplicate.id}/fusionner?q=${encodeURIComponent(`traict ${suffix}`)}`);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("radio", { name: keptChoice }).check();
  await page.getByLabel("Raison de la fusion").fill("La même boulangerie, saisie deux fois.");
  await page.getByRole("checkbox", { name: /^Je confirme/ }).check();
  await page.getByRole("button", { name: "Fusionner", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${kept.path}$`));

  // A visitor: the duplicate's address moves for good; the kept listing shows the recommendation.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const moved = await visitor.request.get(duplicate.path, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toContain(kept.path);
  await visitor.goto(kept.path);
  await expect(
    visitor.getByRole("heading", { name: "Recommandée dans 1 réponse de voisins" }),
  ).toBeVisible();
  await expect(visitor.getByRole("link", { name: /en réponse à/ })).toHaveAttribute(
    "href",
    new RegExp(`/q/${question.id}/`),
  );

  // The place's public log tells the merge and its reason, without names.
  await visitor.goto(`/p/${leCroisic().slug}/moderation`);
  const entry = visitor
    .getByRole("listitem")
    .filter({ hasText: "Fiche en double fusionnée avec une autre" });
  await expect(entry.first()).toContainText("motif : La même boulangerie, saisie deux fois.");
  await expect(visitor.getByText("Maël")).toHaveCount(0);
  await visitorContext.close();
});

test("only the place's staff reach the merge page", async ({ page, insertMember, signIn }) => {
  const suffix = randomBytes(3).toString("hex");
  const listing = insertBakery(`Fournil du Croisic ${suffix}`, `fournil-du-croisic-${suffix}`);
  const response = await page.request.get(`/o/${listing.id}/fusionner`, { maxRedirects: 0 });
  expect([302, 303]).toContain(response.status());
  await signIn(page, await insertMember({ placeCode: LE_CROISIC }));
  expect((await page.request.get(`/o/${listing.id}/fusionner`)).status()).toBe(403);
  expect((await page.request.get(`/o/${listing.id}/fusionner?q=%00`)).status()).toBe(403);
  await page.goto(listing.path);
  await expect(page.getByRole("link", { name: "Fusionner avec une autre fiche" })).toHaveCount(0);
});
