import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, places } from "#db/schema";
import { importDirectory } from "#db/directory/import";
import type { OpeningHours } from "#app/domain/opening-hours";
import { copyPlacesDatabase } from "#test/databases";
import { directoryQueries, listOrganisationsNear } from "./list-near.server";
import { getOrganisationPage } from "./organisation-page.server";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/directory",
);
const db = copyPlacesDatabase();
const donges = db.select().from(places).where(eq(places.code, "44052")).get()!;
const idOf = (siretOrRna: string) =>
  db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      sql`${organisations.siret} = ${siretOrRna} OR ${organisations.rnaNumber} = ${siretOrRna}`,
    )
    .get()!.id;

const bakeryHours: OpeningHours = {
  weekly: [
    {
      days: ["tuesday", "wednesday", "thursday", "friday", "saturday"],
      opens: "07:00",
      closes: "19:00",
    },
    { days: ["sunday"], opens: "07:30", closes: "12:30" },
  ],
  special: [],
};
// Sunday 7 June 2026, 10:00 and 15:00 in Paris.
const sundayMorning = new Date("2026-06-07T08:00:00Z");
const sundayAfternoon = new Date("2026-06-07T13:00:00Z");

beforeAll(async () => {
  await importDirectory(db, {
    rna: path.join(fixtures, "rna_waldec_extrait.csv"),
    sirene: path.join(fixtures, "StockEtablissement_extrait.csv"),
  });
  db.update(organisations)
    .set({ openingHours: bakeryHours })
    .where(eq(organisations.siret, "81234567800012"))
    .run();
});
afterAll(() => db.$client.close());

describe("the directory around a place", () => {
  const centre = { lat: donges.lat, lng: donges.lng };

  it("lists listings within the radius, nearest first, with kind and category filters", () => {
    const near = listOrganisationsNear(db, { centre, radiusKm: 10, at: sundayMorning });
    expect(near.items.map((item) => item.name)).toEqual([
      // Measured from the commune's centre (no public premises), then by name:
      // Donges, then Montoir-de-Bretagne (5.5 km), then Lavau-sur-Loire (8 km).
      "Association Sportive de Donges",
      "Au Fournil de Donges",
      "AMAP du Marais",
      "Montoir Plomberie",
      "Comité des Fêtes de Lavau-sur-Loire",
      "L'Escale du Port",
    ]);
    expect(near.total).toBe(6);
    expect(near.items[1]).toMatchObject({
      distanceKm: 0,
      approximate: true,
      place: { code: "44052" },
    });

    const shops = listOrganisationsNear(db, {
      centre,
      radiusKm: 10,
      kind: "commerce",
      at: sundayMorning,
    });
    expect(shops.items.map((item) => item.category)).toEqual([
      "boulangerie",
      "batiment",
      "cafe-restaurant",
    ]);
    const plumbers = listOrganisationsNear(db, {
      centre,
      radiusKm: 10,
      category: "batiment",
      at: sundayMorning,
    });
    expect(plumbers.items.map((item) => item.name)).toEqual(["Montoir Plomberie"]);
    expect(listOrganisationsNear(db, { centre, radiusKm: 2, at: sundayMorning }).total).toBe(2);
  });

  it("pages through the list", () => {
    const first = listOrganisationsNear(db, { centre, radiusKm: 10, at: sundayMorning, limit: 4 });
    const second = listOrganisationsNear(db, {
      centre,
      radiusKm: 10,
      at: sundayMorning,
      limit: 4,
      page: 2,
    });
    expect(first.pageCount).toBe(2);
    expect(second.items.map((item) => item.name)).toEqual([
      "Comité des Fêtes de Lavau-sur-Loire",
      "L'Escale du Port",
    ]);
  });

  it("keeps only what is open now, when asked", () => {
    const open = listOrganisationsNear(db, {
      centre,
      radiusKm: 10,
      openNow: true,
      at: sundayMorning,
    });
    expect(open.items.map((item) => item.name)).toEqual(["Au Fournil de Donges"]);
    expect(open.items[0]?.openingStatus).toMatchObject({ open: true, closesAt: { time: "12:30" } });
    expect(
      listOrganisationsNear(db, { centre, radiusKm: 10, openNow: true, at: sundayAfternoon }).total,
    ).toBe(0);
  });

  it("reads only nearby rows: the R*Tree drives, even with a kind and a category", () => {
    for (const filters of [{}, { kind: "commerce" as const, category: "boulangerie" as const }]) {
      const { select } = directoryQueries({ centre, radiusKm: 10, at: sundayMorning, ...filters });
      const plan = db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${select}`);
      const details = plan.map((step) => step.detail);
      expect(details[0]).toMatch(/^SCAN organisations_rtree VIRTUAL TABLE INDEX/);
      expect(details).toContain("SEARCH organisations USING INTEGER PRIMARY KEY (rowid=?)");
      expect(details.join("\n")).not.toMatch(/SCAN (organisations|places)\b(?!_rtree)/);
    }
  });
});

describe("a listing's page", () => {
  const options = { at: sundayMorning, origin: "https://coupdemain.test" };

  it("never shows a sole trader's street address or point before the listing is claimed", () => {
    const id = idOf("81234567800012");
    const page = getOrganisationPage(db, id, options)!;
    expect(page).toMatchObject({
      name: "Au Fournil de Donges",
      address: null,
      point: { lat: donges.lat, lng: donges.lng, approximate: true },
      claimed: false,
      fromOpenData: true,
      openingStatus: { open: true, closesAt: { time: "12:30" } },
    });
    expect(JSON.stringify(page.jsonLd)).not.toContain("rue du Port");
    expect(page.jsonLd).toMatchObject({
      "@type": "LocalBusiness",
      address: { addressLocality: "Donges", postalCode: "44480" },
      openingHoursSpecification: expect.arrayContaining([
        expect.objectContaining({ dayOfWeek: ["https://schema.org/Sunday"], opens: "07:30" }),
      ]),
    });
    expect(page.jsonLd).not.toHaveProperty("geo");

    db.update(organisations).set({ claimedAt: new Date() }).where(eq(organisations.id, id)).run();
    const claimed = getOrganisationPage(db, id, options)!;
    expect(claimed).toMatchObject({ address: "12 rue du Port", point: { approximate: false } });
    expect(claimed.jsonLd).toHaveProperty("geo");
    db.update(organisations).set({ claimedAt: null }).where(eq(organisations.id, id)).run();
  });

  it("shows a company's premises, and an association's contact only with its consent", () => {
    db.update(organisations)
      .set({ soleTrader: false })
      .where(eq(organisations.siret, "90123456700021"))
      .run();
    expect(getOrganisationPage(db, idOf("90123456700021"), options)).toMatchObject({
      address: "5 avenue Gustave Eiffel",
      place: { code: "75107" },
    });
    expect(getOrganisationPage(db, idOf("W442000001"), options)).toMatchObject({
      website: "https://www.asdonges.fr/",
      jsonLd: { "@type": "Organization", alternateName: "ASD" },
    });
    expect(getOrganisationPage(db, idOf("W442000002"), options)?.website).toBeNull();
    expect(getOrganisationPage(db, 999_999, options)).toBeNull();
  });
});
