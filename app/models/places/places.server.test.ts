import { afterAll, describe, expect, it } from "vitest";
import { openPlacesDatabase } from "#test/databases";
import { haversineKm } from "#app/domain/geo";
import { getPlace, neighbouringPlaces, resolvePlaceChoice, searchPlaces } from "./places.server";

const db = openPlacesDatabase();
afterAll(() => db.$client.close());

const names = (query: string, limit?: number) =>
  searchPlaces(db, query, limit).map((place) => place.name);

describe("searchPlaces", () => {
  it("finds a place by name prefix, ignoring case", () => {
    expect(names("DONGES")[0]).toBe("Donges");
    expect(names("dong")).toContain("Donges");
  });

  it("ignores accents, hyphens and apostrophes", () => {
    expect(names("saint nazaire")[0]).toBe("Saint-Nazaire");
    expect(names("saint-nazaire")[0]).toBe("Saint-Nazaire");
    expect(names("évreux")[0]).toBe("Évreux");
    expect(names("evreux")[0]).toBe("Évreux");
    expect(names("l hay les roses")[0]).toBe("L'Haÿ-les-Roses");
    expect(names("l’hay")[0]).toBe("L'Haÿ-les-Roses");
  });

  it("reads St and Ste as Saint and Sainte", () => {
    expect(names("st nazaire")[0]).toBe("Saint-Nazaire");
    expect(names("ste foy les lyon")[0]).toBe("Sainte-Foy-lès-Lyon");
  });

  it("puts the exact name first, then the most populated places", () => {
    const lavau = searchPlaces(db, "lavau", 20);
    const exact = lavau.filter((place) => place.name === "Lavau");
    expect(exact.length).toBeGreaterThanOrEqual(1);
    expect(lavau.slice(0, exact.length)).toEqual(exact);
    expect(lavau.map((place) => place.name)).toContain("Lavau-sur-Loire");
    const byPopulation = (list: typeof lavau) => list.map((place) => place.population ?? -1);
    for (const group of [exact, lavau.slice(exact.length)]) {
      expect(byPopulation(group)).toEqual(byPopulation(group).sort((a, b) => b - a));
    }
    // Paris the city before every smaller place whose name starts with "paris".
    expect(names("paris")[0]).toBe("Paris");
  });

  it("finds places by postal code and postal-code prefix", () => {
    expect(names("44480").sort()).toEqual(["Donges"]);
    const loireAtlantique = searchPlaces(db, "44", 20);
    expect(loireAtlantique).toHaveLength(20);
    expect(
      loireAtlantique.every((place) => place.postalCodes.some((code) => code.startsWith("44"))),
    ).toBe(true);
    expect(loireAtlantique[0]?.name).toBe("Nantes");
  });

  it("combines a name and a postal code", () => {
    expect(names("saint 44").every(Boolean)).toBe(true);
    const saintIn44 = searchPlaces(db, "saint 44", 20);
    expect(saintIn44.length).toBeGreaterThan(5);
    expect(saintIn44.every((place) => place.name.startsWith("Saint"))).toBe(true);
    expect(saintIn44[0]?.name).toBe("Saint-Nazaire");
  });

  it("finds a place by its INSEE code, Corsica's included", () => {
    expect(names("44052")[0]).toBe("Donges");
    expect(names("2a004")[0]).toBe("Ajaccio");
    expect(names("2a")[0]).toBe("Ajaccio");
  });

  it("reads a number after a city's name as its arrondissement", () => {
    expect(names("marseille 12")[0]).toBe("Marseille 12e Arrondissement");
    expect(names("Lyon 3")[0]).toBe("Lyon 3e Arrondissement");
    expect(names("paris 15")[0]).toBe("Paris 15e Arrondissement");
    expect(names("paris 1er")[0]).toBe("Paris 1er Arrondissement");
  });

  it("caps the number of results and finds nothing for gibberish", () => {
    expect(searchPlaces(db, "sa", 500)).toHaveLength(20);
    expect(searchPlaces(db, "zzzzqx")).toEqual([]);
    expect(searchPlaces(db, "   ")).toEqual([]);
    expect(searchPlaces(db, "%")).toEqual([]);
  });
});

describe("getPlace", () => {
  it("finds a place by INSEE code or slug, with its department", () => {
    const byCode = getPlace(db, "44052");
    expect(byCode).toMatchObject({
      name: "Donges",
      slug: "donges-44480",
      departmentName: "Loire-Atlantique",
    });
    expect(getPlace(db, "donges-44480")?.code).toBe("44052");
    expect(getPlace(db, "DONGES-44480")?.code).toBe("44052");
    expect(getPlace(db, "nowhere-00000")).toBeUndefined();
  });

  it("knows Corsican codes", () => {
    expect(getPlace(db, "2a004")?.name).toBe("Ajaccio");
  });
});

describe("neighbouringPlaces", () => {
  const donges = getPlace(db, "44052")!;

  it("lists the places within 10 km of Donges, nearest first, with exact distances", () => {
    const neighbours = neighbouringPlaces(db, donges, 10);
    const neighbourNames = neighbours.map((place) => place.name);
    expect(neighbourNames).toContain("Montoir-de-Bretagne");
    expect(neighbourNames).toContain("Lavau-sur-Loire");
    expect(neighbourNames).not.toContain("Donges");
    for (const neighbour of neighbours) {
      const place = getPlace(db, neighbour.code)!;
      expect(neighbour.distanceKm).toBeCloseTo(haversineKm(donges, place), 6);
      expect(neighbour.distanceKm).toBeLessThanOrEqual(10);
    }
    const distances = neighbours.map((place) => place.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("misses no place within the radius (checked against a full scan)", () => {
    for (const radiusKm of [2, 10, 25]) {
      const expected = db.$client
        .prepare("SELECT code, lat, lng FROM places WHERE id != ?")
        .all(donges.id) as { code: string; lat: number; lng: number }[];
      const within = expected
        .filter((place) => haversineKm(donges, place) <= radiusKm)
        .map((place) => place.code)
        .sort();
      expect(
        neighbouringPlaces(db, donges, radiusKm)
          .map((place) => place.code)
          .sort(),
      ).toEqual(within);
    }
  });

  it("grows with the radius", () => {
    const near = neighbouringPlaces(db, donges, 5).length;
    const far = neighbouringPlaces(db, donges, 25).length;
    expect(far).toBeGreaterThan(near);
  });
});

describe("resolvePlaceChoice", () => {
  it("takes a code picked from suggestions", () => {
    const choice = resolvePlaceChoice(db, { code: "44052", query: "whatever" });
    expect(choice.status === "found" && choice.place.name).toBe("Donges");
  });

  it("takes typed text that designates one place", () => {
    for (const query of ["Donges", "donges", "44480"]) {
      const choice = resolvePlaceChoice(db, { query });
      expect(choice.status === "found" && choice.place.code, query).toBe("44052");
    }
  });

  it("offers candidates when the text is ambiguous, and says when nothing matches", () => {
    const lavau = resolvePlaceChoice(db, { query: "Lavau" });
    expect(lavau.status).toBe("ambiguous");
    expect(lavau.status === "ambiguous" && lavau.candidates.map((p) => p.name)).toContain(
      "Lavau-sur-Loire",
    );
    expect(resolvePlaceChoice(db, { query: "zzzqqq" }).status).toBe("not-found");
    expect(resolvePlaceChoice(db, { code: "99999", query: "" }).status).toBe("not-found");
  });
});
