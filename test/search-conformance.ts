/**
 * The conformance suite of the search engines (ADR 006): the behaviour both
 * engines promise, described once. Each engine's test file runs it with a
 * factory that gives a fresh, empty engine:
 *
 *   describeConformance("embedded", async () => ({ engine, index, cleanup }));
 *
 * The documents (test/search-conformance-corpus.ts) are realistic posts of
 * Donges, Montoir-de-Bretagne and Bordeaux. Expectations only rely on what
 * both engines define the same way (ranking rules whose inputs tie, not
 * scores).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineKm } from "#app/domain/geo";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from "#search/engine";
import { CORPUS, DAY, DONGES, MONTOIR, NOW } from "./search-conformance-corpus";

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
      await context.index(CORPUS);
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
        expect(sorted(await ids({ text: "plonbier" }))).toEqual([1, 2]);
      });

      it("counts a transposition as one typo", async () => {
        expect(sorted(await ids({ text: "plmobier" }))).toEqual([1, 2]);
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
        expect(sorted(await ids({ text: "plonbi" }))).toEqual([1, 2]);
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
        expect(sorted(result.hits.map((hit) => hit.id))).toEqual([1, 2]);
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
        expect(result.total).toBe(2);
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
        expect(everything.total).toBe(CORPUS.length);
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
        expect(await ids({ text: "plombier", sort: "recent" })).toEqual([2, 1]);
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
        expect(result.total).toBe(CORPUS.length);
        expect(result.facets.kind).toEqual({ question: 12, help: 6, offer: 5 });
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
  });
}
