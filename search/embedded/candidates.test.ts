import { describe, expect, it } from "vitest";
import { fixedVocabulary } from "#test/fixed-vocabulary";
import type { SearchQuery } from "#search/engine";
import { DONGES } from "#test/search-conformance-corpus";
import { chooseCandidates, LOCAL_CANDIDATES } from "./candidates";
import { coveringCells } from "./cells";
import { anyOf } from "./match-expression";
import type { Counted, CountedMatches, Matches } from "./matches";
import { planQuery } from "./query-plan";

const vocabulary = fixedVocabulary();

const rows = (from: number, count: number): Counted[] =>
  Array.from({ length: count }, (_, i) => ({
    id: from - i,
    kind: "question",
    category: "jardinage",
    solved: 0,
  }));

const countedOf = (matches: Counted[], totalIsEstimate = false): CountedMatches => ({
  rows: matches,
  total: totalIsEstimate ? 10_000 : matches.length,
  facets: { type: {}, kind: {}, category: {}, solved: {} },
  totalIsEstimate,
});

/** Matches that answer each MATCH with `answer` and remember what was asked. */
function recordingMatches(answer: (match: string, cap: number, extra: string[]) => Counted[]) {
  const asked: { match: string; extra: string[] }[] = [];
  const matches: Matches = {
    newest(match, cap, extra = []) {
      asked.push({ match: match!, extra });
      return answer(match!, cap, extra);
    },
    count: () => {
      throw new Error("candidates are chosen from a count already made");
    },
  };
  return { matches, asked };
}

function choose(
  query: SearchQuery,
  counted: CountedMatches,
  matches: Matches,
  candidateLimit = 300,
) {
  const plan = planQuery(query, vocabulary);
  return chooseCandidates({ plan, words: plan.words!, counted, matches, candidateLimit });
}

describe("choosing candidates", () => {
  it("ranks every match when they are few", () => {
    const { matches, asked } = recordingMatches(() => []);
    expect(choose({ text: "haie" }, countedOf(rows(50, 5)), matches)).toEqual([50, 49, 48, 47, 46]);
    expect(asked).toEqual([]);
  });

  it("ranks the newest 100 of a local search with more matches", () => {
    const { matches, asked } = recordingMatches(() => []);
    const near = { ...DONGES, radiusKm: 10 };
    const chosen = choose({ text: "haie", near }, countedOf(rows(400, 400)), matches);
    expect(chosen).toEqual(rows(400, LOCAL_CANDIDATES).map((row) => row.id));
    expect(asked).toEqual([]);
  });

  it("adds the newest matches of the nearest cells to a local search by distance", () => {
    const { matches, asked } = recordingMatches(() => rows(7, 2));
    const near = { ...DONGES, radiusKm: 10 };
    const chosen = choose(
      { text: "haie", near, sort: "distance" },
      countedOf(rows(400, 400)),
      matches,
    );
    expect(chosen).toHaveLength(LOCAL_CANDIDATES + 2);
    expect(chosen.slice(-2)).toEqual([7, 6]);
    expect(asked).toEqual([{ match: '(("haie"))', extra: [anyOf(coveringCells(DONGES, 2)!)] }]);
  });

  it("takes the newest matches of every word, then in the title and solved, until the page is full", () => {
    let next = 10_000;
    const { matches, asked } = recordingMatches((_, cap) => rows((next -= cap), cap));
    const chosen = choose({ text: "haie thuyas" }, countedOf(rows(900, 400)), matches, 30);
    // A group is a third of the candidate limit, or the page when larger.
    expect(chosen).toHaveLength(3 * 20);
    expect(asked).toEqual([
      { match: '(("haie") AND ("thuyas"))', extra: [] },
      { match: '{title tags} : (("haie") AND ("thuyas"))', extra: [] },
      { match: '(("haie") AND ("thuyas"))', extra: ['"s_1"'] },
    ]);
  });

  it("drops words from the end while the page is not full", () => {
    const { matches, asked } = recordingMatches((match, cap) =>
      match.includes("thuyas") ? rows(5000, 5) : rows(4000, cap),
    );
    choose({ text: "haie thuyas" }, countedOf(rows(900, 400)), matches);
    expect(asked.map((call) => call.match)).toEqual([
      '(("haie") AND ("thuyas"))',
      '(("haie"))',
      '{title tags} : (("haie"))',
      '(("haie"))',
    ]);
  });

  it("skips the title group of an estimated count, and the solved group when unsolved is asked", () => {
    const { matches, asked } = recordingMatches((_, cap) => rows(4000, cap));
    choose({ text: "haie", solved: false }, countedOf(rows(900, 501), true), matches);
    expect(asked).toEqual([{ match: '(("haie"))', extra: [] }]);
  });
});
