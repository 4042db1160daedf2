import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { organisations } from "#db/schema";
import { importDirectory } from "#db/directory/import";
import { DAYS_OF_WEEK } from "#app/domain/opening-hours";
import { database, expect, store, test } from "#playwright/fixtures";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/directory",
);
const BAKERY_SIRET = "81234567800012";

test.beforeAll(async () => {
  // The official-format fixtures, imported and indexed as `npm run directory:import` does.
  const db = database();
  const { search } = store();
  await importDirectory(db, {
    rna: path.join(fixtures, "rna_waldec_extrait.csv"),
    sirene: path.join(fixtures, "StockEtablissement_extrait.csv"),
    written: (tx, ids) => search.organisationsChanged(tx, ids),
  });
  // The bakery never closes, so « open now » does not depend on when the test runs.
  const bakery = db
    .update(organisations)
    .set({
      openingHours: {
        weekly: [{ days: [...DAYS_OF_WEEK], opens: "00:00", closes: "00:00" }],
        special: [],
      },
    })
    .where(eq(organisations.siret, BAKERY_SIRET))
    .returning({ id: organisations.id })
    .get();
  search.organisationsChanged(db, [bakery!.id]);
});

type Summary = {
  id: number;
  name: string;
  slug: string;
  url: string;
  kind: string;
  category: string;
  place: { code: string; name: string; slug: string };
  distanceKm: number | null;
  approximate: boolean;
  claimed: boolean;
  partner: boolean;
  openNow: boolean | null;
};

async function list(request: APIRequestContext, query: string) {
  const response = await request.get(`/api/v1/organisations?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { organisations: Summary[]; total: number };
}

test.describe("GET /api/v1/organisations", () => {
  test("lists the listings around a place, nearest first, as a visitor sees them", async ({
    request,
  }) => {
    const { organisations: found, total } = await list(request, "place=donges-44480&radius=10");
    expect(total).toBeGreaterThanOrEqual(found.length);
    const bakery = found.find((item) => item.name === "Au Fournil de Donges");
    expect(bakery).toEqual({
      id: expect.any(Number),
      name: "Au Fournil de Donges",
      slug: "au-fournil-de-donges",
      url: expect.stringMatching(/\/o\/\d+\/au-fournil-de-donges$/),
      kind: "commerce",
      category: "boulangerie",
      place: { code: "44052", name: "Donges", slug: "donges-44480" },
      distanceKm: 0,
      // A sole trader's premises, unclaimed: the commune's centre.
      approximate: true,
      claimed: false,
      partner: false,
      openNow: true,
    });
    const distances = found.map((item) => item.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const byCode = await list(request, "place=44052&radius=10");
    expect(byCode).toEqual({ organisations: found, total });
  });

  test("filters by kind, category, words (typos forgiven) and open now", async ({ request }) => {
    const shops = await list(request, "place=donges-44480&kind=commerce");
    expect(shops.organisations.every((item) => item.kind === "commerce")).toBe(true);
    const bakeries = await list(request, "place=donges-44480&category=boulangerie");
    expect(bakeries.organisations.map((item) => item.name)).toContain("Au Fournil de Donges");
    const typed = await list(request, "place=donges-44480&q=boulangrie");
    expect(typed.organisations.map((item) => item.name)).toEqual(["Au Fournil de Donges"]);
    expect(typed.total).toBe(1);
    const open = await list(request, "place=donges-44480&openNow=true");
    expect(open.organisations.map((item) => item.name)).toContain("Au Fournil de Donges");
    expect(open.organisations.every((item) => item.openNow === true)).toBe(true);
    const openTyped = await list(request, "place=donges-44480&q=fournil&openNow=true");
    expect(openTyped.organisations.map((item) => item.name)).toEqual(["Au Fournil de Donges"]);
    const paged = await list(request, "place=donges-44480&limit=1&page=2");
    expect(paged.organisations.length).toBeLessThanOrEqual(1);
  });

  for (const [label, query, status, message] of [
    ["no place", "", 400, /place is required/],
    ["an unknown place", "place=nowhere-00000", 404, /No place/],
    ["radius 0", "place=44052&radius=0", 400, /radius must be/],
    ["radius 101", "place=44052&radius=101", 400, /radius must be/],
    ["an unknown kind", "place=44052&kind=bakery", 400, /kind must be one of/],
    ["an unknown category", "place=44052&category=nope", 400, /category must be/],
    ["openNow=maybe", "place=44052&openNow=maybe", 400, /openNow must be true or false/],
    ["limit 51", "place=44052&limit=51", 400, /limit must be/],
    ["page 0", "place=44052&page=0", 400, /page must be/],
    ["an over-long q", `place=44052&q=${"a".repeat(201)}`, 400, /q must be at most/],
  ] as const) {
    test(`answers ${status} with a JSON error for ${label}`, async ({ request }) => {
      const response = await request.get(`/api/v1/organisations?${query}`);
      expect(response.status()).toBe(status);
      expect(await response.json()).toEqual({ error: expect.stringMatching(message) });
    });
  }
});

test.describe("GET /api/v1/organisations/:id", () => {
  test("gives a listing with its point, hours, deals and recommendations", async ({ request }) => {
    const { organisations: found } = await list(request, "place=44052&q=fournil");
    const response = await request.get(`/api/v1/organisations/${found[0]!.id}`);
    expect(response.status()).toBe(200);
    const centre = (await (await request.get("/api/v1/places/44052")).json()).place;
    expect(await response.json()).toMatchObject({
      id: found[0]!.id,
      name: "Au Fournil de Donges",
      kind: "commerce",
      category: "boulangerie",
      place: { code: "44052", name: "Donges", slug: "donges-44480" },
      // Not the premises: the street address of an unclaimed sole trader is not public.
      lat: centre.lat,
      lng: centre.lng,
      approximate: true,
      address: null,
      claimed: false,
      partner: false,
      openNow: true,
      openingHours: { weekly: [expect.objectContaining({ opens: "00:00" })], special: [] },
      deals: [],
      recommendedIn: { count: 0, answers: [] },
    });
  });

  for (const [id, status] of [
    ["abc", 400],
    ["999999999", 404],
    ["1234567890123", 404],
  ] as const) {
    test(`answers ${status} for the id ${id}`, async ({ request }) => {
      const response = await request.get(`/api/v1/organisations/${id}`);
      expect(response.status()).toBe(status);
      expect(Object.keys(await response.json())).toEqual(["error"]);
    });
  }
});

test.describe("GET /api/v1/search with listings", () => {
  test("returns a listing as a hit of type organisation, its name as title", async ({
    request,
  }) => {
    const response = await request.get("/api/v1/search?q=boulangrie&place=donges-44480");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.hits[0]).toMatchObject({
      type: "organisation",
      title: "Au Fournil de Donges",
      url: expect.stringMatching(/\/o\/\d+\/au-fournil-de-donges$/),
      kind: "commerce",
      category: "boulangerie",
      place: { code: "44052" },
      approximate: true,
    });
    expect(body.facets.type.organisation).toBeGreaterThanOrEqual(1);
    const questions = await (
      await request.get("/api/v1/search?q=boulangrie&place=donges-44480&type=question")
    ).json();
    expect(questions.hits.every((hit: { type: string }) => hit.type === "question")).toBe(true);
    const bad = await request.get("/api/v1/search?q=x&type=event");
    expect(bad.status()).toBe(400);
  });
});
