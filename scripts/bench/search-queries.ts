/**
 * The benchmark's fixed query mix (scripts/bench/search.ts): classes of
 * queries derived from the synthetic corpus's own vocabulary and
 * frequencies, in a deterministic mixed order.
 */
import { CATEGORIES } from "#app/domain/questions";
import { foldText } from "#app/domain/normalize";
import { createRandom, type Corpus, type Random } from "./search-corpus";

export const QUERY_CLASSES = [
  "local-10km",
  "nationwide",
  "typo-1",
  "typo-2",
  "prefix-1-letter",
  "common-words",
] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export type BenchQuery = {
  queryClass: QueryClass;
  text: string;
  near: { lat: number; lng: number; radiusKm: number } | null;
};

const COMMON_WORD_QUERIES = [
  "le la de",
  "de la",
  "les des et",
  "pour un",
  "il y a",
  "et le la",
  "dans les",
  "pour la",
  "avec des",
  "je suis",
];

/**
 * `perClass` queries of each class, derived from the corpus's own vocabulary
 * and frequencies, in a deterministic mixed order. Typos are made on folded
 * words, never on the first letter (which Meilisearch counts twice), and never
 * produce another word of the vocabulary.
 */
export function buildQueryMix(corpus: Corpus, perClass: number, seed: number): BenchQuery[] {
  const random = createRandom(seed * 7919);
  const known = new Set(
    [
      ...corpus.vocabulary.contentWords,
      ...corpus.vocabulary.verbs,
      ...corpus.vocabulary.functionWords,
    ].flatMap((word) => foldText(word).split(" ")),
  );
  const populous = corpus.places.items.filter((place) => place.population >= 20_000);
  const populousTotal = populous.reduce((sum, place) => sum + place.population, 0);
  const pickPopulous = () => {
    let target = random.next() * populousTotal;
    for (const place of populous) {
      target -= place.population;
      if (target <= 0) return place;
    }
    return populous[populous.length - 1]!;
  };
  const someWords = () => {
    const category = random.pick(CATEGORIES);
    const first = corpus.contentWord(random, category);
    return random.chance(0.5) ? first : `${first} ${corpus.contentWord(random, category)}`;
  };
  /** A single folded word of the vocabulary whose length is within [min, max]. */
  const wordOfLength = (min: number, max: number) => {
    for (;;) {
      const word = foldText(corpus.contentWord(random, random.pick(CATEGORIES)));
      if (
        !word.includes(" ") &&
        /^[a-z]+$/.test(word) &&
        word.length >= min &&
        word.length <= max
      ) {
        return word;
      }
    }
  };
  const withTypos = (word: string, edits: number) => {
    for (;;) {
      let typed = word;
      for (let i = 0; i < edits; i++) typed = oneEdit(typed, random);
      if (!known.has(typed) && levenshtein(word, typed) === edits) return typed;
    }
  };
  const withContext = (typed: string) =>
    random.chance(0.5) ? typed : `${foldText(someWords().split(" ")[0]!)} ${typed}`;

  const queries: BenchQuery[] = [];
  for (let i = 0; i < perClass; i++) {
    const place = pickPopulous();
    queries.push({
      queryClass: "local-10km",
      text: someWords(),
      near: {
        lat: place.lat + (random.next() - 0.5) * 0.02,
        lng: place.lng + (random.next() - 0.5) * 0.03,
        radiusKm: 10,
      },
    });
    queries.push({ queryClass: "nationwide", text: someWords(), near: null });
    queries.push({
      queryClass: "typo-1",
      text: withContext(withTypos(wordOfLength(5, 8), 1)),
      near: null,
    });
    queries.push({
      queryClass: "typo-2",
      text: withContext(withTypos(wordOfLength(9, 30), 2)),
      near: null,
    });
    const letter = foldText(corpus.contentWord(random, random.pick(CATEGORIES)))[0]!;
    queries.push({
      queryClass: "prefix-1-letter",
      text: `${corpus.contentWord(random, random.pick(CATEGORIES))} ${letter}`,
      near: null,
    });
    queries.push({
      queryClass: "common-words",
      text: COMMON_WORD_QUERIES[i % COMMON_WORD_QUERIES.length]!,
      near: null,
    });
  }
  // A fixed shuffle, so no class runs with caches warmed only by its own kind.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries;
}

/** Substitutes, deletes or inserts one letter, or swaps two (never the first letter). */
function oneEdit(word: string, random: Random): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const at = random.int(1, word.length - 1);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at);
  }
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
