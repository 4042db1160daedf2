import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { organisations, places } from "#db/schema";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";

/*
 * Claiming and managing a listing. The story runs in Guérande, on a bakery
 * of its own: directory.spec.ts counts Donges's listings and wants its
 * fixture bakery unclaimed and open day and night, and both run at once.
 */
const GUERANDE = "44069";

/** A sole trader's bakery as the SIRENE import writes it: address kept, not shown until claimed. */
function insertBakery() {
  const suffix = randomBytes(3).toString("hex");
  const place = database().select().from(places).where(eq(places.code, GUERANDE)).get()!;
  const name = `Fournil de la Collégiale ${suffix}`;
  const row = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "boulangerie",
      name,
      slug: `fournil-de-la-collegiale-${suffix}`,
      placeId: place.id,
      lat: place.lat + 0.001,
      lng: place.lng,
      approximate: false,
      address: "5 rue de Saillé",
      postalCode: "44350",
      addressPublic: true,
      soleTrader: true,
      source: "sirene",
      siret: `9${Date.now()}`.slice(0, 14),
    })
    .returning({ id: organisations.id })
    .get();
  return { id: row.id, name, path: `/o/${row.id}/fournil-de-la-collegiale-${suffix}` };
}

/** A calendar day `days` from today (the test only needs it some days ahead). */
function dayFromToday(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a neighbour claims a bakery, the ambassador approves, the manager sets its hours", async ({
  page,
  browser,
  insertMember,
  verifyNeighbour,
  grantRole,
  signIn,
}) => {
  const bakery = insertBakery();
  const baker = await insertMember({
    firstName: "Nadia",
    lastName: `Boulanger${randomBytes(2).toString("hex")}`,
    placeCode: GUERANDE,
  });
  verifyNeighbour(baker);
  const ambassador = await insertMember({ firstName: "Yann", placeCode: GUERANDE });
  grantRole(ambassador, "ambassador", GUERANDE);

  // The baker, without JavaScript: every form of the story works as plain HTML.
  const bakerContext = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `10.250.${Math.floor(Math.random() * 250)}.9` },
  });
  const bakerPage = await bakerContext.newPage();
  await signIn(bakerPage, baker);
  await bakerPage.goto(bakery.path);
  await expect(
    bakerPage.getByText("Fiche issue des données publiques · vous la gérez ? Revendiquez-la"),
  ).toBeVisible();
  await expect(bakerPage.getByText("5 rue de Saillé")).toHaveCount(0);
  await bakerPage.getByRole("link", { name: "Revendiquez-la" }).click();
  await expect(bakerPage.getByRole("heading", { level: 1 })).toHaveText(
    `Revendiquer « ${bakery.name} »`,
  );
  await bakerPage.getByLabel("Votre rôle").fill("Gérante");
  await bakerPage
    .getByLabel("Comment vous joindre pour vérifier (facultatif)")
    .fill("Au fournil le matin, 02 40 00 00 00");
  await bakerPage.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(bakerPage.getByRole("status")).toContainText("Votre demande est en attente");

  // The ambassador checks by calling back, and approves.
  await signIn(page, ambassador);
  await page.goto("/ambassadeur");
  await page.getByRole("link", { name: /demandes? de fiches? à vérifier/ }).click();
  await expect(page).toHaveURL(/\/ambassadeur\/fiches$/);
  const claim = page.getByRole("article", {
    name: `Demande de Nadia ${baker.lastName} pour ${bakery.name}`,
  });
  await expect(claim).toContainText("« Gérante »");
  await expect(claim).toContainText("Au fournil le matin");
  await expectNoAccessibilityViolations(page);
  await claim.getByRole("button", { name: "Approuver" }).click();
  await expect(claim.getByText("Indiquez comment vous avez vérifié.")).toBeVisible();
  await claim
    .getByLabel("Vérification faite")
    .selectOption({ label: "Rappel au numéro public du lieu" });
  await claim
    .getByLabel("Note de vérification")
    .fill("Rappelée au 02 40 00 00 00, c’est bien elle.");
  await claim.getByRole("button", { name: "Approuver" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Demande approuvée : la fiche a un nouveau gérant.",
  );

  // The baker hears of it, and manages the listing: a Sunday-morning range and a holiday closure.
  await bakerPage.goto("/notifications");
  await expect(
    bakerPage.getByText(/Votre demande est approuvée : vous gérez désormais la fiche/),
  ).toBeVisible();
  await bakerPage.goto(bakery.path);
  await expect(bakerPage.getByText("Revendiquez-la")).toHaveCount(0);
  await bakerPage.getByRole("link", { name: "Gérer la fiche" }).click();
  await expect(bakerPage.getByRole("heading", { level: 1 })).toHaveText(`Gérer « ${bakery.name} »`);
  await bakerPage.getByLabel("Présentation").fill("Pain au **levain**, cuit sur place.");
  await bakerPage.getByLabel("Téléphone").fill("02 40 00 00 00");
  const tuesday = bakerPage.getByRole("group", { name: "Mardi" });
  await tuesday.getByLabel("Ouverture 1").fill("07:00");
  await tuesday.getByLabel("Fermeture 1").fill("13:00");
  await tuesday.getByLabel("Ouverture 2").fill("15:30");
  await tuesday.getByLabel("Fermeture 2").fill("19:00");
  const sunday = bakerPage.getByRole("group", { name: "Dimanche" });
  await sunday.getByLabel("Ouverture 1").fill("08:00");
  await sunday.getByLabel("Fermeture 1").fill("12:30");
  const holiday = bakerPage.getByRole("group", { name: "Jour particulier 1" });
  const holidayDay = dayFromToday(10);
  await holiday.getByLabel("Du").fill(holidayDay);
  await holiday.getByLabel("Motif").selectOption({ label: "jour férié" });
  await bakerPage.getByRole("button", { name: "Enregistrer" }).click();

  await expect(bakerPage).toHaveURL(new RegExp(`${bakery.path}\\?modifiee=1$`));
  await expect(bakerPage.getByRole("status")).toHaveText("Fiche enregistrée.");
  const hours = bakerPage.getByRole("table", { name: "Horaires" });
  await expect(hours.getByRole("row", { name: /Dimanche/ })).toContainText("8 h – 12 h 30");
  await expect(hours.getByRole("row", { name: /Mardi/ })).toContainText(
    "7 h – 13 h, 15 h 30 – 19 h",
  );
  await expect(hours.getByRole("row", { name: /Lundi/ })).toContainText("Fermé");
  await expect(bakerPage.getByText(/jour férié, fermé toute la journée/)).toBeVisible();
  // Claimed, the bakery's address may be shown, as its manager chose.
  await expect(bakerPage.getByText("5 rue de Saillé, 44350 Guérande")).toBeVisible();

  // The form starts from what was saved, and the edit is a revision.
  await bakerPage.getByRole("link", { name: "Gérer la fiche" }).click();
  await expect(sunday.getByLabel("Ouverture 1")).toHaveValue("08:00");
  await expect(holiday.getByLabel("Du")).toHaveValue(holidayDay);
  await expect(bakerPage.getByRole("region", { name: "Modifications" })).toContainText(
    `par Nadia ${baker.lastName}`,
  );
  // A half-filled range is refused beside the field, with nothing saved.
  await bakerPage.getByRole("group", { name: "Lundi" }).getByLabel("Ouverture 1").fill("09:00");
  await bakerPage.getByRole("button", { name: "Enregistrer" }).click();
  await expect(bakerPage.getByText("Indiquez l’ouverture et la fermeture.")).toBeVisible();

  // A neighbour writes to the bakery: the message reaches its manager, never their address.
  await page.goto(bakery.path);
  await page.getByRole("link", { name: "Écrire aux gérants" }).click();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Votre message").fill("Faites-vous des galettes des rois sur commande ?");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Message envoyé au gérant de la fiche. Sa réponse arrivera dans vos messages.",
  );
  expect(await page.content()).not.toContain(baker.email);
  await bakerPage.goto("/messages");
  await expect(bakerPage.getByText(/galettes des rois/)).toBeVisible();
  await bakerContext.close();

  // The place's staff may edit the listing too: the form starts from the saved hours.
  await page.goto(`/o/${bakery.id}/gerer`);
  await expect(page.getByRole("group", { name: "Dimanche" }).getByLabel("Fermeture 1")).toHaveValue(
    "12:30",
  );
  await expectNoAccessibilityViolations(page);

  // The ambassador withdraws the management; the public log says so, without names.
  await page.goto("/ambassadeur/fiches");
  const manager = page.getByRole("article", {
    name: `Nadia ${baker.lastName}, gérant de ${bakery.name}`,
  });
  await manager.getByLabel("Raison du retrait").fill("A cédé le fonds de commerce.");
  await manager.getByRole("button", { name: "Retirer la gestion" }).click();
  await expect(page.getByRole("status")).toContainText("Gestion retirée");
  await page.goto("/p/guerande-44350/moderation");
  const entry = page.getByRole("listitem").filter({ hasText: "Gestion d’une fiche retirée" });
  await expect(entry.first()).toContainText("par un·e ambassadeur·rice");
  await expect(entry.first()).toContainText("motif : A cédé le fonds de commerce.");
  await expect(page.getByText(baker.lastName)).toHaveCount(0);
});

test("the claim and management pages are for members, and management for managers", async ({
  page,
  insertMember,
  signIn,
}) => {
  const bakery = insertBakery();
  await page.goto(`/o/${bakery.id}/revendiquer`);
  await expect(page).toHaveURL(/\/connexion\?redirectTo=/);
  const someone = await insertMember({ placeCode: GUERANDE });
  await signIn(page, someone);
  await page.goto(`/o/${bakery.id}/revendiquer`);
  // Not a verified neighbour: told how to become one, no form.
  await expect(page.getByText(/faites d’abord vérifier votre quartier/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Envoyer la demande" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  expect((await page.request.get(`/o/${bakery.id}/gerer`)).status()).toBe(403);
  expect((await page.request.get("/ambassadeur/fiches")).status()).toBe(403);
  expect((await page.request.get("/o/99999999/gerer")).status()).toBe(404);
});

test("a verified neighbour adds a missing place, which waits for the check", async ({
  page,
  insertMember,
  verifyNeighbour,
  signIn,
}) => {
  const member = await insertMember({ placeCode: GUERANDE });
  verifyNeighbour(member);
  await signIn(page, member);
  await page.goto("/p/guerande-44350/annuaire");
  await page.getByRole("link", { name: "Un lieu manque ? Ajoutez-le" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajouter un lieu à l’annuaire");
  await expectNoAccessibilityViolations(page);
  const name = `Ressourcerie du Pays blanc ${randomBytes(2).toString("hex")}`;
  await page.getByLabel("Nom").fill(name);
  await page.getByLabel("Catégorie").selectOption({ label: "Ressourcerie, recyclerie" });
  await page.getByLabel("Votre rôle").fill("Bénévole");
  await page.getByRole("button", { name: "Ajouter et revendiquer" }).click();
  await expect(page).toHaveURL(/\/o\/\d+\/ressourcerie-du-pays-blanc-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText(/Votre demande est en attente : l’équipe de Guérande/)).toBeVisible();
});
