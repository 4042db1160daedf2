/**
 * The last step of the embedded engine (search/embedded/engine.ts): a
 * page's documents as hits, their title highlighted and a snippet cut
 * from the best field (search/embedded/highlight.ts).
 */
import type Database from "better-sqlite3";
import { haversineKm } from "#app/domain/geo";
import type {
  OrganisationDocument,
  OrganisationHit,
  QuestionDocument,
  QuestionHit,
  SearchDocument,
  SearchHit,
} from "#search/engine";
import { highlight, snippet, type Matcher } from "./highlight";
import type { Near } from "./query-plan";
import { noMatch, type QueryWords } from "./query-words";
import { FIELDS } from "./store";

/** The fields a snippet is cut from, in order of preference (as `sources` in toHit). */
const SNIPPET_FIELDS = ["acceptedAnswer", "body", "answers"] as const;

/** What the ranking found of the query in the page's documents. */
export type PageMatches = Pick<QueryWords, "matcher" | "pattern"> & {
  /** Each hit's normalized words, one line per field (from the ranking). */
  words: Map<number, string>;
};

/**
 * Which snippet fields contain the query, from the document's normalized
 * words, so the snippet skips the others rather than reading each to find out.
 */
export function snippetFieldsMatched(words: string, pattern: RegExp): boolean[] {
  const lines = words.split("\n");
  return SNIPPET_FIELDS.map((field) => {
    pattern.lastIndex = 0;
    return pattern.test(lines[FIELDS.indexOf(field)] ?? "");
  });
}

export function toHit(
  document: QuestionDocument,
  near: Near | null,
  matcher: Matcher,
  sourceMatches?: boolean[],
): QuestionHit;
export function toHit(
  document: OrganisationDocument,
  near: Near | null,
  matcher: Matcher,
  sourceMatches?: boolean[],
): OrganisationHit;
export function toHit(
  document: SearchDocument,
  near: Near | null,
  matcher: Matcher,
  sourceMatches?: boolean[],
): SearchHit;
export function toHit(
  document: SearchDocument,
  near: Near | null,
  matcher: Matcher,
  sourceMatches?: boolean[],
): SearchHit {
  const place = {
    id: document.placeId,
    code: document.placeCode,
    name: document.placeName,
    slug: document.placeSlug,
  };
  const distanceKm = near ? Math.round(haversineKm(near, document) * 10) / 10 : null;
  if (document.type === "organisation") {
    return {
      type: "organisation",
      id: document.id,
      slug: document.slug,
      title: document.title,
      kind: document.kind,
      category: document.category,
      claimed: document.claimed,
      partner: document.partner,
      approximate: document.approximate,
      openingHours: document.openingHours,
      place,
      distanceKm,
      createdAt: document.createdAt,
      highlightedTitle: highlight(document.title, matcher),
      // The description is the body: the snippet's only source (in the place of SNIPPET_FIELDS').
      snippet: snippet(["", document.body, ""], matcher, sourceMatches),
    };
  }
  const sources = [document.acceptedAnswer, document.body, document.answers];
  return {
    type: "question",
    id: document.id,
    slug: document.slug,
    title: document.title,
    kind: document.kind,
    category: document.category,
    solved: document.solved,
    score: document.score,
    answerCount: document.answerCount,
    place,
    distanceKm,
    createdAt: document.createdAt,
    highlightedTitle: highlight(document.title, matcher),
    snippet: snippet(sources, matcher, sourceMatches),
  };
}

/** Prepared once per engine: reads a page's documents as hits. */
export function createHitReader(sqlite: Database.Database) {
  const documentsById = sqlite.prepare(
    "SELECT id, document FROM search_texts WHERE id IN (SELECT value FROM json_each(?))",
  );

  /** The hits of `ids` (document keys), in order; `matches` null for a query without words. */
  return function readHits(
    ids: number[],
    near: Near | null,
    matches: PageMatches | null,
  ): SearchHit[] {
    const rows = documentsById.all(JSON.stringify(ids)) as { id: number; document: string }[];
    const byId = new Map(rows.map((row) => [row.id, JSON.parse(row.document) as SearchDocument]));
    return ids.flatMap((id) => {
      const document = byId.get(id);
      if (!document) return [];
      const words = matches?.words.get(id);
      const sourceMatches =
        matches && words !== undefined ? snippetFieldsMatched(words, matches.pattern) : undefined;
      return [toHit(document, near, matches?.matcher ?? noMatch, sourceMatches)];
    });
  };
}
