import { describe, expect, it } from "vitest";
import { foldText } from "#app/domain/normalize";
import { CORPUS } from "#test/search-conformance-corpus";
import { foldWord, searchWords, tokenizeWithOffsets } from "./text";

describe("searchWords", () => {
  it("folds case, accents and ligatures", () => {
    expect(searchWords("École ÉLÉMENTAIRE")).toEqual(["ecole", "elementaire"]);
    expect(searchWords("Cœur, Lætitia, Straße")).toEqual(["coeur", "laetitia", "strasse"]);
    expect(searchWords("ŒUVRE ﬁnale")).toEqual(["oeuvre", "finale"]);
  });

  it("drops French elisions, whatever the apostrophe", () => {
    expect(searchWords("l'école")).toEqual(["ecole"]);
    expect(searchWords("L’École d’enfants")).toEqual(["ecole", "enfants"]);
    expect(searchWords("qu'il vienne jusqu’à lorsqu‘on puisqu'elle quoiqu'ils")).toEqual([
      "il",
      "vienne",
      "a",
      "on",
      "elle",
      "ils",
    ]);
    expect(searchWords("j'ai m'a n'est s'il t'en c'est")).toEqual([
      "ai",
      "a",
      "est",
      "il",
      "en",
      "est",
    ]);
    expect(searchWords("ʼhôpital dʼici")).toEqual(["hopital", "ici"]);
  });

  it("keeps a letter that is not elided, and words that only look like it", () => {
    expect(searchWords("aujourd'hui")).toEqual(["aujourd", "hui"]);
    expect(searchWords("la lettre l")).toEqual(["la", "lettre", "l"]);
    expect(searchWords("vitamine d' ")).toEqual(["vitamine", "d"]);
  });

  it("splits on hyphens and punctuation, keeps digits", () => {
    expect(searchWords("Saint-Étienne-de-Montluc")).toEqual(["saint", "etienne", "de", "montluc"]);
    expect(searchWords("débroussailleuse (3,5 ch) — 44480")).toEqual([
      "debroussailleuse",
      "3",
      "5",
      "ch",
      "44480",
    ]);
  });

  it("reads text typed in decomposed form like composed text", () => {
    expect(searchWords("e\u0301cole")).toEqual(["ecole"]);
  });

  it("agrees with the place-name folding on words", () => {
    for (const name of ["Saint-Étienne", "Cœuvres-et-Valsery", "Lætitia", "Straße", "ÉVREUX"]) {
      expect(searchWords(name).join(" ")).toBe(foldText(name));
    }
  });
});

describe("tokenizeWithOffsets", () => {
  it("points at the original text, accents and case kept", () => {
    const text = "Réparer l’École d'Anne-Sophie";
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((token) => token.word)).toEqual(["reparer", "ecole", "anne", "sophie"]);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      "Réparer",
      "École",
      "Anne",
      "Sophie",
    ]);
  });

  it("keeps offsets right after ligatures and astral characters", () => {
    const text = "🙂 Cœur d’œuvre";
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((token) => token.word)).toEqual(["coeur", "oeuvre"]);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(["Cœur", "œuvre"]);
  });
});

describe("searchWords and tokenizeWithOffsets", () => {
  it("find the same words", () => {
    const texts = [
      ...CORPUS.flatMap((document) => [
        document.title,
        document.body,
        document.acceptedAnswer,
        document.answers,
      ]),
      "L’Île-d’Yeu, aujourd'hui ; qu'ʼil ‘l'‘ d’ l' 'l'eau' ŒUF n°3 ½ ﬁn Straße ÉCOLE e\u0301cole",
      "jusqu'à lorsqu’on puisqu‘il quoiqu'elle c'est-à-dire (l'été) «l’hiver» l''eau",
    ];
    for (const text of texts) {
      expect(searchWords(text)).toEqual(tokenizeWithOffsets(text).map((token) => token.word));
    }
  });
});

describe("foldWord", () => {
  it("folds one word", () => {
    expect(foldWord("Débroussailleuse")).toBe("debroussailleuse");
    expect(foldWord("ŒIL")).toBe("oeil");
  });

  it("drops the combining marks of every script, not only Latin accents", () => {
    // The reference: every mark, by Unicode class. foldWord skips that regex
    // when only Latin accents can be present.
    const reference = (text: string) =>
      text
        .replace(/[œŒæÆßẞ]/g, (letter) => ({ œ: "oe", Œ: "oe", æ: "ae", Æ: "ae" })[letter] ?? "ss")
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase();
    for (const text of [
      "Tiếng Việt, Ḍ́",
      "שָׁלוֹם",
      "हिन्दी",
      "كَتَبَ",
      "vecteur v\u20d7 et x\u0338",
      "L’École « Ça va » – 12 € …",
      "n\u0303 \u1ab0 \u1dc0 \ufe20 🙂",
    ]) {
      expect(foldWord(text)).toBe(reference(text));
    }
    expect(foldWord("हिन्दी")).not.toContain("\u094d");
  });
});
