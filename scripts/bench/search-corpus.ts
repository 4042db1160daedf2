import { slugify } from "#app/domain/normalize";
import type { QuestionDocument } from "#search/engine";
import { CATEGORIES, type Category, type QuestionKind } from "#app/domain/questions";
import type { AppDatabase } from "#db/client";
import {
  ANSWER_OPENINGS,
  CATEGORY_TAGS,
  CATEGORY_WORDS,
  CONTENT_WORDS,
  ELIDED,
  FUNCTION_WORDS,
  TITLE_OPENINGS,
  VERB_WORDS,
} from "./search-corpus-words";

/**
 * A deterministic synthetic corpus for `npm run bench:search`: French
 * mutual-aid questions with their answers, worded from a few thousand real
 * words of the domain drawn with Zipf frequencies, spread over the real
 * communes weighted by population. Document `i` depends only on the seed and
 * `i`, so any process can regenerate any slice of the corpus (the benchmark
 * runs each engine in its own process) without holding it all in memory.
 */

// ---------------------------------------------------------------------------
// Deterministic randomness

/** A 32-bit hash of a few integers (splitmix-style), to seed one document's generator. */
function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
};

/** mulberry32: small, fast and good enough for a synthetic corpus; never Math.random. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (probability) => next() < probability,
  };
}

/** Draws from a list with weights, by binary search over the cumulative weights. */
export type WeightedList<T> = { items: T[]; draw(random: Random): T };

function weighted<T>(items: T[], weightOf: (item: T, index: number) => number): WeightedList<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((item, index) => {
    total += weightOf(item, index);
    cumulative[index] = total;
  });
  return {
    items,
    draw(random) {
      const target = random.next() * total;
      let low = 0;
      let high = items.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle]! <= target) low = middle + 1;
        else high = middle;
      }
      return items[low]!;
    },
  };
}

/** Zipf–Mandelbrot weights: the word of rank r is drawn about 1/(r + 2.7) as often. */
const zipf = (list: string[]) => weighted(list, (_, rank) => 1 / (rank + 2.7));

// ---------------------------------------------------------------------------
// Places

export type CorpusPlace = {
  id: number;
  code: string;
  name: string;
  slug: string;
  lat: number;
  lng: number;
  population: number;
};

/**
 * The places questions are asked from, weighted by population. Paris, Lyon
 * and Marseille are left out in favour of their arrondissements, so their
 * inhabitants are not counted twice.
 */
export function loadCorpusPlaces(db: AppDatabase): CorpusPlace[] {
  return db.$client
    .prepare(
      `SELECT id, code, name, slug, lat, lng, coalesce(population, 0) AS population
       FROM places
       WHERE code NOT IN (SELECT parent_code FROM places WHERE parent_code IS NOT NULL)
       ORDER BY code`,
    )
    .all() as CorpusPlace[];
}

// ---------------------------------------------------------------------------
// The corpus

export type Corpus = {
  seed: number;
  /** The document with id `index + 1`; the same for the same seed and places. */
  document(index: number): QuestionDocument;
  /** Documents `from` (inclusive) to `to` (exclusive). */
  slice(from: number, to: number): QuestionDocument[];
  places: WeightedList<CorpusPlace>;
  vocabulary: { functionWords: string[]; contentWords: string[]; verbs: string[] };
  /** Draws a content word with the corpus's own frequencies (optionally of one category). */
  contentWord(random: Random, category?: Category): string;
};

const KINDS = weighted<QuestionKind>(["question", "help", "offer"], (_, i) => [70, 20, 10][i]!);
const CATEGORY_CHOICE = weighted<Category>([...CATEGORIES], (category) =>
  category === "autre" ? 3 : category === "bricolage" || category === "jardinage" ? 12 : 7,
);
/** 0–4 answers; with the 50 % acceptance of answered questions, ~40 % have an accepted answer. */
const ANSWER_COUNTS = weighted([0, 1, 2, 3, 4], (_, i) => [20, 30, 25, 15, 10][i]!);
const TWO_YEARS = 2 * 365 * 86_400;
const CORPUS_END = Date.UTC(2026, 0, 1) / 1000;
const VOWEL_START = /^[aeiouyhàâäéèêëîïôöûüœ]/i;

export function createCorpus(placeList: CorpusPlace[], { seed = 20_260_101 } = {}): Corpus {
  const places = weighted(placeList, (place) => Math.max(place.population, 50));
  const functionWords = zipf(FUNCTION_WORDS);
  const contentWords = zipf(CONTENT_WORDS);
  const verbs = zipf(VERB_WORDS);
  const categoryWords = Object.fromEntries(
    CATEGORIES.map((category) => [category, zipf(CATEGORY_WORDS[category])]),
  ) as Record<Category, WeightedList<string>>;

  const contentWord = (random: Random, category?: Category) =>
    category && random.chance(0.55)
      ? categoryWords[category].draw(random)
      : contentWords.draw(random);

  /**
   * `count` words of running text: function words, topic words, verbs and
   * general words; in sentences unless `sentences` is false (titles).
   */
  const text = (
    random: Random,
    count: number,
    category: Category,
    functionShare: number,
    sentences = true,
  ) => {
    const out: string[] = [];
    let sentenceLength = 0;
    let sentenceTarget = random.int(6, 16);
    for (let i = 0; i < count; i++) {
      const roll = random.next();
      const isFunctionWord = roll < functionShare;
      let word = isFunctionWord
        ? functionWords.draw(random)
        : roll < functionShare + 0.15
          ? verbs.draw(random)
          : contentWord(random, category);
      const previous = out[out.length - 1];
      if (!isFunctionWord && previous && previous in ELIDED && VOWEL_START.test(word)) {
        out[out.length - 1] = ELIDED[previous]! + word;
        continue;
      }
      if (sentences && sentenceLength === 0) word = word[0]!.toUpperCase() + word.slice(1);
      out.push(word);
      sentenceLength++;
      if (sentences && sentenceLength >= sentenceTarget && i < count - 1) {
        out[out.length - 1] += random.chance(0.2) ? " ?" : ".";
        sentenceLength = 0;
        sentenceTarget = random.int(6, 16);
      }
    }
    const joined = out.join(" ");
    return sentences ? joined + (random.chance(0.3) ? " ?" : ".") : joined;
  };

  const document = (index: number): QuestionDocument => {
    const random = createRandom(hash32(seed, index));
    const kind = KINDS.draw(random);
    const category = CATEGORY_CHOICE.draw(random);

    const opening = random.pick(TITLE_OPENINGS[kind]);
    const titleWords = random.int(6, 14) - opening.split(" ").length;
    const titleRest = text(random, Math.max(titleWords, 2), category, 0.3, false);
    const title = `${opening} ${titleRest}${kind === "question" ? " ?" : ""}`;
    const body = text(random, random.int(20, 120), category, 0.45);

    const answerCount = ANSWER_COUNTS.draw(random);
    const answers = Array.from(
      { length: answerCount },
      () => `${random.pick(ANSWER_OPENINGS)} ${text(random, random.int(10, 80), category, 0.45)}`,
    );
    const solved = answerCount > 0 && random.chance(0.5);
    const tags = [
      ...new Set(
        Array.from({ length: random.int(0, 4) }, () => random.pick(CATEGORY_TAGS[category])),
      ),
    ];

    const place = places.draw(random);
    // A third of the questions carry a shared position near, not at, the centre.
    const jitter = random.chance(0.33);
    const lat = place.lat + (jitter ? (random.next() - 0.5) * 0.04 : 0);
    const lng = place.lng + (jitter ? (random.next() - 0.5) * 0.06 : 0);
    const id = index + 1;
    return {
      id,
      slug: slugify(title).slice(0, 80).replace(/-+$/, ""),
      title,
      body,
      acceptedAnswer: solved ? answers[0]! : "",
      answers: (solved ? answers.slice(1) : answers).join("\n\n"),
      tags,
      kind,
      category,
      solved,
      score: Math.floor(-Math.log(1 - random.next()) * 2),
      answerCount,
      placeId: place.id,
      placeCode: place.code,
      placeName: place.name,
      placeSlug: place.slug,
      lat,
      lng,
      createdAt: CORPUS_END - Math.floor(random.next() * TWO_YEARS),
    };
  };

  return {
    seed,
    document,
    slice: (from, to) =>
      Array.from({ length: Math.max(0, to - from) }, (_, i) => document(from + i)),
    places,
    vocabulary: { functionWords: FUNCTION_WORDS, contentWords: CONTENT_WORDS, verbs: VERB_WORDS },
    contentWord,
  };
}

/** How many distinct words the generator draws from (for the report). */
export function vocabularySize(): number {
  return new Set([...FUNCTION_WORDS, ...CONTENT_WORDS, ...VERB_WORDS]).size;
}
