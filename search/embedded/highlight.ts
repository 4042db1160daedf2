/**
 * Highlights and snippets from the original text (accents and case as
 * written): words are found with `tokenizeWithOffsets`, matched against the
 * query like the ranking matches them, and marked with <mark>; everything
 * else is HTML-escaped.
 */
import { foldWord, tokenizeWithOffsets, type Token } from "#search/text";

/** How one normalized word of a document matches the query: the query word's index and the match. */
export type WordMatch = { index: number; typos: number; exact: boolean; prefix: boolean };

export type Matcher = {
  /** Every query word this document word matches (usually one, none for most words). */
  match(word: string): WordMatch[];
  /** The number of query words. */
  readonly size: number;
  /** The last query word, which also matches as a prefix (search as you type). */
  readonly prefix: string | null;
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const SNIPPET_WORDS = 30;

type MarkedToken = Token & { matches: WordMatch[] };

function markTokens(text: string, matcher: Matcher): MarkedToken[] {
  const tokens = tokenizeWithOffsets(text) as MarkedToken[];
  for (const token of tokens) token.matches = matcher.match(token.word);
  return tokens;
}

/** Where a prefix match ends in the original word: "Réparer" searched as "répar" marks "Répar". */
function prefixEnd(text: string, token: Token, prefixLength: number): number {
  let folded = 0;
  let position = token.start;
  while (position < token.end && folded < prefixLength) {
    const character = String.fromCodePoint(text.codePointAt(position)!);
    folded += foldWord(character).length;
    position += character.length;
  }
  // Accents typed as combining marks belong to the letter before them.
  while (position < token.end && /\p{M}/u.test(text[position]!)) position++;
  return position;
}

/** The text between `from` and `to` as HTML, matched words (or prefixes) in <mark>. */
function render(text: string, tokens: MarkedToken[], from: number, to: number, matcher: Matcher) {
  let html = "";
  let position = from;
  for (const token of tokens) {
    if (token.matches.length === 0 || token.start < from || token.end > to) continue;
    const onlyPrefix = token.matches.every((match) => match.prefix);
    const end =
      onlyPrefix && matcher.prefix ? prefixEnd(text, token, matcher.prefix.length) : token.end;
    html += escapeHtml(text.slice(position, token.start));
    html += `<mark>${escapeHtml(text.slice(token.start, end))}</mark>`;
    position = end;
  }
  return html + escapeHtml(text.slice(position, to));
}

/** A title (or any short text) with its matched words marked. */
export function highlight(text: string, matcher: Matcher): string {
  return render(text, markTokens(text, matcher), 0, text.length, matcher);
}

/**
 * About 30 words of the first field with a match among `sources` (the
 * accepted answer, the question, the other answers), around the window with
 * the most distinct query words (then the most matches); the start of the
 * first non-empty field when none matched. `sourceMatches`, when known,
 * says which sources contain the query, so the others are not read.
 */
export function snippet(sources: string[], matcher: Matcher, sourceMatches?: boolean[]): string {
  let chosen: { text: string; tokens: MarkedToken[] } | null = null;
  let fallback: string | null = null;
  for (const [i, text] of sources.entries()) {
    if (!text) continue;
    // Known not to contain the query (`sourceMatches`): read only if no field does.
    if (sourceMatches?.[i] === false) {
      fallback ??= text;
      continue;
    }
    const tokens = markTokens(text, matcher);
    if (tokens.some((token) => token.matches.length > 0)) {
      chosen = { text, tokens };
      break;
    }
    fallback ??= text;
  }
  if (!chosen && fallback !== null)
    chosen = { text: fallback, tokens: markTokens(fallback, matcher) };
  if (!chosen || chosen.tokens.length === 0) return "";
  const { text, tokens } = chosen;

  let start = 0;
  if (tokens.length > SNIPPET_WORDS) {
    // Slide a window of 30 words, counting per query word what enters and leaves it.
    const perWord = new Array<number>(matcher.size).fill(0);
    let distinct = 0;
    let count = 0;
    const enter = (token: MarkedToken, step: 1 | -1) => {
      if (token.matches.length) count += step;
      for (const match of token.matches) {
        const before = perWord[match.index] ?? 0;
        perWord[match.index] = before + step;
        if (before === 0 && step === 1) distinct++;
        if (before === 1 && step === -1) distinct--;
      }
    };
    for (let i = 0; i < SNIPPET_WORDS; i++) enter(tokens[i]!, 1);
    let best = { distinct, count, start: 0 };
    for (let from = 1; from + SNIPPET_WORDS <= tokens.length; from++) {
      enter(tokens[from - 1]!, -1);
      enter(tokens[from + SNIPPET_WORDS - 1]!, 1);
      if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) {
        best = { distinct, count, start: from };
      }
    }
    // Centre the matches of the best window, so they come with context on both sides.
    const matched = tokens
      .slice(best.start, best.start + SNIPPET_WORDS)
      .map((token, i) => (token.matches.length ? best.start + i : -1))
      .filter((i) => i >= 0);
    if (matched.length > 0) {
      const centre = Math.floor((matched[0]! + matched[matched.length - 1]!) / 2);
      start = Math.max(0, Math.min(tokens.length - SNIPPET_WORDS, centre - SNIPPET_WORDS / 2));
    }
  }
  const end = Math.min(tokens.length, start + SNIPPET_WORDS);
  const from = start === 0 ? 0 : tokens[start]!.start;
  const to = end === tokens.length ? text.length : tokens[end - 1]!.end;
  const html = render(text, tokens, from, to, matcher).trim();
  return `${start > 0 ? "…" : ""}${html}${end < tokens.length ? "…" : ""}`;
}
