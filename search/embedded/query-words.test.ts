import { describe, expect, it } from "vitest";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import { expandQueryWords, termPattern } from "./query-words";

describe("query words", () => {
  it("matches each word's typo variants, and the last word as a prefix", () => {
    const { matcher } = expandQueryWords(
      ["fuite", "plomb"],
      fixedVocabulary({
        variants: {
          fuite: [
            ["fuite", 0],
            ["fuites", 1],
          ],
        },
        prefixVariants: { plomb: [["plonbier", 1]] },
      }),
    );
    expect(matcher.size).toBe(2);
    expect(matcher.prefix).toBe("plomb");
    expect(matcher.match("fuite")).toEqual([{ index: 0, typos: 0, exact: true, prefix: false }]);
    expect(matcher.match("fuites")).toEqual([{ index: 0, typos: 1, exact: false, prefix: false }]);
    expect(matcher.match("plombier")).toEqual([{ index: 1, typos: 0, exact: false, prefix: true }]);
    expect(matcher.match("plonbier")).toEqual([
      { index: 1, typos: 1, exact: false, prefix: false },
    ]);
    expect(matcher.match("evier")).toEqual([]);
  });

  it("reads a last word of one letter as a word, not a prefix", () => {
    const words = expandQueryWords(["fuite", "p"], fixedVocabulary());
    expect(words.matcher.prefix).toBeNull();
    expect(words.matcher.match("plombier")).toEqual([]);
    expect(words.textMatch(2)).toBe('(("fuite") AND ("p"))');
  });

  it("expands a prefix of two or three letters into the commonest words it starts", () => {
    const words = expandQueryWords(
      ["pl"],
      fixedVocabulary({ starting: { pl: { words: ["plombier", "place"], complete: false } } }),
    );
    expect(words.textMatch(1)).toBe('(("pl" OR "plombier" OR "place"))');
  });

  it("from four letters, takes every word the prefix starts, or FTS5's prefix query when too many", () => {
    const few = expandQueryWords(
      ["plom"],
      fixedVocabulary({ starting: { plom: { words: ["plombier", "plomberie"], complete: true } } }),
    );
    expect(few.textMatch(1)).toBe('(("plom" OR "plombier" OR "plomberie"))');
    const many = expandQueryWords(
      ["plom"],
      fixedVocabulary({ starting: { plom: { words: ["plombier"], complete: false } } }),
    );
    expect(many.textMatch(1)).toBe('(("plom" OR "plom"*))');
  });

  it("builds the MATCH of the leading words, in columns when asked", () => {
    const words = expandQueryWords(
      ["fuite", "evier", "cuisine"],
      fixedVocabulary({
        variants: {
          evier: [
            ["evier", 0],
            ["eviers", 1],
          ],
        },
      }),
    );
    expect(words.textMatch(2)).toBe('(("fuite") AND ("evier" OR "eviers"))');
    expect(words.textMatch(1, "{title tags}")).toBe('{title tags} : (("fuite"))');
  });

  it("quotes every term, so a typed operator or quote stays a word", () => {
    const words = expandQueryWords(['or"', "near"], fixedVocabulary());
    expect(words.textMatch(2)).toBe('(("or""") AND ("near"))');
  });

  it("keeps at most 80 terms for the last word, its own variants first", () => {
    const prefixVariants = Array.from({ length: 100 }, (_, i): [string, number] => [
      `plomb${i}x`,
      1,
    ]);
    const { matcher } = expandQueryWords(
      ["plomb"],
      fixedVocabulary({ prefixVariants: { plomb: prefixVariants } }),
    );
    expect(matcher.match("plomb")).toHaveLength(1);
    expect(matcher.match("plomb78x")[0]).toMatchObject({ typos: 1, prefix: false });
    // Past the cap, a word it starts is still found, but as the prefix only.
    expect(matcher.match("plomb79x")).toEqual([{ index: 0, typos: 0, exact: false, prefix: true }]);
  });
});

describe("term pattern", () => {
  const found = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[0]);

  it("finds the terms as whole words, across the lines of the fields", () => {
    const pattern = termPattern(["fuite", "evier"], null);
    expect(found(pattern, "une fuite\nsous l evier\nfuites evierx")).toEqual(["fuite", "evier"]);
  });

  it("finds longer words that start with the prefix, not the prefix alone", () => {
    const pattern = termPattern(["fuite"], "plomb");
    expect(found(pattern, "plomb plombier fuite plomberie")).toEqual([
      "plombier",
      "fuite",
      "plomberie",
    ]);
  });

  it("escapes what regular expressions would read as syntax", () => {
    const pattern = termPattern(["a.c"], null);
    expect(found(pattern, "abc a.c")).toEqual(["a.c"]);
  });
});
