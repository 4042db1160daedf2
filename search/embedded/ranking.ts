/**
 * A step of the embedded engine (search/embedded/engine.ts): the
 * candidates in Meilisearch's order, rule after rule: words, typos,
 * proximity, attribute (title, tags, accepted answer, body, other
 * answers), the requested sort (distance or date), exactness, then solved
 * questions and votes. Each rule's input comes from the candidate's stored
 * normalized words (one line per field) and its attributes in memory.
 */
import type Database from "better-sqlite3";
import type { SearchSort } from "#search/engine";
import type { Attributes } from "./attributes";
import { EARTH_RADIUS_KM, type QueryPlan } from "./query-plan";
import type { QueryWords } from "./query-words";
import { FIELDS } from "./store";

/** Proximity of two query words in different fields (Meilisearch caps it at 7 within one). */
const FAR = 8;
/** Positions of one query word per field considered for proximity: bounds the work on long texts. */
const MAX_POSITIONS = 64;

export type Candidate = {
  id: number;
  solved: number;
  score: number;
  createdAt: number;
  /** The normalized words, one line per field (in the order of FIELDS). */
  words: string;
};

/** The rules' inputs that depend on the query's words (lower is better but for `matchedWords` and `exactness`). */
export type Assessment = {
  /** How many of the query's leading words the candidate contains. */
  matchedWords: number;
  typos: number;
  proximity: number;
  /** The sum of the fields (0: the title) where each matched word is first found. */
  attribute: number;
  /** How many matched words are found as typed (no typo, not as a prefix). */
  exactness: number;
};

export type Ranked = Candidate & Assessment & { distance: number };

/** Meilisearch's ranking criteria for one candidate, from its stored normalized words. */
export function assess(text: string, terms: Pick<QueryWords, "matcher" | "pattern">): Assessment {
  const { pattern, matcher } = terms;
  const size = matcher.size;
  const typos = new Array<number>(size).fill(Infinity);
  const fields = new Array<number>(size).fill(Infinity);
  const exact = new Array<boolean>(size).fill(false);
  // positions[word][field]: where the word occurs in that field (for proximity).
  const positions = Array.from({ length: size }, () => FIELDS.map(() => [] as number[]));
  let field = 0;
  let position = 0;
  let counted = 0;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    // The field (one a line) and the word's position in it, counted since the last match.
    for (let i = counted; i < found.index; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        field++;
        position = 0;
      } else if (code === 0x20) position++;
    }
    counted = found.index;
    for (const match of matcher.match(found[0])) {
      const i = match.index;
      if (match.typos < typos[i]!) typos[i] = match.typos;
      if (field < fields[i]!) fields[i] = field;
      if (match.exact) exact[i] = true;
      const list = positions[i]![field]!;
      if (size > 1 && list.length < MAX_POSITIONS) list.push(position);
    }
  }
  let matchedWords = 0;
  while (matchedWords < size && typos[matchedWords]! < Infinity) matchedWords++;
  let totalTypos = 0;
  let attribute = 0;
  let exactness = 0;
  let proximity = 0;
  for (let i = 0; i < matchedWords; i++) {
    totalTypos += typos[i]!;
    attribute += fields[i]!;
    if (exact[i]) exactness++;
    if (i === 0) continue;
    // Consecutive query words: closest in one field, in order (reversed costs one more).
    let best = FAR;
    for (let field = 0; field < FIELDS.length; field++) {
      for (const a of positions[i - 1]![field]!) {
        for (const b of positions[i]![field]!) {
          const distance = b > a ? b - a : a - b + 1;
          if (distance < best) best = Math.min(distance, FAR - 1);
        }
      }
    }
    proximity += best;
  }
  return { matchedWords, typos: totalTypos, proximity, attribute, exactness };
}

/** The order of the ranking rules; ties end with the newest question first. */
export function rankingOrder(sort: SearchSort) {
  return (a: Ranked, b: Ranked) =>
    b.matchedWords - a.matchedWords ||
    a.typos - b.typos ||
    a.proximity - b.proximity ||
    a.attribute - b.attribute ||
    (sort === "distance" ? a.distance - b.distance : 0) ||
    (sort === "recent" ? b.createdAt - a.createdAt : 0) ||
    b.exactness - a.exactness ||
    b.solved - a.solved ||
    b.score - a.score ||
    b.createdAt - a.createdAt ||
    b.id - a.id;
}

/** Prepared once per engine: ranks a query's candidates. */
export function createRanking(sqlite: Database.Database, attributes: Attributes) {
  // The rest of a candidate is in memory (attributes.ts).
  const wordsById = sqlite
    .prepare("SELECT id, words FROM search_texts WHERE id IN (SELECT value FROM json_each(?))")
    .raw();

  /** Every candidate still indexed, best first. */
  return function rank(ids: number[], plan: QueryPlan, words: QueryWords): Ranked[] {
    const centre = plan.filters.circle?.centre ?? null;
    const ranked: Ranked[] = [];
    for (const [id, text] of wordsById.all(JSON.stringify(ids)) as [number, string][]) {
      if (!attributes.has(id)) continue; // written by another connection a moment ago
      const candidate: Candidate = {
        id,
        solved: attributes.solved(id) ? 1 : 0,
        score: attributes.score(id),
        createdAt: attributes.createdAt(id),
        words: text,
      };
      // The great-circle distance from the dot product of the unit vectors.
      const distance = centre
        ? EARTH_RADIUS_KM * Math.acos(Math.min(1, attributes.dot(id, centre.x, centre.y, centre.z)))
        : 0;
      ranked.push({ ...candidate, ...assess(text, words), distance });
    }
    return ranked.sort(rankingOrder(plan.sort));
  };
}
