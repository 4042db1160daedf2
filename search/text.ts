/**
 * The normalization every search engine shares (ADR 006), built on the same
 * folding as place names (app/domain/normalize.ts): case, accents, ligatures
 * (œ → oe, æ → ae, ß → ss), typographic apostrophes and hyphens, plus what
 * matters for posts written in French: elided articles and pronouns are
 * dropped, so `l'école` is the word `ecole` and `qu'il` is `il`.
 *
 * Words keep their offsets in the original text, so a highlight can mark the
 * text as written (`<mark>École</mark>`), accents included.
 */

export type Token = {
  /** The normalized word. */
  word: string;
  /** UTF-16 offsets of the word in the original text: `text.slice(start, end)`. */
  start: number;
  end: number;
};

const APOSTROPHES = new Set(["'", "’", "ʼ", "‘"]);
/** What French elides before a vowel: l'école, d'enfants, qu'il, jusqu'à, lorsqu'on… */
const ELIDED = new Set([
  "l",
  "d",
  "j",
  "m",
  "n",
  "s",
  "t",
  "c",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
  "quoiqu",
]);
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss", ẞ: "ss" };

/** The combining marks NFKD splits Latin accents into: a plain regex, several times faster than `\p{M}`. */
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]+/g;
/**
 * A character outside the blocks that hold no combining mark besides the
 * ones above (Basic Latin to Combining Diacritical Marks, General
 * Punctuation, Currency Symbols): only then is `\p{M}` worth running.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000
const MAYBE_OTHER_MARK = /[^\u0000-\u036f\u2000-\u206f\u20a0-\u20cf]/;
const ANY_MARK = /\p{M}+/gu;

/** A text folded: lowercase, no accents, ligatures expanded (compatibility forms too: ﬁ → fi). */
export function foldWord(word: string): string {
  const decomposed = word
    .replace(/[œŒæÆßẞ]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(LATIN_COMBINING_MARKS, "");
  const unmarked = MAYBE_OTHER_MARK.test(decomposed)
    ? decomposed.replace(ANY_MARK, "")
    : decomposed;
  return unmarked.toLowerCase();
}

/** Letters, digits and combining marks as written (before folding), by code point; cached. */
const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;
// ʼ (U+02BC) is a letter to Unicode but an apostrophe to a French reader.
const rawWordCharacterCache = new Map<number, boolean>([[0x2bc, false]]);
function isRawWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_LETTER_OR_DIGIT[codePoint]!;
  let known = rawWordCharacterCache.get(codePoint);
  if (known === undefined) {
    known = LETTER_DIGIT_OR_MARK.test(String.fromCodePoint(codePoint));
    rawWordCharacterCache.set(codePoint, known);
  }
  return known;
}
const ASCII_LETTER_OR_DIGIT = Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(code)),
);
// eslint-disable-next-line no-control-regex -- ASCII is from \x00
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const isLetterOrDigitAsWritten = (code: number) =>
  code < 128 ? ASCII_LETTER_OR_DIGIT[code] === true : code >= 128 && isWordCodePoint(code);

/**
 * The words of a text, normalized, with their place in the original text.
 * One pass over the character codes (what highlights and snippets of every
 * hit run): only words with other than ASCII letters pay for Unicode folding.
 */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let start = -1;
  let position = 0;
  while (position <= length) {
    const codePoint = position < length ? text.codePointAt(position)! : 0x20;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isRawWordCodePoint(codePoint)) {
      if (start < 0) start = position;
      position += width;
      continue;
    }
    if (start >= 0) {
      const end = position;
      const written = text.slice(start, end);
      const wordStart = start;
      start = -1;
      const ascii = ASCII_ONLY.test(written);
      const word = ascii ? written.toLowerCase() : foldWord(written);
      // An elided word is followed by an apostrophe and another word: drop it.
      const elided =
        word &&
        ELIDED.has(word) &&
        APOSTROPHES.has(text[end]!) &&
        isLetterOrDigitAsWritten(text.charCodeAt(end + 1));
      if (word && !elided) {
        if (ascii) tokens.push({ word, start: wordStart, end });
        // NFKD can split a character into several words' worth (rare: "½" → "1⁄2").
        else {
          for (const part of word.split(/[^\p{L}\p{N}]+/u)) {
            if (part) tokens.push({ word: part, start: wordStart, end });
          }
        }
      }
    }
    position += width;
  }
  return tokens;
}

/** ASCII letters and digits, by character code: the common case of folded text, without a regex. */
const ASCII_WORD = Array.from({ length: 128 }, (_, code) =>
  /[a-z0-9]/.test(String.fromCharCode(code)),
);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// ʼ (U+02BC) is a letter to Unicode but an apostrophe to a French reader.
const wordCharacterCache = new Map<number, boolean>([[0x2bc, false]]);

/** Whether the code point is a letter or a digit (cached: a text uses few distinct non-ASCII ones). */
function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_WORD[codePoint]!;
  let known = wordCharacterCache.get(codePoint);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    wordCharacterCache.set(codePoint, known);
  }
  return known;
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018;

/**
 * The normalized words of a text: `"L'École d’Anne-Sophie"` → `["ecole",
 * "anne", "sophie"]`. The same words as `tokenizeWithOffsets`, several times
 * faster: the whole text is folded at once, then split by one pass over its
 * character codes (regular expressions with Unicode classes cost most of the
 * indexing time). What indexing and queries use.
 */
export function searchWords(text: string): string[] {
  const folded = foldWord(text);
  const words: string[] = [];
  const length = folded.length;
  let start = -1;
  let position = 0;
  while (position <= length) {
    const codePoint = position < length ? folded.codePointAt(position)! : 0x20;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordCodePoint(codePoint)) {
      if (start < 0) start = position;
      position += width;
      continue;
    }
    if (start >= 0) {
      const word = folded.slice(start, position);
      start = -1;
      // An elided article or pronoun, an apostrophe, then a word: drop it.
      const elided =
        (isApostrophe(codePoint) || codePoint === 0x2bc) &&
        ELIDED.has(word) &&
        position + 1 < length &&
        isWordCodePoint(folded.codePointAt(position + 1)!);
      if (!elided) words.push(word);
    }
    position += width;
  }
  return words;
}
