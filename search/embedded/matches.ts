/**
 * A step of the embedded engine (search/embedded/engine.ts): the documents
 * matching a MATCH expression within the query's filters, newest first,
 * and their count with the facets: exact up to COUNT_LIMIT, estimated
 * beyond.
 */
import type Database from "better-sqlite3";
import { isOpenAt, type OpeningHours } from "#app/domain/opening-hours";
import type { FacetCounts, SearchType } from "#search/engine";
import type { Attributes } from "./attributes";
import type { Filters } from "./query-plan";
import type { StatementCache } from "./statement-cache";

/** Totals and facets are exact up to this many matches, estimated beyond (see `count`). */
export const COUNT_LIMIT = 500;

/** A match as counted for the total and facets. */
export type Counted = { id: number; kind: string; category: string; solved: number };

export type CountedMatches = {
  /** The newest COUNT_LIMIT + 1 matches at most, newest first. */
  rows: Counted[];
  total: number;
  facets: FacetCounts;
  totalIsEstimate: boolean;
};

/** The matches of one query's filters. */
export type Matches = {
  /**
   * The most recent matches of `match` (null: the filters alone) and the
   * `extra` MATCH terms, newest first, `cap` at most. FTS5 walks its
   * doclists forwards by rowid (minus the question id, see `ftsRowid`) and
   * stops at `cap`, so a common word costs no more than a rare one: each
   * call reads at most `cap` rows whatever the number of matches.
   */
  newest(match: string | null, cap: number, extra?: string[]): Counted[];
  /**
   * The total and facets of `match`: exact up to COUNT_LIMIT matches.
   * Beyond, counting every match of a common word would read a row per
   * match (a million at a million questions), so the newest COUNT_LIMIT are
   * counted and scaled by the share of question ids they span (ids grow
   * with time and matches are spread over time): an estimate, flagged.
   */
  count(match: string | null): CountedMatches;
};

/** Two significant digits: an estimated count does not pretend to be exact. */
export function roughly(count: number): number {
  if (count < 100) return Math.max(1, Math.round(count));
  const unit = 10 ** (Math.floor(Math.log10(count)) - 1);
  return Math.round(count / unit) * unit;
}

/** The total and facets of the newest COUNT_LIMIT + 1 matches; `span` reads the ids' range when they are more. */
export function countRows(
  rows: Counted[],
  span: () => { low: number; high: number },
): CountedMatches {
  const exact = rows.length <= COUNT_LIMIT;
  const counted = exact ? rows : rows.slice(0, COUNT_LIMIT);
  let scale = 1;
  if (!exact) {
    const { low, high } = span();
    const oldest = counted[counted.length - 1]!.id;
    scale = (high - low + 1) / (high - oldest + 1);
  }
  const facets: FacetCounts = { type: {}, kind: {}, category: {}, solved: {} };
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
}

/**
 * Each type's documents, as a condition on the FTS5 rowid and on the key
 * (`search_documents.id`): questions' keys are their ids, listings' are
 * minus theirs (`documentKey`), so a range reads one type alone and FTS5
 * seeks to it. Both scans go in descending key order.
 */
const TYPE_RANGE: Record<SearchType, { rowid: string; key: string }> = {
  question: { rowid: "rowid < 0", key: "id > 0" },
  organisation: { rowid: "rowid > 0", key: "id < 0" },
};

/** Prepared once per engine; `within(filters, type)` gives one query's matches of one type. */
export function createMatchReader(
  sqlite: Database.Database,
  attributes: Attributes,
  statement: StatementCache,
) {
  const byType = (type: SearchType) => {
    const range = TYPE_RANGE[type];
    // FTS5 alone, newest first: the points and filters of its matches are in memory.
    const matchingRowids = sqlite
      .prepare(
        `SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND ${range.rowid} ORDER BY rowid ASC`,
      )
      .pluck();
    // Two subqueries: SQLite reads min() or max() from the b-tree's edge only when alone.
    const idSpan = sqlite.prepare(
      `SELECT (SELECT min(id) FROM search_documents WHERE ${range.key}) AS low,
              (SELECT max(id) FROM search_documents WHERE ${range.key}) AS high`,
    );
    return {
      matchingRowids,
      span: () => idSpan.get() as { low: number; high: number },
      keyClause: `d.${range.key}`,
      rowidClause: `f.${range.rowid}`,
    };
  };
  const types = { question: byType("question"), organisation: byType("organisation") };
  // A listing's hours, for « ouvert maintenant »: read only for listings that have some.
  const hoursOf = sqlite
    .prepare("SELECT json_extract(document, '$.openingHours') FROM search_texts WHERE id = ?")
    .pluck();
  const openAt = (at: Date) => (key: number) => {
    const hours = hoursOf.get(key) as string | null | undefined;
    return hours ? isOpenAt(JSON.parse(hours) as OpeningHours, at) : false;
  };

  /**
   * `newest` without a tag filter: FTS5's rowids only, the circle and the
   * facets read from memory (attributes.ts), so a match outside the circle
   * costs an array read instead of a row.
   */
  function newestIndexMatches(
    matchingRowids: Database.Statement,
    match: string,
    cap: number,
    filters: Filters,
  ): Counted[] {
    const centre = filters.circle?.centre ?? null;
    const minDot = filters.circle?.minDot ?? 0;
    const open = filters.openAt ? openAt(filters.openAt) : null;
    const rows: Counted[] = [];
    for (const rowid of matchingRowids.iterate(match) as Iterable<number>) {
      const id = -rowid;
      if (!attributes.has(id)) {
        // Written by another connection since this search began.
        attributes.refresh();
        if (!attributes.has(id)) continue;
      }
      if (centre && attributes.dot(id, centre.x, centre.y, centre.z) < minDot) continue;
      if (open && !open(id)) continue;
      const solved = attributes.solved(id) ? 1 : 0;
      rows.push({ id, kind: attributes.kind(id), category: attributes.category(id), solved });
      if (rows.length >= cap) break;
    }
    return rows;
  }

  return {
    within(filters: Filters, type: SearchType): Matches {
      const { params } = filters;
      const { matchingRowids, span, keyClause, rowidClause } = types[type];
      const where = [keyClause, ...filters.where];
      const newest = (match: string | null, cap: number, extra: string[] = []) => {
        const full = [match, ...extra, filters.match].filter(Boolean).join(" AND ");
        if (!full) {
          return statement(
            `SELECT d.id AS id, d.kind AS kind, d.category AS category, d.solved AS solved
             FROM search_documents d WHERE ${where.join(" AND ")}
             ORDER BY d.id DESC LIMIT ?`,
          ).all(...params, cap) as Counted[];
        }
        if (!filters.byTags) return newestIndexMatches(matchingRowids, full, cap, filters);
        return statement(
          `SELECT d.id AS id, d.kind AS kind, d.category AS category, d.solved AS solved
           FROM search_fts f JOIN search_documents d ON d.id = -f.rowid
           WHERE f.search_fts MATCH ? AND ${rowidClause} ${where.map((clause) => `AND ${clause}`).join(" ")}
           ORDER BY f.rowid ASC LIMIT ?`,
        ).all(full, ...params, cap) as Counted[];
      };
      return {
        newest,
        count: (match) => countRows(newest(match, COUNT_LIMIT + 1), span),
      };
    },
  };
}
