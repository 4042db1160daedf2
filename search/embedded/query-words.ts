/**
 * The query's words as the embedded engine looks for them (a step of
 * search/embedded/engine.ts): each word with its typo variants from the
 * index's vocabulary, the last one also as a prefix (search as you type),
 * turned into what the later steps need: FTS5 MATCH expressions for the
 * candidates, and one regular expression and a matcher for the ranking,
 * the highlights and the snippets.
 */
import type { Matcher, WordMatch } from "./highlight";
import { quote } from "./match-expression";
import type { Vocabulary } from "./vocabulary";

/** Above this many words starting with the last word (4+ letters), FTS5's own prefix query is used. */
const MAX_PREFIX_TERMS = 40;
/** A last word of two or three letters matches the commonest words it starts, this many at most. */
const MAX_SHORT_PREFIX_TERMS = 50;
/** Typo variants of the last word, as a word and as a prefix together (each is capped at 50). */
const MAX_LAST_WORD_TERMS = 80;

export type QueryWords = {
  /** The normalized query words, in order. */
  words: string[];
  /** Which query word a document word is, with how many typos (or as the last word's prefix). */
  matcher: Matcher;
  /**
   * Every term (typo variants included) as a whole word of a text of words
   * separated by spaces and lines, or a longer word starting with the last
   * one (see `termPattern`). Global: reset `lastIndex` before each use.
   */
  pattern: RegExp;
  /** The MATCH for documents containing the first `count` query words (in `columns`: any). */
  textMatch(count: number, columns?: string | null): string;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Any of `terms` as a whole word of a text of words separated by spaces and
 * lines, or a longer word starting with `prefix`. The engine compiles it to
 * one automaton, so a candidate's ~1,000 characters are read once, however
 * many typo variants the query has.
 */
export function termPattern(terms: Iterable<string>, prefix: string | null): RegExp {
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (prefix) alternatives.push(`${escapeRegExp(prefix)}[^ \\n]+`);
  return new RegExp(`(?<![^ \\n])(?:${alternatives.join("|")})(?![^ \\n])`, "g");
}

/** How each query word matches document words: its typo variants, and the last word as a prefix. */
export function createMatcher(words: string[], variants: Map<string, number>[]): Matcher {
  const byTerm = new Map<string, WordMatch[]>();
  variants.forEach((terms, index) => {
    for (const [term, typos] of terms) {
      const list = byTerm.get(term) ?? [];
      list.push({ index, typos, exact: typos === 0, prefix: false });
      byTerm.set(term, list);
    }
  });
  const last = words.length - 1;
  // As in the MATCH: one letter is not read as a prefix.
  const prefix = last >= 0 && words[last]!.length >= 2 ? words[last]! : null;
  const none: WordMatch[] = [];
  return {
    size: words.length,
    prefix,
    match(word) {
      const found = byTerm.get(word);
      if (prefix && word.length > prefix.length && word.startsWith(prefix)) {
        const asPrefix = { index: last, typos: 0, exact: false, prefix: true };
        return found ? [...found, asPrefix] : [asPrefix];
      }
      return found ?? none;
    },
  };
}

/** Matches nothing: the highlights and snippets of a query without words. */
export const noMatch: Matcher = { size: 0, prefix: null, match: () => [] };

/** Each word's typo variants; the last word's also as a prefix typed with a typo. */
function typoVariants(words: string[], vocabulary: Vocabulary): Map<string, number>[] {
  return words.map((word, i) => {
    const own = vocabulary.variants(word);
    // The last word is typed as a prefix: words it starts with a typo count too.
    if (i < words.length - 1 || word.length < 2) return own;
    const merged = new Map(own);
    for (const [term, typos] of vocabulary.prefixVariants(word)) {
      if (merged.size >= MAX_LAST_WORD_TERMS) break;
      if (!merged.has(term)) merged.set(term, typos);
    }
    return merged;
  });
}

/**
 * The words the last query word starts, for the MATCH; null when FTS5's own
 * prefix query should read them instead.
 *
 * One letter as a prefix would read half the index; Meilisearch too finds
 * little of use with it. From two letters, the prefix is expanded into the
 * words it starts, taken from the vocabulary and read lazily by FTS5 like
 * any other word (the index has no prefix indexes, ADR 009): two or three
 * letters start too many words to take them all, so the commonest
 * MAX_SHORT_PREFIX_TERMS; from four, all of them, unless they are too many,
 * and then FTS5's own prefix query, which merges their doclists.
 */
function prefixTerms(lastWord: string, vocabulary: Vocabulary): string[] | null {
  if (lastWord.length < 2) return [];
  if (lastWord.length <= 3) {
    return vocabulary.startingWith(lastWord, MAX_SHORT_PREFIX_TERMS).words;
  }
  const starting = vocabulary.startingWith(lastWord, MAX_PREFIX_TERMS);
  return starting.complete ? starting.words : null;
}

/** The query's normalized words (at least one) expanded against the index's vocabulary. */
export function expandQueryWords(words: string[], vocabulary: Vocabulary): QueryWords {
  const variants = typoVariants(words, vocabulary);
  const matcher = createMatcher(words, variants);
  const pattern = termPattern(
    variants.flatMap((terms) => [...terms.keys()]),
    matcher.prefix,
  );
  const last = words.length - 1;
  const lastWordStarts = prefixTerms(words[last]!, vocabulary);
  const wordMatch = (i: number) => {
    const terms = new Set([...variants[i]!.keys()].map(quote));
    if (i === last) {
      if (lastWordStarts === null) terms.add(`${quote(words[i]!)}*`);
      else for (const term of lastWordStarts) terms.add(quote(term));
    }
    return `(${[...terms].join(" OR ")})`;
  };
  return {
    words,
    matcher,
    pattern,
    textMatch: (count, columns = null) =>
      `${columns ? `${columns} : ` : ""}(${words
        .slice(0, count)
        .map((_, i) => wordMatch(i))
        .join(" AND ")})`,
  };
}
