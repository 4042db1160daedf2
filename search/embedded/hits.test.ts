import { describe, expect, it } from "vitest";
import { haversineKm } from "#app/domain/geo";
import { openEmptyDatabase } from "#test/databases";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import { CORPUS, MONTOIR } from "#test/search-conformance-corpus";
import { createHitReader, snippetFieldsMatched, toHit } from "./hits";
import { expandQueryWords, noMatch } from "./query-words";
import { writeDocuments } from "./store";

const plumber = CORPUS.find((document) => document.id === 1)!;
const fuite = expandQueryWords(["fuite"], fixedVocabulary());

describe("hits", () => {
  it("says which snippet fields contain the query, from the stored words", () => {
    const words = ["fuite", "plomberie", "appelez martin", "sous l evier fuites", ""].join("\n");
    // Accepted answer, body, other answers; "fuites" starts with the last word, as typed.
    expect(snippetFieldsMatched(words, fuite.pattern)).toEqual([false, true, false]);
    expect(snippetFieldsMatched("\n\n\n\n", fuite.pattern)).toEqual([false, false, false]);
  });

  it("gives a hit its place, its distance to 0.1 km, and its title highlighted", () => {
    const hit = toHit(plumber, { ...MONTOIR, radiusKm: 10 }, fuite.matcher);
    expect(hit).toMatchObject({
      id: 1,
      slug: plumber.slug,
      place: { id: 1, code: "44052", name: "Donges", slug: "donges-44480" },
      distanceKm: Math.round(haversineKm(MONTOIR, plumber) * 10) / 10,
      highlightedTitle: "Un plombier sérieux sur Donges ?",
    });
    expect(toHit(plumber, null, noMatch).distanceKm).toBeNull();
  });

  it("cuts the snippet from the accepted answer, unless the ranking found the query elsewhere only", () => {
    expect(toHit(plumber, null, fuite.matcher).snippet).toContain("Martin");
    const fromBody = toHit(plumber, null, fuite.matcher, [false, true, false]).snippet;
    expect(fromBody).toContain("<mark>Fuite</mark> sous l&#39;évier");
    expect(fromBody).not.toContain("Martin");
  });

  it("reads a page's documents in the page's order, skipping those removed meanwhile", () => {
    const db = openEmptyDatabase();
    writeDocuments(db.$client, CORPUS);
    const readHits = createHitReader(db.$client);
    const page = readHits([7, 1, 999], null, null);
    expect(page.map((hit) => hit.id)).toEqual([7, 1]);
    expect(page[0]!.highlightedTitle).not.toContain("<mark>");
    const words = new Map([[1, "\n\n\nfuite\n"]]);
    const [hit] = readHits([1], null, { ...fuite, words });
    expect(hit!.highlightedTitle).toBe("Un plombier sérieux sur Donges ?");
    expect(hit!.snippet).toContain("<mark>Fuite</mark>");
    expect(hit!.snippet).not.toContain("Martin");
    db.$client.close();
  });
});
