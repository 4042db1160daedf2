import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { organisations, places } from "#db/schema";
import { haversineKm } from "#app/domain/geo";
import { copyPlacesDatabase } from "#test/databases";
import { categoryOfActivity } from "./activities";
import { detectEncoding } from "./csv";
import { importDirectory } from "./import";
import { associationCategory, sensibleName } from "./names";
import { toWgs84 } from "./projection";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/directory",
);
const rna = path.join(fixtures, "rna_waldec_extrait.csv");
const sirene = path.join(fixtures, "StockEtablissement_extrait.csv");

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());

function listing(key: { rnaNumber?: string; siret?: string }) {
  const rows = db
    .select({
      name: organisations.name,
      alias: organisations.alias,
      kind: organisations.kind,
      category: organisations.category,
      placeCode: places.code,
      lat: organisations.lat,
      lng: organisations.lng,
      approximate: organisations.approximate,
      address: organisations.address,
      addressPublic: organisations.addressPublic,
      soleTrader: organisations.soleTrader,
      website: organisations.website,
      contactPublic: organisations.contactPublic,
      description: organisations.description,
      descriptionHtml: organisations.descriptionHtml,
      slug: organisations.slug,
    })
    .from(organisations)
    .innerJoin(places, eq(places.id, organisations.placeId))
    .where(
      key.rnaNumber
        ? eq(organisations.rnaNumber, key.rnaNumber)
        : eq(organisations.siret, key.siret ?? ""),
    )
    .all();
  return rows[0];
}

describe("directory import from the RNA and SIRENE files", () => {
  it("keeps the active, publishable entries, on their communes, and says why it skipped the others", async () => {
    const report = await importDirectory(db, { rna, sirene });

    expect(report.rna).toMatchObject({ encoding: "windows-1252", read: 8, written: 5 });
    expect(report.rna?.skipped).toEqual({ dissolved: 1, inactive: 1, "unknown-commune": 1 });
    expect(report.rna?.examples).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "W442000003", reason: "dissolved" }),
        expect.objectContaining({ id: "W442000006", reason: "unknown-commune" }),
      ]),
    );
    expect(report.sirene).toMatchObject({ encoding: "utf-8", read: 8, written: 4 });
    expect(report.sirene?.skipped).toEqual({
      closed: 1,
      "non-diffusible": 1,
      "off-list-activity": 1,
      "no-public-name": 1,
    });
    expect(report.sirene?.examples.map((example) => [example.id, example.reason])).toEqual([
      ["83456789000018", "closed"],
      ["84567890100011", "non-diffusible"],
      ["85678901200014", "off-list-activity"],
      ["87890123400010", "no-public-name"],
    ]);

    expect(listing({ rnaNumber: "W442000001" })).toMatchObject({
      name: "Association Sportive de Donges",
      alias: "ASD",
      kind: "association",
      category: "sport",
      placeCode: "44052",
      approximate: true,
      address: null,
      website: "https://www.asdonges.fr/",
      contactPublic: true,
      description: "Pratique du football et du basket-ball pour tous les âges ; école de sport",
    });
    // No publication consent (publiweb = 0): the website is not kept.
    expect(listing({ rnaNumber: "W442000002" })).toMatchObject({
      name: "AMAP du Marais",
      category: "alimentation-durable",
      placeCode: "44103",
      website: null,
      contactPublic: false,
    });
    expect(listing({ rnaNumber: "W442000002" })?.descriptionHtml).toContain("maraîchers");
    expect(listing({ rnaNumber: "W442000004" })).toMatchObject({
      name: "Comité des Fêtes de Lavau-sur-Loire",
      category: "vie-locale",
      placeCode: "44080",
    });
    // Paris's code with the postal code 75011: the 11th arrondissement.
    expect(listing({ rnaNumber: "W751000005" })?.placeCode).toBe("75111");
    expect(listing({ rnaNumber: "W332000007" })?.placeCode).toBe("33063");

    expect(listing({ siret: "81234567800012" })).toMatchObject({
      name: "Au Fournil de Donges",
      kind: "commerce",
      category: "boulangerie",
      placeCode: "44052",
      approximate: false,
      address: "12 rue du Port",
      addressPublic: true,
      // The stock alone does not tell a company from a sole trader.
      soleTrader: true,
      slug: "au-fournil-de-donges",
    });
    expect(listing({ siret: "82345678900015" })).toMatchObject({
      name: "Montoir Plomberie",
      category: "batiment",
      placeCode: "44103",
    });
    // No coordinates: the commune's centre, marked approximate.
    const escale = listing({ siret: "86789012300017" });
    expect(escale).toMatchObject({
      name: "L'Escale du Port",
      placeCode: "44080",
      approximate: true,
    });
  });

  it("puts a Lambert-93 point within 50 m of its known WGS84 position", () => {
    // The Eiffel Tower: 48°51′29.6″ N, 2°17′40.2″ E. Its Lambert-93 coordinates in the
    // fixture were computed with IGN's closed-form formulas (NTG 71), not with proj4.
    const tower = { lat: 48.858222, lng: 2.2945 };
    const restaurant = listing({ siret: "90123456700021" });
    expect(restaurant).toMatchObject({
      name: "Le Jules Verne",
      placeCode: "75107",
      approximate: false,
    });
    expect(haversineKm(restaurant!, tower) * 1000).toBeLessThan(50);
    // And a published pair: the origin of Lambert-93 (700 000, 6 600 000) is 46.5° N, 3° E.
    const origin = toWgs84("EPSG:2154", 700_000, 6_600_000)!;
    expect(haversineKm(origin, { lat: 46.5, lng: 3 }) * 1000).toBeLessThan(1);
  });

  it("imports twice without duplicates, and keeps a claimed listing as its managers made it", async () => {
    const count = () => db.$client.prepare("SELECT count(*) FROM organisations").pluck().get();
    const before = count();
    db.update(organisations)
      .set({ name: "Le Fournil (claimed)", claimedAt: new Date() })
      .where(eq(organisations.siret, "81234567800012"))
      .run();
    await importDirectory(db, { rna, sirene });
    expect(count()).toBe(before);
    expect(before).toBe(9);
    expect(listing({ siret: "81234567800012" })?.name).toBe("Le Fournil (claimed)");
    expect(db.$client.prepare("SELECT count(*) FROM organisations_rtree").pluck().get()).toBe(9);
  });

  it("keeps only the departments asked for", async () => {
    const other = copyPlacesDatabase();
    const report = await importDirectory(other, { rna, departments: ["44"] });
    expect(report.rna?.written).toBe(3);
    expect(report.rna?.skipped["outside-departments"]).toBe(2);
    other.$client.close();
  });
});

describe("directory import rules", () => {
  it("detects the encoding from the file's start", async () => {
    expect(await detectEncoding(rna)).toBe("windows-1252");
    expect(await detectEncoding(sirene)).toBe("utf-8");
  });

  it("writes names from the registers sensibly", () => {
    expect(sensibleName("ASSOCIATION DES PARENTS D'ELEVES DE L'ECOLE JULES VERNE")).toBe(
      "Association des Parents d'Eleves de l'Ecole Jules Verne",
    );
    expect(sensibleName("A.S.D. BASKET")).toBe("A.S.D. Basket");
    expect(sensibleName("MJC DE SAINT-NAZAIRE")).toBe("MJC de Saint-Nazaire");
    expect(sensibleName("Les Amis de Donges")).toBe("Les Amis de Donges");
    expect(associationCategory("Club des aînés", "")).toBe("seniors");
  });

  it("maps activities through the allow-list; a NAF 2025 code alone is reported", () => {
    expect(categoryOfActivity({ rev2: "43.21A", naf2025: null })).toBe("batiment");
    expect(categoryOfActivity({ rev2: "64.20Z", naf2025: null })).toBeNull();
    expect(categoryOfActivity({ rev2: null, naf2025: "56.11Y" })).toBe("naf2025-only");
  });
});
