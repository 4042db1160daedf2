/**
 * The first step of the embedded engine (search/embedded/engine.ts): a
 * query as the later steps read it. The page it asks for, bounded; its
 * filters split between what FTS5 applies inside the index (the hidden
 * `geo` column's words) and what SQL or memory checks after (the exact
 * circle, the tags); and its words expanded against the vocabulary
 * (search/embedded/query-words.ts).
 */
import { boundingBox } from "#app/domain/geo";
import { searchedTypes, type SearchQuery, type SearchSort, type SearchType } from "#search/engine";
import { searchWords } from "#search/text";
import { coveringCells } from "./cells";
import { anyOf, quote } from "./match-expression";
import { expandQueryWords, type QueryWords } from "./query-words";
import { filterToken, unitVector } from "./store";
import type { Vocabulary } from "./vocabulary";

/** Meilisearch reads at most 10 query words; so do we. */
export const MAX_QUERY_WORDS = 10;
/** The Earth radius of app/domain/geo.ts (mean radius, IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

export type Near = NonNullable<SearchQuery["near"]>;

/**
 * A radius as the engine tests it: a point is within it when the dot
 * product of its unit vector with the centre's is at least `minDot`, the
 * cosine of the angle (the great-circle distance of app/domain/geo.ts).
 */
export type Circle = { centre: { x: number; y: number; z: number }; minDot: number };

export type Filters = {
  circle: Circle | null;
  /**
   * What FTS5 cannot apply, as conditions on `search_documents` (alias d)
   * with their values: the circle's bounding box and exact test, the tags.
   */
  where: string[];
  params: unknown[];
  /** Tags are only in `search_documents`: their matches are read as rows, not from memory. */
  byTags: boolean;
  /** The geographic cells covering the circle; null without one, or when too wide for cells. */
  cells: string[] | null;
  /** What FTS5 applies inside the index (cells, kind, category, solved), or null: no such filter. */
  match: string | null;
  /**
   * Only listings open at this instant: their hours are read and checked
   * for each match (only listings with hours match the filter words).
   */
  openAt: Date | null;
};

export type QueryPlan = {
  limit: number;
  offset: number;
  /** `offset + limit`: how many ranked results the page needs. */
  needed: number;
  sort: SearchSort;
  near: Near | null;
  solved: boolean | null;
  /** The types searched (`searchedTypes`); each is matched, counted and ranked apart, then merged. */
  types: SearchType[];
  filters: Filters;
  /** Null when the query has no words: every document within the filters. */
  words: QueryWords | null;
};

function clamp(value: number | undefined, min: number, max: number, fallback: number) {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

export function planFilters(query: SearchQuery): Filters {
  const near = query.near ?? null;
  const circle = near
    ? {
        centre: unitVector(near),
        minDot: Math.cos(Math.min(Math.PI, near.radiusKm / EARTH_RADIUS_KM)),
      }
    : null;

  const where: string[] = [];
  const params: unknown[] = [];
  if (near && circle) {
    const box = boundingBox(near, near.radiusKm);
    where.push("d.lat BETWEEN ? AND ?", "d.lng BETWEEN ? AND ?");
    params.push(box.minLat, box.maxLat, box.minLng, box.maxLng);
    where.push("d.x * ? + d.y * ? + d.z * ? >= ?");
    params.push(circle.centre.x, circle.centre.y, circle.centre.z, circle.minDot);
  }
  for (const tag of query.tags ?? []) {
    where.push("instr(d.tags, ?) > 0");
    params.push(` ${tag} `);
  }

  // Words of the hidden `geo` column. No `geo :` column filter: these words
  // contain "_", which no text word does, so they cannot match elsewhere,
  // and FTS5 then reads rowids alone.
  const hidden: string[] = [];
  const cells = near ? coveringCells(near, near.radiusKm) : null;
  if (cells) hidden.push(anyOf(cells));
  if (query.kind?.length) hidden.push(anyOf(query.kind.map(filterToken.kind)));
  if (query.category?.length) hidden.push(anyOf(query.category.map(filterToken.category)));
  if (query.solved === true || query.solved === false) {
    hidden.push(quote(filterToken.solved(query.solved)));
  }
  if (query.organisationKind?.length) {
    hidden.push(anyOf(query.organisationKind.map(filterToken.organisationKind)));
  }
  if (query.organisationCategory?.length) {
    hidden.push(anyOf(query.organisationCategory.map(filterToken.organisationCategory)));
  }
  const openAt = query.openAt ?? null;
  if (openAt) hidden.push(quote(filterToken.hasHours));

  return {
    circle,
    where,
    params,
    byTags: Boolean(query.tags?.length),
    cells,
    match: hidden.length ? `(${hidden.join(" AND ")})` : null,
    openAt,
  };
}

export function planQuery(query: SearchQuery, vocabulary: Vocabulary): QueryPlan {
  const limit = clamp(query.limit, 1, 50, 20);
  const page = clamp(query.page, 1, Number.MAX_SAFE_INTEGER, 1);
  const offset = (page - 1) * limit;
  const words = searchWords(query.text).slice(0, MAX_QUERY_WORDS);
  return {
    limit,
    offset,
    needed: offset + limit,
    sort: query.sort ?? "relevance",
    near: query.near ?? null,
    solved: query.solved ?? null,
    types: searchedTypes(query),
    filters: planFilters(query),
    words: words.length > 0 ? expandQueryWords(words, vocabulary) : null,
  };
}
