import { afterAll, describe, expect, it } from "vitest";
import { openEmptyDatabase } from "#test/databases";
import { insertPlace } from "#test/factories";
import { haversineKm } from "#app/domain/geo";
import { getPlace, neighbouringPlaces, searchPlaces } from "./places.server";

/** Synthetic places where the geometry is hard: far north, far south, near the edge of the radius. */
const db = openEmptyDatabase();
afterAll(() => db.$client.close());

describe("neighbouringPlaces on synthetic places", () => {
  it("finds a place just inside the radius due east at a high latitude, and not one just outside", () => {
    const centre = insertPlace(db, { name: "Nordby", lat: 69, lng: 18 });
    // At 69° N one degree of longitude is about 40 km.
    const kmPerDegree = haversineKm({ lat: 69, lng: 18 }, { lat: 69, lng: 19 });
    const inside = insertPlace(db, { name: "Inside", lat: 69, lng: 18 + 9.95 / kmPerDegree });
    const outside = insertPlace(db, { name: "Outside", lat: 69, lng: 18 + 10.2 / kmPerDegree });
    const found = neighbouringPlaces(db, centre, 10).map((place) => place.code);
    expect(found).toContain(inside.code);
    expect(found).not.toContain(outside.code);
  });

  it("works in the southern hemisphere (Réunion, Kerguelen)", () => {
    const centre = insertPlace(db, { name: "Sudville", lat: -49.35, lng: 70.22 });
    const near = insertPlace(db, { name: "Sudhameau", lat: -49.4, lng: 70.25 });
    const neighbours = neighbouringPlaces(db, centre, 10);
    expect(neighbours.map((place) => place.code)).toEqual([near.code]);
    expect(neighbours[0]!.distanceKm).toBeCloseTo(haversineKm(centre, near), 9);
  });

  it("keeps the R*Tree in step when a centre moves or a place goes", () => {
    const centre = insertPlace(db, { name: "Centreville", lat: 10, lng: 10 });
    const mover = insertPlace(db, { name: "Mobile", lat: 10.01, lng: 10 });
    expect(neighbouringPlaces(db, centre, 5).map((place) => place.code)).toEqual([mover.code]);
    db.$client.prepare("UPDATE places SET lat = 11 WHERE id = ?").run(mover.id);
    expect(neighbouringPlaces(db, centre, 5)).toEqual([]);
    db.$client.prepare("UPDATE places SET lat = 10.02 WHERE id = ?").run(mover.id);
    expect(neighbouringPlaces(db, centre, 5).map((place) => place.code)).toEqual([mover.code]);
    db.$client.prepare("DELETE FROM places WHERE id = ?").run(mover.id);
    expect(neighbouringPlaces(db, centre, 5)).toEqual([]);
  });
});

describe("places whose position is unknown", () => {
  it("have no neighbours and are nobody's neighbour", () => {
    const known = insertPlace(db, { name: "Connu", lat: -17.5, lng: -149.5 });
    const unknown = insertPlace(db, {
      name: "Inconnu",
      lat: -17.5,
      lng: -149.5,
      approximate: true,
      coordinateSource: "department",
    });
    const derived = insertPlace(db, {
      name: "Estimé",
      lat: -17.51,
      lng: -149.5,
      approximate: true,
      coordinateSource: "postal-code",
    });
    const aroundKnown = neighbouringPlaces(db, known, 10);
    expect(aroundKnown.map((place) => place.code)).toEqual([derived.code]);
    expect(aroundKnown[0]!.approximate).toBe(true);
    expect(neighbouringPlaces(db, unknown, 10)).toEqual([]);
  });
});

describe("searchPlaces ranking on synthetic places", () => {
  it("ranks an exact name above a bigger place that only starts with it", () => {
    insertPlace(db, { name: "Bourg", population: 300 });
    insertPlace(db, { name: "Bourg-la-Grande", population: 90_000 });
    insertPlace(db, { name: "Bourgneuf", population: 5_000 });
    expect(searchPlaces(db, "bourg").map((place) => place.name)).toEqual([
      "Bourg",
      "Bourg-la-Grande",
      "Bourgneuf",
    ]);
  });

  it("puts places of unknown population last", () => {
    insertPlace(db, { name: "Quillan-Haut", population: null });
    insertPlace(db, { name: "Quillan-Bas", population: 12 });
    expect(searchPlaces(db, "quillan").map((place) => place.name)).toEqual([
      "Quillan-Bas",
      "Quillan-Haut",
    ]);
  });

  it("finds a place by any of its postal codes", () => {
    const place = insertPlace(db, { name: "Multipostal", postalCodes: ["97001", "97002"] });
    expect(searchPlaces(db, "97002").map((p) => p.code)).toEqual([place.code]);
    expect(getPlace(db, place.slug)?.postalCodes).toEqual(["97001", "97002"]);
  });
});
