/**
 * Typo tolerance with Meilisearch's defaults (ADR 006): no typo under 5
 * letters, one from 5 to 8, two from 9; a transposition is one typo; a typo
 * on the first letter counts as two. Candidate words come from the index's
 * own vocabulary (`search_terms`), kept in memory and refreshed cheaply.
 */
import type Database from "better-sqlite3";

export function typoBudget(word: string): number {
  const length = Array.from(word).length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions), or `max + 1` as soon as it must exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** At most this many typo variants per query word, fewest typos first (Meilisearch caps them too). */
const MAX_VARIANTS = 50;

export type Vocabulary = {
  /** Reads the words added since the last call (or all of them after a clear). */
  refresh(): void;
  /** The indexed words within the typo budget of `word`, with their typo count (0 for the word itself). */
  variants(word: string): Map<string, number>;
  /**
   * The indexed words that start with `prefix` give or take its typo budget
   * (search as you type with a typo: `plonbi` → `plombier`), with their typo
   * count; words that start with `prefix` exactly are left to FTS5's prefix
   * query. As in Meilisearch, the typo budget is the typed prefix's.
   */
  prefixVariants(prefix: string): Map<string, number>;
  /**
   * The indexed words longer than `prefix` (two letters or more) that start
   * with it, commonest first (the order of the vocabulary, see
   * `recordIndexedTerms`), at most `max`; `complete` is false when more
   * words start with it.
   */
  startingWith(prefix: string, max: number): { words: string[]; complete: boolean };
  readonly size: number;
};

/** The fewest typos between `word` and a prefix of `term` (length within the budget), or `max + 1`. */
function prefixTypoDistance(word: string, term: string, max: number): number {
  let best = max + 1;
  for (let length = word.length - max; length <= word.length + max; length++) {
    if (length < 1 || length > term.length) continue;
    const distance = typoDistance(word, term.slice(0, length), max);
    if (distance < best) best = distance;
    if (best === 0) break;
  }
  return best;
}

export function createVocabulary(sqlite: Database.Database): Vocabulary {
  const state = sqlite.prepare(
    `SELECT (SELECT value FROM search_state WHERE key = 'vocabulary_epoch') AS epoch,
            (SELECT max(id) FROM search_terms) AS lastId`,
  );
  const newTerms = sqlite.prepare("SELECT id, term FROM search_terms WHERE id > ?").raw();
  let epoch: number | null = null;
  let lastId = 0;
  let terms = new Set<string>();
  /** Words by first character and length: a typo search reads a few buckets only. */
  let buckets = new Map<string, string[]>();
  let firstCharacters = new Set<string>();
  let cached = new Map<string, Map<string, number>>();
  let cachedPrefixes = new Map<string, Map<string, number>>();
  let cachedStarts = new Map<string, { words: string[]; complete: boolean }>();
  /** Words by their first two characters, in vocabulary order (commonest first). */
  let byStart = new Map<string, string[]>();
  let longest = 0;

  const add = (term: string) => {
    if (terms.has(term)) return;
    terms.add(term);
    const key = `${term[0]}${term.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(term);
    else buckets.set(key, [term]);
    firstCharacters.add(term[0]!);
    if (term.length > longest) longest = term.length;
    if (term.length > 2) {
      const start = term.slice(0, 2);
      const list = byStart.get(start);
      if (list) list.push(term);
      else byStart.set(start, [term]);
    }
  };

  return {
    refresh() {
      const current = state.get() as { epoch: number; lastId: number | null };
      if (current.epoch !== epoch) {
        epoch = current.epoch;
        lastId = 0;
        terms = new Set();
        buckets = new Map();
        firstCharacters = new Set();
        cached = new Map();
        cachedPrefixes = new Map();
        cachedStarts = new Map();
        byStart = new Map();
        longest = 0;
      }
      if ((current.lastId ?? 0) <= lastId) return;
      for (const [id, term] of newTerms.iterate(lastId) as Iterable<[number, string]>) {
        add(term);
        lastId = id;
      }
      cached = new Map();
      cachedPrefixes = new Map();
      cachedStarts = new Map();
    },

    variants(word) {
      const hit = cached.get(word);
      if (hit) return hit;
      const found = new Map<string, number>([[word, 0]]);
      const budget = typoBudget(word);
      if (budget > 0 && word.length > 1) {
        const first = word[0]!;
        for (let length = word.length - budget; length <= word.length + budget; length++) {
          for (const term of buckets.get(`${first}${length}`) ?? []) {
            const distance = typoDistance(word, term, budget);
            if (distance <= budget && !found.has(term)) found.set(term, distance);
          }
        }
        // A typo on the first letter counts as two: only words of 9 letters or
        // more allow it, and then nothing else may differ. Such a word is one
        // edit at the start, so it can be generated instead of searched for.
        if (budget >= 2) {
          const rest = word.slice(1);
          const candidates = [rest, `${word[1]}${word[0]}${word.slice(2)}`];
          for (const character of firstCharacters) {
            candidates.push(`${character}${rest}`, `${character}${word}`);
          }
          for (const candidate of candidates) {
            if (candidate[0] !== first && terms.has(candidate) && !found.has(candidate)) {
              found.set(candidate, 2);
            }
          }
        }
      }
      const variants = new Map(
        [...found].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS),
      );
      if (cached.size > 1000) cached.clear();
      cached.set(word, variants);
      return variants;
    },

    prefixVariants(prefix) {
      const hit = cachedPrefixes.get(prefix);
      if (hit) return hit;
      const found = new Map<string, number>();
      const budget = typoBudget(prefix);
      if (budget > 0) {
        const first = prefix[0]!;
        // Longer words only: a word as long as the prefix, give or take the
        // budget, is already one of `variants`.
        for (let length = prefix.length - budget; length <= longest; length++) {
          for (const term of buckets.get(`${first}${length}`) ?? []) {
            if (term.startsWith(prefix)) continue;
            const distance = prefixTypoDistance(prefix, term, budget);
            if (distance <= budget) found.set(term, distance);
          }
        }
      }
      const variants = new Map(
        [...found].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS),
      );
      if (cachedPrefixes.size > 1000) cachedPrefixes.clear();
      cachedPrefixes.set(prefix, variants);
      return variants;
    },

    startingWith(prefix, max) {
      const key = `${max} ${prefix}`;
      const hit = cachedStarts.get(key);
      if (hit) return hit;
      const words: string[] = [];
      let complete = true;
      for (const term of byStart.get(prefix.slice(0, 2)) ?? []) {
        if (term.length <= prefix.length || !term.startsWith(prefix)) continue;
        if (words.length === max) {
          complete = false;
          break;
        }
        words.push(term);
      }
      const found = { words, complete };
      if (cachedStarts.size > 1000) cachedStarts.clear();
      cachedStarts.set(key, found);
      return found;
    },

    get size() {
      return terms.size;
    },
  };
}
