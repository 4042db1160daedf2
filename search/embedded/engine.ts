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
 *   (search/embedded/cells.ts), so FTS5 only reads local documents.
 */
import type Database from "better-sqlite3";
import type { AppDatabase } from "#db/client";
import { boundingBox, haversineKm } from "#app/domain/geo";
import type {
  FacetCounts,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "#search/engine";
import { searchWords } from "#search/text";
import { createAttributes } from "./attributes";
import { coveringCells } from "./cells";
import { highlight, snippet, type Matcher, type WordMatch } from "./highlight";
import {
  clearIndex,
  FIELDS,
  filterToken,
  removeDocuments,
  unitVector,
  writeDocuments,
} from "./store";
import { createVocabulary } from "./vocabulary";

export type EmbeddedEngine = SearchEngine & {
  /** Adds or replaces documents inside the caller's transaction (or its own statement). */
  upsertSync(documents: SearchDocument[]): void;
  /** Removes documents inside the caller's transaction. */
  removeSync(ids: number[]): void;
  clearSync(): void;
  searchSync(query: SearchQuery): SearchResult;
};

export type EmbeddedEngineOptions = {
  /**
   * The most candidates ranked in JS per step (see `collectCandidates`).
   * A deeper page raises it to what that page needs.
   */
  candidateLimit?: number;
};

/** Above this many words starting with the last word (4+ letters), FTS5's own prefix query is used. */
const MAX_PREFIX_TERMS = 40;
/** A last word of two or three letters matches the commonest words it starts, this many at most. */
const MAX_SHORT_PREFIX_TERMS = 50;
/** Typo variants of the last word, as a word and as a prefix together (each is capped at 50). */
const MAX_LAST_WORD_TERMS = 80;
/** The page cache the engine asks of its connection, in KiB. */
const SEARCH_CACHE_KIB = 65_536;
/** Meilisearch reads at most 10 query words; so do we. */
const MAX_QUERY_WORDS = 10;
const DEFAULT_CANDIDATE_LIMIT = 300;
/** A local search with more matches ranks the newest this many (see `localCandidates`). */
const LOCAL_CANDIDATES = 100;
/** Totals and facets are exact up to this many matches, estimated beyond (see `countMatches`). */
const COUNT_LIMIT = 500;
/** The Earth radius of app/utils/geo.ts (mean radius, IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
/** Proximity of two query words in different fields (Meilisearch caps it at 7 within one). */
const FAR = 8;
/** Positions of one query word per field considered for proximity: bounds the work on long texts. */
const MAX_POSITIONS = 64;
/** The fields a snippet is cut from, in order of preference (as `sources` in toHits). */
const SNIPPET_FIELDS = ["acceptedAnswer", "body", "answers"] as const;
const TITLE_COLUMNS = "{title tags}";

type Candidate = {
  id: number;
  solved: number;
  score: number;
  createdAt: number;
  words: string;
};

/**
 * How the ranking finds the query in a candidate's words: one regular
 * expression for every term (typo variants included) as a whole word, and
 * for the last word as the start of a longer one; the matcher then says
 * which query word each found word is, with how many typos.
 */
type QueryTerms = { size: number; pattern: RegExp; matcher: Matcher };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Any of `terms` as a whole word of a text of words separated by spaces and
 * lines, or a longer word starting with `prefix`. The engine compiles it to
 * one automaton, so a candidate's ~1,000 characters are read once, however
 * many typo variants the query has.
 */
function termPattern(terms: Iterable<string>, prefix: string | null): RegExp {
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (prefix) alternatives.push(`${escapeRegExp(prefix)}[^ \\n]+`);
  return new RegExp(`(?<![^ \\n])(?:${alternatives.join("|")})(?![^ \\n])`, "g");
}

type Ranked = Candidate & {
  matchedWords: number;
  typos: number;
  proximity: number;
  attribute: number;
  exactness: number;
  distance: number;
};

/** A word inside a MATCH expression: always a string, so no word is read as an operator. */
const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const anyOf = (terms: string[]) => `(${terms.map(quote).join(" OR ")})`;

/** Two significant digits: an estimated count does not pretend to be exact. */
function roughly(count: number): number {
  if (count < 100) return Math.max(1, Math.round(count));
  const unit = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}

/** A match as counted for the total and facets. */
type Counted = { id: number; kind: string; category: string; solved: number };

function clamp(value: number | undefined, min: number, max: number, fallback: number) {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** How each query word matches document words: its typo variants, and the last word as a prefix. */
function createMatcher(words: string[], variants: Map<string, number>[]): Matcher {
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

/** Meilisearch's ranking criteria for one candidate, from its stored normalized words. */
function assess(
  candidate: Candidate,
  terms: QueryTerms,
): Omit<Ranked, keyof Candidate | "distance"> {
  const { size, pattern, matcher } = terms;
  const typos = new Array<number>(size).fill(Infinity);
  const fields = new Array<number>(size).fill(Infinity);
  const exact = new Array<boolean>(size).fill(false);
  // positions[word][field]: where the word occurs in that field (for proximity).
  const positions = Array.from({ length: size }, () => FIELDS.map(() => [] as number[]));
  const text = candidate.words;
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
  const vocabulary = createVocabulary(sqlite);
  const attributes = createAttributes(sqlite);
  // FTS5 alone, newest first: the points and filters of its matches are in memory.
  const matchingRowids = sqlite
    .prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid ASC")
    .pluck();
  const documentsById = sqlite.prepare(
    "SELECT id, document FROM search_texts WHERE id IN (SELECT value FROM json_each(?))",
  );
  // The rest of a candidate is in memory (attributes.ts).
  const wordsById = sqlite
    .prepare("SELECT id, words FROM search_texts WHERE id IN (SELECT value FROM json_each(?))")
    .raw();
  // Two subqueries: SQLite reads min() or max() from the b-tree's edge only when alone.
  const idSpan = sqlite.prepare(
    `SELECT (SELECT min(id) FROM search_documents) AS low,
            (SELECT max(id) FROM search_documents) AS high`,
  );
  const statements = new Map<string, Database.Statement>();
  const statement = (source: string) => {
    let prepared = statements.get(source);
    if (!prepared) {
      prepared = sqlite.prepare(source);
      statements.set(source, prepared);
    }
    return prepared;
  };

  function searchSync(query: SearchQuery): SearchResult {
    vocabulary.refresh();
    attributes.refresh();
    const limit = clamp(query.limit, 1, 50, 20);
    const page = clamp(query.page, 1, Number.MAX_SAFE_INTEGER, 1);
    const offset = (page - 1) * limit;
    const needed = offset + limit;
    const sort = query.sort ?? "relevance";
    const near = query.near ?? null;

    // Within the radius: the dot product of unit vectors against the cosine
    // of the angle (the great-circle distance of app/utils/geo.ts).
    const centre = near ? unitVector(near) : null;
    const withinRadius = near ? Math.cos(Math.min(Math.PI, near.radiusKm / EARTH_RADIUS_KM)) : 0;

    // Filters FTS5 cannot apply, on search_documents (alias d): the exact
    // circle and the tags.
    const where: string[] = [];
    const params: unknown[] = [];
    if (near && centre) {
      const box = boundingBox(near, near.radiusKm);
      where.push("d.lat BETWEEN ? AND ?", "d.lng BETWEEN ? AND ?");
      params.push(box.minLat, box.maxLat, box.minLng, box.maxLng);
      where.push("d.x * ? + d.y * ? + d.z * ? >= ?");
      params.push(centre.x, centre.y, centre.z, withinRadius);
    }
    for (const tag of query.tags ?? []) {
      where.push("instr(d.tags, ?) > 0");
      params.push(` ${tag} `);
    }

    // Filters FTS5 applies inside the index: words of the hidden `geo` column.
    const hidden: string[] = [];
    const cells = near ? coveringCells(near, near.radiusKm) : null;
    if (cells) hidden.push(anyOf(cells));
    if (query.kind?.length) hidden.push(anyOf(query.kind.map(filterToken.kind)));
    if (query.category?.length) hidden.push(anyOf(query.category.map(filterToken.category)));
    if (query.solved === true || query.solved === false) {
      hidden.push(quote(filterToken.solved(query.solved)));
    }
    // No `geo :` column filter: these words contain "_", which no text word
    // does, so they cannot match elsewhere, and FTS5 then reads rowids alone.
    const filterMatch = hidden.length ? `(${hidden.join(" AND ")})` : null;

    /**
     * The most recent matches of `match` (null: the filters alone) within the
     * filters, newest first. FTS5 walks its doclists forwards by rowid
     * (minus the question id, see `ftsRowid`) and
     * stops at `cap`, so a common word costs no more than a rare one: each
     * step reads at most `cap` rows whatever the number of matches.
     */
    const newestMatches = (match: string | null, cap: number, extra: string[] = []) => {
      const clauses = [...where];
      const full = [match, ...extra, filterMatch].filter(Boolean).join(" AND ");
      if (!full) {
        return statement(
          `SELECT d.id AS id, d.kind AS kind, d.category AS category, d.solved AS solved
           FROM search_documents d ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
           ORDER BY d.id DESC LIMIT ?`,
        ).all(...params, cap) as Counted[];
      }
      if (!query.tags?.length) return newestIndexMatches(full, cap);
      return statement(
        `SELECT d.id AS id, d.kind AS kind, d.category AS category, d.solved AS solved
         FROM search_fts f JOIN search_documents d ON d.id = -f.rowid
         WHERE f.search_fts MATCH ? ${clauses.map((clause) => `AND ${clause}`).join(" ")}
         ORDER BY f.rowid ASC LIMIT ?`,
      ).all(full, ...params, cap) as Counted[];
    };

    /**
     * `newestMatches` without a tag filter: FTS5's rowids only, the circle
     * and the facets read from memory (attributes.ts), so a match outside the
     * circle costs an array read instead of a row.
     */
    const newestIndexMatches = (match: string, cap: number) => {
      const rows: Counted[] = [];
      for (const rowid of matchingRowids.iterate(match) as Iterable<number>) {
        const id = -rowid;
        if (!attributes.has(id)) {
          // Written by another connection since this search began.
          attributes.refresh();
          if (!attributes.has(id)) continue;
        }
        if (centre && attributes.dot(id, centre.x, centre.y, centre.z) < withinRadius) continue;
        const solved = attributes.solved(id) ? 1 : 0;
        rows.push({ id, kind: attributes.kind(id), category: attributes.category(id), solved });
        if (rows.length >= cap) break;
      }
      return rows;
    };

    /**
     * The total and facets of the results: exact up to COUNT_LIMIT matches.
     * Beyond, counting every match of a common word would read a row per
     * match (a million at a million questions), so the newest COUNT_LIMIT are
     * counted and scaled by the share of question ids they span (ids grow
     * with time and matches are spread over time): an estimate, flagged.
     */
    const countMatches = (match: string | null) => {
      const rows = newestMatches(match, COUNT_LIMIT + 1);
      const exact = rows.length <= COUNT_LIMIT;
      const counted = exact ? rows : rows.slice(0, COUNT_LIMIT);
      let scale = 1;
      if (!exact) {
        const span = idSpan.get() as { low: number; high: number };
        const oldest = counted[counted.length - 1]!.id;
        scale = (span.high - span.low + 1) / (span.high - oldest + 1);
      }
      const facets: FacetCounts = { kind: {}, category: {}, solved: {} };
      for (const row of counted) {
        const kind = row.kind as keyof FacetCounts["kind"];
        const category = row.category as keyof FacetCounts["category"];
        const solved = row.solved ? "true" : "false";
        facets.kind[kind] = (facets.kind[kind] ?? 0) + 1;
        facets.category[category] = (facets.category[category] ?? 0) + 1;
        facets.solved[solved] = (facets.solved[solved] ?? 0) + 1;
      }
      if (exact) {
        return { rows, total: rows.length, facets, totalIsEstimate: false };
      }
      for (const counts of Object.values(facets) as Record<string, number>[]) {
        for (const key of Object.keys(counts)) counts[key] = roughly(counts[key]! * scale);
      }
      const total = Math.max(COUNT_LIMIT + 1, roughly(COUNT_LIMIT * scale));
      return { rows, total, facets, totalIsEstimate: true };
    };

    const cosLat = near ? Math.cos((near.lat * Math.PI) / 180) : 1;
    // An order SQL can apply to the results of a query without words.
    const sqlOrder = (): { sql: string; values: unknown[] } => {
      if (sort === "distance" && near) {
        return {
          sql: "ORDER BY (d.lat - ?) * (d.lat - ?) + (d.lng - ?) * (d.lng - ?) * ? ASC, d.id DESC",
          values: [near.lat, near.lat, near.lng, near.lng, cosLat * cosLat],
        };
      }
      if (sort === "recent") return { sql: "ORDER BY d.created_at DESC, d.id DESC", values: [] };
      return {
        sql: "ORDER BY d.solved DESC, d.score DESC, d.created_at DESC, d.id DESC",
        values: [],
      };
    };

    /**
     * The hits of `ids`, in order. `ranked` (their normalized words) lets the
     * snippet skip the fields the query is not in, rather than reading each
     * to find out.
     */
    const toHits = (
      ids: number[],
      matcher: Matcher | null,
      ranked?: { words: Map<number, string>; pattern: RegExp },
    ): SearchHit[] => {
      const rows = documentsById.all(JSON.stringify(ids)) as { id: number; document: string }[];
      const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.document) as SearchDocument]));
      return ids.flatMap((id) => {
        const document = byId.get(id);
        if (!document) return [];
        const sources = [document.acceptedAnswer, document.body, document.answers];
        const lines = ranked?.words.get(id)?.split("\n");
        const sourceMatches = lines
          ? SNIPPET_FIELDS.map((field) => {
              ranked!.pattern.lastIndex = 0;
              return ranked!.pattern.test(lines[FIELDS.indexOf(field)] ?? "");
            })
          : undefined;
        return [
          {
            id: document.id,
            slug: document.slug,
            title: document.title,
            kind: document.kind,
            category: document.category,
            solved: document.solved,
            score: document.score,
            answerCount: document.answerCount,
            place: {
              id: document.placeId,
              code: document.placeCode,
              name: document.placeName,
              slug: document.placeSlug,
            },
            distanceKm: near ? Math.round(haversineKm(near, document) * 10) / 10 : null,
            createdAt: document.createdAt,
            highlightedTitle: matcher
              ? highlight(document.title, matcher)
              : highlight(document.title, noMatch),
            snippet: snippet(sources, matcher ?? noMatch, sourceMatches),
          },
        ];
      });
    };

    const words = searchWords(query.text).slice(0, MAX_QUERY_WORDS);

    // No words: every document within the filters, in SQL order.
    if (words.length === 0) {
      const { rows, total, facets, totalIsEstimate } = countMatches(null);
      if (total === 0) return { hits: [], total, facets, totalIsEstimate };
      let ids: number[];
      if (!totalIsEstimate && rows.length <= Math.max(candidateLimit, needed)) {
        ids = rankWithoutWords(rows.map((row) => row.id));
      } else {
        const clauses = [...where];
        const values = [...params];
        if (filterMatch) {
          clauses.unshift("d.id IN (SELECT -rowid FROM search_fts WHERE search_fts MATCH ?)");
          values.unshift(filterMatch);
        }
        const order = sqlOrder();
        ids = (
          statement(
            `SELECT d.id FROM search_documents d ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""} ${order.sql} LIMIT ? OFFSET ?`,
          )
            .raw()
            .all(...values, ...order.values, limit, offset) as [number][]
        ).map(([id]) => id);
      }
      return { hits: toHits(ids.slice(0, limit), null), total, facets, totalIsEstimate };

      /** The page among a few ids, in the requested order. */
      function rankWithoutWords(all: number[]): number[] {
        const order = sqlOrder();
        return (
          statement(
            `SELECT d.id FROM search_documents d WHERE d.id IN (SELECT value FROM json_each(?)) ${order.sql} LIMIT ? OFFSET ?`,
          )
            .raw()
            .all(JSON.stringify(all), ...order.values, limit, offset) as [number][]
        ).map(([id]) => id);
      }
    }

    const variants = words.map((word, i) => {
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
    const matcher = createMatcher(words, variants);
    const queryTerms: QueryTerms = {
      size: words.length,
      pattern: termPattern(
        variants.flatMap((terms) => [...terms.keys()]),
        matcher.prefix,
      ),
      matcher,
    };
    const last = words.length - 1;
    // One letter as a prefix would read half the index; Meilisearch too finds
    // little of use with it. From two letters, the prefix is expanded into
    // the words it starts, taken from the vocabulary and read lazily by FTS5
    // like any other word (the index has no prefix indexes, ADR 009): two or
    // three letters start too many words to take them all, so the commonest
    // MAX_SHORT_PREFIX_TERMS; from four, all of them, unless they are too
    // many, and then FTS5's own prefix query, which merges their doclists.
    const lastWord = words[last]!;
    const prefixTerms = (() => {
      if (lastWord.length < 2) return [];
      if (lastWord.length <= 3) {
        return vocabulary.startingWith(lastWord, MAX_SHORT_PREFIX_TERMS).words;
      }
      const starting = vocabulary.startingWith(lastWord, MAX_PREFIX_TERMS);
      return starting.complete ? starting.words : null;
    })();
    const wordMatch = (i: number) => {
      const terms = new Set([...variants[i]!.keys()].map(quote));
      if (i === last) {
        if (prefixTerms === null) terms.add(`${quote(words[i]!)}*`);
        else for (const term of prefixTerms) terms.add(quote(term));
      }
      return `(${[...terms].join(" OR ")})`;
    };
    /** The MATCH for documents containing the first `count` query words (in `columns`: any). */
    const textMatch = (count: number, columns: string | null = null) =>
      `${columns ? `${columns} : ` : ""}(${words
        .slice(0, count)
        .map((_, i) => wordMatch(i))
        .join(" AND ")})`;

    // `last` strategy: the results are the documents matching the first word.
    const counted = countMatches(textMatch(1));
    const { total, facets, totalIsEstimate } = counted;
    if (total === 0) return { hits: [], total, facets, totalIsEstimate };
    const candidateIds =
      !totalIsEstimate && total <= (cells ? LOCAL_CANDIDATES : candidateLimit)
        ? counted.rows.map((row) => row.id)
        : cells && needed <= counted.rows.length
          ? localCandidates()
          : collectCandidates();
    const ranked: Ranked[] = [];
    for (const [id, words] of wordsById.all(JSON.stringify(candidateIds)) as [number, string][]) {
      if (!attributes.has(id)) continue; // written by another connection a moment ago
      const candidate: Candidate = {
        id,
        solved: attributes.solved(id) ? 1 : 0,
        score: attributes.score(id),
        createdAt: attributes.createdAt(id),
        words,
      };
      // The great-circle distance from the dot product of the unit vectors.
      const distance = centre
        ? EARTH_RADIUS_KM * Math.acos(Math.min(1, attributes.dot(id, centre.x, centre.y, centre.z)))
        : 0;
      ranked.push({ ...candidate, ...assess(candidate, queryTerms), distance });
    }
    ranked.sort(
      (a, b) =>
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
        b.id - a.id,
    );
    const ids = ranked.slice(offset, needed).map((candidate) => candidate.id);
    const rankedWords = new Map(ranked.map((candidate) => [candidate.id, candidate.words]));
    return {
      hits: toHits(ids, matcher, { words: rankedWords, pattern: queryTerms.pattern }),
      total,
      facets,
      totalIsEstimate,
    };

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
    function localCandidates(): number[] {
      const newest = Math.max(LOCAL_CANDIDATES, needed);
      const ids = new Set(counted.rows.slice(0, newest).map((row) => row.id));
      const nearest =
        sort === "distance" && near ? coveringCells(near, Math.min(near.radiusKm, 2)) : null;
      if (nearest) {
        for (const row of newestMatches(textMatch(1), newest, [anyOf(nearest)])) {
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
    function collectCandidates(): number[] {
      const perGroup = Math.max(Math.ceil(candidateLimit / 3), needed);
      const chosen = new Set<number>();
      const add = (rows: Counted[]) => {
        for (const row of rows) chosen.add(row.id);
      };
      const nearest =
        sort === "distance" && near ? coveringCells(near, Math.min(near.radiusKm, 2)) : null;
      for (let count = words.length; count >= 1; count--) {
        const newest = newestMatches(textMatch(count), perGroup);
        add(newest);
        // Fewer than a group's worth: that was every match at this step, the
        // groups below would only find them again (after reading as much).
        if (newest.length >= perGroup) {
          // Only when the first word has few matches: FTS5 checks a column
          // filter match after match, and a rowid bound only once it has found
          // one, so the title matches of common words (rare among their
          // matches) would have it read their whole doclists.
          if (!counted.totalIsEstimate)
            add(newestMatches(textMatch(count, TITLE_COLUMNS), perGroup));
          if (query.solved !== false) {
            add(newestMatches(textMatch(count), perGroup, [quote(filterToken.solved(true))]));
          }
          if (nearest) add(newestMatches(textMatch(count), perGroup, [anyOf(nearest)]));
        }
        if (chosen.size >= needed) break;
      }
      return [...chosen];
    }
  }

  const engine: EmbeddedEngine = {
    name: "embedded",
    upsertSync(documents) {
      if (documents.length) sqlite.transaction(() => writeDocuments(sqlite, documents))();
    },
    removeSync(ids) {
      if (ids.length) sqlite.transaction(() => removeDocuments(sqlite, ids))();
    },
    clearSync() {
      sqlite.transaction(() => clearIndex(sqlite))();
    },
    searchSync,
    async upsert(documents) {
      engine.upsertSync(documents);
    },
    async remove(ids) {
      engine.removeSync(ids);
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

const noMatch: Matcher = { size: 0, prefix: null, match: () => [] };
