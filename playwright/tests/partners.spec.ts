import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { organisationClaims, organisations, places } from "#db/schema";
import { expectNoAccessibilityViolations } from "#playwright/axe";
import { database, expect, test } from "#playwright/fixtures";

/*
 * Partner merchants (issue 15, item 4): an ambassador records a partnership
 * from the UI, the manager fills the showcase, a visitor sees the badge, the
 * services and the gallery, and the month's CSV has the partnership's row.
 * In Trignac, a commune no other spec's directory counts.
 */
const TRIGNAC = "44210";

function parisToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

function insertShop(managerId: string) {
  const suffix = randomBytes(3).toString("hex");
  const place = database().select().from(places).where(eq(places.code, TRIGNAC)).get()!;
  const name = `Épicerie du Marais ${suffix}`;
  const slug = `epicerie-du-marais-${suffix}`;
  const row = database()
    .insert(organisations)
    .values({
      kind: "commerce",
      category: "alimentation",
      name,
      slug,
      placeId: place.id,
      lat: place.lat,
      lng: place.lng,
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
      role: "gérant",
      reviewedAt: new Date(),
    })
    .run();
  return { id: row.id, name, path: `/o/${row.id}/${slug}`, placeName: place.name };
}

test("an ambassador records a partnership; the partner's page shows it; the CSV has its row", async ({
  page,
  browser,
  insertMember,
  grantRole,
  signIn,
}) => {
  const manager = await insertMember({ firstName: "Malik", placeCode: TRIGNAC });
  const ambassador = await insertMember({
    firstName: "Anne",
    lastName: `Ambassade${randomBytes(2).toString("hex")}`,
    placeCode: TRIGNAC,
  });
  // Five pages under axe, on a shared machine.
  test.setTimeout(180_000);
  grantRole(ambassador, "ambassador", TRIGNAC);
  const shop = insertShop(manager.id);
  const today = parisToday();
  const month = today.slice(0, 7);

  // The ambassador finds the shop among the managed listings of their commune.
  await signIn(page, ambassador);
  await page.goto("/ambassadeur");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Espace ambassadeur");
  await expectNoAccessibilityViolations(page);
  const listings = page.getByRole("region", { name: "Fiches gérées de vos communes" });
  await listings
    .getByRole("listitem")
    .filter({ hasText: shop.name })
    .getByRole("link", { name: "Partenariat" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Partenariat · ${shop.name}`);
  await page.getByLabel("Premier jour").fill(today);
  await page.getByLabel("Montant mensuel (euros)").fill("abc");
  await page.getByRole("button", { name: "Enregistrer le partenariat" }).click();
  await expect(page.getByText("Un montant en euros, par exemple 30 ou 29,90.")).toBeVisible();
  await page.getByLabel("Montant mensuel (euros)").fill("30");
  await page.getByRole("button", { name: "Enregistrer le partenariat" }).click();
  await expect(page.getByRole("status")).toHaveText("Partenariat enregistré.");
  await expect(page.getByText("Cette fiche est un commerce partenaire aujourd’hui.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The manager, without JavaScript, fills the showcase.
  const managerContext = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `10.251.${Math.floor(Math.random() * 250)}.7` },
  });
  const managerPage = await managerContext.newPage();
  await signIn(managerPage, manager);
  await managerPage.goto(shop.path);
  await managerPage.getByRole("link", { name: "Vitrine du partenaire" }).click();
  await managerPage
    .getByLabel("Présentation détaillée")
    .fill("Fruits et légumes du **marais**, livrés le jeudi.");
  await managerPage.getByRole("checkbox", { name: "Livraison à domicile" }).check();
  await managerPage.getByRole("checkbox", { name: "Accessible PMR" }).check();
  await managerPage.getByRole("button", { name: "Enregistrer la vitrine" }).click();
  await expect(managerPage.getByRole("status")).toHaveText("Vitrine enregistrée.");
  const photo = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 140, b: 60 } },
  })
    .jpeg()
    .toBuffer();
  await managerPage
    .getByLabel("Ajouter une photo")
    .setInputFiles({ name: "etal.jpg", mimeType: "image/jpeg", buffer: photo });
  await managerPage.getByLabel("Ce que montre la photo").fill("L’étal de légumes");
  await managerPage.getByRole("button", { name: "Ajouter à la galerie" }).click();
  await expect(managerPage.getByRole("status")).toHaveText("Photo ajoutée.");
  await managerContext.close();
  // axe needs JavaScript: the showcase form checked as the place's ambassador (staff edit it too).
  await page.goto(`/o/${shop.id}/vitrine`);
  await expect(page.getByRole("img", { name: "L’étal de légumes" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A visitor sees the badge, the services and the gallery.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(shop.path);
  await expect(visitorPage.getByText("Commerce partenaire")).toBeVisible();
  await expect(visitorPage.getByText("Fruits et légumes du")).toBeVisible();
  const services = visitorPage.getByRole("region", { name: "Nos services" });
  await expect(services.getByRole("listitem")).toHaveText([
    "Livraison à domicile",
    "Accessible PMR",
  ]);
  const gallery = visitorPage.getByRole("region", { name: "Photos" });
  const image = gallery.getByRole("img", { name: "L’étal de légumes" });
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expectNoAccessibilityViolations(visitorPage);
  await visitor.close();

  // The month's statement downloads, with the partnership's row.
  await page.goto("/ambassadeur");
  await page.getByLabel("Relevé mensuel (CSV)").fill(month);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`partenariats-${month}.csv`);
  const stream = await download.createReadStream();
  let csv = "";
  for await (const chunk of stream) csv += chunk;
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe(
    "partenariat,fiche,commune,premier_jour,dernier_jour,jours_actifs,montant_mensuel_eur,montant_du_eur,ambassadeur",
  );
  const row = lines.find((line) => line.includes(shop.name))!;
  const [, name, commune, first, , days, monthly] = row.split(",");
  expect([name, commune, first, monthly]).toEqual([shop.name, shop.placeName, today, "30.00"]);
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const monthDays = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  expect(Number(days)).toBe(monthDays - Number(today.slice(8)) + 1);
  expect(row.endsWith(`Anne ${ambassador.lastName}`)).toBe(true);
});
