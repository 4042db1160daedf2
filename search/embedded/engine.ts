/**
 * The embedded search engine (ADR 006): SQLite FTS5 in the app's own
 * database, written in the same transaction as the posts, so it is always in
 * sync and needs no server. It answers like the Meilisearch engine:
 *
 * - each query word matches itself and its typo variants (search/embedded/
 *   vocabulary.ts), the last one also as a prefix; words are ANDed;
 * - Meilisearch's `last` matching strategy: a document must match the first
 *   word; those matching more of the query's leading words rank first;
 * - ranking in JS over the candidates, rule after rule like Meilisearch:
 *   words, typos, proximity, attribute (title, tags, accepted answer, body,
 *   other answers), the requested sort (distance or date), exactness, then
 *   solved questions and votes;
 * - a radius search adds the geographic cells covering it to the MATCH
 *   (search/embedded/cells.ts), so FTS5 only reads local documents;
 * - each type searched (questions, listings: ADR 021) is matched, counted
 *   and ranked apart, in its own range of FTS5 rowids, then the ranked
 *   lists are merged by the same rules: a common word's thousands of
 *   questions never crowd the few listings out of the candidates.
 *
 * A search runs in named steps, one module each:
 *
 *   query-plan.ts   the page, the filters and the words (typo and prefix
 *                   expansion in query-words.ts)
 *   matches.ts      the first word's matches within the filters, counted,
 *                   with the facets
 *   candidates.ts   which matches to rank (browse.ts: a query without words)
 *   ranking.ts      Meilisearch's rules over the candidates
 *   hits.ts         the page's hits, highlighted, with snippets
 */
import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client";
import type {
  FacetCounts,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
  SearchType,
} from "#search/engine";
import { createAttributes } from "./attributes";
import { createBrowser } from "./browse";
import { chooseCandidates } from "./candidates";
import { createHitReader } from "./hits";
import { createMatchReader, type CountedMatches } from "./matches";
import { planQuery, type QueryPlan } from "./query-plan";
import type { QueryWords } from "./query-words";
import { createRanking, rankingOrder, type Ranked } from "./ranking";
import { createStatementCache } from "./statement-cache";
import { clearIndex, removeDocuments, writeDocuments } from "./store";
import { createVocabulary } from "./vocabulary";

export type EmbeddedEngine = SearchEngine & {
  /** Adds or replaces documents inside the caller's transaction (or its own statement). */
  upsertSync(documents: SearchDocument[]): void;
  /** Removes documents (by key: `documentKey`) inside the caller's transaction. */
  removeSync(keys: number[]): void;
  clearSync(): void;
  searchSync(query: SearchQuery): SearchResult;
};

export type EmbeddedEngineOptions = {
  /**
   * The most candidates ranked in JS per step (see `collectCandidates` in
   * search/embedded/candidates.ts). A deeper page raises it to what that
   * page needs.
   */
  candidateLimit?: number;
};

/** The page cache the engine asks of its connection, in KiB. */
const SEARCH_CACHE_KIB = 65_536;
const DEFAULT_CANDIDATE_LIMIT = 300;

/**
 * The steps' statements and in-memory copies, made once per engine, at its
 * first search: creating an engine needs no schema yet (the server makes
 * its search before the migrations run).
 */
function prepareSteps(sqlite: Database.Database) {
  const attributes = createAttributes(sqlite);
  const statement = createStatementCache(sqlite);
  return {
    vocabulary: createVocabulary(sqlite),
    attributes,
    matches: createMatchReader(sqlite, attributes, statement),
    browse: createBrowser(statement),
    rank: createRanking(sqlite, attributes),
    readHits: createHitReader(sqlite),
  };
}

type Steps = ReturnType<typeof prepareSteps>;

/** The totals of the types searched, one result: questions' facets, and the count of each type. */
function mergeCounts(parts: { type: SearchType; counted: CountedMatches }[]) {
  const question = parts.find((part) => part.type === "question")?.counted;
  const facets: FacetCounts = {
    type: {},
    kind: question?.facets.kind ?? {},
    category: question?.facets.category ?? {},
    solved: question?.facets.solved ?? {},
  };
  let total = 0;
  let totalIsEstimate = false;
  for (const { type, counted } of parts) {
    if (counted.total > 0) facets.type[type] = counted.total;
    total += counted.total;
    totalIsEstimate ||= counted.totalIsEstimate;
  }
  return { total, facets, totalIsEstimate };
}

/** One type's matches of a query with words, ranked (each type's best `plan.needed` at least). */
function rankType(
  steps: Steps,
  plan: QueryPlan,
  words: QueryWords,
  type: SearchType,
  candidateLimit: number,
) {
  const matches = steps.matches.within(plan.filters, type);
  // `last` strategy: the results are the documents matching the first word.
  const counted = matches.count(words.textMatch(1));
  const ranked: Ranked[] =
    counted.total === 0
      ? []
      : steps.rank(
          chooseCandidates({ plan, words, counted, matches, candidateLimit }),
          plan,
          words,
        );
  return { type, counted, ranked };
}

export function createEmbeddedEngine(
  db: AppDatabase,
  options: EmbeddedEngineOptions = {},
): EmbeddedEngine {
  const sqlite: Database.Database = db.$client;
  const candidateLimit = options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT;
  // SQLite's default page cache is 2 MB: a query would read its doclists and
  // candidates' rows from the OS again each time. 64 MB holds the hot part of
  // a large index (the connection is the app's; other queries gain from it too).
  if ((sqlite.pragma("cache_size", { simple: true }) as number) > -SEARCH_CACHE_KIB) {
    sqlite.pragma(`cache_size = -${SEARCH_CACHE_KIB}`);
  }
  let prepared: ReturnType<typeof prepareSteps> | null = null;

  function searchSync(query: SearchQuery): SearchResult {
    const steps = (prepared ??= prepareSteps(sqlite));
    steps.vocabulary.refresh();
    steps.attributes.refresh();
    const plan = planQuery(query, steps.vocabulary);

    if (!plan.words) {
      // No words: every document within the filters, in SQL order; with
      // several types, each type's first `needed`, ordered together.
      const parts = plan.types.map((type) => {
        const counted = steps.matches.within(plan.filters, type).count(null);
        const single = plan.types.length === 1;
        const typePlan = single ? plan : { ...plan, offset: 0, limit: plan.needed };
        const keys =
          counted.total === 0 ? [] : steps.browse.browse(typePlan, counted, candidateLimit, type);
        return { type, counted, keys };
      });
      const keys =
        parts.length === 1
          ? parts[0]!.keys
          : steps.browse.orderIds(
              parts.flatMap((part) => part.keys),
              plan,
            );
      return {
        hits: steps.readHits(keys.slice(0, plan.limit), plan.near, null),
        ...mergeCounts(parts),
      };
    }

    const words = plan.words;
    const parts = plan.types.map((type) => rankType(steps, plan, words, type, candidateLimit));
    const ranked = parts.length === 1 ? parts[0]!.ranked : parts.flatMap((part) => part.ranked);
    if (parts.length > 1) ranked.sort(rankingOrder(plan.sort));
    const page = ranked.slice(plan.offset, plan.needed);
    const hits = steps.readHits(
      page.map((candidate) => candidate.id),
      plan.near,
      {
        matcher: words.matcher,
        pattern: words.pattern,
        words: new Map(page.map((candidate) => [candidate.id, candidate.words])),
      },
    );
    return { hits, ...mergeCounts(parts) };
  }

  const engine: EmbeddedEngine = {
    name: "embedded",
    upsertSync(documents) {
      if (documents.length) sqlite.transaction(() => writeDocuments(sqlite, documents))();
    },
    removeSync(keys) {
      if (keys.length) sqlite.transaction(() => removeDocuments(sqlite, keys))();
    },
    clearSync() {
      sqlite.transaction(() => clearIndex(sqlite))();
    },
    searchSync,
    async upsert(documents) {
      engine.upsertSync(documents);
    },
    async remove(keys) {
      engine.removeSync(keys);
    },
    async search(query) {
      return searchSync(query);
    },
    async clear() {
      engine.clearSync();
    },
  };
  return engine;
}
