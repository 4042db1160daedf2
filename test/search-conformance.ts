/**
 * The conformance suite of the search engines (ADR 006): the behaviour both
 * engines promise, described once. Each engine's test file runs it with a
 * factory that gives a fresh, empty engine:
 *
 *   describeConformance("embedded", async () => ({ engine, index, cleanup }));
 *
 * The documents (test/search-conformance-corpus.ts) are realistic posts of
 * Donges, Montoir-de-Bretagne and Bordeaux, and a few directory listings
 * (ids from 101). Expectations only rely on what both engines define the
 * same way (ranking rules whose inputs tie, not scores).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineKm } from "#app/domain/geo";
import {
  organisationKey,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "#search/engine";
import {
  CORPUS,
  DAY,
  DONGES,
  LISTINGS,
  MONDAY_MORNING,
  MONTOIR,
  NEAR_THE_PLUMBER,
  NOW,
  RECOMMENDING_QUESTION,
  SUNDAY_MORNING,
} from "./search-conformance-corpus";

export type ConformanceSetup = () => Promise<{
  engine: SearchEngine;
  /** Indexes documents and resolves once they are searchable. */
  index(documents: SearchDocument[]): Promise<void>;
  cleanup(): Promise<void> | void;
}>;

/** The words of a snippet or highlight, tags and the crop marker removed. */
function plainWords(html: string) {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/…/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

export function describeConformance(engineName: string, setup: ConformanceSetup) {
  describe(`search engine conformance: ${engineName}`, () => {
    let context: Awaited<ReturnType<ConformanceSetup>>;
    const search = (query: Partial<SearchQuery> & { text?: string }): Promise<SearchResult> =>
      context.engine.search({ text: "", limit: 50, ...query });
    const ids = async (query: Partial<SearchQuery> & { text?: string }) =>
      (await search(query)).hits.map((hit) => hit.id);
    const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

    beforeAll(async () => {
      context = await setup();
      await context.index([...CORPUS, ...LISTINGS]);
    }, 120_000);
    afterAll(async () => {
      await context?.cleanup();
    });

    describe("normalization", () => {
      it("finds école as ecole, and ecole as École", async () => {
        expect(await ids({ text: "ecole" })).toEqual([4]);
        expect(await ids({ text: "école" })).toEqual([4]);
        expect(await ids({ text: "ÉCOLE" })).toEqual([4]);
      });

      it("reads elisions: l'ecole, l’École", async () => {
        expect(await ids({ text: "l'ecole" })).toEqual([4]);
        expect(await ids({ text: "L’École maternelle" })).toEqual([4]);
      });

      it("folds ligatures both ways: coeur and cœur", async () => {
        expect(await ids({ text: "coeur" })).toEqual([5]);
        expect(await ids({ text: "cœur" })).toEqual([5]);
      });

      it("splits hyphenated words", async () => {
        expect(await ids({ text: "chauffe eau" })).toContain(2);
        // "Saint-Jean" matches the first word only: it comes after (the `last` strategy).
        expect((await ids({ text: "Jean-Jaurès" }))[0]).toBe(4);
      });
    });

    describe("typos and prefixes", () => {
      it("forgives one typo from 5 letters: plonbier finds plombier", async () => {
        expect(sorted(await ids({ text: "plonbier" }))).toEqual([1, 2, 102]);
      });

      it("counts a transposition as one typo", async () => {
        expect(sorted(await ids({ text: "plmobier" }))).toEqual([1, 2, 102]);
      });

      it("forgives two typos from 9 letters", async () => {
        expect(await ids({ text: "debrousaileuse" })).toEqual([3]);
      });

      it("finds debroussailleus, a prefix with a missing letter, as débroussailleuse", async () => {
        expect(await ids({ text: "debroussailleus" })).toEqual([3]);
        expect(await ids({ text: "debroussailleus terrain" })).toEqual([3]);
      });

      it("allows no typo on a 4-letter word", async () => {
        expect(await ids({ text: "toit" })).toEqual([7]);
        expect(await ids({ text: "toix" })).toEqual([]);
      });

      it("counts a typo on the first letter as two", async () => {
        expect(await ids({ text: "tondeuse" })).toEqual([8]);
        expect(await ids({ text: "bondeuse" })).toEqual([]);
      });

      it("matches the last word as a prefix: répar", async () => {
        expect(sorted(await ids({ text: "répar" }))).toEqual([6, 7]);
        expect(sorted(await ids({ text: "repar" }))).toEqual([6, 7]);
        const result = await search({ text: "qui sait répar" });
        expect(result.hits[0]?.id).toBe(6);
        expect(result.hits[0]?.highlightedTitle).toContain("<mark>répar");
      });

      it("matches a prefix of two or three letters while it is typed", async () => {
        expect(sorted(await ids({ text: "tro" }))).toEqual([9, 19]);
        expect(await ids({ text: "ré" })).toEqual(expect.arrayContaining([6, 13]));
        expect(await ids({ text: "tx" })).toEqual([]);
      });

      it("forgives a typo inside the prefix being typed: plonbi finds plombier", async () => {
        expect(sorted(await ids({ text: "plonbi" }))).toEqual([1, 2, 102]);
        expect((await ids({ text: "fuite plonbi" }))[0]).toBe(1);
        // Within the budget of the letters typed so far: none under 5.
        expect(await ids({ text: "plon" })).toEqual([]);
      });
    });

    describe("documents", () => {
      it("finds a question through a word only its accepted answer contains", async () => {
        const result = await search({ text: "motoculteur" });
        expect(result.hits.map((hit) => hit.id)).toEqual([8]);
        expect(result.hits[0]!.snippet).toContain("<mark>motoculteur</mark>");
      });

      it("returns one result per question, even when several answers match", async () => {
        const result = await search({ text: "tronçonneuse" });
        expect(result.hits.map((hit) => hit.id)).toEqual([9]);
        expect(result.total).toBe(1);
      });

      it("never finds a removed question", async () => {
        expect(await ids({ text: "perceuse" })).toEqual([23]);
        await context.engine.remove([23]);
        expect(await ids({ text: "perceuse" })).toEqual([]);
        expect(await ids({ text: "", kind: ["offer"], category: ["pret"] })).toEqual([]);
        await context.index([CORPUS.find((document) => document.id === 23)!]);
        expect(await ids({ text: "perceuse" })).toEqual([23]);
      });

      it("replaces a document on upsert: its old words are gone", async () => {
        const original = CORPUS.find((document) => document.id === 12)!;
        await context.index([{ ...original, title: "Emprunter une échelle double" }]);
        expect(await ids({ text: "échelle" })).toEqual([12]);
        expect(await ids({ text: "escabeau" })).toEqual([13, 14]);
        await context.index([original]);
        expect(await ids({ text: "emprunter escabeau" })).toEqual([12]);
      });
    });

    describe("matching strategy `last`", () => {
      it("drops a trailing unknown word", async () => {
        const result = await search({ text: "plombier zzyzxq" });
        expect(sorted(result.hits.map((hit) => hit.id))).toEqual([1, 2, 102]);
      });

      it("ranks the documents matching every word first", async () => {
        const found = await ids({ text: "fuite cuisine" });
        expect(found[0]).toBe(1);
        expect(found).toContain(7);
      });
    });

    describe("ranking", () => {
      it("weighs the title over the body over the answers", async () => {
        expect(await ids({ text: "escabeau" })).toEqual([12, 13, 14]);
      });

      it("breaks ties with solved questions first, then votes", async () => {
        expect(await ids({ text: "garderie" })).toEqual([16, 15, 17]);
      });
    });

    describe("filters", () => {
      it("keeps a point 4.95 km away inside a 5 km radius, and one 5.05 km away outside", async () => {
        const near = { ...DONGES, radiusKm: 5 };
        expect(await ids({ text: "composteur", near })).toEqual([10]);
        expect(await ids({ text: "", near })).toContain(10);
        expect(await ids({ text: "", near })).not.toContain(11);
        const wider = { ...DONGES, radiusKm: 5.1 };
        expect(sorted(await ids({ text: "composteur", near: wider }))).toEqual([10, 11]);
      });

      it("searches around a place", async () => {
        const result = await search({ text: "plombier", near: { ...DONGES, radiusKm: 10 } });
        expect(result.hits.map((hit) => hit.id)).toEqual([1]);
        expect(result.hits[0]!.distanceKm).toBe(0);
        expect(result.total).toBe(1);
      });

      it("filters by kind, category, tags and solved", async () => {
        expect(sorted(await ids({ kind: ["offer"] }))).toEqual([5, 11, 18, 19, 23]);
        expect(sorted(await ids({ category: ["jardinage"] }))).toEqual([8, 9]);
        expect(sorted(await ids({ category: ["jardinage", "pret"], kind: ["help"] }))).toEqual([
          3, 8, 9, 12,
        ]);
        expect(sorted(await ids({ tags: ["plomberie"] }))).toEqual([1, 2]);
        expect(await ids({ tags: ["jardin", "outils"] })).toEqual([3]);
        expect(await ids({ tags: ["jardin", "plomberie"] })).toEqual([]);
        expect(await ids({ text: "plombier", solved: true })).toEqual([1]);
        expect(await ids({ text: "plombier", solved: false })).toEqual([2]);
      });
    });

    describe("facets", () => {
      it("counts kind, category and solved over the query", async () => {
        const result = await search({ text: "plombier" });
        expect(result.total).toBe(3);
        // Types over every result; the questions' facets over the questions.
        expect(result.facets.type).toEqual({ question: 2, organisation: 1 });
        expect(result.facets.kind).toEqual({ question: 2 });
        expect(result.facets.category).toEqual({ bricolage: 2 });
        expect(result.facets.solved).toEqual({ true: 1, false: 1 });
      });

      it("counts over the query and the filters", async () => {
        const local = await search({ text: "plombier", near: { ...DONGES, radiusKm: 20 } });
        expect(local.facets.solved).toEqual({ true: 1 });
        const garden = await search({ category: ["jardinage"] });
        expect(garden.total).toBe(2);
        expect(garden.facets.kind).toEqual({ help: 2 });
        expect(garden.facets.solved).toEqual({ true: 2 });
        const transport = await search({ text: "covoiturage", kind: ["offer"] });
        expect(transport.total).toBe(2);
        expect(transport.facets.kind).toEqual({ offer: 2 });
        expect(transport.facets.category).toEqual({ transport: 2 });
      });
    });

    describe("sorts and pages", () => {
      it("sorts by distance, nearest first, with the distance in km", async () => {
        const result = await search({
          text: "covoiturage",
          near: { ...DONGES, radiusKm: 400 },
          sort: "distance",
        });
        expect(result.hits.map((hit) => hit.id)).toEqual([18, 19, 20]);
        const [donges, montoir, bordeaux] = result.hits.map((hit) => hit.distanceKm);
        expect(donges).toBe(0);
        expect(montoir).toBeCloseTo(Math.round(haversineKm(DONGES, MONTOIR) * 10) / 10, 5);
        expect(bordeaux).toBeGreaterThan(250);
        expect(bordeaux).toBeLessThan(350);

        const everything = await search({ near: { ...DONGES, radiusKm: 400 }, sort: "distance" });
        const distances = everything.hits.map((hit) => hit.distanceKm!);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        expect(everything.total).toBe(CORPUS.length + LISTINGS.length);
      });

      it("gives no distance without a point", async () => {
        const result = await search({ text: "plombier" });
        expect(result.hits.every((hit) => hit.distanceKm === null)).toBe(true);
      });

      it("sorts by date, newest first", async () => {
        const result = await search({ sort: "recent" });
        const dates = result.hits.map((hit) => hit.createdAt);
        expect(dates).toEqual([...dates].sort((a, b) => b - a));
        expect(result.hits[0]!.id).toBe(6);
        expect(await ids({ text: "plombier", sort: "recent" })).toEqual([2, 1, 102]);
      });

      it("pages through results with a stable total", async () => {
        const first = await search({ text: "covoiturage", limit: 2, page: 1 });
        const second = await search({ text: "covoiturage", limit: 2, page: 2 });
        expect(first.total).toBe(3);
        expect(second.total).toBe(3);
        expect(first.hits).toHaveLength(2);
        expect(second.hits).toHaveLength(1);
        const all = [...first.hits, ...second.hits].map((hit) => hit.id);
        expect(sorted(all)).toEqual([18, 19, 20]);
      });

      it("returns every document for an empty query", async () => {
        const result = await search({});
        expect(result.total).toBe(CORPUS.length + LISTINGS.length);
        expect(result.facets.type).toEqual({ question: CORPUS.length, organisation: 4 });
        expect(result.facets.kind).toEqual({ question: 12, help: 6, offer: 5 });
      });
    });

    describe("listings (ADR 021)", () => {
      const near = (radiusKm: number) => ({ ...DONGES, radiusKm });

      it("finds the bakery near Donges: boulangerie, and boulangrie with a typo", async () => {
        const result = await search({ text: "boulangerie", near: near(10) });
        expect(result.hits.map((hit) => hit.id)).toEqual([101]);
        expect(result.facets.type).toEqual({ organisation: 1 });
        expect(await ids({ text: "boulangrie", near: near(10) })).toEqual([101]);
        expect(sorted(await ids({ text: "boulangrie" }))).toEqual([101, 103]);
      });

      it("finds a plumber's listing as well as the questions: plonbier", async () => {
        const result = await search({ text: "plonbier" });
        expect(result.hits.find((hit) => hit.id === 102)?.type).toBe("organisation");
        expect(result.hits.filter((hit) => hit.type === "question").map((hit) => hit.id)).toEqual(
          expect.arrayContaining([1, 2]),
        );
        expect(result.facets.type).toEqual({ question: 2, organisation: 1 });
      });

      it("searches one type when asked, and leaves listings out of questions' filters", async () => {
        expect(await ids({ text: "plombier", types: ["organisation"] })).toEqual([102]);
        expect(sorted(await ids({ text: "plombier", types: ["question"] }))).toEqual([1, 2]);
        expect(await ids({ text: "boulangerie", solved: false })).toEqual([]);
        expect(await ids({ text: "plombier", kind: ["question"] })).not.toContain(102);
        const listings = await search({ types: ["organisation"] });
        expect(sorted(listings.hits.map((hit) => hit.id))).toEqual([101, 102, 103, 104]);
        expect(listings.facets.type).toEqual({ organisation: 4 });
      });

      it("searches a listing's name, labels and description, accents folded", async () => {
        expect(await ids({ text: "fournil" })).toEqual([101]);
        // The category's label: « AMAP, alimentation durable ».
        expect(await ids({ text: "alimentation durable" })).toEqual([104]);
        expect(await ids({ text: "maraicher" })).toEqual([104]);
        expect(await ids({ text: "chaudieres" })).toEqual([102]);
      });

      it("filters listings by kind and category", async () => {
        expect(sorted(await ids({ organisationKind: ["commerce"] }))).toEqual([101, 102, 103]);
        expect(sorted(await ids({ organisationCategory: ["boulangerie"] }))).toEqual([101, 103]);
        expect(await ids({ text: "marais", organisationKind: ["commerce"] })).toEqual([]);
      });

      it("sorts listings by distance, with the questions", async () => {
        // In the same field of both (their category's label), so distance decides.
        const bakeries = await search({
          text: "patisserie",
          types: ["organisation"],
          near: near(400),
          sort: "distance",
        });
        expect(bakeries.hits.map((hit) => hit.id)).toEqual([101, 103]);
        expect(bakeries.hits[0]!.distanceKm).toBe(0);
        const local = await search({ near: near(400), sort: "distance", limit: 50 });
        const distances = local.hits.map((hit) => hit.distanceKm!);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
      });

      it("keeps only the listings open at an instant: « ouvert maintenant »", async () => {
        expect(await ids({ text: "boulangerie", openAt: MONDAY_MORNING })).toEqual([103]);
        expect(await ids({ text: "boulangerie", openAt: SUNDAY_MORNING })).toEqual([101]);
        const open = await search({ openAt: SUNDAY_MORNING });
        expect(open.hits.map((hit) => hit.id)).toEqual([101]);
        expect(open.total).toBe(1);
        expect(open.facets.type).toEqual({ organisation: 1 });
        // Listings without hours are never « open now ».
        expect(await ids({ text: "plombier", openAt: MONDAY_MORNING })).toEqual([]);
      });

      it("gives a listing's hit its type, place, labels and hours", async () => {
        const [hit] = (await search({ text: "levain", near: near(10) })).hits;
        expect(hit).toMatchObject({
          type: "organisation",
          id: 101,
          slug: "au-fournil-de-donges",
          title: "Au Fournil de Donges",
          kind: "commerce",
          category: "boulangerie",
          claimed: true,
          partner: false,
          approximate: false,
          place: { id: 1, code: "44052", name: "Donges", slug: "donges-44480" },
          distanceKm: 0,
        });
        expect(hit?.type === "organisation" && hit.openingHours?.weekly).toHaveLength(2);
        expect(hit!.snippet).toContain("<mark>levain</mark>");
        const [named] = (await search({ text: "fournil" })).hits;
        expect(named!.highlightedTitle).toBe("Au <mark>Fournil</mark> de Donges");
      });

      it("never finds a removed listing", async () => {
        expect(await ids({ text: "marais" })).toEqual([104]);
        await context.engine.remove([organisationKey(104)]);
        expect(await ids({ text: "marais" })).toEqual([]);
        // The question of the same id is another document.
        expect(await ids({ text: "perceuse" })).toEqual([23]);
        await context.index([LISTINGS.find((document) => document.id === 104)!]);
        expect(await ids({ text: "marais" })).toEqual([104]);
      });
    });

    describe("highlights and snippets", () => {
      it("marks the matched words in the title, accents kept", async () => {
        const [hit] = (await search({ text: "ecole" })).hits;
        expect(hit!.highlightedTitle).toBe("Inscription à l&#39;<mark>école</mark> maternelle");
        expect(hit!.snippet).toContain("<mark>École</mark>");
        const [coeur] = (await search({ text: "coeur" })).hits;
        expect(coeur!.highlightedTitle).toContain("<mark>cœur</mark>");
      });

      it("escapes everything else", async () => {
        const [hit] = (await search({ text: "balise" })).hits;
        expect(hit!.highlightedTitle).toBe(
          "<mark>Balise</mark> &lt;script&gt; affichée dans mon blog",
        );
        expect(hit!.snippet).toContain("&lt;b&gt;gras&lt;/b&gt; &amp; tout");
        expect(hit!.snippet).not.toContain("<b>");
      });

      it("prefers the accepted answer for the snippet", async () => {
        const hit = (await search({ text: "fuite" })).hits.find((found) => found.id === 1);
        expect(hit!.snippet).toContain("Martin");
        expect(hit!.snippet).toContain("<mark>fuite</mark>");
      });

      it("crops about 30 words around the match", async () => {
        const [hit] = (await search({ text: "ramonage" })).hits;
        expect(hit!.snippet).toContain("<mark>ramonage</mark>");
        const words = plainWords(hit!.snippet).length;
        expect(words).toBeGreaterThanOrEqual(20);
        expect(words).toBeLessThanOrEqual(40);
        expect(hit!.snippet.startsWith("…")).toBe(true);
      });

      it("gives each hit its place, kind and counts", async () => {
        const [hit] = (await search({ text: "motoculteur" })).hits;
        expect(hit).toMatchObject({
          id: 8,
          slug: "quelqu-un-pour-tondre-ma-pelouse-en-juillet",
          title: "Quelqu'un pour tondre ma pelouse en juillet ?",
          kind: "help",
          category: "jardinage",
          solved: true,
          score: 2,
          answerCount: 2,
          place: { id: 1, code: "44052", name: "Donges", slug: "donges-44480" },
          createdAt: NOW - 15 * DAY,
        });
      });
    });

    // Last: it adds a document the counts above do not expect.
    describe("recommendations (ADR 025)", () => {
      beforeAll(async () => {
        await context.index([RECOMMENDING_QUESTION]);
      }, 60_000);

      it("plonbier near the plumber finds its listing and the question recommending it", async () => {
        const found = await search({
          text: "plonbier",
          near: { ...NEAR_THE_PLUMBER, radiusKm: 10 },
        });
        const keys = found.hits.map((hit) => `${hit.type}:${hit.id}`);
        expect(keys).toContain("organisation:102");
        expect(keys).toContain("question:60");
        expect(`${RECOMMENDING_QUESTION.title} ${RECOMMENDING_QUESTION.body}`).not.toMatch(
          /plomb/i,
        );
      });
    });
  });
}
