import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase, openPlacesDatabase } from "#test/databases";
import { importPlaces } from "./import";

const db = openPlacesDatabase();
afterAll(() => db.$client.close());

type Row = Record<string, unknown>;
const query = <T = Row>(sqlText: string, ...params: unknown[]) =>
  db.$client.prepare(sqlText).all(...params) as T[];
const count = (sqlText: string) => (db.$client.prepare(sqlText).pluck().get() as number) ?? 0;

describe("the places import", () => {
  it("imports every current commune and the 45 municipal arrondissements", () => {
    expect(count("SELECT count(*) FROM places WHERE kind = 'commune'")).toBeGreaterThanOrEqual(
      34_000,
    );
    expect(count("SELECT count(*) FROM places WHERE kind = 'arrondissement'")).toBe(45);
    const cities = query<{ parent_code: string; n: number }>(
      "SELECT parent_code, count(*) AS n FROM places WHERE kind = 'arrondissement' GROUP BY parent_code ORDER BY parent_code",
    );
    expect(cities).toEqual([
      { parent_code: "13055", n: 16 },
      { parent_code: "69123", n: 9 },
      { parent_code: "75056", n: 20 },
    ]);
  });

  it("gives every place a centre in range, and indexes it spatially", () => {
    expect(count("SELECT count(*) FROM places WHERE lat IS NULL OR lng IS NULL")).toBe(0);
    expect(
      count(
        "SELECT count(*) FROM places WHERE lat NOT BETWEEN -90 AND 90 OR lng NOT BETWEEN -180 AND 180",
      ),
    ).toBe(0);
    expect(count("SELECT count(*) FROM places_rtree")).toBe(count("SELECT count(*) FROM places"));
    // Metropolitan places are all in metropolitan France's bounding box.
    expect(
      count(
        "SELECT count(*) FROM places WHERE department_code < '96' AND NOT (lat BETWEEN 41.3 AND 51.2 AND lng BETWEEN -5.3 AND 9.7)",
      ),
    ).toBe(0);
  });

  it("puts Donges where it is", () => {
    const [donges] = query<{
      name: string;
      lat: number;
      lng: number;
      approximate: number;
      slug: string;
      postal_codes: string;
      population: number;
    }>("SELECT * FROM places WHERE code = '44052'");
    expect(donges).toMatchObject({
      name: "Donges",
      slug: "donges-44480",
      postal_codes: "44480",
      approximate: 0,
    });
    expect(donges!.lat).toBeCloseTo(47.318, 2);
    expect(donges!.lng).toBeCloseTo(-2.075, 2);
    expect(donges!.population).toBeGreaterThan(7000);
  });

  it("places the Lyon and Marseille arrondissements on their own GeoNames points", () => {
    const lyon = query<{ lat: number; approximate: number }>(
      "SELECT lat, approximate FROM places WHERE parent_code = '69123'",
    );
    expect(lyon.every((row) => row.approximate === 0)).toBe(true);
    expect(new Set(lyon.map((row) => row.lat)).size).toBe(9);
  });

  it("marks derived centres approximate and the rest exact", () => {
    expect(count("SELECT count(*) FROM places WHERE approximate = 0")).toBeGreaterThan(14_000);
    expect(
      count(
        "SELECT count(*) FROM places WHERE approximate = 1 AND coordinate_source IN ('geonames', 'geonames-delegated')",
      ),
    ).toBe(0);
    expect(
      count(
        "SELECT count(*) FROM places WHERE approximate = 0 AND coordinate_source NOT IN ('geonames', 'geonames-delegated')",
      ),
    ).toBe(0);
  });

  it("gives unique slugs and indexes every postal code", () => {
    expect(count("SELECT count(DISTINCT slug) FROM places")).toBe(
      count("SELECT count(*) FROM places"),
    );
    expect(
      count(
        "SELECT count(*) FROM places WHERE slug NOT GLOB '[a-z0-9]*' OR slug GLOB '*[^a-z0-9-]*'",
      ),
    ).toBe(0);
    expect(
      query(
        "SELECT p.code FROM place_postal_codes pc JOIN places p ON p.id = pc.place_id WHERE pc.postal_code = '44480'",
      ),
    ).toEqual([{ code: "44052" }]);
  });

  it("is idempotent and keeps slugs across imports", async () => {
    const copy = copyPlacesDatabase();
    const before = copy.$client
      .prepare("SELECT id, code, slug, lat, lng FROM places ORDER BY code")
      .all();
    const postalBefore = copy.$client
      .prepare("SELECT count(*) FROM place_postal_codes")
      .pluck()
      .get();
    // A slug changed by hand (or by an older import) survives a re-import.
    copy.$client.prepare("UPDATE places SET slug = 'donges' WHERE code = '44052'").run();
    const report = await importPlaces(copy);
    expect(report.places).toBe(before.length);
    expect(report.staleKept).toBe(0);
    const after = copy.$client
      .prepare("SELECT id, code, slug, lat, lng FROM places ORDER BY code")
      .all() as Row[];
    expect(after.find((row) => row.code === "44052")?.slug).toBe("donges");
    expect(after.filter((row) => row.code !== "44052")).toEqual(
      (before as Row[]).filter((row) => row.code !== "44052"),
    );
    expect(copy.$client.prepare("SELECT count(*) FROM place_postal_codes").pluck().get()).toBe(
      postalBefore,
    );
    copy.$client.close();
  });
});
