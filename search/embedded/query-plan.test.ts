import { describe, expect, it } from "vitest";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import { DONGES, pointEastOf } from "#test/search-conformance-corpus";
import { planFilters, planQuery } from "./query-plan";
import { unitVector } from "./store";

const vocabulary = fixedVocabulary();

describe("query plan", () => {
  it("bounds the page: 1 to 50 hits, 20 by default, from page 1", () => {
    const page = (limit?: number, number?: number) => {
      const {
        limit: hits,
        offset,
        needed,
      } = planQuery({ text: "", limit, page: number }, vocabulary);
      return { hits, offset, needed };
    };
    expect(page()).toEqual({ hits: 20, offset: 0, needed: 20 });
    expect(page(10, 3)).toEqual({ hits: 10, offset: 20, needed: 30 });
    expect(page(0, 0)).toEqual({ hits: 1, offset: 0, needed: 1 });
    expect(page(500, 2.7)).toEqual({ hits: 50, offset: 50, needed: 100 });
    expect(page(Number.NaN, Number.POSITIVE_INFINITY)).toEqual({ hits: 20, offset: 0, needed: 20 });
  });

  it("normalizes the words and reads ten at most", () => {
    const plan = planQuery({ text: "L'École Maternelle" }, vocabulary);
    expect(plan.words?.words).toEqual(["ecole", "maternelle"]);
    const long = planQuery(
      { text: "un deux trois quatre cinq six sept huit neuf dix onze" },
      vocabulary,
    );
    expect(long.words?.words).toHaveLength(10);
    expect(long.words?.words.at(-1)).toBe("dix");
  });

  it("has no words for an empty query or one of punctuation alone", () => {
    expect(planQuery({ text: "" }, vocabulary).words).toBeNull();
    expect(planQuery({ text: " ?! … " }, vocabulary).words).toBeNull();
  });

  it("sorts by relevance unless asked otherwise", () => {
    expect(planQuery({ text: "" }, vocabulary).sort).toBe("relevance");
    expect(planQuery({ text: "", sort: "recent" }, vocabulary).sort).toBe("recent");
  });
});

describe("query filters", () => {
  it("has FTS5 apply kind, category and solved as words of the hidden column", () => {
    const filters = planFilters({
      text: "",
      kind: ["help", "offer"],
      category: ["jardinage"],
      solved: true,
    });
    expect(filters.match).toBe('(("k_help" OR "k_offer") AND ("c_jardinage") AND "s_1")');
    expect(filters.where).toEqual([]);
    expect(planFilters({ text: "", solved: false }).match).toBe('("s_0")');
    expect(planFilters({ text: "", solved: null, kind: [] }).match).toBeNull();
  });

  it("checks tags on the documents' rows", () => {
    const filters = planFilters({ text: "", tags: ["jardin", "outils"] });
    expect(filters.byTags).toBe(true);
    expect(filters.where).toEqual(["instr(d.tags, ?) > 0", "instr(d.tags, ?) > 0"]);
    expect(filters.params).toEqual([" jardin ", " outils "]);
    expect(filters.match).toBeNull();
    expect(planFilters({ text: "" }).byTags).toBe(false);
  });

  it("narrows a radius search to the cells around it, in the index, before the exact circle", () => {
    const filters = planFilters({ text: "", near: { ...DONGES, radiusKm: 10 } });
    expect(filters.cells!.length).toBeGreaterThan(0);
    expect(filters.match).toBe(`(("${filters.cells!.join('" OR "')}"))`);
    expect(filters.where).toEqual([
      "d.lat BETWEEN ? AND ?",
      "d.lng BETWEEN ? AND ?",
      "d.x * ? + d.y * ? + d.z * ? >= ?",
    ]);
    expect(filters.params).toHaveLength(8);
  });

  it("keeps a point 4.95 km away inside a 5 km circle, and one 5.05 km away outside", () => {
    const { circle } = planFilters({ text: "", near: { ...DONGES, radiusKm: 5 } });
    const dot = (point: { lat: number; lng: number }) => {
      const v = unitVector(point);
      return v.x * circle!.centre.x + v.y * circle!.centre.y + v.z * circle!.centre.z;
    };
    expect(dot(pointEastOf(DONGES, 4.95))).toBeGreaterThanOrEqual(circle!.minDot);
    expect(dot(pointEastOf(DONGES, 5.05))).toBeLessThan(circle!.minDot);
  });

  it("has no cells for a radius too wide for them, but still the circle", () => {
    const filters = planFilters({ text: "", near: { ...DONGES, radiusKm: 20_000 } });
    expect(filters.cells).toBeNull();
    expect(filters.match).toBeNull();
    expect(filters.circle).not.toBeNull();
  });
});
