import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase } from "#test/databases";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "#search/engine";
import { createEmbeddedEngine } from "#search/embedded/engine";
import { embeddedWriter } from "#search/embedded/writer";
import { parseSearchUrl } from "#app/domain/search-url";
import { seedDemoDirectory } from "#app/models/demo/directory.server";
import { isTitleSearchable, searchPage, searchPlace, searchWithFacets } from "./search-page.server";

const db = copyPlacesDatabase();
afterAll(() => db.$client.close());
const place = (code: string) =>
  db.$client
    .prepare("SELECT id, code, name, slug, lat, lng FROM places WHERE code = ?")
    .get(code) as {
    id: number;
    code: string;
    name: string;
    slug: string;
    lat: number;
    lng: number;
  };
const DONGES = place("44052");

const params = (query: string) => parseSearchUrl(new URLSearchParams(query));

describe("the place of a search", () => {
  it("is the reader's home place unless the URL says otherwise", () => {
    expect(searchPlace(db, null, DONGES.id)).toMatchObject({
      status: "found",
      fromHome: true,
      place: { slug: "donges-44480" },
    });
    expect(searchPlace(db, null, null)).toEqual({ status: "none" });
    expect(searchPlace(db, "", DONGES.id)).toEqual({ status: "none" });
  });

  it("takes a slug, a code or a typed name, and lists the candidates when it is ambiguous", () => {
    expect(searchPlace(db, "44103", null)).toMatchObject({
      place: { name: "Montoir-de-Bretagne" },
    });
    expect(searchPlace(db, "donges", null)).toMatchObject({ place: { slug: "donges-44480" } });
    expect(searchPlace(db, "zzzqqq", null)).toEqual({ status: "not-found", query: "zzzqqq" });
    const lavau = searchPlace(db, "Lavau", null);
    expect(lavau.status).toBe("ambiguous");
  });
});

/** An engine that records the queries and counts facets as if every document matched. */
function recordingEngine() {
  const queries: SearchQuery[] = [];
  const engine: SearchEngine = {
    name: "embedded",
    upsert: async () => {},
    remove: async () => {},
    clear: async () => {},
    search: async (query): Promise<SearchResult> => {
      queries.push(query);
      return {
        hits: [],
        total: 0,
        facets: {
          type: {},
          kind: query.kind ? { help: 1 } : { question: 4, help: 1, offer: 2 },
          category: query.category ? { bricolage: 1 } : { bricolage: 1, jardinage: 5 },
          solved: query.solved != null ? { true: 1 } : { true: 1, false: 6 },
        },
      };
    },
  };
  return { engine, queries };
}

describe("facet counts", () => {
  it("count a filtered group as if it were not filtered, so the other values stay reachable", async () => {
    const { engine, queries } = recordingEngine();
    const result = await searchWithFacets(engine, {
      text: "plombier",
      kind: ["help"],
      solved: true,
    });
    expect(result.facets.kind).toEqual({ question: 4, help: 1, offer: 2 });
    expect(result.facets.solved).toEqual({ true: 1, false: 6 });
    // The category group was not filtered: its counts come from the search itself.
    expect(result.facets.category).toEqual({ bricolage: 1, jardinage: 5 });
    expect(queries).toHaveLength(3);
  });

  it("need one search only when nothing is filtered", async () => {
    const { engine, queries } = recordingEngine();
    await searchWithFacets(engine, { text: "plombier" });
    expect(queries).toHaveLength(1);
  });

  it("a search around a place and by distance becomes pertinence without a place", async () => {
    const { engine, queries } = recordingEngine();
    const withPlace = await searchPage(db, engine, params("q=x&tri=distance&rayon=5"), DONGES.id);
    expect(withPlace.sort).toBe("distance");
    expect(queries[0]).toMatchObject({
      text: "x",
      sort: "distance",
      near: { lat: DONGES.lat, lng: DONGES.lng, radiusKm: 5 },
    });
    const visitor = await searchPage(db, engine, params("q=x&tri=distance"), null);
    expect(visitor.sort).toBe("pertinence");
    expect(queries[1]).toMatchObject({ near: null, sort: "relevance" });
    const latest = await searchPage(db, engine, params(""), null);
    expect(latest.sort).toBe("date");
  });

  it("an engine that fails gives an empty page with a notice, not an error", async () => {
    const failing: SearchEngine = {
      ...recordingEngine().engine,
      search: async () => {
        throw new Error("Meilisearch is down");
      },
    };
    const originalError = console.error;
    console.error = () => {};
    try {
      const page = await searchPage(db, failing, params("q=x"), null);
      expect(page).toMatchObject({ unavailable: true, hits: [], total: 0 });
    } finally {
      console.error = originalError;
    }
  });
});

describe("similar questions", () => {
  it("look only once the title says something: three words or twelve characters", () => {
    expect(isTitleSearchable("plombier")).toBe(false);
    expect(isTitleSearchable("un bon plombier")).toBe(true);
    expect(isTitleSearchable("plombier-zingueur")).toBe(true);
    expect(isTitleSearchable("  a b  ")).toBe(false);
  });
});

describe("highlighted titles from the embedded engine", () => {
  it("come escaped, with only <mark> added, so the page may render them as HTML", async () => {
    const engine = createEmbeddedEngine(db);
    const document: SearchDocument = {
      id: 987_654,
      slug: "plombier-script",
      title: 'Plombier <script>alert("x")</script> & <b>fuite</b>',
      body: "Une fuite <img src=x onerror=alert(1)> sous l’évier.",
      acceptedAnswer: "Appelez le plombier <script>alert(2)</script> de Donges.",
      answers: "",
      tags: [],
      kind: "question",
      category: "bricolage",
      solved: true,
      score: 0,
      answerCount: 1,
      placeId: DONGES.id,
      placeCode: DONGES.code,
      placeName: DONGES.name,
      placeSlug: DONGES.slug,
      lat: DONGES.lat,
      lng: DONGES.lng,
      createdAt: Math.floor(Date.now() / 1000),
    };
    await engine.upsert([document]);
    const { hits } = await engine.search({ text: "plombier fuite" });
    const hit = hits.find((h) => h.id === document.id);
    expect(hit).toBeDefined();
    for (const html of [hit!.highlightedTitle, hit!.snippet]) {
      expect(html).not.toMatch(/<(?!\/?mark>)/);
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
    }
    expect(hit!.highlightedTitle).toContain("&lt;script&gt;");
    expect(hit!.highlightedTitle).toContain("&amp;");
    expect(hit!.highlightedTitle).toMatch(/<mark>Plombier<\/mark>/i);
    await engine.remove([document.id]);
  });
});

describe("listings among the results (ADR 021)", () => {
  // Tuesday 2 June 2026, 10:00 and Monday 1 June, 10:00 in Paris: the demo bakery opens Tuesday to Sunday.
  const tuesday = new Date("2026-06-02T08:00:00Z");
  const monday = new Date("2026-06-01T08:00:00Z");
  const engine = createEmbeddedEngine(db);
  seedDemoDirectory({ db, search: embeddedWriter }, { now: tuesday });

  it("shows a listing as a card: its path, kind, category, commune and opening status", async () => {
    const page = await searchPage(
      db,
      engine,
      params("q=boulangrie&lieu=donges-44480"),
      null,
      tuesday,
    );
    const bakery = page.hits.find((hit) => hit.type === "organisation");
    expect(bakery).toMatchObject({
      type: "organisation",
      title: "Au Fournil de Donges",
      kind: "commerce",
      category: "boulangerie",
      place: { name: "Donges", slug: "donges-44480" },
      openingStatus: { open: true },
    });
    expect(bakery?.path).toMatch(/^\/o\/\d+\/au-fournil-de-donges$/);
    expect(page.facets.type.organisation).toBeGreaterThanOrEqual(1);
  });

  it("finds listings alone, questions alone, and only the listings open now", async () => {
    const listings = await searchPage(
      db,
      engine,
      params("contenu=fiches&lieu=donges-44480"),
      null,
      tuesday,
    );
    expect(listings.hits.length).toBeGreaterThan(0);
    expect(listings.hits.every((hit) => hit.type === "organisation")).toBe(true);
    const questions = await searchPage(
      db,
      engine,
      params("q=boulangerie&contenu=questions"),
      null,
      tuesday,
    );
    expect(questions.hits.every((hit) => hit.type === "question")).toBe(true);
    const openMonday = await searchPage(db, engine, params("q=fournil&ouvert=oui"), null, monday);
    expect(openMonday.hits).toEqual([]);
    const openTuesday = await searchPage(db, engine, params("q=fournil&ouvert=oui"), null, tuesday);
    expect(openTuesday.hits.map((hit) => hit.title)).toEqual(["Au Fournil de Donges"]);
  });
});
