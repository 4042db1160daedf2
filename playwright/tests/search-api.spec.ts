import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { insertAnswer } from "#app/models/answers/answers.server";
import { loadActor } from "#app/models/members/privileges.server";
import { deletePost } from "#app/models/questions/removal.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { createMember } from "#app/models/members/users.server";
import { database, expect, store, test, uniqueEmail } from "#playwright/fixtures";

const placeId = (code: string) =>
  database().$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;

/** A member of `code`, written straight to the database (no sign-in needed here). */
function member(code: string) {
  return createMember(database(), {
    firstName: "Voisin",
    lastName: "Recherche",
    email: uniqueEmail("recherche"),
    passwordHash: "x",
    homePlaceId: placeId(code),
    locale: "fr",
    emailVerifiedAt: new Date(),
  });
}

/** A made-up word only this file's questions contain (other specs share the database). */
const marker = () =>
  Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");

function ask(
  authorId: string,
  code: string,
  question: {
    title: string;
    kind: "question" | "help" | "offer";
    category: "bricolage" | "jardinage";
  },
) {
  const inserted = insertQuestion(store(), {
    authorId,
    placeId: placeId(code),
    body: "Merci d’avance aux voisins.",
    tags: [],
    ...question,
  });
  return { ...inserted, title: question.title };
}

type Hit = {
  id: number;
  title: string;
  url: string;
  place: { code: string; name: string; slug: string };
  distanceKm: number | null;
  solved: boolean;
  kind: string;
  category: string;
  highlightedTitle: string;
  snippet: string;
};

test.describe("GET /api/v1/search", () => {
  // Drawn again with each run of beforeAll: with fullyParallel, a worker that
  // comes back to this group after other files runs beforeAll again, and the
  // questions made the first time would otherwise share the word.
  let word = "";
  let donges: ReturnType<typeof ask>;
  let montoir: ReturnType<typeof ask>;
  let bordeaux: ReturnType<typeof ask>;
  let removed: ReturnType<typeof ask>;

  test.beforeAll(() => {
    word = marker();
    const db = database();
    const asker = member("44052");
    donges = ask(asker, "44052", {
      title: `Un plombier pour une fuite ${word}`,
      kind: "help",
      category: "bricolage",
    });
    const answer = insertAnswer(store(), {
      questionId: donges.id,
      authorId: member("44103"),
      body: `Patrick, plombier à Montoir ${word}, vient vite.`,
    });
    acceptAnswer(store(), loadActor(db, asker)!, answer.id);
    montoir = ask(member("44103"), "44103", {
      title: `Une fuite de toiture ${word}`,
      kind: "question",
      category: "bricolage",
    });
    bordeaux = ask(member("33063"), "33063", {
      title: `Un jardinier pour la haie ${word}`,
      kind: "question",
      category: "jardinage",
    });
    removed = ask(asker, "44052", {
      title: `Une question retirée ${word}`,
      kind: "question",
      category: "bricolage",
    });
    deletePost(store(), loadActor(db, asker)!, "question", removed.id);
  });

  test("finds the questions around a place, with their facets", async ({ request }) => {
    const response = await request.get(`/api/v1/search?q=${word}&place=donges-44480&radius=10`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["facets", "hits", "total", "totalIsEstimate"]);
    expect(body.totalIsEstimate).toBe(false);
    expect(body.total).toBe(2);
    const ids = body.hits.map((hit: Hit) => hit.id);
    expect(ids.sort()).toEqual([donges.id, montoir.id].sort());
    const hit = body.hits.find((h: Hit) => h.id === donges.id);
    expect(hit).toEqual({
      type: "question",
      id: donges.id,
      title: donges.title,
      url: expect.stringMatching(new RegExp(`^http://[^/]+/q/${donges.id}/${donges.slug}$`)),
      place: { code: "44052", name: "Donges", slug: "donges-44480" },
      distanceKm: 0,
      solved: true,
      kind: "help",
      category: "bricolage",
      highlightedTitle: expect.stringContaining(`<mark>${word}</mark>`),
      snippet: expect.any(String),
    });
    const montoirHit = body.hits.find((h: Hit) => h.id === montoir.id);
    expect(montoirHit.distanceKm).toBeCloseTo(5.6, 1);
    expect(body.facets).toEqual({
      type: { question: 2 },
      kind: { help: 1, question: 1 },
      category: { bricolage: 2 },
      solved: { true: 1, false: 1 },
    });
  });

  test("searches the whole of France without a place, never a deleted question", async ({
    request,
  }) => {
    const body = await (await request.get(`/api/v1/search?q=${word}`)).json();
    expect(body.total).toBe(3);
    const ids = body.hits.map((hit: Hit) => hit.id);
    expect(ids).toContain(bordeaux.id);
    expect(ids).not.toContain(removed.id);
    expect(body.hits.every((hit: Hit) => hit.distanceKm === null)).toBe(true);
    expect(body.facets.category).toEqual({ bricolage: 2, jardinage: 1 });
  });

  test("filters by kind, category and solved; a filtered facet still counts the others", async ({
    request,
  }) => {
    const help = await (await request.get(`/api/v1/search?q=${word}&kind=help`)).json();
    expect(help.hits.map((hit: Hit) => hit.id)).toEqual([donges.id]);
    expect(help.facets.kind).toEqual({ help: 1, question: 2 });

    const both = await (await request.get(`/api/v1/search?q=${word}&kind=help,question`)).json();
    expect(both.total).toBe(3);

    const garden = await (await request.get(`/api/v1/search?q=${word}&category=jardinage`)).json();
    expect(garden.hits.map((hit: Hit) => hit.id)).toEqual([bordeaux.id]);

    const solved = await (await request.get(`/api/v1/search?q=${word}&solved=true`)).json();
    expect(solved.hits.map((hit: Hit) => hit.id)).toEqual([donges.id]);
    const open = await (await request.get(`/api/v1/search?q=${word}&solved=false`)).json();
    expect(open.total).toBe(2);
  });

  test("sorts by distance from a point, within its radius", async ({ request }) => {
    const near = await (
      await request.get(`/api/v1/search?q=${word}&near=47.318,-2.075&radius=50&sort=distance`)
    ).json();
    expect(near.hits.map((hit: Hit) => hit.id)).toEqual([donges.id, montoir.id]);
    const close = await (
      await request.get(`/api/v1/search?q=${word}&near=47.318,-2.075&radius=2`)
    ).json();
    expect(close.hits.map((hit: Hit) => hit.id)).toEqual([donges.id]);
    const farther = await (
      await request.get(`/api/v1/search?q=${word}&place=44052&radius=1000&sort=distance`)
    ).json();
    expect(farther.hits.map((hit: Hit) => hit.id)).toEqual([donges.id, montoir.id, bordeaux.id]);
  });

  test("pages with page and limit", async ({ request }) => {
    const first = await (await request.get(`/api/v1/search?q=${word}&limit=2&sort=recent`)).json();
    const second = await (
      await request.get(`/api/v1/search?q=${word}&limit=2&page=2&sort=recent`)
    ).json();
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(1);
    expect(first.total).toBe(3);
    const all = [...first.hits, ...second.hits].map((hit: Hit) => hit.id);
    expect(new Set(all).size).toBe(3);
  });
});

for (const [label, query, message] of [
  ["radius 0", "place=44052&radius=0", /radius must be a number of kilometres/],
  ["radius over 1000", "place=44052&radius=1001", /radius must be a number of kilometres/],
  ["radius not a number", "place=44052&radius=far", /radius must be a number of kilometres/],
  ["radius without a centre", "q=x&radius=5", /radius needs place or near/],
  ["near not two numbers", "near=donges", /near must be a latitude and a longitude/],
  ["near out of range", "near=91,2", /near must be a latitude and a longitude/],
  ["near with three numbers", "near=47,2,3", /near must be a latitude and a longitude/],
  ["place and near", "place=44052&near=47.3,-2.1", /place or near, not both/],
  ["an unknown place", "place=nulle-part-00000", /place is unknown/],
  ["an unknown kind", "kind=demande", /kind must be one or more of question, help, offer/],
  ["one bad kind among good", "kind=help,nope", /kind must be one or more of/],
  ["an unknown category", "category=cuisine", /category must be one or more of bricolage/],
  ["solved not a boolean", "solved=yes", /solved must be true or false/],
  ["an unknown sort", "sort=best", /sort must be one of relevance, distance, recent/],
  ["sort by distance without a centre", "q=x&sort=distance", /sort=distance needs place or near/],
  ["page 0", "page=0", /page must be a whole number from 1 to 100/],
  ["page not whole", "page=1.5", /page must be a whole number from 1 to 100/],
  ["limit over 50", "limit=51", /limit must be a whole number from 1 to 50/],
  ["q too long", `q=${"a".repeat(201)}`, /q must be at most 200 characters/],
] as const) {
  test(`GET /api/v1/search answers 400 with a JSON error for ${label}`, async ({ request }) => {
    const response = await request.get(`/api/v1/search?${query}`);
    expect(response.status()).toBe(400);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toMatch(message);
  });
}

test("GET /api/v1/search takes empty parameters as absent, and refuses writes", async ({
  request,
}) => {
  const response = await request.get("/api/v1/search?q=&place=&radius=&kind=&sort=&limit=");
  expect(response.status()).toBe(200);
  const write = await request.post("/api/v1/search", { data: {} });
  expect(write.status()).toBe(405);
});

test.describe("for search engines", () => {
  test("the sitemap lists live question pages and places with questions, absolute and escaped", async ({
    request,
  }) => {
    const word = marker();
    const db = database();
    const authorId = member("44080");
    const live = ask(authorId, "44080", {
      title: `Une question & des <chevrons> ${word}`,
      kind: "question",
      category: "bricolage",
    });
    const gone = ask(authorId, "44080", {
      title: `Une question supprimée ${word}`,
      kind: "question",
      category: "bricolage",
    });
    deletePost(store(), loadActor(db, authorId)!, "question", gone.id);

    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/xml");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const origin = new URL(response.url()).origin;
    expect(xml).toMatch(
      new RegExp(
        `<url><loc>${origin}/q/${live.id}/${live.slug}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT[^<]+Z</lastmod></url>`,
      ),
    );
    expect(xml).toContain(`<loc>${origin}/p/lavau-sur-loire-44260</loc>`);
    expect(xml).not.toContain(`/q/${gone.id}/`);
    // Every <loc> is absolute; nothing unescaped slips in.
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    expect(locs.every((loc) => loc.startsWith(`${origin}/`))).toBe(true);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);

    // A small site needs no index: its files do not exist.
    expect((await request.get("/sitemaps/questions-1.xml")).status()).toBe(404);
    expect((await request.get("/sitemaps/nothing.xml")).status()).toBe(404);
  });

  test("robots.txt keeps crawlers out of private pages and points at the sitemap", async ({
    request,
  }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain("User-agent: *\nAllow: /\n");
    for (const path of [
      "/parametres",
      "/admin",
      "/ambassadeur",
      "/dev/",
      "/apercu",
      "/api/",
      "/q/*/modifier",
      "/q/*/historique",
    ]) {
      expect(text).toContain(`\nDisallow: ${path}\n`);
    }
    expect(text).toMatch(/\nSitemap: http:\/\/[^/]+\/sitemap\.xml\n/);
  });
});
