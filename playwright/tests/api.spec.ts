import { expect, test } from "@playwright/test";

test.describe("GET /api/v1/places", () => {
  test("finds places by name, the way people type", async ({ request }) => {
    const response = await request.get("/api/v1/places?q=saint%20nazaire");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const { places } = await response.json();
    expect(places[0]).toEqual({
      code: "44184",
      name: "Saint-Nazaire",
      slug: "saint-nazaire-44600",
      kind: "commune",
      postalCodes: ["44600"],
      department: "44",
      departmentName: "Loire-Atlantique",
      population: expect.any(Number),
      lat: expect.any(Number),
      lng: expect.any(Number),
      approximate: expect.any(Boolean),
    });
  });

  test("honours limit, up to 20", async ({ request }) => {
    const { places } = await (await request.get("/api/v1/places?q=saint&limit=20")).json();
    expect(places).toHaveLength(20);
    const three = await (await request.get("/api/v1/places?q=saint&limit=3")).json();
    expect(three.places).toHaveLength(3);
  });

  for (const [label, query, message] of [
    ["missing q", "", /q is required/],
    ["empty q", "?q=", /q must not be empty/],
    ["blank q", "?q=%20%20", /q must not be empty/],
    ["over-long q", `?q=${"a".repeat(101)}`, /at most 100 characters/],
    ["limit 0", "?q=don&limit=0", /limit must be a whole number from 1 to 20/],
    ["limit 21", "?q=don&limit=21", /limit must be a whole number from 1 to 20/],
    ["limit not a number", "?q=don&limit=lots", /limit must be a whole number from 1 to 20/],
    ["limit not whole", "?q=don&limit=2.5", /limit must be a whole number from 1 to 20/],
  ] as const) {
    test(`answers 400 with a JSON error for ${label}`, async ({ request }) => {
      const response = await request.get(`/api/v1/places${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error).toMatch(message);
    });
  }
});

test.describe("GET /api/v1/places/:codeOrSlug", () => {
  test("gives the place and its neighbours, nearest first", async ({ request }) => {
    const bySlug = await (await request.get("/api/v1/places/donges-44480")).json();
    const byCode = await (await request.get("/api/v1/places/44052?radius=10")).json();
    expect(byCode).toEqual(bySlug);
    expect(bySlug.place).toMatchObject({
      code: "44052",
      name: "Donges",
      department: "44",
      departmentName: "Loire-Atlantique",
    });
    expect(bySlug.place.lat).toBeCloseTo(47.318, 2);
    expect(bySlug.place.lng).toBeCloseTo(-2.075, 2);
    expect(bySlug.radiusKm).toBe(10);
    const names = bySlug.neighbours.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(["Montoir-de-Bretagne", "Lavau-sur-Loire"]));
    const distances = bySlug.neighbours.map((n: { distanceKm: number }) => n.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
  });

  test("a smaller radius gives fewer neighbours", async ({ request }) => {
    const near = await (await request.get("/api/v1/places/44052?radius=5")).json();
    const far = await (await request.get("/api/v1/places/44052?radius=20")).json();
    expect(near.neighbours.length).toBeLessThan(far.neighbours.length);
    expect(near.neighbours.every((n: { distanceKm: number }) => n.distanceKm <= 5)).toBe(true);
  });

  for (const radius of ["abc", "0", "-3", "101", "Infinity", "1e9"]) {
    test(`answers 400 for radius=${radius}`, async ({ request }) => {
      const response = await request.get(`/api/v1/places/44052?radius=${radius}`);
      expect(response.status()).toBe(400);
      expect((await response.json()).error).toMatch(/radius must be a number of kilometres/);
    });
  }

  test("answers 404 with a JSON error for an unknown place", async ({ request }) => {
    const response = await request.get("/api/v1/places/nulle-part-00000");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: "No place has this code or slug." });
  });
});

test("neighbours are capped by limit, with the full count given", async ({ request }) => {
  const all = await (await request.get("/api/v1/places/75056?radius=25&limit=500")).json();
  const few = await (await request.get("/api/v1/places/75056?radius=25&limit=5")).json();
  expect(few.neighbours).toHaveLength(5);
  expect(few.neighbourCount).toBe(all.neighbourCount);
  expect(all.neighbourCount).toBeGreaterThan(100);
  expect(few.neighbours).toEqual(all.neighbours.slice(0, 5));
  for (const limit of ["0", "501", "x", "1.5"]) {
    const response = await request.get(`/api/v1/places/75056?limit=${limit}`);
    expect(response.status(), `limit=${limit}`).toBe(400);
    expect((await response.json()).error).toMatch(/limit must be a whole number from 1 to 500/);
  }
});

test("CORS preflight requests are answered without running the query", async ({ request }) => {
  const response = await request.fetch("/api/v1/places?q=", { method: "OPTIONS" });
  expect(response.status()).toBe(204);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["access-control-allow-methods"]).toContain("GET");
});

test("unknown API paths and writes get JSON errors", async ({ request }) => {
  const unknown = await request.get("/api/v1/nothing-here");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toBeTruthy();
  const write = await request.post("/api/v1/places", { data: {} });
  expect(write.status()).toBe(405);
  expect(write.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect((await write.json()).error).toMatch(/read-only/);
  const healthWrite = await request.post("/healthz");
  expect(healthWrite.status()).toBe(405);
  expect((await healthWrite.json()).error).toMatch(/read-only/);
});

test("a form posted to a page that takes none gets a clear 405 page, not a 500", async ({
  request,
}) => {
  const response = await request.post("/p/donges-44480", { form: { anything: "1" } });
  expect(response.status()).toBe(405);
  expect(await response.text()).toContain("Demande invalide");
});

test("GET /healthz reports the database and the search engine", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "ok", search: { engine: "embedded" } });
});

test("a write from another site is refused by the Origin check", async ({ request }) => {
  const response = await request.post("/langue", {
    form: { lang: "en", redirectTo: "/" },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const sameSite = await request.post("/langue", {
    form: { lang: "en", redirectTo: "/p/donges-44480" },
    headers: { Origin: new URL(response.url()).origin },
    maxRedirects: 0,
  });
  expect(sameSite.status()).toBe(303);
  expect(sameSite.headers()["location"]).toBe("/p/donges-44480");
  expect(sameSite.headers()["set-cookie"]).toContain("lang=");
});
