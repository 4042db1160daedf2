import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { organisations, places } from "#db/schema";
import { insertQuestion } from "#app/models/questions/ask.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, store, test } from "#playwright/fixtures";

/*
 * Neighbours recommend a listing in their answers (ADR 025). The story runs
 * in Pornic, far from the Donges listings other specs count.
 */
const PORNIC = "44131";

function pornic() {
  return database().select().from(places).where(eq(places.code, PORNIC)).get()!;
}

/** A plumber's listing in Pornic, indexed as the import would. */
function insertPlumber() {
  const suffix = randomBytes(3).toString("hex");
  const place = pornic();
  const name = `Plomberie Pornicaise ${suffix}`;
  const slug = `plomberie-pornicaise-${suffix}`;
  const { id } = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "batiment",
      name,
      slug,
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      source: "sirene",
      siret: `8${Date.now()}`.slice(0, 14),
    })
    .returning({ id: organisations.id })
    .get();
  store().search.organisationsChanged(database(), [id]);
  return { id, name, suffix, path: `/o/${id}/${slug}` };
}

test("neighbours recommend a listing, with and without JavaScript; it links back", async ({
  page,
  browser,
  insertMember,
  signIn,
}) => {
  const plumber = insertPlumber();
  const asker = await insertMember({ placeCode: PORNIC });
  const question = insertQuestion(store(), {
    authorId: asker.id,
    placeId: pornic().id,
    kind: "question",
    category: "bricolage",
    title: `Un plombier pour une fuite à Pornic ? ${plumber.suffix}`,
    body: "Ça goutte sous l’évier.",
    tags: [],
  });
  const questionPath = `/q/${question.id}/${question.slug}`;

  // With JavaScript: the combobox finds the listing by name and puts its card in the answer.
  const camille = await insertMember({
    firstName: "Camille",
    lastName: "Durand",
    placeCode: PORNIC,
  });
  await signIn(page, camille);
  await page.goto(questionPath);
  await page.getByLabel("Votre réponse").fill("Ils sont venus en une heure chez moi.");
  const picker = page.getByRole("combobox", { name: "Recommander une fiche" });
  await picker.fill(`Plomberie ${plumber.suffix}`);
  await page.getByRole("option", { name: new RegExp(plumber.name) }).click();
  await expect(page.getByLabel("Votre réponse")).toHaveValue(
    `Ils sont venus en une heure chez moi.\n\n[fiche:${plumber.id}]\n\n`,
  );
  await page.getByRole("button", { name: "Répondre", exact: true }).click();
  const card = page.getByRole("complementary", { name: `Fiche recommandée : ${plumber.name}` });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: plumber.name })).toHaveAttribute(
    "href",
    plumber.path,
  );
  await expect(card).toContainText("Artisan du bâtiment");
  await expect(card).toContainText("Pornic");

  // Without JavaScript: search, choose, add; what was typed is still there.
  const dominique = await insertMember({ firstName: "Dominique", placeCode: PORNIC });
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `10.251.${Math.floor(Math.random() * 250)}.7` },
  });
  const plain = await noJs.newPage();
  await signIn(plain, dominique);
  await plain.goto(questionPath);
  await plain.getByLabel("Votre réponse").fill("Je confirme, très sérieux.");
  await plain
    .getByRole("combobox", { name: "Recommander une fiche" })
    .fill(`plombrie ${plumber.suffix}`);
  await plain.getByRole("button", { name: "Chercher" }).click();
  await expect(plain.getByRole("radio", { name: new RegExp(plumber.name) })).toBeChecked();
  await expect(plain.getByLabel("Votre réponse")).toHaveValue("Je confirme, très sérieux.");
  await plain.getByRole("button", { name: "Ajouter la fiche à ma réponse" }).click();
  await expect(plain.getByLabel("Votre réponse")).toHaveValue(
    `Je confirme, très sérieux.\n\n[fiche:${plumber.id}]\n`,
  );
  await plain.getByRole("button", { name: "Répondre", exact: true }).click();
  await expect(
    plain.getByRole("complementary", { name: `Fiche recommandée : ${plumber.name}` }),
  ).toHaveCount(2);
  await noJs.close();

  // A visitor: the listing links back to both answers, their authors as « Camille D. ».
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(plumber.path);
  await expect(
    visitor.getByRole("heading", { name: "Recommandée dans 2 réponses de voisins" }),
  ).toBeVisible();
  const link = visitor.getByRole("link", { name: /^Camille D\., en réponse à/ });
  await expect(link).toBeVisible();
  await expectNoAccessibilityViolations(visitor);
  await link.click();
  await expect(visitor).toHaveURL(new RegExp(`/q/${question.id}/`));
  await expect(
    visitor.getByRole("complementary", { name: `Fiche recommandée : ${plumber.name}` }).first(),
  ).toBeVisible();
  await expectNoAccessibilityViolations(visitor);

  const api = await visitor.request.get(`/api/v1/organisations/${plumber.id}`);
  const body = (await api.json()) as { recommendedIn: { count: number; answers: string[] } };
  expect(body.recommendedIn.count).toBe(2);
  expect(body.recommendedIn.answers[0]).toContain(`/q/${question.id}/`);
  await visitorContext.close();
});
