import { afterAll, describe, expect, it } from "vitest";
import { openEmptyDatabase } from "#test/databases";
import { CORPUS, DONGES } from "#test/search-conformance-corpus";
import { createAttributes } from "./attributes";
import { COUNT_LIMIT, countRows, createMatchReader, roughly, type Counted } from "./matches";
import { planFilters } from "./query-plan";
import { createStatementCache } from "./statement-cache";
import { writeDocuments } from "./store";

describe("counting matches", () => {
  const rows = (ids: number[]): Counted[] =>
    ids.map((id) => ({
      id,
      kind: id % 2 ? "help" : "offer",
      category: "pret",
      solved: id % 5 ? 0 : 1,
    }));
  const noSpan = () => {
    throw new Error("an exact count needs no span");
  };

  it("counts the total and facets exactly up to the limit", () => {
    const counted = countRows(rows([10, 9, 8, 7, 6, 5]), noSpan);
    expect(counted).toMatchObject({ total: 6, totalIsEstimate: false });
    expect(counted.facets).toEqual({
      type: {},
      kind: { offer: 3, help: 3 },
      category: { pret: 6 },
      solved: { true: 2, false: 4 },
    });
  });

  it("beyond the limit, scales the newest matches by the share of ids they span, and says so", () => {
    // One question in two matches, among ids 1–2,000: the newest 500 span half the ids.
    const newest = rows(Array.from({ length: COUNT_LIMIT + 1 }, (_, i) => 2000 - i * 2));
    const counted = countRows(newest, () => ({ low: 1, high: 2000 }));
    expect(counted.totalIsEstimate).toBe(true);
    expect(counted.total).toBe(1000);
    expect(counted.rows).toHaveLength(COUNT_LIMIT + 1);
    expect(counted.facets.category).toEqual({ pret: 1000 });
    expect(counted.facets.kind).toEqual({ offer: 1000 });
  });

  it("rounds an estimate to two significant digits, and never to zero", () => {
    expect([0.2, 42.4, 99.6, 1234, 98_765, 1_049_999].map(roughly)).toEqual([
      1, 42, 100, 1200, 99_000, 1_000_000,
    ]);
  });
});

describe("reading matches", () => {
  const db = openEmptyDatabase();
  afterAll(() => db.$client.close());
  writeDocuments(db.$client, CORPUS);
  const attributes = createAttributes(db.$client);
  attributes.refresh();
  const reader = createMatchReader(db.$client, attributes, createStatementCache(db.$client));
  const ids = (rows: Counted[]) => rows.map((row) => row.id);

  it("reads the newest matches first, up to the cap", () => {
    const matches = reader.within(planFilters({ text: "" }), "question");
    expect(ids(matches.newest('("covoiturage")', 10))).toEqual([20, 19, 18]);
    expect(ids(matches.newest('("covoiturage")', 2))).toEqual([20, 19]);
    expect(matches.newest('("covoiturage")', 1)[0]).toEqual({
      id: 20,
      kind: "help",
      category: "transport",
      solved: 0,
    });
  });

  it("keeps the matches within the filters, in the index, in memory or in rows", () => {
    const near = reader.within(
      planFilters({ text: "", near: { ...DONGES, radiusKm: 3 } }),
      "question",
    );
    expect(ids(near.newest('("covoiturage")', 10))).toEqual([18]);
    const offers = reader.within(planFilters({ text: "", kind: ["offer"] }), "question");
    expect(ids(offers.newest('("covoiturage")', 10))).toEqual([19, 18]);
    const tagged = reader.within(planFilters({ text: "", tags: ["plomberie"] }), "question");
    expect(ids(tagged.newest('("plombier")', 10))).toEqual([2, 1]);
    expect(ids(tagged.newest(null, 10))).toEqual([2, 1]);
  });

  it("adds extra MATCH terms, and reads the filters alone without one", () => {
    const matches = reader.within(planFilters({ text: "", category: ["jardinage"] }), "question");
    expect(ids(matches.newest(null, 10))).toEqual([9, 8]);
    expect(ids(matches.newest('("tondre")', 10))).toEqual([8]);
    expect(ids(matches.newest(null, 10, ['"s_1"']))).toEqual([9, 8]);
    expect(ids(reader.within(planFilters({ text: "" }), "question").newest(null, 3))).toEqual([
      23, 22, 21,
    ]);
  });

  it("counts a query's matches with their facets", () => {
    const counted = reader.within(planFilters({ text: "" }), "question").count('("garderie")');
    expect(counted).toMatchObject({ total: 3, totalIsEstimate: false });
    expect(counted.facets).toEqual({
      type: {},
      kind: { question: 3 },
      category: { enfants: 3 },
      solved: { false: 2, true: 1 },
    });
  });
});
