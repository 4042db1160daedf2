import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { BrowserContext } from "@playwright/test";
import { organisations, partnerships, places } from "#db/schema";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { insertQuestion } from "#app/models/questions/ask.server";
import { database, expect, store, test } from "#playwright/fixtures";

/*
 * The story of issue 15 (ADR 024): a bakery claimed, approved, given its
 * hours, made a partner, publishing a bon plan that a follower hears of and
 * a neighbour takes. It runs on a bakery of its own in Pornic, not Donges:
 * directory.spec.ts counts Donges's listings while this runs beside it.
 */
const PORNIC = "44131";
const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3123}`;

function insertBakery() {
  const suffix = randomBytes(3).toString("hex");
  const place = database().select().from(places).where(eq(places.code, PORNIC)).get()!;
  const slug = `fournil-du-port-${suffix}`;
  const row = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name: `Fournil du Port ${suffix}`,
      slug,
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
      approximate: true,
      source: "sirene",
      siret: `8${Date.now()}`.slice(0, 14),
    })
    .returning({ id: organisations.id, name: organisations.name })
    .get();
  return { ...row, path: `/o/${row.id}/${slug}`, placeId: place.id, placeSlug: place.slug };
}

/** The instant it is `hour`:00 in Paris on the Sunday `weeks` after the next one (far enough from today). */
function parisSunday(weeks: number, hour: number) {
  const day = new Date(Date.now() + 2 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((7 - day.getUTCDay()) % 7) + weeks * 7);
  const date = day.toISOString().slice(0, 10);
  for (const offset of [1, 2]) {
    const at = new Date(`${date}T${String(hour - offset).padStart(2, "0")}:00:00Z`);
    const parisHour = new Intl.DateTimeFormat("fr-FR", {
      timeZone: "Europe/Paris",
      hour: "numeric",
    }).format(at);
    if (Number.parseInt(parisHour, 10) === hour) return { date, at };
  }
  throw new Error("no such hour");
}

/** A visitor's browser whose server clock reads `at` (TEST_CLOCK=cookie, playwright.config.ts). */
async function visitorAt(context: BrowserContext, at: Date) {
  await context.clearCookies();
  await context.addCookies([{ name: "test-clock", value: at.toISOString(), url: baseURL }]);
}

test("a bakery claimed, given its hours, made a partner, and its bon plan taken", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  grantRole,
  signIn,
}) => {
  // A long story, with several browsers and axe twice, on a shared machine.
  test.setTimeout(180_000);
  const bakery = insertBakery();
  const baker = await insertMember({
    firstName: "Maëlle",
    lastName: "Fournier",
    placeCode: PORNIC,
  });
  verifyNeighbour(baker);
  const ambassador = await insertMember({ firstName: "Erwan", placeCode: PORNIC });
  grantRole(ambassador, "ambassador", PORNIC);
  const follower = await insertMember({ firstName: "Inès", placeCode: PORNIC });
  const neighbour = await insertMember({ firstName: "Hugo", placeCode: PORNIC });
  const holidaySunday = parisSunday(1, 10);

  // The baker claims the listing, without JavaScript.
  const bakerContext = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `10.251.${Math.floor(Math.random() * 250)}.7` },
  });
  const bakerPage = await bakerContext.newPage();
  await signIn(bakerPage, baker);
  await bakerPage.goto(bakery.path);
  await bakerPage.getByRole("link", { name: "Revendiquez-la" }).click();
  await bakerPage.getByLabel("Votre rôle").fill("Boulangère");
  await bakerPage.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(bakerPage.getByRole("status")).toContainText("Votre demande est en attente");

  // The ambassador of the commune calls back and approves.
  await signIn(page, ambassador);
  await page.goto("/ambassadeur/fiches");
  const claim = page.getByRole("article", {
    name: `Demande de Maëlle Fournier pour ${bakery.name}`,
  });
  await claim
    .getByLabel("Vérification faite")
    .selectOption({ label: "Rappel au numéro public du lieu" });
  await claim.getByLabel("Note de vérification").fill("Rappelée au fournil.");
  await claim.getByRole("button", { name: "Approuver" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Demande approuvée : la fiche a un nouveau gérant.",
  );

  // The baker sets a Sunday-morning range and a holiday closure.
  await bakerPage.goto(`/o/${bakery.id}/gerer`);
  const sunday = bakerPage.getByRole("group", { name: "Dimanche" });
  await sunday.getByLabel("Ouverture 1").fill("08:00");
  await sunday.getByLabel("Fermeture 1").fill("12:30");
  const holiday = bakerPage.getByRole("group", { name: "Jour particulier 1" });
  await holiday.getByLabel("Du").fill(holidaySunday.date);
  await holiday.getByLabel("Motif").selectOption({ label: "jour férié" });
  await bakerPage.getByRole("button", { name: "Enregistrer" }).click();
  await expect(bakerPage.getByRole("status")).toHaveText("Fiche enregistrée.");

  // Not a partner yet: no bons plans.
  await bakerPage.getByRole("link", { name: "Gérer les bons plans" }).click();
  await expect(bakerPage.getByText(/réservés aux commerces partenaires/)).toBeVisible();

  // The partnership, recorded straight into the database for now: the form
  // that ambassadors use comes with the partners branch.
  const today = new Date().toISOString().slice(0, 10);
  database()
    .insert(partnerships)
    .values({
      organisationId: bakery.id,
      startsOn: "2026-01-01",
      endsOn: "2099-12-31",
      monthlyAmountCents: 3000,
    })
    .run();

  // A neighbour follows the bakery (with JavaScript, from the listing page).
  const followerContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": `10.252.${Math.floor(Math.random() * 250)}.8` },
  });
  const followerPage = await followerContext.newPage();
  await signIn(followerPage, follower);
  await followerPage.goto(bakery.path);
  await followerPage.getByRole("button", { name: "Suivre cette fiche" }).click();
  await expect(followerPage.getByText(/Vous suivez cette fiche/)).toBeVisible();
  await followerPage.goto("/parametres/suivis");
  await expect(followerPage.getByRole("region", { name: "Fiches suivies" })).toContainText(
    bakery.name,
  );

  // The baker publishes a bon plan with ten units.
  await bakerPage.reload();
  await expect(bakerPage.getByRole("heading", { level: 1 })).toHaveText(
    `Bons plans de « ${bakery.name} »`,
  );
  await bakerPage.getByLabel("Titre").fill("Un croissant offert pour deux baguettes");
  await bakerPage.getByLabel("Description").fill("Le matin, **jusqu’à 10 h**.");
  await bakerPage.getByLabel("Valable à partir du").fill(today);
  await bakerPage.getByLabel("Jusqu’au (inclus)").fill("2099-12-31");
  await bakerPage.getByLabel("Quantité (facultatif)").fill("10");
  await bakerPage.getByLabel("Code (facultatif)").fill("PORNIC10");
  await bakerPage.getByRole("button", { name: "Publier le bon plan" }).click();
  await expect(bakerPage.getByRole("status")).toHaveText("Bon plan publié ; 1 abonné prévenu.");
  await expect(bakerPage.getByText("10 restants")).toBeVisible();
  await bakerContext.close();
  // The ambassador, as the place's staff, sees the same page (with JavaScript, for axe).
  await page.goto(`/o/${bakery.id}/bons-plans`);
  await expect(page.getByText("10 restants")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The follower hears of it.
  await followerPage.goto("/notifications");
  await followerPage
    .getByRole("button", {
      name: new RegExp(`Nouveau bon plan chez ${bakery.name} : « Un croissant offert`),
    })
    .click();
  await expect(followerPage).toHaveURL(new RegExp(`${bakery.path}#bon-plan-\\d+$`));
  await followerContext.close();

  // A visitor sees the deal and its count, as an Offer in the structured data.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(bakery.path);
  const deals = visitor.getByRole("region", { name: "Bons plans" });
  await expect(deals).toContainText("Un croissant offert pour deux baguettes");
  await expect(deals).toContainText("10 restants");
  await expect(deals).not.toContainText("PORNIC10");
  const data = await visitor.locator('script[type="application/ld+json"]').allTextContents();
  const offers = data.map((text) => JSON.parse(text)).find(Array.isArray);
  expect(offers).toMatchObject([
    { "@type": "Offer", validThrough: "2099-12-31", inventoryLevel: { value: 10 } },
  ]);
  expect(JSON.stringify(data)).not.toContain('"Event"');

  // Another neighbour takes one: their code, and one fewer for everyone.
  await signIn(page, neighbour);
  await page.goto(bakery.path);
  await page.getByRole("button", { name: "J’en profite" }).click();
  await expect(page.getByText("C’est noté : ce bon plan est pour vous.")).toBeVisible();
  await expect(page.getByText("Votre code : PORNIC10")).toBeVisible();
  await expect(page.getByRole("region", { name: "Bons plans" })).toContainText("9 restants");
  await visitor.reload();
  await expect(deals).toContainText("9 restants");
  await expectNoAccessibilityViolations(visitor);
  // « Bons plans près de chez vous » on the commune's page.
  await visitor.goto(`/p/${bakery.placeSlug}`);
  await expect(visitor.getByRole("region", { name: "Bons plans près de chez vous" })).toContainText(
    "Un croissant offert pour deux baguettes",
  );
  await expectNoAccessibilityViolations(visitor);

  // The last step: another neighbour recommends the bakery in an answer; it links back.
  const question = insertQuestion(store(), {
    authorId: follower.id,
    placeId: bakery.placeId,
    kind: "question",
    category: "commerces",
    title: `Du bon pain le dimanche matin ? ${bakery.id}`,
    body: "Pour un brunch en famille.",
    tags: [],
  });
  await page.goto(`/q/${question.id}/${question.slug}`);
  await page.getByLabel("Votre réponse").fill(`Celle-ci, sans hésiter :\n\n[fiche:${bakery.id}]\n`);
  await page.getByRole("button", { name: "Répondre", exact: true }).click();
  await expect(
    page.getByRole("complementary", { name: `Fiche recommandée : ${bakery.name}` }),
  ).toBeVisible();
  await visitor.goto(bakery.path);
  await expect(
    visitor.getByRole("heading", { name: "Recommandée dans 1 réponse de voisins" }),
  ).toBeVisible();
  await visitor.getByRole("link", { name: /^Hugo \S\., en réponse à/ }).click();
  await expect(visitor).toHaveURL(new RegExp(`/q/${question.id}/`));

  // The visitor's clock moved: open on a Sunday morning, closed after, closed on the holiday.
  await visitorAt(visitorContext, parisSunday(0, 10).at);
  await visitor.goto(bakery.path);
  await expect(visitor.getByText(/Ouvert maintenant · ferme à 12 h 30/)).toBeVisible();
  await visitorAt(visitorContext, parisSunday(0, 13).at);
  await visitor.reload();
  await expect(visitor.getByText(/^Fermé/).first()).toBeVisible();
  await expect(visitor.getByText(/Ouvert maintenant/)).toHaveCount(0);
  await visitorAt(visitorContext, holidaySunday.at);
  await visitor.reload();
  await expect(visitor.getByText("Fermé aujourd’hui (jour férié)").first()).toBeVisible();
  await visitorContext.close();
});
