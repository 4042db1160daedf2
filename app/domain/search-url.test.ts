import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES, LIST_RADII, QUESTION_KINDS } from "./questions";
import {
  DEFAULT_SEARCH_PARAMS,
  parseSearchUrl,
  SEARCH_CONTENTS,
  SEARCH_MAX_PAGE,
  SEARCH_SORTS,
  searchUrl,
  type SearchPageParams,
} from "./search-url";

const params = (query: string) => parseSearchUrl(new URLSearchParams(query));

describe("the search page's URL", () => {
  it("reads every parameter", () => {
    expect(
      params(
        "q=%20plombier%20%20fuite%20&lieu=donges-44480&rayon=25&type=help,offer&categorie=bricolage&categorie=jardinage&resolu=oui&tri=distance&page=3",
      ),
    ).toEqual({
      q: "plombier fuite",
      lieu: "donges-44480",
      radius: 25,
      content: null,
      openNow: false,
      kinds: ["help", "offer"],
      categories: ["bricolage", "jardinage"],
      solved: true,
      sort: "distance",
      page: 3,
    });
  });

  it("falls back to the defaults for anything it does not understand", () => {
    expect(
      params(
        "rayon=7&type=nope&type=help&categorie=%3Cscript%3E&resolu=peut-etre&tri=hasard&page=-2",
      ),
    ).toEqual({
      q: "",
      lieu: null,
      radius: 10,
      content: null,
      openNow: false,
      kinds: ["help"],
      categories: [],
      solved: null,
      sort: null,
      page: 1,
    });
    for (const page of ["0", "1.5", "abc", "51", "1e3", ""]) {
      expect(params(`page=${page}`).page).toBe(1);
    }
    expect(params(`q=${"a".repeat(500)}`).q).toHaveLength(200);
  });

  it("tells an emptied place (the whole of France) from no place at all (the home place)", () => {
    expect(params("lieu=").lieu).toBe("");
    expect(params("q=x").lieu).toBeNull();
    expect(params("rayon=france").radius).toBe("france");
    expect(params("resolu=non").solved).toBe(false);
    expect(params("tri=recent").sort).toBe("date");
  });

  it("reads what the page finds: questions, listings (« fiches ») or both, and « ouvert »", () => {
    expect(params("contenu=fiches")).toMatchObject({ content: "fiches", openNow: false });
    expect(params("contenu=QUESTIONS").content).toBe("questions");
    expect(params("contenu=evenements").content).toBeNull();
    // Open now is a listing's: it shows listings, unless questions were asked for.
    expect(params("ouvert=oui")).toMatchObject({ content: "fiches", openNow: true });
    expect(params("ouvert=oui&contenu=questions")).toMatchObject({
      content: "questions",
      openNow: false,
    });
    expect(params("ouvert=peut-etre").openNow).toBe(false);
    expect(searchUrl({ q: "pain", content: "fiches" })).toBe("/search?q=pain&contenu=fiches");
    expect(searchUrl({ content: "fiches", openNow: true })).toBe("/search?ouvert=oui");
    const roundTrip = params(searchUrl({ q: "pain", content: "fiches", openNow: true }).slice(8));
    expect(roundTrip).toMatchObject({ q: "pain", content: "fiches", openNow: true });
  });
});

/** The search a link leads to: what the page reads back from the link it built. */
const roundTrip = (params: SearchPageParams) =>
  parseSearchUrl(new URL(searchUrl(params), "http://localhost").searchParams);

/** A word as people type it: no spaces inside, any script, emoji included. */
const word = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  .filter((text) => !/\s/.test(text));
const words = (max: number) =>
  fc
    .array(word, { maxLength: 20 })
    .map((list) => list.join(" "))
    .filter((text) => text.length <= max);

/** Any search the page can be on, in the form parseSearchUrl gives it. */
const searchParams: fc.Arbitrary<SearchPageParams> = fc
  .record({
    q: words(200),
    lieu: fc.oneof(fc.constant(null), fc.constant(""), words(100)),
    radius: fc.constantFrom<SearchPageParams["radius"]>(...LIST_RADII, "france"),
    content: fc.constantFrom(null, ...SEARCH_CONTENTS),
    openNow: fc.boolean(),
    kinds: fc.subarray([...QUESTION_KINDS]),
    categories: fc.subarray([...CATEGORIES]),
    solved: fc.constantFrom(null, true, false),
    sort: fc.constantFrom(null, ...SEARCH_SORTS),
    page: fc.integer({ min: 1, max: SEARCH_MAX_PAGE }),
  })
  // « Ouvert maintenant » shows listings: the page never has it with another content.
  .map((params) => (params.openNow ? { ...params, content: "fiches" as const } : params));

describe("the search page's URL, built and read back", () => {
  it("leads back to the same search, whatever the search", () => {
    fc.assert(
      fc.property(searchParams, (params) => {
        expect(roundTrip(params)).toEqual(params);
      }),
      { numRuns: 500 },
    );
  });

  it("leads back to the same search at the edges", () => {
    const edges: Partial<SearchPageParams>[] = [
      {},
      { q: "a & b = c ? d # e + f % g / h" },
      { q: "é".repeat(200), lieu: "Saint-Nazaire", radius: "france" },
      { lieu: "" },
      { lieu: "44480", radius: 2, sort: "distance" },
      { kinds: [...QUESTION_KINDS], categories: [...CATEGORIES], solved: false },
      { q: "🚲 vélo", page: SEARCH_MAX_PAGE, sort: "date", solved: true },
      { q: "boulangerie", content: "fiches" },
      { content: "fiches", openNow: true, lieu: "donges-44480" },
      { content: "questions", kinds: ["help"] },
    ];
    for (const edge of edges) {
      const params = { ...DEFAULT_SEARCH_PARAMS, ...edge };
      expect(roundTrip(params)).toEqual(params);
    }
  });

  it("leaves the defaults out of the link", () => {
    expect(searchUrl()).toBe("/search");
    expect(searchUrl(DEFAULT_SEARCH_PARAMS)).toBe("/search");
    expect(searchUrl({ q: "fuite d’eau", radius: 10, page: 1 })).toBe(
      "/search?q=fuite+d%E2%80%99eau",
    );
    expect(searchUrl({ lieu: "", kinds: ["offer", "help"], page: 2 })).toBe(
      "/search?lieu=&type=help&type=offer&page=2",
    );
  });

  it("reads any query string as a search its own link leads back to", () => {
    const name = fc.constantFrom(
      "q",
      "lieu",
      "rayon",
      "type",
      "categorie",
      "resolu",
      "tri",
      "page",
    );
    // Text about as long as the limits (100 and 200), where a cut may fall on a space or an emoji.
    const nearTheLimits = fc
      .array(fc.constantFrom("a", "é", " ", "\t", "😀"), { minLength: 90, maxLength: 210 })
      .map((parts) => parts.join(""));
    const value = fc.oneof(
      fc.string({ unit: "binary", maxLength: 260 }),
      nearTheLimits,
      fc.constantFrom("france", "25", "oui", "non", "date", "help,offer", "jardinage", "3"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 12 }), (entries) => {
        const params = parseSearchUrl(new URLSearchParams(entries));
        expect(roundTrip(params)).toEqual(params);
      }),
      { numRuns: 500 },
    );
  });
});
