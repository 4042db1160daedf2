import { describe, expect, it } from "vitest";
import { openEmptyDatabase } from "#test/databases";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import { CORPUS, DONGES } from "#test/search-conformance-corpus";
import { createAttributes } from "./attributes";
import { planQuery } from "./query-plan";
import { expandQueryWords } from "./query-words";
import { assess, createRanking, rankingOrder, type Ranked } from "./ranking";
import { writeDocuments } from "./store";

/** A candidate's stored words: one line per field (title, tags, accepted answer, body, answers). */
const stored = (fields: {
  title?: string;
  tags?: string;
  accepted?: string;
  body?: string;
  answers?: string;
}) =>
  [fields.title, fields.tags, fields.accepted, fields.body, fields.answers]
    .map((f) => f ?? "")
    .join("\n");

const query = (words: string[], variants: Record<string, [string, number][]> = {}) =>
  expandQueryWords(words, fixedVocabulary({ variants }));

describe("assessing a candidate", () => {
  it("counts the query's leading words it contains, the first one required", () => {
    const text = stored({ title: "fuite sous evier", body: "plombier" });
    expect(assess(text, query(["fuite", "evier"])).matchedWords).toBe(2);
    expect(assess(text, query(["fuite", "chaudiere", "evier"])).matchedWords).toBe(1);
    expect(assess(text, query(["chaudiere", "fuite"])).matchedWords).toBe(0);
  });

  it("counts the typos of the best variant of each word, and the words found exactly", () => {
    const words = query(["plombier", "fuite"], {
      plombier: [
        ["plombier", 0],
        ["plombiers", 1],
      ],
    });
    expect(assess(stored({ title: "plombiers fuite" }), words)).toMatchObject({
      typos: 1,
      exactness: 1,
    });
    expect(assess(stored({ title: "plombiers fuite", body: "plombier" }), words)).toMatchObject({
      typos: 0,
      exactness: 2,
    });
  });

  it("does not count a word found only as the prefix being typed as exact", () => {
    expect(assess(stored({ title: "plomberie" }), query(["plomb"]))).toMatchObject({
      matchedWords: 1,
      typos: 0,
      exactness: 0,
    });
  });

  it("sums the first field each word is found in, the title being 0", () => {
    expect(assess(stored({ body: "fuite" }), query(["fuite"])).attribute).toBe(3);
    expect(
      assess(stored({ title: "x", tags: "evier", answers: "fuite" }), query(["fuite", "evier"]))
        .attribute,
    ).toBe(5);
    expect(assess(stored({ title: "fuite", body: "fuite" }), query(["fuite"])).attribute).toBe(0);
  });

  it("measures how close consecutive words are in one field, a reversed pair costing one more", () => {
    const proximity = (text: string) => assess(text, query(["fuite", "evier"])).proximity;
    expect(proximity(stored({ title: "fuite evier" }))).toBe(1);
    expect(proximity(stored({ title: "evier fuite" }))).toBe(2);
    expect(proximity(stored({ title: "fuite sous l evier" }))).toBe(3);
    expect(proximity(stored({ title: "fuite a b c d e f evier" }))).toBe(7);
    // Further apart in one field counts as in different fields.
    expect(proximity(stored({ title: "fuite a b c d e f g h i evier" }))).toBe(8);
    expect(proximity(stored({ title: "fuite", body: "evier" }))).toBe(8);
    // The closest pair in any field counts.
    expect(proximity(stored({ title: "fuite", body: "evier fuite", answers: "fuite evier" }))).toBe(
      1,
    );
  });
});

describe("the ranking order", () => {
  const candidate = (id: number, fields: Partial<Ranked> = {}): Ranked => ({
    id,
    solved: 0,
    score: 0,
    createdAt: 1000,
    words: "",
    matchedWords: 1,
    typos: 0,
    proximity: 0,
    attribute: 0,
    exactness: 1,
    distance: 0,
    ...fields,
  });
  const order = (sort: "relevance" | "distance" | "recent", candidates: Ranked[]) =>
    [...candidates].sort(rankingOrder(sort)).map((c) => c.id);

  it("applies the rules in Meilisearch's order: words, typos, proximity, attribute", () => {
    expect(
      order("relevance", [
        candidate(1, { attribute: 0 }),
        candidate(2, { matchedWords: 2, typos: 2, proximity: 7, attribute: 4 }),
        candidate(3, { typos: 0, proximity: 3 }),
        candidate(4, { typos: 0, proximity: 1, attribute: 3 }),
        candidate(5, { typos: 1 }),
      ]),
    ).toEqual([2, 1, 4, 3, 5]);
  });

  it("puts the requested sort after the attribute and before exactness", () => {
    const near = candidate(1, { distance: 1, exactness: 0, createdAt: 1 });
    const far = candidate(2, { distance: 9, exactness: 1, createdAt: 2 });
    const inTitle = candidate(3, { distance: 20, attribute: 0 });
    const inBody = candidate(4, { distance: 0, attribute: 3 });
    expect(order("distance", [far, near, inBody, inTitle])).toEqual([1, 2, 3, 4]);
    expect(order("recent", [far, near])).toEqual([2, 1]);
    expect(order("relevance", [near, far])).toEqual([2, 1]);
  });

  it("breaks ties with solved questions, then votes, then the newest", () => {
    expect(
      order("relevance", [
        candidate(1, { score: 5 }),
        candidate(2, { solved: 1 }),
        candidate(3, { score: 5, createdAt: 2000 }),
        candidate(4),
        candidate(5),
      ]),
    ).toEqual([2, 3, 1, 5, 4]);
  });
});

describe("ranking candidates", () => {
  it("ranks the indexed candidates in the requested order, with their distance", () => {
    const db = openEmptyDatabase();
    writeDocuments(db.$client, CORPUS);
    const attributes = createAttributes(db.$client);
    attributes.refresh();
    // Written after the refresh, as by another connection: not ranked until the next search.
    writeDocuments(db.$client, [{ ...CORPUS[0]!, id: 99 }]);
    const rank = createRanking(db.$client, attributes);
    const ranked = (query: Parameters<typeof planQuery>[0]) => {
      const plan = planQuery(query, fixedVocabulary());
      return rank([2, 1, 99, 500], plan, plan.words!).map(({ id, distance }) => ({ id, distance }));
    };
    const near = { ...DONGES, radiusKm: 400 };
    const byDistance = ranked({ text: "plombier", near, sort: "distance" });
    expect(byDistance.map((candidate) => candidate.id)).toEqual([1, 2]);
    expect(byDistance[0]!.distance).toBeLessThan(0.001);
    expect(byDistance[1]!.distance).toBeGreaterThan(250);
    expect(ranked({ text: "plombier", sort: "recent" })).toEqual([
      { id: 2, distance: 0 },
      { id: 1, distance: 0 },
    ]);
    db.$client.close();
  });
});
