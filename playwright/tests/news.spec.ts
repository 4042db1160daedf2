import { randomBytes } from "node:crypto";
import { DomUtils, parseDocument } from "htmlparser2";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { organisationClaims, organisations, places } from "#db/schema";
import { addFollow } from "#app/models/notifications/follows.server";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";

/*
 * Local news (ADR 027), in Lavau-sur-Loire and Montoir-de-Bretagne: other
 * specs count things in Donges.
 */
const LAVAU = "44080";
const MONTOIR = "44103";

function place(code: string) {
  return database().select().from(places).where(eq(places.code, code)).get()!;
}

/** An association of Lavau whose claim was approved: `manager` runs it. */
function insertManagedAssociation(managerId: string) {
  const suffix = randomBytes(3).toString("hex");
  const lavau = place(LAVAU);
  const name = `Comité des fêtes ${suffix}`;
  const row = database()
    .insert(organisations)
    .values({
      kind: "association",
      category: "vie-locale",
      name,
      slug: `comite-des-fetes-${suffix}`,
      placeId: lavau.id,
      lat: lavau.lat,
      lng: lavau.lng,
      approximate: true,
      source: "member",
      claimedAt: new Date(),
    })
    .returning({ id: organisations.id })
    .get();
  database()
    .insert(organisationClaims)
    .values({
      organisationId: row.id,
      userId: managerId,
      status: "approved",
      role: "président",
      reviewedAt: new Date(),
    })
    .run();
  return { id: row.id, name };
}

test("a manager posts with a photo, staff approve, a follower is notified, a member says Merci and asks", async ({
  page,
  browser,
  insertMember,
  grantRole,
  signIn,
}) => {
  const manager = await insertMember({ firstName: "Gaëlle", placeCode: LAVAU });
  const association = insertManagedAssociation(manager.id);
  const ambassador = await insertMember({ firstName: "Yann", placeCode: LAVAU });
  grantRole(ambassador, "ambassador", LAVAU);
  const follower = await insertMember({ firstName: "Maël", placeCode: MONTOIR });
  addFollow(database(), follower.id, { placeId: place(MONTOIR).id, radiusKm: 20, category: null });
  const lavauSlug = place(LAVAU).slug;

  // The manager publishes, with a photo, from the listing's page.
  await signIn(page, manager);
  await page.goto(`/o/${association.id}/x`);
  await page.getByRole("link", { name: "Publier une actualité" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publier une actualité");
  await expect(page.getByLabel("Au nom de")).toHaveValue(`o:${association.id}`);
  await expectNoAccessibilityViolations(page);
  const title = `Fête de la Loire ${randomBytes(2).toString("hex")}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Texte").fill("Rendez-vous **samedi** sur le quai : musique et galettes.");
  await page.getByRole("radio", { name: "La commune et ses voisines à 20 km" }).check();
  const photo = await sharp({
    create: { width: 64, height: 48, channels: 3, background: "#2a7" },
  })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel("Choisir des photos")
    .setInputFiles({ name: "quai.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByLabel(/Ce que montre la photo 1/).fill("Le quai de Lavau au soleil");
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    page.getByText("En attente de l’approbation de l’équipe de Lavau-sur-Loire."),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: "Le quai de Lavau au soleil" })).toBeVisible();
  const postUrl = page.url();

  // A visitor does not see it yet.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(postUrl))!.status()).toBe(404);

  // The ambassador finds it waiting on the place's news and approves it.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, ambassador);
  await staffPage.goto(`/p/${lavauSlug}/actualites`);
  await staffPage
    .getByRole("region", { name: "Actualités en attente d’approbation" })
    .getByRole("link", { name: title })
    .click();
  await staffPage.getByRole("button", { name: "Approuver et publier" }).click();
  await expect(staffPage.getByRole("button", { name: "Approuver et publier" })).toHaveCount(0);

  // The follower of Montoir (20 km) is told.
  const followerContext = await browser.newContext();
  const followerPage = await followerContext.newPage();
  await signIn(followerPage, follower);
  await followerPage.goto("/notifications");
  await followerPage
    .getByRole("button", { name: new RegExp(`Nouvelle actualité : « ${title} »`) })
    .click();
  await expect(followerPage.getByRole("heading", { level: 1 })).toHaveText(title);

  // A visitor reads it in the place's news, and can only read.
  await visitor.goto(`/p/${lavauSlug}/actualites`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(
    "Actualités de Lavau-sur-Loire",
  );
  await expectNoAccessibilityViolations(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByText(`Par ${association.name}`)).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Merci" })).toHaveCount(0);
  await expect(visitor.getByText("Gaëlle")).toHaveCount(0);
  await expectNoAccessibilityViolations(visitor);

  // The follower says Merci, once, and asks a question about it.
  await followerPage.getByRole("button", { name: "Merci" }).click();
  await expect(followerPage.getByText("1 merci", { exact: true })).toBeVisible();
  await expect(followerPage.getByText("Vous avez dit merci")).toBeVisible();
  await followerPage.getByRole("link", { name: "Poser une question à ce sujet" }).click();
  await expect(followerPage.getByText(`À propos de l’actualité « ${title} »`)).toBeVisible();
  await expect(followerPage.getByLabel("Titre")).toHaveValue(title);
  await followerPage.getByLabel("Titre").fill(`Faut-il apporter des chaises pour la ${title} ?`);
  await followerPage.getByLabel("Détails").fill("Pour les anciens du quartier, surtout.");
  await followerPage.getByLabel("Catégorie").selectOption("autre");
  await followerPage.getByRole("button", { name: "Publier" }).click();
  await followerPage.getByRole("link", { name: `À propos de l’actualité « ${title} »` }).click();
  await expect(followerPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    followerPage
      .getByRole("region", { name: "Questions posées à ce sujet" })
      .getByRole("link", { name: /Faut-il apporter des chaises/ }),
  ).toBeVisible();

  // The place's Atom feed carries it.
  const feed = await visitor.request.get(`/p/${lavauSlug}/actualites.atom?rayon=10`);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const atom = parseDocument(await feed.text(), { xmlMode: true });
  const ids = DomUtils.getElementsByTagName("entry", atom).map((entry) =>
    DomUtils.textContent(DomUtils.getElementsByTagName("id", entry)[0]!),
  );
  expect(ids.map((id) => new URL(id).pathname)).toContain(new URL(postUrl).pathname);
  await Promise.all([visitorContext.close(), staffContext.close(), followerContext.close()]);
});
