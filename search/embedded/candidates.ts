/**
 * A step of the embedded engine (search/embedded/engine.ts): which of a
 * query's matches are worth ranking in JS. All of them when they are few;
 * otherwise bounded groups of the newest matches, chosen so that what the
 * ranking rules put first is among them.
 */
import { coveringCells } from "./cells";
import { anyOf, quote } from "./match-expression";
import type { CountedMatches, Matches } from "./matches";
import type { QueryPlan } from "./query-plan";
import type { QueryWords } from "./query-words";
import { filterToken } from "./store";

/** A local search with more matches ranks the newest this many (see `localCandidates`). */
export const LOCAL_CANDIDATES = 100;
const TITLE_COLUMNS = "{title tags}";

type Choice = {
  plan: QueryPlan;
  words: QueryWords;
  /** The count of the first word's matches (the results, by the `last` strategy). */
  counted: CountedMatches;
  matches: Matches;
  /** The most candidates ranked per step; a deeper page raises it to what it needs. */
  candidateLimit: number;
};

/** The ids to rank, in no particular order. */
export function chooseCandidates(choice: Choice): number[] {
  const { plan, counted, candidateLimit } = choice;
  const local = plan.filters.cells !== null;
  if (!counted.totalIsEstimate && counted.total <= (local ? LOCAL_CANDIDATES : candidateLimit)) {
    return counted.rows.map((row) => row.id);
  }
  if (local && plan.needed <= counted.rows.length) return localCandidates(choice);
  return collectCandidates(choice);
}

/** For a distance sort, the cells of the 2 km around the point: the nearest matches. */
function nearestCells(plan: QueryPlan): string[] | null {
  const { near } = plan;
  return plan.sort === "distance" && near ? coveringCells(near, Math.min(near.radiusKm, 2)) : null;
}

/**
 * A local search ranks the newest LOCAL_CANDIDATES of the matches it
 * counted (the newest COUNT_LIMIT + 1 of the first word nearby), and for
 * a distance sort the newest of the nearest cells too. Looking further
 * back for more of the words, step by step as `collectCandidates` does,
 * costs FTS5 a walk through every question in the cells where the words
 * are rare together, each step seeking every word and cell: tens of
 * milliseconds at a million questions, as does reading hundreds of
 * candidates' words. The trade-off: where more questions match the first
 * word nearby than that, an older one with every word can miss the first
 * page. Recency is the pre-rank, as everywhere in this engine.
 */
function localCandidates({ plan, words, counted, matches }: Choice): number[] {
  const newest = Math.max(LOCAL_CANDIDATES, plan.needed);
  const ids = new Set(counted.rows.slice(0, newest).map((row) => row.id));
  const nearest = nearestCells(plan);
  if (nearest) {
    for (const row of matches.newest(words.textMatch(1), newest, [anyOf(nearest)])) {
      ids.add(row.id);
    }
  }
  return [...ids];
}

/**
 * The documents worth ranking in JS when there are too many matches to
 * rank them all. Meilisearch's first rule is the number of query words
 * matched, so for the full query, then with words dropped from the end,
 * we take a few bounded groups, each the newest matches of one MATCH
 * (FTS5 stops after `perGroup`, however common the words): those matching
 * in the title or tags (the attribute rule; only when the first word has
 * at most COUNT_LIMIT matches), the solved ones (the final tie-breaker),
 * the nearest ones for a distance sort, and any; until there are enough
 * for the page. The trade-off: when thousands of questions match, an
 * older one, even with the words in its title, can miss the first page;
 * recency is the pre-rank. A local search rarely gets there, as the cells
 * keep its matches few.
 */
function collectCandidates({ plan, words, counted, matches, candidateLimit }: Choice): number[] {
  const perGroup = Math.max(Math.ceil(candidateLimit / 3), plan.needed);
  const chosen = new Set<number>();
  const add = (rows: { id: number }[]) => {
    for (const row of rows) chosen.add(row.id);
  };
  const nearest = nearestCells(plan);
  for (let count = words.words.length; count >= 1; count--) {
    const newest = matches.newest(words.textMatch(count), perGroup);
    add(newest);
    // Fewer than a group's worth: that was every match at this step, the
    // groups below would only find them again (after reading as much).
    if (newest.length >= perGroup) {
      // Only when the first word has few matches: FTS5 checks a column
      // filter match after match, and a rowid bound only once it has found
      // one, so the title matches of common words (rare among their
      // matches) would have it read their whole doclists.
      if (!counted.totalIsEstimate) {
        add(matches.newest(words.textMatch(count, TITLE_COLUMNS), perGroup));
      }
      if (plan.solved !== false) {
        add(matches.newest(words.textMatch(count), perGroup, [quote(filterToken.solved(true))]));
      }
      if (nearest) add(matches.newest(words.textMatch(count), perGroup, [anyOf(nearest)]));
    }
    if (chosen.size >= plan.needed) break;
  }
  return [...chosen];
}
