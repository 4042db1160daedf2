/**
 * The candidates and ranking of a query without words (a step of
 * search/embedded/engine.ts): every document within the filters, in an
 * order SQL applies (distance, date, or solved and votes).
 */
import type { SearchType } from "#search/engine";
import type { CountedMatches } from "./matches";
import type { QueryPlan } from "./query-plan";
import type { StatementCache } from "./statement-cache";

/** An ORDER BY over search_documents (alias d) with its values. */
export function sqlOrder(plan: Pick<QueryPlan, "sort" | "near">): {
  sql: string;
  values: unknown[];
} {
  const { sort, near } = plan;
  if (sort === "distance" && near) {
    // Equirectangular: longitudes shrunk by the cosine of the latitude, close
    // to the great-circle order at the scale of a radius search.
    const cosLat = Math.cos((near.lat * Math.PI) / 180);
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
}

/** Prepared once per engine: the page of a query without words. */
export function createBrowser(statement: StatementCache) {
  /** The page among a few ids, in the requested order. */
  function orderIds(ids: number[], plan: QueryPlan): number[] {
    const order = sqlOrder(plan);
    return (
      statement(
        `SELECT d.id FROM search_documents d WHERE d.id IN (SELECT value FROM json_each(?)) ${order.sql} LIMIT ? OFFSET ?`,
      )
        .raw()
        .all(JSON.stringify(ids), ...order.values, plan.limit, plan.offset) as [number][]
    ).map(([id]) => id);
  }

  /** Every document of a type within the filters, ordered and paged by SQL. */
  function orderAll(plan: QueryPlan, type: SearchType): number[] {
    const { filters } = plan;
    // Keys: a question's id, minus a listing's.
    const clauses = [type === "question" ? "d.id > 0" : "d.id < 0", ...filters.where];
    const values = [...filters.params];
    if (filters.match) {
      clauses.unshift("d.id IN (SELECT -rowid FROM search_fts WHERE search_fts MATCH ?)");
      values.unshift(filters.match);
    }
    const order = sqlOrder(plan);
    return (
      statement(
        `SELECT d.id FROM search_documents d ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""} ${order.sql} LIMIT ? OFFSET ?`,
      )
        .raw()
        .all(...values, ...order.values, plan.limit, plan.offset) as [number][]
    ).map(([id]) => id);
  }

  /**
   * The page's keys of one type, given the count of the filters' matches
   * (`count(null)`): when it read them all and they are few, only those are
   * ordered. « Ouvert maintenant » is decided in code, so with it only the
   * counted matches (the newest COUNT_LIMIT + 1 open ones) are ordered.
   */
  function browse(
    plan: QueryPlan,
    counted: CountedMatches,
    candidateLimit: number,
    type: SearchType,
  ): number[] {
    const few =
      !counted.totalIsEstimate && counted.rows.length <= Math.max(candidateLimit, plan.needed);
    return few || plan.filters.openAt
      ? orderIds(
          counted.rows.map((row) => row.id),
          plan,
        )
      : orderAll(plan, type);
  }

  return { browse, orderIds };
}
