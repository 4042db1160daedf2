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
import { boundingBox, haversineKm } from "#app/utils/geo";
import type {
  FacetCounts,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
} from "../engine";
import { searchWords } from "../text";
import { coveringCells } from "./cells";
import { highlight, snippet, type Matcher, type WordMatch } from "./highlight";
import { clearIndex, FIELDS, removeDocuments, unitVector, writeDocuments } from "./store";
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

/** Meilisearch reads at most 10 query words; so do we. */
const MAX_QUERY_WORDS = 10;
const DEFAULT_CANDIDATE_LIMIT = 300;
/** The Earth radius of app/utils/geo.ts (mean radius, IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
/** Proximity of two query words in different fields (Meilisearch caps it at 7 within one). */
const FAR = 8;
/** Positions of one query word per field considered for proximity: bounds the work on long texts. */
const MAX_POSITIONS = 64;
const FTS_COLUMNS = "{title tags accepted body answers}";
const TITLE_COLUMNS = "{title tags}";

type Candidate = {
  id: number;
  lat: number;
  lng: number;
  solved: number;
  score: number;
  createdAt: number;
  words: string;
};

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
  matcher: Matcher,
): Omit<Ranked, keyof Candidate | "distance"> {
  const size = matcher.size;
  const typos = new Array<number>(size).fill(Infinity);
  const fields = new Array<number>(size).fill(Infinity);
  const exact = new Array<boolean>(size).fill(false);
  // positions[word][field]: where the word occurs in that field.
  const positions = Array.from({ length: size }, () => FIELDS.map(() => [] as number[]));
  candidate.words.split("\n").forEach((line, field) => {
    if (!line) return;
    line.split(" ").forEach((word, position) => {
      for (const match of matcher.match(word)) {
        const i = match.index;
        if (match.typos < typos[i]!) typos[i] = match.typos;
        if (field < fields[i]!) fields[i] = field;
        if (match.exact) exact[i] = true;
        // Proximity needs positions only when there are several words.
        if (size === 1) continue;
        const list = positions[i]![field]!;
        if (list.length < MAX_POSITIONS) list.push(position);
      }
    });
  });
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
  const vocabulary = createVocabulary(sqlite);
  const documentsById = sqlite.prepare(
    "SELECT id, document FROM search_texts WHERE id IN (SELECT value FROM json_each(?))",
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
    const limit = clamp(query.limit, 1, 50, 20);
    const page = clamp(query.page, 1, Number.MAX_SAFE_INTEGER, 1);
    const offset = (page - 1) * limit;
    const sort = query.sort ?? "relevance";
    const near = query.near ?? null;

    // Filters on search_documents (alias d), shared by every step.
    const where: string[] = [];
    const params: unknown[] = [];
    if (near) {
      const box = boundingBox(near, near.radiusKm);
      // A circle around a pole has every longitude, which the box (made for
      // small circles) does not say.
      const aroundPole = box.minLat <= -90 || box.maxLat >= 90;
      where.push("d.lat BETWEEN ? AND ?");
      params.push(box.minLat, box.maxLat);
      if (!aroundPole && box.minLng >= -180 && box.maxLng <= 180) {
        where.push("d.lng BETWEEN ? AND ?");
        params.push(box.minLng, box.maxLng);
      }
      // Within the radius: the dot product of unit vectors against the cosine
      // of the angle (the great-circle distance of app/utils/geo.ts).
      const centre = unitVector(near);
      where.push("d.x * ? + d.y * ? + d.z * ? >= ?");
      params.push(
        centre.x,
        centre.y,
        centre.z,
        Math.cos(Math.min(Math.PI, near.radiusKm / EARTH_RADIUS_KM)),
      );
    }
    if (query.kind?.length) {
      where.push(`d.kind IN (${query.kind.map(() => "?").join(", ")})`);
      params.push(...query.kind);
    }
    if (query.category?.length) {
      where.push(`d.category IN (${query.category.map(() => "?").join(", ")})`);
      params.push(...query.category);
    }
    for (const tag of query.tags ?? []) {
      where.push("instr(d.tags, ?) > 0");
      params.push(` ${tag} `);
    }
    if (query.solved === true || query.solved === false) {
      where.push("d.solved = ?");
      params.push(query.solved ? 1 : 0);
    }
    const cells = near ? coveringCells(near, near.radiusKm) : null;
    const geoMatch = cells ? `geo : (${cells.map(quote).join(" OR ")})` : null;

    /** The WHERE clause for documents matching `match` (null: every document) and the filters. */
    const scope = (match: string | null) => {
      const clauses = [...where];
      const values = [...params];
      if (match) {
        // MATCH in its own subquery: FTS5 yields the rowids, SQLite looks each one up by id.
        clauses.unshift("d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
        values.unshift(match);
      }
      return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", values };
    };

    const cosLat = near ? Math.cos((near.lat * Math.PI) / 180) : 1;
    // An order SQL can apply before the JS ranking, for steps with too many candidates.
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

    const facetsAndTotal = (match: string | null) => {
      const { sql, values } = scope(match);
      const rows = statement(
        `SELECT d.kind AS kind, d.category AS category, d.solved AS solved, count(*) AS n
         FROM search_documents d ${sql} GROUP BY 1, 2, 3`,
      ).all(...values) as { kind: string; category: string; solved: number; n: number }[];
      const facets: FacetCounts = { kind: {}, category: {}, solved: {} };
      let total = 0;
      for (const row of rows) {
        total += row.n;
        const kind = row.kind as keyof FacetCounts["kind"];
        const category = row.category as keyof FacetCounts["category"];
        facets.kind[kind] = (facets.kind[kind] ?? 0) + row.n;
        facets.category[category] = (facets.category[category] ?? 0) + row.n;
        const solved = row.solved ? "true" : "false";
        facets.solved[solved] = (facets.solved[solved] ?? 0) + row.n;
      }
      return { facets, total };
    };

    const toHits = (ids: number[], matcher: Matcher | null): SearchHit[] => {
      const rows = documentsById.all(JSON.stringify(ids)) as { id: number; document: string }[];
      const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.document) as SearchDocument]));
      return ids.flatMap((id) => {
        const document = byId.get(id);
        if (!document) return [];
        const sources = [document.acceptedAnswer, document.body, document.answers];
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
            snippet: snippet(sources, matcher ?? noMatch),
          },
        ];
      });
    };

    const words = searchWords(query.text).slice(0, MAX_QUERY_WORDS);

    // No words: every document within the filters, in SQL order.
    if (words.length === 0) {
      const { facets, total } = facetsAndTotal(geoMatch);
      if (total === 0) return { hits: [], total, facets };
      const { sql, values } = scope(geoMatch);
      const order = sqlOrder();
      const ids = (
        statement(`SELECT d.id FROM search_documents d ${sql} ${order.sql} LIMIT ? OFFSET ?`)
          .raw()
          .all(...values, ...order.values, limit, offset) as [number][]
      ).map(([id]) => id);
      return { hits: toHits(ids, null), total, facets };
    }

    const variants = words.map((word) => vocabulary.variants(word));
    const matcher = createMatcher(words, variants);
    const wordMatch = (i: number) => {
      const terms = [...variants[i]!.keys()].map(quote);
      // One letter as a prefix would read half the index; Meilisearch too
      // finds little of use with it.
      if (i === words.length - 1 && words[i]!.length >= 2) terms.push(`${quote(words[i]!)}*`);
      return `(${terms.join(" OR ")})`;
    };
    /** The MATCH for documents containing the first `count` query words, in `columns`. */
    const textMatch = (count: number, columns = FTS_COLUMNS) => {
      const text = `${columns} : (${words
        .slice(0, count)
        .map((_, i) => wordMatch(i))
        .join(" AND ")})`;
      return geoMatch ? `${text} AND ${geoMatch}` : text;
    };

    // `last` strategy: the results are the documents matching the first word.
    const { facets, total } = facetsAndTotal(textMatch(1));
    if (total === 0) return { hits: [], total, facets };
    const candidates = collectCandidates(words.length, offset + limit, total, textMatch);
    const ranked: Ranked[] = candidates.map((candidate) => ({
      ...candidate,
      ...assess(candidate, matcher),
      distance: near ? haversineKm(near, candidate) : 0,
    }));
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
    const ids = ranked.slice(offset, offset + limit).map((candidate) => candidate.id);
    return { hits: toHits(ids, matcher), total, facets };

    /**
     * The documents worth ranking in JS. When every match fits under the
     * candidate limit, all of them: the ranking is then exact. Otherwise a
     * common word would make us read (and rank) tens of thousands of rows, so
     * we take, for the full query and then with words dropped from the end,
     * the best `candidateLimit` by what SQL can order on (solved and votes, or
     * the requested sort) plus as many whose title or tags match, until there
     * are enough for the page. The trade-off: in such a step a document
     * matching only in its body with few votes can be missed, even if
     * proximity or typos would have put it on the page; a local search rarely
     * gets there, since the cells keep its matches few.
     */
    function collectCandidates(
      wordCount: number,
      needed: number,
      universe: number,
      match: (count: number, columns?: string) => string,
    ): Candidate[] {
      const columns =
        "d.id AS id, d.lat AS lat, d.lng AS lng, d.solved AS solved, d.score AS score, d.created_at AS createdAt, t.words AS words";
      if (universe <= candidateLimit) {
        const { sql, values } = scope(match(1));
        return statement(
          `SELECT ${columns} FROM search_documents d JOIN search_texts t ON t.id = d.id ${sql}`,
        ).all(...values) as Candidate[];
      }
      const order = sqlOrder();
      const chosen = new Set<number>();
      for (let count = wordCount; count >= 1; count--) {
        for (const scopeColumns of [TITLE_COLUMNS, FTS_COLUMNS]) {
          const { sql, values } = scope(match(count, scopeColumns));
          const rows = statement(`SELECT d.id FROM search_documents d ${sql} ${order.sql} LIMIT ?`)
            .raw()
            .all(...values, ...order.values, Math.max(candidateLimit, needed)) as [number][];
          for (const [id] of rows) chosen.add(id);
        }
        if (chosen.size >= needed) break;
      }
      return statement(
        `SELECT ${columns} FROM search_documents d JOIN search_texts t ON t.id = d.id
         WHERE d.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify([...chosen])) as Candidate[];
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
