import { afterAll, describe, expect, it } from "vitest";
import type { SearchQuery } from "#search/engine";
import { openEmptyDatabase } from "#test/databases";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import { CORPUS, DONGES } from "#test/search-conformance-corpus";
import { createAttributes } from "./attributes";
import { createBrowser, sqlOrder } from "./browse";
import { createMatchReader } from "./matches";
import { planQuery } from "./query-plan";
import { createStatementCache } from "./statement-cache";
import { writeDocuments } from "./store";

describe("the order of a query without words", () => {
  it("is solved and votes first by default, else by date, or by distance from a point", () => {
    expect(sqlOrder({ sort: "relevance", near: null }).sql).toBe(
      "ORDER BY d.solved DESC, d.score DESC, d.created_at DESC, d.id DESC",
    );
    expect(sqlOrder({ sort: "recent", near: null }).sql).toBe(
      "ORDER BY d.created_at DESC, d.id DESC",
    );
    const byDistance = sqlOrder({ sort: "distance", near: { ...DONGES, radiusKm: 10 } });
    expect(byDistance.sql).toContain("ASC, d.id DESC");
    expect(byDistance.values.slice(0, 4)).toEqual([DONGES.lat, DONGES.lat, DONGES.lng, DONGES.lng]);
    expect(byDistance.values[4]).toBeCloseTo(Math.cos((DONGES.lat * Math.PI) / 180) ** 2, 12);
    // Without a point, a distance sort falls back to the default order.
    expect(sqlOrder({ sort: "distance", near: null }).sql).toContain("d.solved DESC");
  });
});

describe("browsing without words", () => {
  const db = openEmptyDatabase();
  afterAll(() => db.$client.close());
  writeDocuments(db.$client, CORPUS);
  const attributes = createAttributes(db.$client);
  attributes.refresh();
  const statement = createStatementCache(db.$client);
  const matches = createMatchReader(db.$client, attributes, statement);
  const browse = createBrowser(statement);

  /** The page both ways: among the counted matches (few), and by SQL over every document. */
  function pages(query: SearchQuery) {
    const plan = planQuery(query, fixedVocabulary());
    const counted = matches.within(plan.filters, "question").count(null);
    return {
      fromCounted: browse.browse(plan, counted, 300, "question"),
      fromAll: browse.browse(plan, counted, 0, "question"),
    };
  }

  it("pages through the documents within the filters, in the requested order", () => {
    // The offers, newest first: 5, 11, 18, 19, 23.
    const offers = pages({ text: "", kind: ["offer"], sort: "recent", limit: 2, page: 2 });
    expect(offers).toEqual({ fromCounted: [18, 19], fromAll: [18, 19] });
  });

  it("sorts by distance, the newest first among documents at the same point", () => {
    const nearest = pages({
      text: "",
      near: { ...DONGES, radiusKm: 400 },
      sort: "distance",
      limit: 3,
    });
    expect(nearest).toEqual({ fromCounted: [23, 21, 18], fromAll: [23, 21, 18] });
  });

  it("applies the tags and the radius both ways", () => {
    // Questions 1 (solved, in Donges) and 2 (in Bordeaux, 300 km away) are about plumbing.
    const near = { ...DONGES, radiusKm: 400 };
    const tagged = pages({ text: "", tags: ["plomberie"], near, limit: 1, page: 2 });
    expect(tagged).toEqual({ fromCounted: [2], fromAll: [2] });
    const local = pages({ text: "", tags: ["plomberie"], near: { ...DONGES, radiusKm: 10 } });
    expect(local).toEqual({ fromCounted: [1], fromAll: [1] });
  });
});
